import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type ReactNode } from 'react';
import { SparkIcon } from '../ui/icons';
import { canUseIdeas } from '../../features/ideas/access';
import { useIdeaEvents } from '../../features/ideas/useIdeaEvents';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { useNotificationEvents } from '../../features/notifications/useNotificationEvents';
import { useMe } from '../../features/session/queries';
import { useT } from '../../i18n';
import { AccountPanel } from './AccountPanel';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';

/** Moves focus to the new page's content after client-side navigation, as a page load would. */
function useFocusMainOnNavigate() {
  const mainRef = useRef<HTMLElement>(null);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return mainRef;
}

/** The frame of signed-in pages; `children` replaces the routed page (used by the not-found page). */
export function AppShell({ children }: { children?: ReactNode }) {
  const t = useT();
  const mainRef = useFocusMainOnNavigate();
  const me = useMe();
  // One stream of change notices for the whole signed-in session keeps idea pages and the bell live.
  useIdeaEvents(canUseIdeas(me));
  useNotificationEvents(Boolean(me));

  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_minmax(0,1fr)]">
      <SkipLink />
      <header className="sticky top-0 z-20 border-b border-line bg-surface px-4 md:flex md:h-dvh md:flex-col md:border-r md:border-b-0 md:px-4 md:py-6">
        {/* Phones: the top bar, bell at the right. From 768px: the head of the side panel. */}
        <div className="flex items-center justify-between gap-2">
          <Link
            to="/"
            className="inline-flex min-h-14 items-center gap-2 text-heading font-bold text-ink no-underline md:min-h-11 md:pl-3"
          >
            <span className="flex size-8 items-center justify-center rounded-lg bg-primary text-on-primary">
              <SparkIcon className="size-4" />
            </span>
            {t('app.name')}
          </Link>
          <NotificationBell />
        </div>
        <MainNav />
        <AccountPanel />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="px-4 pt-6 pb-28 outline-none md:px-10 md:py-10">
        <div className="mx-auto max-w-3xl">{children ?? <Outlet />}</div>
      </main>
    </div>
  );
}
