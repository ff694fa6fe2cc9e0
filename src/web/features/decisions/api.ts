import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { DecisionFilters, DecisionPage } from '../../api/types';

const PAGE_SIZE = 25;

/** The decision log, newest first; the server says where the next page starts (`nextBefore`). */
export function useDecisions(filters: DecisionFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.decisions.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (filters.q) params.set('q', filters.q);
      if (filters.stage) params.set('stage', filters.stage);
      if (filters.reasonCode) params.set('reasonCode', filters.reasonCode);
      if (pageParam) params.set('before', pageParam);
      return apiFetch<DecisionPage>(`/api/v1/decisions?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
    placeholderData: keepPreviousData,
  });
}
