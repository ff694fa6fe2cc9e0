import type { ReactNode } from 'react';
import { cx } from './cx';

const tones = {
  error: 'border-l-danger',
  info: 'border-l-control',
  success: 'border-l-success',
};

export interface AlertProps {
  tone?: keyof typeof tones;
  title?: string;
  children?: ReactNode;
  className?: string;
}

/**
 * A message inside the page. Errors are announced at once (`role="alert"`); other tones
 * politely (`role="status"`). Keep it mounted empty-free: render it only when there is a message.
 */
export function Alert({ tone = 'info', title, children, className }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cx('rounded-lg border border-l-4 border-line bg-sunken px-4 py-3 text-body', tones[tone], className)}
    >
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={cx(title && 'mt-1 text-muted')}>{children}</div>}
    </div>
  );
}
