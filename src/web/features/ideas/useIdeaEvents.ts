import { useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { listenToEvents } from '../../api/events';
import { queryKeys } from '../../api/keys';
import type { Idea, IdeaPage } from '../../api/types';

const IDEA_EVENTS = ['idea.created', 'idea.updated', 'idea.voted'] as const;
type IdeaEventType = (typeof IDEA_EVENTS)[number];
/** Events arriving together (a merge, a burst of votes) cause one round of refetching. */
const BATCH_MS = 250;

interface Notice {
  type: IdeaEventType;
  id: string;
  version?: number;
}

function parse(data: unknown): Notice | null {
  try {
    const value = JSON.parse(String(data)) as Partial<Notice>;
    if (typeof value.id !== 'string' || !IDEA_EVENTS.includes(value.type as IdeaEventType)) return null;
    return { type: value.type!, id: value.id, version: typeof value.version === 'number' ? value.version : undefined };
  } catch {
    return null;
  }
}

/** Whether what we hold of idea `id` is older than `version` (or unknown, when no version came). */
const olderThan = (cached: { version: number } | undefined, version: number | undefined) =>
  !cached || version === undefined || cached.version < version;

/** Refetches what the notices made stale, through the API, so policies and presenters apply. */
function refresh(queryClient: QueryClient, notices: Notice[]): void {
  const created = notices.some((notice) => notice.type === 'idea.created');
  const moved = notices.some((notice) => notice.type === 'idea.updated');
  for (const { type, id, version } of notices) {
    const cached = queryClient.getQueryData<Idea>(queryKeys.ideas.detail(id));
    // A new score keeps the idea's version, so an update at the version we hold may still be news.
    const stale = type === 'idea.updated' ? !cached || version === undefined || cached.version <= version : olderThan(cached, version);
    if (stale) void queryClient.invalidateQueries({ queryKey: queryKeys.ideas.detail(id), exact: true });
    if (type === 'idea.updated') {
      // Comments and internal notes change without the idea's page saying so.
      void queryClient.invalidateQueries({ queryKey: queryKeys.ideas.comments(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ideas.notes(id) });
    }
  }
  if (created || moved) {
    // A new idea or a changed stage can enter or leave any filtered list, and changes its counts.
    void queryClient.invalidateQueries({ queryKey: queryKeys.ideas.lists });
  } else {
    // A vote only changes lists that show the idea.
    void queryClient.invalidateQueries({
      queryKey: queryKeys.ideas.lists,
      predicate: (query) => {
        const data = query.state.data as InfiniteData<IdeaPage> | undefined;
        return Boolean(
          data?.pages.some((page) =>
            page.items.some((item) => notices.some((notice) => notice.id === item.id && olderThan(item, notice.version))),
          ),
        );
      },
    });
  }
  if (moved) void queryClient.invalidateQueries({ queryKey: queryKeys.decisions.all });
}

/**
 * Listens to the server's change notices while someone who can see ideas is signed in, and
 * keeps the ideas lists and pages current. After a dropped connection comes back, everything
 * about ideas is refetched, since notices sent meanwhile are lost.
 */
export function useIdeaEvents(enabled: boolean): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!enabled) return;
    let pending: Notice[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;

    const flush = () => {
      timer = undefined;
      const notices = pending;
      pending = [];
      refresh(queryClient, notices);
    };
    // The stream is shared with other features (notifications), so this tab holds one connection.
    const stop = listenToEvents({
      types: IDEA_EVENTS,
      onNotice: (event) => {
        const notice = parse(event.data);
        if (!notice) return;
        pending.push(notice);
        timer ??= setTimeout(flush, BATCH_MS);
      },
      onReconnect: () => {
        void queryClient.invalidateQueries({ queryKey: queryKeys.ideas.all });
        void queryClient.invalidateQueries({ queryKey: queryKeys.decisions.all });
      },
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [enabled, queryClient]);
}
