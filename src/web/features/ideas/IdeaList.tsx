import { Link } from '@tanstack/react-router';
import type { IdeaFilters, IdeaPage } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/ui/EmptyState';
import { LightbulbIcon } from '../../components/ui/icons';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import type { useIdeas } from './api';
import { IdeaItem } from './IdeaItem';
import { LoadMore } from '../../components/ui/LoadMore';

/** How many ideas the current filter holds: counts ignore the stage filter, so pick its own. */
function totalFor(page: IdeaPage | undefined, stage: string | undefined): number {
  const counts = page?.counts ?? {};
  return stage ? (counts[stage] ?? 0) : Object.values(counts).reduce((sum, count) => sum + count, 0);
}

export function IdeaList({ ideas, filters, filtered }: { ideas: ReturnType<typeof useIdeas>; filters: IdeaFilters; filtered: boolean }) {
  const t = useT();

  if (ideas.isPending) return <ListSkeleton />;
  if (ideas.isError) {
    return (
      <Alert tone="error" title={t('ideas.loadFailed')}>
        {ideas.error.message}
      </Alert>
    );
  }

  const items = ideas.data.pages.flatMap((page) => page.items);
  const total = totalFor(ideas.data.pages[0], filters.stage);

  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="text-small text-muted">
        {total === 1 ? t('ideas.countOne') : t('ideas.countOther', { count: total })}
      </p>
      {items.length === 0 ? (
        filtered ? (
          <EmptyState icon={<LightbulbIcon className="size-6" />} title={t('ideas.emptyTitle')} description={t('ideas.emptyDetail')} />
        ) : (
          <EmptyState
            icon={<LightbulbIcon className="size-6" />}
            title={t('ideas.noneYetTitle')}
            description={t('ideas.noneYetDetail')}
            action={
              <Button asChild>
                <Link to="/ideas/new">{t('ideas.share')}</Link>
              </Button>
            }
          />
        )
      ) : (
        <ul
          className="flex flex-col divide-y divide-line rounded-card border border-line bg-surface shadow-card"
          aria-busy={ideas.isPlaceholderData || undefined}
        >
          {items.map((idea) => (
            <IdeaItem key={idea.id} idea={idea} />
          ))}
        </ul>
      )}
      <LoadMore query={ideas} />
    </div>
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
        <div key={row} className="flex items-start gap-3 rounded-card border border-line bg-surface p-4">
          <div className="flex flex-1 flex-col gap-2">
            <Skeleton className="h-5 w-48" />
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-4 w-56" />
          </div>
          <Skeleton className="size-14" />
        </div>
      ))}
    </div>
  );
}
