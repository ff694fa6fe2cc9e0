import { createRoute, z } from '@hono/zod-openapi';
import { clientIp } from '../auth/routes.js';
import { authorize } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { jsonBody, jsonResponse } from '../http/openapi.js';
import { ProblemError, problemResponses } from '../http/problem.js';
import { presentOrganisation, presentSite, presentTeam } from './present.js';
import {
  OrganisationPatchSchema, OrganisationSchema, SiteInputSchema, SitePatchSchema, SiteSchema,
  TeamInputSchema, TeamPatchSchema, TeamSchema,
} from './schema.js';
import { createSite, createTeam, findOrganisation, listSites, listTeams, updateOrganisation, updateSite, updateTeam } from './service.js';

const IdParams = z.object({ id: z.uuid() });

const getOrganisation = createRoute({
  method: 'get', path: '/api/v1/organisation', tags: ['Organisation'], summary: 'The organisation and its sites (signed in)',
  responses: { 200: jsonResponse(OrganisationSchema, 'The organisation'), ...problemResponses(401, 404) },
});
const patchOrganisation = createRoute({
  method: 'patch', path: '/api/v1/organisation', tags: ['Organisation'], summary: 'Update organisation settings (admins)',
  request: jsonBody(OrganisationPatchSchema),
  responses: { 200: jsonResponse(OrganisationSchema, 'Updated'), ...problemResponses(401, 403, 404, 422) },
});
const getSites = createRoute({
  method: 'get', path: '/api/v1/sites', tags: ['Sites and teams'], summary: 'All sites',
  responses: { 200: jsonResponse(z.object({ items: z.array(SiteSchema) }), 'Sites by name'), ...problemResponses(401) },
});
const postSite = createRoute({
  method: 'post', path: '/api/v1/sites', tags: ['Sites and teams'], summary: 'Add a site (admins)',
  request: jsonBody(SiteInputSchema),
  responses: { 201: jsonResponse(SiteSchema, 'Created'), ...problemResponses(401, 403, 422) },
});
const patchSite = createRoute({
  method: 'patch', path: '/api/v1/sites/{id}', tags: ['Sites and teams'], summary: 'Rename a site or change its time zone or region (admins)',
  request: { params: IdParams, ...jsonBody(SitePatchSchema) },
  responses: { 200: jsonResponse(SiteSchema, 'Updated'), ...problemResponses(401, 403, 404, 422) },
});
const getTeams = createRoute({
  method: 'get', path: '/api/v1/teams', tags: ['Sites and teams'], summary: 'Teams, optionally of one site (staff)',
  request: { query: z.object({ siteId: z.uuid().optional() }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(TeamSchema) }), 'Teams by name'), ...problemResponses(401, 403, 422) },
});
const postTeam = createRoute({
  method: 'post', path: '/api/v1/teams', tags: ['Sites and teams'], summary: 'Add a team to a site (admins)',
  request: jsonBody(TeamInputSchema),
  responses: { 201: jsonResponse(TeamSchema, 'Created'), ...problemResponses(401, 403, 422) },
});
const patchTeam = createRoute({
  method: 'patch', path: '/api/v1/teams/{id}', tags: ['Sites and teams'], summary: 'Rename or move a team (admins)',
  request: { params: IdParams, ...jsonBody(TeamPatchSchema) },
  responses: { 200: jsonResponse(TeamSchema, 'Updated'), ...problemResponses(401, 403, 404, 422) },
});

export const organisationRoutes = createRouter()
  .openapi(getOrganisation, async (c) => {
    const actor = authorize(c, 'organisation.read', null);
    const db = c.var.services.database.db;
    const organisation = await findOrganisation(db);
    if (!organisation) throw new ProblemError('not-found', 'No organisation has been set up yet');
    return c.json(presentOrganisation(organisation, await listSites(db), actor), 200);
  })
  .openapi(patchOrganisation, async (c) => {
    const actor = authorize(c, 'organisation.update', null);
    const db = c.var.services.database.db;
    await updateOrganisation(db, actor, c.req.valid('json'), clientIp(c));
    return c.json(presentOrganisation((await findOrganisation(db))!, await listSites(db), actor), 200);
  })
  .openapi(getSites, async (c) => {
    authorize(c, 'site.list', null);
    return c.json({ items: (await listSites(c.var.services.database.db)).map(presentSite) }, 200);
  })
  .openapi(postSite, async (c) => {
    authorize(c, 'site.manage', null);
    return c.json(presentSite(await createSite(c.var.services.database.db, c.req.valid('json'))), 201);
  })
  .openapi(patchSite, async (c) => {
    authorize(c, 'site.manage', null);
    return c.json(presentSite(await updateSite(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json'))), 200);
  })
  .openapi(getTeams, async (c) => {
    authorize(c, 'team.list', null);
    return c.json({ items: (await listTeams(c.var.services.database.db, c.req.valid('query').siteId)).map(presentTeam) }, 200);
  })
  .openapi(postTeam, async (c) => {
    authorize(c, 'team.manage', null);
    return c.json(presentTeam(await createTeam(c.var.services.database.db, c.req.valid('json'))), 201);
  })
  .openapi(patchTeam, async (c) => {
    authorize(c, 'team.manage', null);
    return c.json(presentTeam(await updateTeam(c.var.services.database.db, c.req.valid('param').id, c.req.valid('json'))), 200);
  });
