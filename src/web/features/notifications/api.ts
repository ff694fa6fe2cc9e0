import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { NotificationPage } from '../../api/types';

const PAGE_SIZE = 20;

/**
 * The bell's number. It asks for one unread item only, since every answer carries the count;
 * live notices and window focus keep it current.
 */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.notifications.unreadCount,
    queryFn: async ({ signal }) =>
      (await apiFetch<NotificationPage>('/api/v1/notifications?unread=true&limit=1', { signal })).unreadCount,
    enabled,
  });
}

/** Newest first, a page at a time. The first page's count also updates the bell, so both agree. */
export function useNotifications() {
  const queryClient = useQueryClient();
  return useInfiniteQuery({
    queryKey: queryKeys.notifications.list,
    queryFn: async ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      const page = await apiFetch<NotificationPage>(`/api/v1/notifications?${params}`, { signal });
      queryClient.setQueryData(queryKeys.notifications.unreadCount, page.unreadCount);
      return page;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
    staleTime: 0,
  });
}

type Which = { ids: string[] } | { all: true };

/**
 * Marks some notifications, or all, as read. The list shows it at once; the server's answer
 * sets the bell's count, and a refusal refetches both.
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const listKey = queryKeys.notifications.list;
  return useMutation({
    mutationFn: (which: Which) => apiFetch<{ unreadCount: number }>('/api/v1/notifications/read', { method: 'POST', body: which }),
    onMutate: async (which) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const marked = (id: string) => 'all' in which || which.ids.includes(id);
      queryClient.setQueryData<InfiniteData<NotificationPage>>(listKey, (data) =>
        data && {
          ...data,
          pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (marked(item.id) ? { ...item, read: true } : item)) })),
        },
      );
    },
    onSuccess: ({ unreadCount }) => queryClient.setQueryData(queryKeys.notifications.unreadCount, unreadCount),
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications.all }),
  });
}
