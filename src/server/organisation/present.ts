import { can, type Actor } from '../policies/index.js';
import type { OrganisationView } from './schema.js';
import type { OrganisationRow, SiteRow, TeamRow } from './service.js';

export const presentSite = (site: SiteRow) => ({ id: site.id, name: site.name, timeZone: site.timeZone, region: site.region });
export const presentTeam = (team: TeamRow) => ({ id: team.id, name: team.name, siteId: team.siteId });

export function presentOrganisation(organisation: OrganisationRow, sites: SiteRow[], viewer: Actor): OrganisationView {
  return {
    name: organisation.name,
    servicePurpose: organisation.servicePurpose,
    serviceStandards: organisation.serviceStandards,
    defaultTimeZone: organisation.defaultTimeZone,
    logoDataUrl: organisation.logoDataUrl,
    firstResponseDays: organisation.firstResponseDays,
    decisionDays: organisation.decisionDays,
    sites: sites.map(presentSite),
    abilities: {
      update: can(viewer, 'organisation.update', null),
      manageSites: can(viewer, 'site.manage', null),
      manageTeams: can(viewer, 'team.manage', null),
    },
  };
}
