import { getRouteApi, Link } from '@tanstack/react-router';
import { Page } from '../../components/layout/Page';
import { Button } from '../../components/ui/Button';
import { PlusIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';
import { RequireAbility } from '../session/RequireAbility';
import { useMe } from '../session/queries';
import { canUseIdeas } from './access';
import { useIdeas } from './api';
import { IdeaFilters } from './IdeaFilters';
import { IdeaList } from './IdeaList';
import { hasFilters, toIdeaFilters } from './search';

const route = getRouteApi('/app/ideas');

export function IdeasPage() {
  const me = useMe();
  return (
    <RequireAbility allowed={canUseIdeas(me)}>
      <IdeasView />
    </RequireAbility>
  );
}

function IdeasView() {
  const t = useT();
  const search = route.useSearch();
  const filters = toIdeaFilters(search);
  const ideas = useIdeas(filters);

  return (
    <Page
      title={t('ideas.title')}
      action={
        <div className="flex w-full flex-wrap gap-3 sm:w-auto">
          <Button asChild className="flex-1 sm:flex-none">
            <Link to="/ideas/new">
              <PlusIcon />
              {t('ideas.share')}
            </Link>
          </Button>
          <Button asChild variant="secondary">
            <Link to="/decisions">{t('ideas.decisionLog')}</Link>
          </Button>
        </div>
      }
    >
      <IdeaFilters search={search} counts={ideas.data?.pages[0]?.counts} />
      <IdeaList ideas={ideas} filters={filters} filtered={hasFilters(search)} />
    </Page>
  );
}
