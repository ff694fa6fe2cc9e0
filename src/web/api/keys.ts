import type { PeopleFilters } from './types';

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
  invitation: (token: string) => ['invitation', token] as const,
  audit: ['audit'] as const,
};
