import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { ApiKey, CreatedApiKey, NotificationPreferences } from '../../api/types';

export interface ProfilePatch {
  name?: string;
  /** A data URL (PNG, JPEG or WebP) or `null` to remove the picture. */
  image?: string | null;
}

/** Changes the signed-in person's name or picture; `me` feeds the navigation, so it is refetched. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProfilePatch) => apiFetch<unknown>('/api/auth/update-user', { method: 'POST', body: patch }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
}

export const apiKeysQuery = queryOptions({
  queryKey: queryKeys.apiKeys,
  queryFn: async ({ signal }) => (await apiFetch<{ items: ApiKey[] }>('/api/v1/api-keys', { signal })).items,
});

/**
 * Creates a key. The answer holds the key itself: it is kept out of every cache (`gcTime: 0`
 * drops the finished mutation at once; the list query has only prefixes).
 */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: (name: string) => apiFetch<CreatedApiKey>('/api/v1/api-keys', { method: 'POST', body: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: ApiKey) => apiFetch<void>(`/api/v1/api-keys/${key.id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys }),
  });
}

export const notificationPreferencesQuery = queryOptions({
  queryKey: queryKeys.notificationPreferences,
  queryFn: ({ signal }) => apiFetch<NotificationPreferences>('/api/v1/me/notification-preferences', { signal }),
});

/**
 * Changes some notification choices. The choice shows at once and is put back if the server
 * refuses it; the answer (every choice) then replaces the cache.
 */
export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  const key = queryKeys.notificationPreferences;
  return useMutation({
    mutationFn: (patch: Partial<NotificationPreferences>) =>
      apiFetch<NotificationPreferences>('/api/v1/me/notification-preferences', { method: 'PATCH', body: patch }),
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<NotificationPreferences>(key);
      if (previous) queryClient.setQueryData<NotificationPreferences>(key, { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}
