import { getRouteApi } from '@tanstack/react-router';
import { Page } from '../../components/layout/Page';
import { useT } from '../../i18n';
import { RequireAbility } from '../session/RequireAbility';
import { useMe } from '../session/queries';
import { ImportDialog } from './ImportDialog';
import { InvitationsSection } from './InvitationsSection';
import { InviteDialog } from './InviteDialog';
import { PeopleFilters } from './PeopleFilters';
import { PeopleList } from './PeopleList';
import { toFilters } from './search';

const route = getRouteApi('/app/people');

export function PeoplePage() {
  const t = useT();
  const me = useMe();
  const search = route.useSearch();
  return (
    <RequireAbility allowed={me?.abilities.listPeople}>
      <Page
        title={t('people.title')}
        action={
          me?.abilities.invitePeople && (
            <div className="flex flex-wrap gap-3">
              <ImportDialog />
              <InviteDialog />
            </div>
          )
        }
      >
        {me?.abilities.invitePeople && <InvitationsSection />}
        <PeopleFilters search={search} />
        <PeopleList filters={toFilters(search)} />
      </Page>
    </RequireAbility>
  );
}
