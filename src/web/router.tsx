import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  type RouteComponent,
} from '@tanstack/react-router';
import { AppShell } from './components/layout/AppShell';
import { PublicLayout } from './components/layout/PublicLayout';
import { InvitationPage } from './features/auth/InvitationPage';
import { ResetPasswordPage } from './features/auth/ResetPasswordPage';
import { SignInPage } from './features/auth/SignInPage';
import { IdeaPage } from './features/ideas/IdeaPage';
import { IdeasPage } from './features/ideas/IdeasPage';
import { NewIdeaPage } from './features/ideas/NewIdeaPage';
import { NotificationsPage } from './features/notifications/NotificationsPage';
import { parseIdeasSearch } from './features/ideas/search';
import { parseDecisionsSearch } from './features/decisions/search';
import { parsePeopleSearch } from './features/people/search';
import { parsePromptsSearch } from './features/prompts/search';
import { ProfilePage } from './features/profile/ProfilePage';
import {
  leaveSetupWhenDone,
  redirectIfSignedIn,
  redirectToSetupIfNeeded,
  requireMe,
} from './features/session/guards';
import { ErrorPage, RootErrorPage } from './routes/ErrorPage';
import { HomePage } from './routes/HomePage';
import { RootNotFoundPage } from './routes/NotFoundPage';
import { SettingsPage } from './routes/SettingsPage';

export interface RouterContext {
  queryClient: QueryClient;
}

// Pages most people never open (first-run setup, admin and reviewer pages) load on demand, so a
// front-line phone downloads only what it uses; `defaultPreload: 'intent'` fetches them on hover/touch.
const SetupPage = lazyRouteComponent(() => import('./features/auth/SetupPage'), 'SetupPage');
const PeoplePage = lazyRouteComponent(() => import('./features/people/PeoplePage'), 'PeoplePage');
const OrganisationPage = lazyRouteComponent(() => import('./features/organisation/OrganisationPage'), 'OrganisationPage');
const AuditPage = lazyRouteComponent(() => import('./features/audit/AuditPage'), 'AuditPage');
const DecisionsPage = lazyRouteComponent(() => import('./features/decisions/DecisionsPage'), 'DecisionsPage');
// The library is opened from the home page and the share form; the card there ships with the app.
const PromptsPage = lazyRouteComponent(() => import('./features/prompts/PromptsPage'), 'PromptsPage');
const PromptPage = lazyRouteComponent(() => import('./features/prompts/PromptPage'), 'PromptPage');

const optionalString = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const uuid = (value: unknown) => (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value : undefined);

const rootRoute = createRootRouteWithContext<RouterContext>()({
  beforeLoad: ({ context, location }) => redirectToSetupIfNeeded(context.queryClient, location.pathname),
  component: Outlet,
  notFoundComponent: RootNotFoundPage,
  errorComponent: RootErrorPage,
});

// Pages for people who are not signed in: one centred card under the organisation's name.
const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });

const setupRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/setup',
  beforeLoad: ({ context }) => leaveSetupWhenDone(context.queryClient),
  component: SetupPage,
});
const signInRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/sign-in',
  // `error` is set when single sign-on sends someone back refused.
  validateSearch: (search): { redirect?: string; error?: string } => ({
    redirect: optionalString(search.redirect),
    error: optionalString(search.error),
  }),
  beforeLoad: ({ context, search }) => redirectIfSignedIn(context.queryClient, search.redirect),
  component: SignInPage,
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/reset-password',
  validateSearch: (search): { token?: string; error?: string } => ({
    token: optionalString(search.token),
    error: optionalString(search.error),
  }),
  component: ResetPasswordPage,
});
const invitationRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/invitations/$token',
  component: InvitationPage,
});

// Everything else needs a session; signed-out visitors are sent to sign in and brought back.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => ({ me: await requireMe(context.queryClient, location.href) }),
  component: AppShell,
});

const appPage = <P extends string>(path: P, component: RouteComponent) =>
  createRoute({ getParentRoute: () => appRoute, path, component });

const homeRoute = appPage('/', HomePage);
const settingsRoute = appPage('/settings', SettingsPage);
const organisationRoute = appPage('/organisation', OrganisationPage);
const profileRoute = appPage('/profile', ProfilePage);
const auditRoute = appPage('/audit', AuditPage);
// The ideas pages are what the front line opens most, so they ship with the app (no extra round trip).
const ideasRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ideas',
  validateSearch: parseIdeasSearch,
  component: IdeasPage,
});
const newIdeaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ideas/new',
  // `promptId`: the prompt the person came to answer (from "Share an idea on this").
  validateSearch: (search): { promptId?: string } => ({ promptId: uuid(search.promptId) }),
  component: NewIdeaPage,
});
const ideaRoute = appPage('/ideas/$id', IdeaPage);
// Opened from the bell on every page, so it ships with the app too.
const notificationsRoute = appPage('/notifications', NotificationsPage);
const decisionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/decisions',
  validateSearch: parseDecisionsSearch,
  component: DecisionsPage,
});
const promptsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/prompts',
  validateSearch: parsePromptsSearch,
  component: PromptsPage,
});
const promptRoute = appPage('/prompts/$id', PromptPage);
const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  validateSearch: parsePeopleSearch,
  component: PeoplePage,
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([setupRoute, signInRoute, resetPasswordRoute, invitationRoute]),
  appRoute.addChildren([
    homeRoute,
    settingsRoute,
    ideasRoute,
    newIdeaRoute,
    ideaRoute,
    notificationsRoute,
    decisionsRoute,
    promptsRoute,
    promptRoute,
    peopleRoute,
    organisationRoute,
    profileRoute,
    auditRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Route data lives in TanStack Query; the router should always ask it.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: ErrorPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
