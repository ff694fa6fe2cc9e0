import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { AuditPage, PersonView } from '../../api/types';

const PAGE_SIZE = 50;

/** Newest first; every visit refetches, because almost every action adds an event. */
export function useAuditEvents() {
  return useInfiniteQuery({
    queryKey: queryKeys.audit,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return apiFetch<AuditPage>(`/api/v1/audit-events?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
    staleTime: 0,
  });
}

/**
 * Names for the people audit events are about (events name their actor, not their subject).
 * One cached request per distinct person; a person the viewer may not see stays unnamed.
 */
export function usePersonNames(ids: string[]): Map<string, string> {
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: queryKeys.people.detail(id),
      queryFn: () => apiFetch<PersonView>(`/api/v1/people/${encodeURIComponent(id)}`),
      staleTime: 5 * 60_000,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((result, index) => {
    if (result.data) names.set(unique[index]!, result.data.name);
  });
  return names;
}
