import type { DecisionFilters, IdeaFilters, PeopleFilters, PromptFilters } from './types';

/** Query keys for everything the web app caches; mutations invalidate exactly these. */
export const queryKeys = {
  status: ['status'] as const,
  /** Public: whether first-run setup is needed, and the organisation's name and logo. */
  setup: ['setup'] as const,
  /** The signed-in person, or null when signed out. */
  me: ['me'] as const,
  organisation: ['organisation'] as const,
  sites: ['sites'] as const,
  teams: ['teams'] as const,
  people: {
    all: ['people'] as const,
    lists: ['people', 'list'] as const,
    list: (filters: PeopleFilters) => ['people', 'list', filters] as const,
    detail: (id: string) => ['people', 'detail', id] as const,
  },
  /** The signed-in person's API keys (never the keys themselves). */
  apiKeys: ['api-keys'] as const,
  invitation: (token: string) => ['invitation', token] as const,
  /** Invitations not yet answered (admins). */
  invitations: ['invitations'] as const,
  /** The criteria ideas are scored on. */
  rubric: ['rubric'] as const,
  /** How the signed-in person wants to hear about each kind of event. */
  notificationPreferences: ['notification-preferences'] as const,
  /** The signed-in person's own notifications; the bell's count lives under the same key. */
  notifications: {
    all: ['notifications'] as const,
    list: ['notifications', 'list'] as const,
    unreadCount: ['notifications', 'unread-count'] as const,
  },
  audit: ['audit'] as const,
  ideas: {
    all: ['ideas'] as const,
    lists: ['ideas', 'list'] as const,
    list: (filters: IdeaFilters) => ['ideas', 'list', filters] as const,
    detail: (id: string) => ['ideas', 'detail', id] as const,
    /** Under the idea's own key, so refreshing an idea refreshes its discussion too. */
    comments: (id: string) => ['ideas', 'detail', id, 'comments'] as const,
    /** Internal notes (reviewers and admins). */
    notes: (id: string) => ['ideas', 'detail', id, 'notes'] as const,
    /** Pictures and PDFs attached to the idea. */
    attachments: (id: string) => ['ideas', 'detail', id, 'attachments'] as const,
    similar: (text: string) => ['ideas', 'similar', text] as const,
    /** Merge-target search in the move dialog. */
    search: (q: string) => ['ideas', 'search', q] as const,
  },
  decisions: {
    all: ['decisions'] as const,
    list: (filters: DecisionFilters) => ['decisions', 'list', filters] as const,
  },
  reasonCodes: ['reason-codes'] as const,
  prompts: {
    all: ['prompts'] as const,
    lists: ['prompts', 'list'] as const,
    list: (filters: PromptFilters) => ['prompts', 'list', filters] as const,
    detail: (id: string) => ['prompts', 'detail', id] as const,
    /** The ideas a prompt inspired, page by page (under the prompt, so refreshing it refreshes them). */
    ideas: (id: string) => ['prompts', 'detail', id, 'ideas'] as const,
    /** The prompt of the week; `null` asks for the caller's own site. */
    week: (siteId: string | null) => ['prompts', 'week', siteId] as const,
    /** Each site's setting and this week's prompt there. */
    sites: ['prompts', 'sites'] as const,
  },
  /** The review stages in order, with their names. */
  stages: ['stages'] as const,
  /** Colleagues whose names start with `q`, for @mentions. */
  mentionable: (q: string) => ['people', 'mentionable', q] as const,
  /** Reviewers and admins an idea can be handed to. */
  reviewers: ['people', 'reviewers'] as const,
};
