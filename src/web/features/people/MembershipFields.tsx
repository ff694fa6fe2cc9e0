import { useQuery } from '@tanstack/react-query';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { sitesQuery, teamsQuery } from '../organisation/api';

export interface Memberships {
  siteIds: string[];
  teamIds: string[];
}

const legendClasses = 'mb-2 text-small font-medium text-ink';
const optionClasses = 'flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-sunken';
const checkboxClasses = 'size-5 shrink-0 accent-primary';

/** Site checkboxes, then the teams of the chosen sites; unticking a site drops its teams. */
export function MembershipFields({ value, onChange }: { value: Memberships; onChange: (next: Memberships) => void }) {
  const t = useT();
  const sites = useQuery(sitesQuery);
  const teams = useQuery(teamsQuery);

  if (sites.isPending || teams.isPending) {
    return (
      <div className="flex flex-col gap-2" aria-hidden="true">
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-9 w-full" />
        <Skeleton className="h-9 w-full" />
      </div>
    );
  }

  const allTeams = teams.data ?? [];
  const toggleSite = (siteId: string, checked: boolean) => {
    if (checked) return onChange({ ...value, siteIds: [...value.siteIds, siteId] });
    const dropped = new Set(allTeams.filter((team) => team.siteId === siteId).map((team) => team.id));
    onChange({
      siteIds: value.siteIds.filter((id) => id !== siteId),
      teamIds: value.teamIds.filter((id) => !dropped.has(id)),
    });
  };
  const toggleTeam = (teamId: string, checked: boolean) =>
    onChange({ ...value, teamIds: checked ? [...value.teamIds, teamId] : value.teamIds.filter((id) => id !== teamId) });

  const chosenSites = (sites.data ?? []).filter((site) => value.siteIds.includes(site.id));

  return (
    <div className="flex flex-col gap-4">
      <fieldset>
        <legend className={legendClasses}>{t('people.sites')}</legend>
        {(sites.data ?? []).map((site) => (
          <label key={site.id} className={optionClasses}>
            <input
              type="checkbox"
              className={checkboxClasses}
              checked={value.siteIds.includes(site.id)}
              onChange={(event) => toggleSite(site.id, event.target.checked)}
            />
            {site.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className={legendClasses}>{t('people.teams')}</legend>
        {chosenSites.length === 0 && <p className="text-small text-muted">{t('people.chooseSiteFirst')}</p>}
        {chosenSites.map((site) => {
          const siteTeams = allTeams.filter((team) => team.siteId === site.id);
          return (
            <div key={site.id} className="mb-2">
              <p className="px-2 text-small text-muted">{site.name}</p>
              {siteTeams.length === 0 && <p className="px-2 text-small text-muted">{t('people.noTeams')}</p>}
              {siteTeams.map((team) => (
                <label key={team.id} className={optionClasses}>
                  <input
                    type="checkbox"
                    className={checkboxClasses}
                    checked={value.teamIds.includes(team.id)}
                    onChange={(event) => toggleTeam(team.id, event.target.checked)}
                  />
                  {team.name}
                </label>
              ))}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
