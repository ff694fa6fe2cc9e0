import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { Slot } from 'radix-ui';
import { useT } from '../../i18n';
import { cx } from './cx';

const variants = {
  primary: 'bg-primary text-on-primary hover:bg-primary-hover',
  secondary: 'border border-control bg-surface text-ink hover:bg-sunken',
  ghost: 'text-ink hover:bg-sunken',
  danger: 'bg-danger text-on-danger hover:bg-danger-hover',
};

// Every size keeps a 44px minimum hit area; `sm` only tightens padding and type.
const sizes = {
  sm: 'min-h-11 px-3 text-small',
  md: 'min-h-11 px-4 text-body',
  lg: 'min-h-12 px-6 text-heading',
};

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof variants;
  size?: keyof typeof sizes;
  /** Shows a spinner and ignores clicks, but stays focusable so keyboard users keep their place. */
  loading?: boolean;
  /** Renders the single child (e.g. a router `Link`) with button styling. */
  asChild?: boolean;
}

export function Button({
  variant = 'primary',
  size = 'md',
  loading = false,
  asChild = false,
  type = 'button',
  className,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  const t = useT();
  const classes = cx(
    'inline-flex items-center justify-center gap-2 rounded-lg font-medium no-underline transition-colors',
    'disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-progress',
    variants[variant],
    sizes[size],
    className,
  );

  if (asChild) {
    return (
      <Slot.Root className={classes} {...rest}>
        {children}
      </Slot.Root>
    );
  }

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };

  return (
    <button
      type={type}
      className={classes}
      aria-disabled={loading || undefined}
      aria-busy={loading || undefined}
      onClick={handleClick}
      {...rest}
    >
      {loading && <Spinner label={t('common.loading')} />}
      {children}
    </button>
  );
}

function Spinner({ label }: { label: string }) {
  return (
    <>
      <svg className="size-4 motion-safe:animate-spin" viewBox="0 0 24 24" fill="none" aria-hidden="true">
        <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
        <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <span className="sr-only">{label}</span>
    </>
  );
}
