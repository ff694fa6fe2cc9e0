import { Link } from '@tanstack/react-router';
import { BellIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';
import { useMe } from '../session/queries';
import { useUnreadCount } from './api';

/**
 * The way to the notifications page, with the unread count. The count is drawn for the eye
 * only; the link's name says it in words ("Notifications, 3 unread").
 */
export function NotificationBell() {
  const t = useT();
  const me = useMe();
  const unread = useUnreadCount(Boolean(me)).data ?? 0;
  if (!me) return null;

  return (
    <Link
      to="/notifications"
      aria-label={unread > 0 ? t('inbox.bellUnread', { count: unread }) : t('inbox.bell')}
      className="relative inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-muted no-underline hover:bg-sunken hover:text-ink aria-[current=page]:bg-accent-soft aria-[current=page]:text-ink"
    >
      <BellIcon className="size-6 shrink-0" />
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="absolute top-0.5 right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-primary px-1 text-[0.75rem] leading-none font-semibold text-on-primary ring-2 ring-surface"
        >
          {unread > 99 ? t('inbox.manyUnread') : unread}
        </span>
      )}
    </Link>
  );
}
