import type { ReactNode } from 'react';
import { cx } from './cx';

const tones = {
  neutral: 'border-line bg-sunken text-ink',
  accent: 'border-transparent bg-accent-soft text-ink',
  danger: 'border-danger text-danger',
};

/** A short label such as a role or a status; its text carries the meaning, not its colour. */
export function Badge({ tone = 'neutral', children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <span className={cx('inline-flex items-center rounded-full border px-2.5 py-0.5 text-small font-medium', tones[tone])}>
      {children}
    </span>
  );
}
