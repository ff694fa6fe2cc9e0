import { createRoute, z } from '@hono/zod-openapi';
import { clientIp } from '../auth/routes.js';
import { createRouter } from '../http/context.js';
import { problemResponses } from '../http/problem.js';
import { findOrganisation } from '../organisation/service.js';
import { enforce, LIMITS } from '../security/rate-limit.js';
import { signInAfterJoining } from '../auth/sign-in.js';
import { authorize } from '../http/authorize.js';
import { presentInvitation } from './present.js';
import { acceptInvitation, findPendingInvitation, inviterName, listPendingInvitations, revokeInvitation } from './invitations.js';
import { AcceptInvitationSchema, InvitationSchema, PublicInvitationSchema } from './schema.js';

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

const pending = createRoute({
  method: 'get', path: '/api/v1/invitations', tags, summary: 'Invitations still waiting for an answer (admins)',
  responses: {
    200: { description: 'Pending invitations', content: { 'application/json': { schema: z.object({ items: z.array(InvitationSchema) }) } } },
    ...problemResponses(401, 403),
  },
});
const revoke = createRoute({
  method: 'delete', path: '/api/v1/invitations/{id}', tags, summary: 'Withdraw a pending invitation (admins); to resend, invite the address again',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: 'Withdrawn' }, ...problemResponses(401, 403, 404) },
});

export const invitationRoutes = createRouter()
  .openapi(pending, async (c) => {
    authorize(c, 'person.invite', null);
    const rows = await listPendingInvitations(c.var.services.database.db);
    return c.json({ items: rows.map((row) => presentInvitation(row, row.invitedByName)) }, 200);
  })
  .openapi(revoke, async (c) => {
    const actor = authorize(c, 'person.invite', null);
    await revokeInvitation(c.var.services, actor, c.req.valid('param').id, clientIp(c));
    return c.body(null, 204);
  })
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
        invitedByName: await inviterName(db, invitation),
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
