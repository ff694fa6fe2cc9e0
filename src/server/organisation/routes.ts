import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../http/context.js';
import { ProblemError, problemResponses } from '../http/problem.js';
import { presentOrganisation } from './present.js';
import { OrganisationSchema } from './schema.js';
import { findOrganisation, listSites } from './service.js';

const getOrganisation = createRoute({
  method: 'get',
  path: '/api/v1/organisation',
  tags: ['Organisation'],
  summary: 'The organisation this deployment serves, with its sites',
  responses: {
    200: { description: 'The organisation', content: { 'application/json': { schema: OrganisationSchema } } },
    ...problemResponses(404),
  },
});

export const organisationRoutes = createRouter().openapi(getOrganisation, async (c) => {
  const db = c.var.services.database.db;
  const organisation = await findOrganisation(db);
  if (!organisation) throw new ProblemError('not-found', 'No organisation has been set up yet');
  return c.json(presentOrganisation(organisation, await listSites(db)), 200);
});
