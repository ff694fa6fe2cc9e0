import type { ButtonHTMLAttributes } from 'react';
import { cx } from './cx';

export interface ChipProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  /** On or off; announced as a pressed toggle button. */
  pressed: boolean;
}

/** A filter that toggles on tap; a row of them scrolls or wraps. Keeps the 44px hit area. */
export function Chip({ pressed, className, children, ...rest }: ChipProps) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      className={cx(
        'inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-full border px-4 text-small font-medium whitespace-nowrap transition-colors',
        pressed ? 'border-primary bg-primary text-on-primary hover:bg-primary-hover' : 'border-control bg-surface text-ink hover:bg-sunken',
        className,
      )}
      {...rest}
    >
      {children}
    </button>
  );
}
