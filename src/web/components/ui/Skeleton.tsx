import { cx } from './cx';

/** A placeholder block shown while content loads; size it with `className` (e.g. `h-4 w-32`). */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx('rounded-md bg-sunken motion-safe:animate-shimmer', className)} />;
}
