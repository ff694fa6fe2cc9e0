import { useState } from 'react';
import { ApiError } from '../../api/client';
import { Button } from '../../components/ui/Button';
import { Card } from '../../components/ui/Card';
import { cx } from '../../components/ui/cx';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { useReadiness, type ReadyBody } from './readiness';

/** Live answer of `GET /readyz`, refreshed every 15 seconds. */
export function StatusCard() {
  const t = useT();
  const { data, error, isPending, dataUpdatedAt, errorUpdatedAt, refetch } = useReadiness();
  // Only a check the user asked for shows a spinner; the 15-second polling stays quiet.
  const [checking, setChecking] = useState(false);
  const checkedAt = Math.max(dataUpdatedAt, errorUpdatedAt);
  const state = isPending ? 'loading' : error ? 'unreachable' : data.ready ? 'ready' : 'not-ready';

  const stateLabels = {
    ready: t('status.ready'),
    'not-ready': t('status.notReady'),
    unreachable: t('status.unreachable'),
  };

  const checkAgain = () => {
    setChecking(true);
    void refetch().finally(() => setChecking(false));
  };
  const refresh = (
    <Button variant="secondary" size="sm" loading={checking} onClick={checkAgain}>
      {t('status.checkAgain')}
    </Button>
  );

  return (
    <Card title={t('status.title')} action={refresh}>
      <div data-testid="system-status" data-state={state}>
        {/* Polite live region: only a change of state is announced, not every refresh. */}
        <div role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {state === 'loading' ? (
            <>
              <span className="sr-only">{t('common.loading')}</span>
              <Skeleton className="h-7 w-32" />
            </>
          ) : (
            <StateBadge ok={state === 'ready'}>{stateLabels[state]}</StateBadge>
          )}
        </div>

        {isPending && <DetailsSkeleton />}
        {!error && data?.ready === true && <ReadyDetails body={data} />}
        {!error && data?.ready === false && <p className="mt-3 text-muted">{data.detail}</p>}
        {error && (
          <p className="mt-3 text-muted">
            {error instanceof ApiError ? t('status.unreachableDetail', { message: error.message }) : t('errors.network')}
          </p>
        )}
        {checkedAt > 0 && (
          <p className="mt-4 text-small text-muted">
            {t('status.checkedAt', { time: new Date(checkedAt).toLocaleTimeString() })}
          </p>
        )}
      </div>
    </Card>
  );
}

function StateBadge({ ok, children }: { ok: boolean; children: string }) {
  return (
    <span className={cx('inline-flex items-center gap-2 font-semibold', ok ? 'text-success' : 'text-danger')}>
      <span aria-hidden="true" className={cx('size-2.5 rounded-full', ok ? 'bg-success' : 'bg-danger')} />
      {children}
    </span>
  );
}

function ReadyDetails({ body }: { body: ReadyBody }) {
  const t = useT();
  const rows = [
    [t('status.database'), t(`status.databases.${body.database}`)],
    [t('status.migrations'), t('status.migrationsApplied', { count: body.migrations.applied })],
    [t('status.latestMigration'), body.migrations.latest ?? t('status.noMigrations')],
    [t('status.version'), body.version],
  ];
  return (
    <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {rows.map(([term, value]) => (
        <div key={term} className="flex flex-col">
          <dt className="text-small text-muted">{term}</dt>
          <dd className="break-words font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function DetailsSkeleton() {
  return (
    <div className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="flex flex-col gap-1.5">
          <Skeleton className="h-4 w-20" />
          <Skeleton className="h-5 w-36" />
        </div>
      ))}
    </div>
  );
}
