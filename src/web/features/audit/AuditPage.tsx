import { Page } from '../../components/layout/Page';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/ui/EmptyState';
import { ShieldIcon } from '../../components/ui/icons';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { RequireAbility } from '../session/RequireAbility';
import { useMe } from '../session/queries';
import { useAuditEvents, usePersonNames } from './api';
import { AuditEventItem } from './AuditEventItem';

/** The security log: sign-ins, refusals, invitations and changes to people and settings. */
export function AuditPage() {
  const t = useT();
  const me = useMe();
  return (
    <RequireAbility allowed={me?.abilities.readAudit}>
      <Page title={t('audit.title')}>
        <p className="-mt-3 max-w-prose text-muted">{t('audit.intro')}</p>
        <AuditList />
      </Page>
    </RequireAbility>
  );
}

function AuditList() {
  const t = useT();
  const events = useAuditEvents();
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  // Events name their actor; only the people they are about still need looking up.
  const subjectIds = items.flatMap((event) =>
    event.subjectType === 'person' && event.subjectId && event.subjectId !== event.actorId ? [event.subjectId] : [],
  );
  const names = usePersonNames(subjectIds);

  if (events.isPending) {
    return (
      <div className="flex flex-col gap-3">
        <span role="status" className="sr-only">
          {t('common.loading')}
        </span>
        {[0, 1, 2, 3].map((row) => (
          <Skeleton key={row} className="h-16 w-full" />
        ))}
      </div>
    );
  }
  if (events.isError) {
    return (
      <Alert tone="error" title={t('audit.loadFailed')}>
        {events.error.message}
      </Alert>
    );
  }
  if (items.length === 0) {
    return <EmptyState icon={<ShieldIcon className="size-6" />} title={t('audit.empty')} />;
  }

  return (
    <div className="flex flex-col gap-4">
      <ol className="flex flex-col divide-y divide-line rounded-card border border-line bg-surface shadow-card">
        {items.map((event) => (
          <AuditEventItem key={event.id} event={event} names={names} />
        ))}
      </ol>
      {events.hasNextPage && (
        <Button
          variant="secondary"
          className="self-center"
          loading={events.isFetchingNextPage}
          onClick={() => void events.fetchNextPage()}
        >
          {t('common.loadMore')}
        </Button>
      )}
    </div>
  );
}
