import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  /** Use `h1` when the empty state is the whole page. */
  headingLevel?: 'h1' | 'h2' | 'h3';
  description?: string;
  action?: ReactNode;
}

/** Says plainly that there is nothing here and offers the one useful next step. */
export function EmptyState({ icon, title, headingLevel: Heading = 'h2', description, action }: EmptyStateProps) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-card border border-dashed border-control px-6 py-12 text-center">
      {icon && (
        <div className="flex size-12 items-center justify-center rounded-full bg-accent-soft text-primary">{icon}</div>
      )}
      <Heading className={Heading === 'h1' ? 'text-title' : 'text-heading'}>{title}</Heading>
      {description && <p className="max-w-prose text-muted">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
