import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { Decision } from '../../api/types';
import { Page } from '../../components/layout/Page';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/ui/EmptyState';
import { LightbulbIcon } from '../../components/ui/icons';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { canUseIdeas } from '../ideas/access';
import { reasonCodesQuery } from '../ideas/api';
import { formatDateTime } from '../ideas/format';
import { StageBadge } from '../ideas/StageBadge';
import { useStageName } from '../ideas/stages';
import { RequireAbility } from '../session/RequireAbility';
import { useMe } from '../session/queries';
import { useDecisions } from './api';
import { DecisionFilters } from './DecisionFilters';
import { LoadMore } from '../../components/ui/LoadMore';

const route = getRouteApi('/app/decisions');

/** The public decision log: every accept, park, decline and merge, with its reason and reviewer. */
export function DecisionsPage() {
  const me = useMe();
  return (
    <RequireAbility allowed={canUseIdeas(me)}>
      <DecisionsView />
    </RequireAbility>
  );
}

function DecisionsView() {
  const t = useT();
  const search = route.useSearch();
  const decisions = useDecisions(search);
  const filtered = Boolean(search.q || search.stage || search.reasonCode);

  return (
    <Page
      title={t('decisions.title')}
      action={
        <Button asChild variant="secondary">
          <Link to="/ideas">{t('decisions.backToIdeas')}</Link>
        </Button>
      }
    >
      <p className="max-w-prose text-muted">{t('decisions.intro')}</p>
      <DecisionFilters search={search} />
      {decisions.isPending ? (
        <ListSkeleton />
      ) : decisions.isError ? (
        <Alert tone="error" title={t('decisions.loadFailed')}>
          {decisions.error.message}
        </Alert>
      ) : decisions.data.pages[0]?.items.length === 0 ? (
        <EmptyState
          icon={<LightbulbIcon className="size-6" />}
          title={filtered ? t('decisions.emptyTitle') : t('decisions.noneYetTitle')}
          description={filtered ? t('decisions.emptyDetail') : t('decisions.noneYetDetail')}
        />
      ) : (
        <div className="flex flex-col gap-4">
          <ul
            className="flex flex-col divide-y divide-line rounded-card border border-line bg-surface shadow-card"
            aria-busy={decisions.isPlaceholderData || undefined}
          >
            {decisions.data.pages.flatMap((page) => page.items).map((decision) => (
              <DecisionItem key={`${decision.ideaId}-${decision.decidedAt}`} decision={decision} />
            ))}
          </ul>
          <LoadMore query={decisions} />
        </div>
      )}
    </Page>
  );
}

function DecisionItem({ decision }: { decision: Decision }) {
  const t = useT();
  const stageName = useStageName();
  const reasonCodes = useQuery(reasonCodesQuery);
  const code = decision.reasonCode && (reasonCodes.data?.find((item) => item.key === decision.reasonCode)?.label ?? decision.reasonCode);

  return (
    <li className="flex flex-col gap-1.5 px-4 py-4">
      <h2 className="font-semibold break-words">
        <Link to="/ideas/$id" params={{ id: decision.ideaId }}>
          {t('ideas.number', { number: decision.ideaNumber })} {decision.ideaTitle}
        </Link>
      </h2>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-small text-muted">
        <StageBadge stage={{ key: decision.stage, name: stageName(decision.stage) }} />
        {code && <span>{code}</span>}
        <span>{t(`ideas.areas.${decision.area}`)}</span>
      </div>
      <p className="break-words whitespace-pre-wrap">
        {decision.reason ? t('decisions.reason', { reason: decision.reason }) : t('decisions.noReason')}
      </p>
      <p className="text-small text-muted">
        {decision.reviewer && `${t('decisions.decidedBy', { name: decision.reviewer.name })} · `}
        <time dateTime={decision.decidedAt}>{formatDateTime(decision.decidedAt)}</time>
      </p>
    </li>
  );
}

function ListSkeleton() {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <span role="status" className="sr-only">
        {t('common.loading')}
      </span>
      {[0, 1, 2].map((row) => (
        <div key={row} className="flex flex-col gap-2 rounded-card border border-line bg-surface p-4">
          <Skeleton className="h-5 w-56" />
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-4 w-64" />
        </div>
      ))}
    </div>
  );
}
