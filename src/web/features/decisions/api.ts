import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { Decision, DecisionFilters } from '../../api/types';

const PAGE_SIZE = 25;

/**
 * The decision log, newest first. The API pages by time (`before`), so the next page starts
 * before the oldest decision shown; a short page means there is no more.
 */
export function useDecisions(filters: DecisionFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.decisions.list(filters),
    queryFn: async ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (filters.q) params.set('q', filters.q);
      if (filters.stage) params.set('stage', filters.stage);
      if (filters.reasonCode) params.set('reasonCode', filters.reasonCode);
      if (pageParam) params.set('before', pageParam);
      return (await apiFetch<{ items: Decision[] }>(`/api/v1/decisions?${params}`, { signal })).items;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.length === PAGE_SIZE ? last.at(-1)!.decidedAt : null),
    placeholderData: keepPreviousData,
  });
}
