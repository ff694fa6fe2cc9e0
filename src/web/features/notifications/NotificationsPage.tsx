import { Link } from '@tanstack/react-router';
import type { NotificationItem } from '../../api/types';
import { Page } from '../../components/layout/Page';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/ui/EmptyState';
import { BellIcon, CheckIcon } from '../../components/ui/icons';
import { Skeleton } from '../../components/ui/Skeleton';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useMarkRead, useNotifications, useUnreadCount } from './api';
import { NotificationRow } from './NotificationRow';
import { useNow } from './relativeTime';
import { LoadMore } from '../../components/ui/LoadMore';

/** Everything the bell counts, newest first; opening one marks it read. */
export function NotificationsPage() {
  const t = useT();
  const toast = useToast();
  const unread = useUnreadCount(true).data ?? 0;
  const markRead = useMarkRead();

  const markAllRead = () =>
    markRead.mutate(
      { all: true },
      {
        onSuccess: () => {
          toast({ title: t('inbox.allMarkedRead'), tone: 'success' });
          // The button goes away with the last unread one; keep the keyboard's place on the page.
          document.getElementById('main')?.focus();
        },
        onError: (error) => toast({ title: t('inbox.markFailed'), description: error.message, tone: 'error' }),
      },
    );

  return (
    <Page
      title={t('inbox.title')}
      action={
        unread > 0 && (
          <Button variant="secondary" loading={markRead.isPending} onClick={markAllRead}>
            <CheckIcon />
            {t('inbox.markAllRead')}
          </Button>
        )
      }
    >
      <div className="-mt-3 flex flex-col gap-1">
        <p className="max-w-prose text-muted">{t('inbox.intro')}</p>
        <Link to="/profile" className="self-start">
          {t('inbox.preferences')}
        </Link>
      </div>
      <NotificationList onOpen={(item) => !item.read && markRead.mutate({ ids: [item.id] })} />
    </Page>
  );
}

function NotificationList({ onOpen }: { onOpen: (item: NotificationItem) => void }) {
  const t = useT();
  const notifications = useNotifications();
  const now = useNow();
  const items = notifications.data?.pages.flatMap((page) => page.items) ?? [];

  if (notifications.isPending) {
    return (
      <div className="flex flex-col gap-3">
        <span role="status" className="sr-only">
          {t('common.loading')}
        </span>
        {[0, 1, 2, 3].map((row) => (
          <Skeleton key={row} className="h-20 w-full" />
        ))}
      </div>
    );
  }
  if (notifications.isError) {
    return (
      <Alert tone="error" title={t('inbox.loadFailed')}>
        <p>{notifications.error.message}</p>
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => void notifications.refetch()}>
          {t('common.tryAgain')}
        </Button>
      </Alert>
    );
  }
  if (items.length === 0) {
    return <EmptyState icon={<BellIcon className="size-6" />} title={t('inbox.empty')} description={t('inbox.emptyDetail')} />;
  }

  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col divide-y divide-line rounded-card border border-line bg-surface shadow-card">
        {items.map((item) => (
          <NotificationRow key={item.id} item={item} now={now} onOpen={onOpen} />
        ))}
      </ul>
      <LoadMore query={notifications} />
    </div>
  );
}
