import { useQuery } from '@tanstack/react-query';
import type { OrganisationView, Site, Team } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Card } from '../../components/ui/Card';
import { EmptyState } from '../../components/ui/EmptyState';
import { BuildingIcon } from '../../components/ui/icons';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { timeZoneLabel } from '../time-zones/zones';
import { sitesQuery, teamsQuery } from './api';
import { SiteDialog } from './SiteDialog';
import { TeamDialog } from './TeamDialog';

/** Sites (each with its time zone and region) and, under each, its teams. */
export function SitesSection({ organisation }: { organisation: OrganisationView }) {
  const t = useT();
  const sites = useQuery(sitesQuery);
  const teams = useQuery(teamsQuery);
  const { manageSites, manageTeams } = organisation.abilities;

  return (
    <Card
      title={t('organisation.sites')}
      action={manageSites && <SiteDialog defaultTimeZone={organisation.defaultTimeZone} />}
    >
      {(sites.isPending || teams.isPending) && <Skeleton className="h-24 w-full" />}
      {sites.isError && <Alert tone="error">{sites.error.message}</Alert>}
      {sites.data?.length === 0 && (
        <EmptyState
          icon={<BuildingIcon className="size-6" />}
          headingLevel="h3"
          title={t('organisation.noSites')}
          description={t('organisation.noSitesDetail')}
        />
      )}
      {sites.data && teams.data && (
        <ul className="flex flex-col divide-y divide-line">
          {sites.data.map((site) => (
            <SiteItem
              key={site.id}
              site={site}
              teams={teams.data.filter((team) => team.siteId === site.id)}
              manageSites={manageSites}
              manageTeams={manageTeams}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

function SiteItem({ site, teams, manageSites, manageTeams }: { site: Site; teams: Team[]; manageSites: boolean; manageTeams: boolean }) {
  const t = useT();
  return (
    <li className="py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold">{site.name}</h3>
          <p className="text-small text-muted">
            {[timeZoneLabel(site.timeZone), site.region].filter(Boolean).join(' · ')}
          </p>
        </div>
        {manageSites && <SiteDialog site={site} />}
      </div>
      <div className="mt-3 border-l-2 border-line pl-4">
        <h4 className="text-small font-medium">{t('organisation.teams')}</h4>
        {teams.length === 0 && <p className="text-small text-muted">{t('organisation.noTeams')}</p>}
        <ul className="mt-1 flex flex-col">
          {teams.map((team) => (
            <li key={team.id} className="flex min-h-11 items-center justify-between gap-2">
              <span className="min-w-0 break-words">{team.name}</span>
              {manageTeams && <TeamDialog siteId={site.id} team={team} />}
            </li>
          ))}
        </ul>
        {manageTeams && <TeamDialog siteId={site.id} siteName={site.name} />}
      </div>
    </li>
  );
}
