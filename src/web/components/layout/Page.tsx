import { useEffect, type ReactNode } from 'react';
import { useT } from '../../i18n';

/** Keeps `document.title` in step with the page so tabs, history and screen readers name it. */
export function usePageTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [t, page]);
}

interface PageProps {
  title: string;
  /** Short name for the browser tab when the heading is long; defaults to `title`. */
  documentTitle?: string;
  /** The page's main action, shown beside the heading (below it on narrow screens). */
  action?: ReactNode;
  children: ReactNode;
}

/** A routed page: its one h1 and the matching document title. */
export function Page({ title, documentTitle = title, action, children }: PageProps) {
  usePageTitle(documentTitle);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-title md:text-display">{title}</h1>
        {action}
      </div>
      {children}
    </div>
  );
}
