import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { Idea, IdeaComment, InternalNote, MentionablePerson } from '../../api/types';

/** Public comments, oldest first. */
export const commentsQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.ideas.comments(id),
    queryFn: async ({ signal }) => (await apiFetch<{ items: IdeaComment[] }>(`/api/v1/ideas/${id}/comments`, { signal })).items,
  });

/** Internal notes, oldest first; only reviewers and admins may ask. */
export const notesQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.ideas.notes(id),
    queryFn: async ({ signal }) => (await apiFetch<{ items: InternalNote[] }>(`/api/v1/ideas/${id}/notes`, { signal })).items,
  });

/** Follows an idea or stops; the "Following" lists change with it. */
export function useFollow(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) =>
      apiFetch<{ following: boolean }>(`/api/v1/ideas/${id}/follow`, { method: follow ? 'PUT' : 'DELETE' }),
    onSuccess: ({ following }) => {
      queryClient.setQueryData<Idea>(queryKeys.ideas.detail(id), (idea) => idea && { ...idea, following });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ideas.lists });
    },
  });
}

/** Adds a comment; the answer is the whole list. Commenting makes you follow, and counts change. */
export function useAddComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiFetch<{ items: IdeaComment[] }>(`/api/v1/ideas/${id}/comments`, { method: 'POST', body: { body } }),
    onSuccess: ({ items }) => {
      queryClient.setQueryData(queryKeys.ideas.comments(id), items);
      void queryClient.invalidateQueries({ queryKey: queryKeys.ideas.detail(id), exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ideas.lists });
    },
  });
}

export function useAddNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiFetch<{ items: InternalNote[] }>(`/api/v1/ideas/${id}/notes`, { method: 'POST', body: { body } }),
    onSuccess: ({ items }) => queryClient.setQueryData(queryKeys.ideas.notes(id), items),
  });
}

/** Colleagues whose names start with `q` (any word of the name), for an @mention; nothing for no letters. */
export function useMentionable(q: string) {
  return useQuery({
    queryKey: queryKeys.mentionable(q),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ items: MentionablePerson[] }>(`/api/v1/people/mentionable?${new URLSearchParams({ q, limit: '8' })}`, { signal })).items,
    enabled: q.length >= 1,
    staleTime: 60_000,
    // The list stays while the next letters are looked up, instead of blinking.
    placeholderData: keepPreviousData,
  });
}
