import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { MeView, SetupStatus } from '../../api/types';

export const setupQuery = queryOptions({
  queryKey: queryKeys.setup,
  queryFn: () => apiFetch<SetupStatus>('/api/v1/setup'),
  staleTime: 5 * 60_000,
});

/**
 * The signed-in person; `null` (not an error) when nobody is signed in. A 401 while someone
 * *was* signed in is rethrown, so the query client's session-lost handling sees it (an account
 * deactivated or a session revoked elsewhere).
 */
export const meQuery = queryOptions({
  queryKey: queryKeys.me,
  queryFn: async ({ client, signal }): Promise<MeView | null> => {
    try {
      return await apiFetch<MeView>('/api/v1/me', { signal });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && !client.getQueryData(queryKeys.me)) return null;
      throw error;
    }
  },
  // Checked again on every navigation (the route guard revalidates stale data) and on window
  // focus, so a revoked session is noticed quickly; components reading it do not refetch.
  staleTime: 0,
  refetchOnMount: false,
});

export function useSetupStatus() {
  return useQuery(setupQuery);
}

/** The signed-in person (already loaded by the app layout before any app page renders). */
export function useMe(): MeView | null {
  return useQuery(meQuery).data ?? null;
}

/**
 * Forgets everything cached for the previous session (people, organisation, …) so nothing of
 * one person's view survives into the next. The public setup status is kept.
 */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.setup[0] });
}
