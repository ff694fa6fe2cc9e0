import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { NotificationItem } from '../../api/types';
import { cx } from '../../components/ui/cx';
import { useT } from '../../i18n';
import { formatDateTime } from '../ideas/format';
import { timeAgo } from './relativeTime';

const IDEA_LINK = /^\/ideas\/([0-9a-f-]{36})$/i;

// The link covers the whole row (its ::after), so a thumb anywhere on it opens the idea.
const linkClasses =
  'text-ink no-underline after:absolute after:inset-0 after:rounded-[inherit] hover:underline focus-visible:outline-offset-4';

/** Where a notification leads: its idea, or another page of this app; never another site. */
function Target({ link, onOpen, children }: { link: string; onOpen: () => void; children: ReactNode }) {
  const ideaId = IDEA_LINK.exec(link)?.[1];
  if (ideaId) {
    return (
      <Link to="/ideas/$id" params={{ id: ideaId }} onClick={onOpen} className={linkClasses}>
        {children}
      </Link>
    );
  }
  if (link.startsWith('/') && !link.startsWith('//')) {
    return (
      <a href={link} onClick={onOpen} className={linkClasses}>
        {children}
      </a>
    );
  }
  return <>{children}</>;
}

/** One notification: what happened, how long ago, and whether it is still unread. */
export function NotificationRow({ item, now, onOpen }: { item: NotificationItem; now: number; onOpen: (item: NotificationItem) => void }) {
  const t = useT();
  return (
    <li className={cx('relative flex gap-3 px-4 py-3 first:rounded-t-card last:rounded-b-card', !item.read && 'bg-accent-soft')}>
      {/* The dot and the weight show "unread" to the eye; the link says it in words. */}
      <span aria-hidden="true" className={cx('mt-2 size-2.5 shrink-0 rounded-full', !item.read && 'bg-primary')} />
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <p className={cx('break-words', !item.read && 'font-semibold')}>
          <Target link={item.link} onOpen={() => onOpen(item)}>
            {!item.read && <span className="sr-only">{t('inbox.unread')} </span>}
            {item.title}
          </Target>
        </p>
        {item.body && <p className="text-small break-words text-muted">{item.body}</p>}
        <time dateTime={item.createdAt} title={formatDateTime(item.createdAt)} className="text-small text-muted">
          {timeAgo(item.createdAt, now) ?? t('inbox.justNow')}
        </time>
      </div>
    </li>
  );
}
