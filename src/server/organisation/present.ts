import type { OrganisationView } from './schema.js';
import type { OrganisationRow, SiteRow } from './service.js';

export function presentOrganisation(organisation: OrganisationRow, sites: SiteRow[]): OrganisationView {
  return {
    name: organisation.name,
    servicePurpose: organisation.servicePurpose,
    defaultTimeZone: organisation.defaultTimeZone,
    sites: sites.map((site) => ({ id: site.id, name: site.name, timeZone: site.timeZone, region: site.region })),
  };
}
