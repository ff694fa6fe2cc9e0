import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { listenToEvents } from '../../api/events';
import { queryKeys } from '../../api/keys';

/** Several notifications at once (a busy idea) cause one refetch. */
const BATCH_MS = 250;

/**
 * Keeps the bell and the notifications page current. The server sends `notification.created`
 * only to its recipient and says nothing but the id, so the count and list are refetched.
 */
export function useNotificationEvents(enabled: boolean): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refetch = () => {
      timer = undefined;
      void queryClient.invalidateQueries({ queryKey: queryKeys.notifications.all });
    };
    const stop = listenToEvents({
      types: ['notification.created'],
      onNotice: () => {
        timer ??= setTimeout(refetch, BATCH_MS);
      },
      onReconnect: refetch,
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [enabled, queryClient]);
}
