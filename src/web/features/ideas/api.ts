import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { Idea, IdeaFilters, IdeaPage, IdeaSummary, PersonPage, ReasonCode, SimilarIdea, SubmitIdea, Transition } from '../../api/types';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';

const PAGE_SIZE = 20;

export function useIdeas(filters: IdeaFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.ideas.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ sort: filters.sort, limit: String(PAGE_SIZE) });
      if (filters.q) params.set('q', filters.q);
      if (filters.stage) params.set('stage', filters.stage);
      if (filters.area) params.set('area', filters.area);
      if (filters.siteId) params.set('siteId', filters.siteId);
      if (filters.mine) params.set('mine', 'true');
      if (filters.following) params.set('following', 'true');
      if (filters.voted) params.set('voted', 'true');
      if (filters.overdue) params.set('overdue', 'true');
      if (pageParam) params.set('cursor', pageParam);
      return apiFetch<IdeaPage>(`/api/v1/ideas?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While a new filter loads, keep showing the last answer instead of a blank list.
    placeholderData: keepPreviousData,
  });
}

export const ideaQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.ideas.detail(id),
    queryFn: ({ signal }) => apiFetch<Idea>(`/api/v1/ideas/${id}`, { signal }),
  });

/** Existing ideas like `text` (already debounced by the caller); nothing under 3 characters. */
export function useSimilarIdeas(text: string) {
  return useQuery({
    queryKey: queryKeys.ideas.similar(text),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ items: SimilarIdea[] }>(`/api/v1/ideas/similar?${new URLSearchParams({ text })}`, { signal })).items,
    enabled: text.length >= 3,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** Open ideas matching `q`, for choosing the one a duplicate merges into. */
export function useIdeaSearch(q: string) {
  return useQuery({
    queryKey: queryKeys.ideas.search(q),
    queryFn: async ({ signal }) =>
      (await apiFetch<IdeaPage>(`/api/v1/ideas?${new URLSearchParams({ q, limit: '8' })}`, { signal })).items,
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

export const reasonCodesQuery = queryOptions({
  queryKey: queryKeys.reasonCodes,
  queryFn: async ({ signal }) => (await apiFetch<{ items: ReasonCode[] }>('/api/v1/reason-codes', { signal })).items,
  staleTime: 10 * 60_000,
});

/** Everyone an idea can be handed to: active reviewers and admins, by name. */
export const reviewersQuery = queryOptions({
  queryKey: queryKeys.reviewers,
  queryFn: async ({ signal }) => {
    const byRole = (role: 'reviewer' | 'admin') =>
      apiFetch<PersonPage>(`/api/v1/people?${new URLSearchParams({ role, limit: '100' })}`, { signal });
    const pages = await Promise.all([byRole('reviewer'), byRole('admin')]);
    return pages.flatMap((page) => page.items).sort((a, b) => a.name.localeCompare(b.name));
  },
});

/** Applies `change` to one idea wherever it is cached: its page and every list showing it. */
export function patchIdea(queryClient: QueryClient, id: string, change: (idea: IdeaSummary) => Partial<IdeaSummary>): void {
  queryClient.setQueryData<Idea>(queryKeys.ideas.detail(id), (idea) => idea && { ...idea, ...change(idea) });
  queryClient.setQueriesData<InfiniteData<IdeaPage>>({ queryKey: queryKeys.ideas.lists }, (data) =>
    data && {
      ...data,
      pages: data.pages.map((page) =>
        page.items.some((item) => item.id === id)
          ? { ...page, items: page.items.map((item) => (item.id === id ? { ...item, ...change(item) } : item)) }
          : page,
      ),
    },
  );
}

/** Stores a fresh idea from a write, and marks the lists stale (its stage, counts or order may differ). */
function storeIdea(queryClient: QueryClient, idea: Idea): Promise<void> {
  queryClient.setQueryData(queryKeys.ideas.detail(idea.id), idea);
  return queryClient.invalidateQueries({ queryKey: queryKeys.ideas.lists });
}

export function useSubmitIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: SubmitIdea; idempotencyKey: string }) =>
      apiFetch<Idea>('/api/v1/ideas', { method: 'POST', body: input, headers: { 'Idempotency-Key': idempotencyKey } }),
    onSuccess: (idea) => {
      void storeIdea(queryClient, idea);
      // The prompt it answers now counts one more idea.
      if (idea.prompt) void queryClient.invalidateQueries({ queryKey: queryKeys.prompts.all });
    },
  });
}

/**
 * Votes or takes a vote back at once on screen, and undoes just that change if the server says
 * no. One idea's votes go out in order, so a quick double tap cannot land reversed.
 */
export function useVote(id: string) {
  const t = useT();
  const toast = useToast();
  const queryClient = useQueryClient();
  const flip = (vote: boolean) => (idea: IdeaSummary) =>
    idea.voted === vote ? {} : { voted: vote, voteCount: Math.max(0, idea.voteCount + (vote ? 1 : -1)) };
  const mutationKey = ['vote', id];
  return useMutation({
    mutationKey,
    scope: { id: `vote:${id}` },
    mutationFn: (vote: boolean) =>
      apiFetch<{ voteCount: number; voted: boolean }>(`/api/v1/ideas/${id}/vote`, { method: vote ? 'PUT' : 'DELETE' }),
    onMutate: async (vote) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.ideas.detail(id), exact: true });
      patchIdea(queryClient, id, flip(vote));
    },
    onError: (error, vote) => {
      patchIdea(queryClient, id, flip(!vote));
      toast({ title: t('ideas.voteFailed'), description: error.message, tone: 'error' });
    },
    // A later tap is already on screen; its own answer will settle the count.
    onSuccess: (state) => {
      if (queryClient.isMutating({ mutationKey }) <= 1) patchIdea(queryClient, id, () => state);
    },
  });
}

/** A reviewed move; the decision log changes too when the move is a decision. */
export function useTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (transition: Transition) =>
      apiFetch<Idea>(`/api/v1/ideas/${id}/transitions`, { method: 'POST', body: transition }),
    onSuccess: async (idea, transition) => {
      await storeIdea(queryClient, idea);
      // Merging moves votes to the target, so its page is stale too.
      if (transition.mergeInto) void queryClient.invalidateQueries({ queryKey: queryKeys.ideas.detail(transition.mergeInto) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.decisions.all });
    },
  });
}

export function useAssignReviewer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reviewerId: string) =>
      apiFetch<Idea>(`/api/v1/ideas/${id}/assignment`, { method: 'PUT', body: { reviewerId } }),
    onSuccess: (idea) => storeIdea(queryClient, idea),
  });
}
