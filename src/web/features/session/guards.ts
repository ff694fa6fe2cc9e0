import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import type { MeView } from '../../api/types';
import { meQuery, setupQuery } from './queries';

/** Until the first admin has set Sparkloop up, every page leads to /setup. */
export async function redirectToSetupIfNeeded(queryClient: QueryClient, pathname: string): Promise<void> {
  const setup = await queryClient.ensureQueryData(setupQuery);
  if (setup.setupNeeded && pathname !== '/setup') throw redirect({ to: '/setup' });
}

/** Once set up, the setup page is gone for good. */
export async function leaveSetupWhenDone(queryClient: QueryClient): Promise<void> {
  const setup = await queryClient.ensureQueryData(setupQuery);
  if (!setup.setupNeeded) throw redirect({ to: '/sign-in' });
}

/** App pages need a session; visitors go to sign-in and come back here afterwards. */
export async function requireMe(queryClient: QueryClient, href: string): Promise<MeView> {
  const me = await queryClient.ensureQueryData({ ...meQuery, revalidateIfStale: true });
  if (!me) throw redirect({ to: '/sign-in', search: href === '/' ? {} : { redirect: href } });
  return me;
}

/** Someone already signed in has no business on the sign-in page. */
export async function redirectIfSignedIn(queryClient: QueryClient, target: string | undefined): Promise<void> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (me) throw redirect({ href: safeRedirect(target) });
}

/** Only same-site paths are followed after sign-in, never another origin (`//evil.example`). */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  return target;
}
