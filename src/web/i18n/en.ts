import { auth, invitation, roles, session, setup } from './messages/auth';
import { organisation } from './messages/organisation';
import { people } from './messages/people';
import { audit, notifications, profile } from './messages/account';
import { apiKeys } from './messages/api-keys';
import { decisions, ideas } from './messages/ideas';
import { inbox } from './messages/notifications';
import { prompts } from './messages/prompts';

/** Every UI string, in English. Other locales copy this shape (see `Messages`). Areas live in `messages/`. */
export const en = {
  app: {
    name: 'Sparkloop',
    pageTitle: '{page} · Sparkloop',
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Main',
    home: 'Home',
    ideas: 'Ideas',
    prompts: 'Prompts',
    people: 'People',
    organisation: 'Organisation',
    profile: 'Profile',
    settings: 'Settings',
    apiDocs: 'API reference',
  },
  common: {
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    loadMore: 'Load more',
    loading: 'Loading…',
    tryAgain: 'Try again',
    dismiss: 'Dismiss notification',
    notifications: 'Notifications',
    opensInNewTab: '(opens in a new tab)',
  },
  home: {
    title: 'Welcome to Sparkloop',
    intro:
      'Sparkloop helps service teams turn the moments they live with customers into better service. Front-line staff and customers share ideas in seconds, and everyone can see who reviews each one, how it was judged and why.',
    introMore:
      'Promising ideas become small, blame-free experiments where a failure counts as a learning, and the best wow stories travel to every site.',
    apiDocsLink: 'Read the API reference',
  },
  status: {
    title: 'System status',
    checkAgain: 'Check again',
    ready: 'Ready',
    notReady: 'Not ready',
    unreachable: 'Server unreachable',
    unreachableDetail: 'The status check did not get an answer: {message}',
    database: 'Database',
    migrations: 'Migrations',
    migrationsApplied: '{count} applied',
    latestMigration: 'Latest migration',
    noMigrations: 'None yet',
    version: 'Version',
    checkedAt: 'Checked at {time}',
    databases: {
      pglite: 'Embedded (PGlite)',
      postgres: 'PostgreSQL',
    },
  },
  settings: {
    title: 'Settings',
    appearance: {
      title: 'Appearance',
      description: 'Choose how Sparkloop looks on this device.',
      theme: 'Theme',
      system: 'System',
      systemHint: 'Follow your device setting',
      light: 'Light',
      lightHint: 'Dark text on a light background',
      dark: 'Dark',
      darkHint: 'Light text on a dark background',
      notSaved: 'Theme not saved',
      notSavedDetail: 'This browser blocks storage, so your choice applies only until you reload.',
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'There is nothing at this address. It may have moved, or the link may be mistyped.',
    home: 'Go to the home page',
  },
  errors: {
    unexpected: 'Something went wrong',
    network: 'Could not reach the server.',
  },
  roles,
  session,
  auth,
  setup,
  invitation,
  people,
  organisation,
  profile,
  notifications,
  inbox,
  apiKeys,
  audit,
  ideas,
  decisions,
  prompts,
} as const;
