import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { Stage } from '../../api/types';

/** The organisation's stages in lifecycle order, under its own names; they rarely change. */
export const stagesQuery = queryOptions({
  queryKey: queryKeys.stages,
  queryFn: async ({ signal }) =>
    (await apiFetch<{ items: Stage[] }>('/api/v1/stages', { signal })).items.toSorted((a, b) => a.position - b.position),
  staleTime: 10 * 60_000,
});

export function useStages(): Stage[] | undefined {
  return useQuery(stagesQuery).data;
}

/** A stage key made readable, until the server's names have arrived. */
const readable = (key: string) => key.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase());

/** Names a stage by its key, as the organisation named it. */
export function useStageName(): (key: string) => string {
  const stages = useStages();
  return useCallback((key: string) => stages?.find((stage) => stage.key === key)?.name ?? readable(key), [stages]);
}
