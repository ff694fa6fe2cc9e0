import { useQuery } from '@tanstack/react-query';
import type { PeopleFilters } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { EmptyState } from '../../components/ui/EmptyState';
import { UsersIcon } from '../../components/ui/icons';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { sitesQuery } from '../organisation/api';
import { usePeople } from './api';
import { PersonItem } from './PersonItem';
import { LoadMore } from '../../components/ui/LoadMore';

export function PeopleList({ filters }: { filters: PeopleFilters }) {
  const t = useT();
  const people = usePeople(filters);
  const sites = useQuery(sitesQuery);
  const siteNames = new Map((sites.data ?? []).map((site) => [site.id, site.name]));

  if (people.isPending) return <ListSkeleton />;
  if (people.isError) {
    return (
      <Alert tone="error" title={t('people.loadFailed')}>
        {people.error.message}
      </Alert>
    );
  }

  const items = people.data.pages.flatMap((page) => page.items);
  const total = people.data.pages[0]?.total ?? 0;

  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="text-small text-muted">
        {total === 1 ? t('people.countOne') : t('people.countOther', { count: total })}
      </p>
      {items.length === 0 ? (
        <EmptyState icon={<UsersIcon className="size-6" />} title={t('people.emptyTitle')} description={t('people.emptyDetail')} />
      ) : (
        <ul
          className="flex flex-col divide-y divide-line rounded-card border border-line bg-surface shadow-card"
          aria-busy={people.isPlaceholderData || undefined}
        >
          {items.map((person) => (
            <PersonItem key={person.id} person={person} siteNames={siteNames} />
          ))}
        </ul>
      )}
      <LoadMore query={people} />
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
        <div key={row} className="flex flex-col gap-2 rounded-card border border-line bg-surface p-4">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-4 w-56" />
        </div>
      ))}
    </div>
  );
}
