import { useId, type ReactNode } from 'react';
import { cx } from './cx';

export interface CardProps {
  title: string;
  /** Shown in the header row, e.g. a refresh button. */
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled section of a page; its heading names the region for assistive technology. */
export function Card({ title, action, children, className }: CardProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={cx('rounded-card border border-line bg-surface p-5 shadow-card md:p-6', className)}
    >
      <div className="mb-4 flex min-h-11 items-center justify-between gap-3">
        <h2 id={headingId} className="text-heading">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}
