import { queryOptions, useInfiniteQuery, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type {
  Area,
  LibraryPrompt,
  NewPrompt,
  Prompt,
  PromptDetail,
  PromptFilters,
  PromptIdeaPage,
  PromptLibrary,
  PromptPatch,
  SitePromptSettings,
  SitePromptSettingsInput,
  SitePromptSettingsList,
  WeeklyPrompt,
} from '../../api/types';

export const promptLibraryQuery = (filters: PromptFilters) =>
  queryOptions({
    queryKey: queryKeys.prompts.list(filters),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ active: filters.status === 'retired' ? 'false' : 'true' });
      if (filters.area) params.set('area', filters.area);
      if (filters.technique) params.set('technique', filters.technique);
      return apiFetch<PromptLibrary>(`/api/v1/prompts?${params}`, { signal });
    },
  });

export const promptQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.prompts.detail(id),
    queryFn: ({ signal }) => apiFetch<PromptDetail>(`/api/v1/prompts/${id}`, { signal }),
  });

/**
 * The ideas a prompt inspired, page by page. The first page arrives with the prompt itself
 * (`detail`), so the list shows at once and only "Load more" asks for the next.
 */
export function usePromptIdeas(detail: PromptDetail, detailUpdatedAt: number) {
  return useInfiniteQuery({
    queryKey: queryKeys.prompts.ideas(detail.id),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '20' });
      if (pageParam) params.set('cursor', pageParam);
      return apiFetch<PromptIdeaPage>(`/api/v1/prompts/${detail.id}/ideas?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [detail.ideas], pageParams: [null] },
    initialDataUpdatedAt: detailUpdatedAt,
    staleTime: 30_000,
  });
}

/** The prompt of the week at a site, or at the caller's own site when `siteId` is null. */
export const weeklyPromptQuery = (siteId: string | null) =>
  queryOptions({
    queryKey: queryKeys.prompts.week(siteId),
    queryFn: ({ signal }) => apiFetch<WeeklyPrompt>(`/api/v1/prompts/week${siteId ? `?${new URLSearchParams({ siteId })}` : ''}`, { signal }),
    // It changes once a week (or when an admin pins another); a few minutes stale is fine.
    staleTime: 5 * 60_000,
  });

export const promptSitesQuery = queryOptions({
  queryKey: queryKeys.prompts.sites,
  queryFn: ({ signal }) => apiFetch<SitePromptSettingsList>('/api/v1/prompts/sites', { signal }),
});

/** Another prompt at random; `seen` lists the prompts already shown, the one on screen first. */
export function shufflePrompt(seen: string[], area: Area | null): Promise<Prompt> {
  const params = new URLSearchParams();
  // The newest 50 are plenty to avoid repeats, and keep the address short.
  if (seen.length > 0) params.set('exclude', seen.slice(0, 50).join(','));
  if (area) params.set('area', area);
  return apiFetch<Prompt>(`/api/v1/prompts/shuffle?${params}`);
}

/** Everything that shows prompts or their counts: the library, each prompt, the weekly picks. */
const refreshPrompts = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: queryKeys.prompts.all });

/** Adds a prompt, or edits one when `id` is given. */
export function useSavePrompt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: NewPrompt & { id?: string }) =>
      id
        ? apiFetch<LibraryPrompt>(`/api/v1/prompts/${id}`, { method: 'PATCH', body: input satisfies PromptPatch })
        : apiFetch<LibraryPrompt>('/api/v1/prompts', { method: 'POST', body: input }),
    onSuccess: () => refreshPrompts(queryClient),
  });
}

/** Retires a prompt, or brings it back. */
export function useSetPromptActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      apiFetch<LibraryPrompt>(`/api/v1/prompts/${id}/${active ? 'restore' : 'retire'}`, { method: 'POST' }),
    onSuccess: () => refreshPrompts(queryClient),
  });
}

export function useSaveSitePromptSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ siteId, ...input }: SitePromptSettingsInput & { siteId: string }) =>
      apiFetch<SitePromptSettings>(`/api/v1/sites/${siteId}/prompt-settings`, { method: 'PUT', body: input }),
    onSuccess: () => refreshPrompts(queryClient),
  });
}
