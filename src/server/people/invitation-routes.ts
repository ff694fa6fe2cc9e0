import { createRoute, z } from '@hono/zod-openapi';
import { clientIp } from '../auth/routes.js';
import { createRouter } from '../http/context.js';
import { problemResponses } from '../http/problem.js';
import { findOrganisation } from '../organisation/service.js';
import { enforce, LIMITS } from '../security/rate-limit.js';
import { signInAfterJoining } from '../auth/sign-in.js';
import { acceptInvitation, findPendingInvitation } from './invitations.js';
import { AcceptInvitationSchema, PublicInvitationSchema } from './schema.js';

const tags = ['Invitations'];
const TokenParams = z.object({ token: z.string().min(20).max(200) });

const show = createRoute({
  method: 'get', path: '/api/v1/invitations/{token}', tags, summary: 'What an invitation link is for (public)',
  request: { params: TokenParams },
  responses: {
    200: { description: 'A pending invitation', content: { 'application/json': { schema: PublicInvitationSchema } } },
    ...problemResponses(404, 422),
  },
});
const accept = createRoute({
  method: 'post', path: '/api/v1/invitations/{token}/accept', tags,
  summary: 'Accept an invitation: set a password, create the account and sign in (sets the session cookie)',
  request: { params: TokenParams, body: { content: { 'application/json': { schema: AcceptInvitationSchema } }, required: true } },
  responses: {
    201: { description: 'Account created and signed in', content: { 'application/json': { schema: z.object({ userId: z.string() }) } } },
    ...problemResponses(404, 422, 429),
  },
});

export const invitationRoutes = createRouter()
  .openapi(show, async (c) => {
    const db = c.var.services.database.db;
    const invitation = await findPendingInvitation(db, c.req.valid('param').token);
    const organisation = await findOrganisation(db);
    return c.json(
      {
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        organisationName: organisation?.name ?? 'Sparkloop',
        expiresAt: invitation.expiresAt.toISOString(),
      },
      200,
    );
  })
  .openapi(accept, async (c) => {
    const ip = clientIp(c);
    await enforce(c.var.services.database.db, [[LIMITS.signUpPerIp, ip]]);
    const body = c.req.valid('json');
    const { userId, email } = await acceptInvitation(c.var.services, c.req.valid('param').token, body, ip);
    const cookies = await signInAfterJoining(c.var.services, email, body.password, c.req.raw.headers);
    for (const cookie of cookies) c.header('Set-Cookie', cookie, { append: true });
    return c.json({ userId }, 201);
  });
