import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { Attachment } from '../../api/types';

/** The pictures and PDFs of an idea, oldest first. */
export const attachmentsQuery = (ideaId: string) =>
  queryOptions({
    queryKey: queryKeys.ideas.attachments(ideaId),
    queryFn: async ({ signal }) => (await apiFetch<{ items: Attachment[] }>(`/api/v1/ideas/${ideaId}/attachments`, { signal })).items,
  });

/**
 * Sends one file as its raw bytes, with its name in the address: the server reads the real type
 * from the content and refuses anything but a picture or a PDF (415), too many files (409) or too
 * large a file (413).
 */
export function uploadAttachment(ideaId: string, file: File): Promise<Attachment> {
  return apiFetch<Attachment>(`/api/v1/ideas/${ideaId}/attachments?${new URLSearchParams({ name: file.name.slice(0, 200) || 'file' })}`, {
    method: 'POST',
    body: file,
  });
}

/** Attaches one file on the idea's page; the list shows it at once. */
export function useAddAttachment(ideaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadAttachment(ideaId, file),
    onSuccess: (attachment) =>
      queryClient.setQueryData<Attachment[]>(queryKeys.ideas.attachments(ideaId), (items) => items && [...items, attachment]),
    // Someone else may have changed the list meanwhile (e.g. the fifth place was taken).
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.ideas.attachments(ideaId) }),
  });
}

export function useRemoveAttachment(ideaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachment: Attachment) => apiFetch<void>(`/api/v1/attachments/${attachment.id}`, { method: 'DELETE' }),
    onSuccess: (_, attachment) =>
      queryClient.setQueryData<Attachment[]>(queryKeys.ideas.attachments(ideaId), (items) => items?.filter((item) => item.id !== attachment.id)),
  });
}
