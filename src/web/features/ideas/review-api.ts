import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { EditIdea, Idea, ReviewScores } from '../../api/types';

/** Saves the reviewer's own scores; the answer carries the new averages. */
export function useReviewScores(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scores: ReviewScores['scores']) => apiFetch<Idea>(`/api/v1/ideas/${id}/review`, { method: 'PUT', body: { scores } }),
    onSuccess: (idea) => queryClient.setQueryData(queryKeys.ideas.detail(id), idea),
  });
}

/** Changes what the idea says; its title, area or tags may show in any list. */
export function useEditIdea(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (edit: EditIdea) => apiFetch<Idea>(`/api/v1/ideas/${id}`, { method: 'PATCH', body: edit }),
    onSuccess: (idea) => {
      queryClient.setQueryData(queryKeys.ideas.detail(id), idea);
      void queryClient.invalidateQueries({ queryKey: queryKeys.ideas.lists });
    },
  });
}
