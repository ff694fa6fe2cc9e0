import { createRoute, z } from '@hono/zod-openapi';
import { clientIp } from '../auth/routes.js';
import { signInAfterJoining } from '../auth/sign-in.js';
import { createRouter } from '../http/context.js';
import { problemResponses } from '../http/problem.js';
import { enforce, LIMITS } from '../security/rate-limit.js';
import { SSO_PROVIDER_ID } from '../auth/sso.js';
import { SetupSchema, SetupStatusSchema } from './schema.js';
import { findOrganisation, setUpOrganisation } from './service.js';

const status = createRoute({
  method: 'get', path: '/api/v1/setup', tags: ['Setup'],
  summary: 'Whether this deployment still needs its first-run setup, and its public name and logo',
  responses: { 200: { description: 'Setup state', content: { 'application/json': { schema: SetupStatusSchema } } } },
});
const setUp = createRoute({
  method: 'post', path: '/api/v1/setup', tags: ['Setup'],
  summary: 'First run: create the organisation and its first admin, and sign the admin in',
  request: { body: { content: { 'application/json': { schema: SetupSchema } }, required: true } },
  responses: {
    201: { description: 'Set up; the session cookie is set', content: { 'application/json': { schema: z.object({ adminId: z.string() }) } } },
    ...problemResponses(409, 422, 429),
  },
});

export const setupRoutes = createRouter()
  .openapi(status, async (c) => {
    const organisation = await findOrganisation(c.var.services.database.db);
    const { oidc } = c.var.services.config;
    return c.json(
      {
        setupNeeded: !organisation,
        organisationName: organisation?.name ?? null,
        logoDataUrl: organisation?.logoDataUrl ?? null,
        sso: oidc ? { providerId: SSO_PROVIDER_ID, name: oidc.name } : null,
      },
      200,
    );
  })
  .openapi(setUp, async (c) => {
    const ip = clientIp(c);
    await enforce(c.var.services.database.db, [[LIMITS.signUpPerIp, ip]]);
    const input = c.req.valid('json');
    const { adminId } = await setUpOrganisation(c.var.services.database.db, input, ip);
    const cookies = await signInAfterJoining(c.var.services, input.admin.email, input.admin.password, c.req.raw.headers);
    for (const cookie of cookies) c.header('Set-Cookie', cookie, { append: true });
    return c.json({ adminId }, 201);
  });
