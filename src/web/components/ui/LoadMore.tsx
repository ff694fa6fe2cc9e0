import { useT } from '../../i18n';
import { Button } from './Button';

/** What a TanStack infinite query offers for paging; any list that loads page by page passes its query. */
type Pages = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };

/** The "Load more" button under a paged list; absent when there is nothing more. */
export function LoadMore({ query }: { query: Pages }) {
  const t = useT();
  if (!query.hasNextPage) return null;
  return (
    <Button variant="secondary" className="self-center" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
      {t('common.loadMore')}
    </Button>
  );
}
