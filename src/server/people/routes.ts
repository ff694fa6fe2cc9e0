import { createRoute, z } from '@hono/zod-openapi';
import { clientIp } from '../auth/routes.js';
import { authorize } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { jsonResponse } from '../http/openapi.js';
import { ProblemError, problemResponses } from '../http/problem.js';
import { visibility } from '../policies/index.js';
import { importPeople } from './import.js';
import { invitePerson, inviterName } from './invitations.js';
import { presentInvitation, presentPerson } from './present.js';
import { InvitationSchema, InviteSchema, MentionablePageSchema, MentionableQuerySchema, PeopleQuerySchema, PersonPageSchema, PersonSchema, UpdatePersonSchema } from './schema.js';
import { countActiveAdmins, deactivatePerson, findPerson, listPeople, mentionablePeople, reactivatePerson, updatePerson } from './service.js';

const tags = ['People'];
const IdParams = z.object({ id: z.string().min(1).max(100) });

const list = createRoute({
  method: 'get', path: '/api/v1/people', tags, summary: 'List people (admins and reviewers)',
  request: { query: PeopleQuerySchema },
  responses: { 200: jsonResponse(PersonPageSchema, 'A page of people'), ...problemResponses(401, 403, 422) },
});
const mentionable = createRoute({
  method: 'get', path: '/api/v1/people/mentionable', tags, summary: 'Colleagues to @mention, by name (staff): id and name only',
  request: { query: MentionableQuerySchema },
  responses: { 200: jsonResponse(MentionablePageSchema, 'Up to `limit` active colleagues'), ...problemResponses(401, 403, 422) },
});
const read = createRoute({
  method: 'get', path: '/api/v1/people/{id}', tags, summary: 'One person',
  request: { params: IdParams },
  responses: { 200: jsonResponse(PersonSchema, 'The person'), ...problemResponses(401, 404) },
});
const invite = createRoute({
  method: 'post', path: '/api/v1/people', tags, summary: 'Invite a person by e-mail (admins)',
  request: { body: { content: { 'application/json': { schema: InviteSchema } }, required: true } },
  responses: { 201: jsonResponse(InvitationSchema, 'Invitation sent'), ...problemResponses(401, 403, 422, 429) },
});
const ImportReportSchema = z
  .object({
    invited: z.array(z.object({ row: z.number().int(), email: z.string() })),
    failed: z.array(z.object({ row: z.number().int(), email: z.string(), errors: z.array(z.object({ path: z.string(), message: z.string() })) })),
  })
  .openapi('ImportReport');
const importCsv = createRoute({
  method: 'post', path: '/api/v1/people/import', tags,
  summary: 'Invite people from CSV (admins): columns email, name, role, and optionally sites and teams (names separated by ";")',
  description: 'Each row is invited on its own; a row that fails is reported with every reason and leaves nothing behind.',
  request: { body: { content: { 'application/json': { schema: z.object({ csv: z.string().min(1).max(500_000) }) } }, required: true } },
  responses: { 200: jsonResponse(ImportReportSchema, 'What was invited and what failed, row by row'), ...problemResponses(401, 403, 422) },
});
const update = createRoute({
  method: 'patch', path: '/api/v1/people/{id}', tags, summary: "Change a person's role or site and team memberships (admins)",
  request: { params: IdParams, body: { content: { 'application/json': { schema: UpdatePersonSchema } }, required: true } },
  responses: { 200: jsonResponse(PersonSchema, 'Updated'), ...problemResponses(401, 403, 404, 422) },
});
const deactivate = createRoute({
  method: 'post', path: '/api/v1/people/{id}/deactivate', tags, summary: 'Deactivate: content kept, sessions revoked, sign-in refused',
  request: { params: IdParams },
  responses: { 200: jsonResponse(PersonSchema, 'Deactivated'), ...problemResponses(401, 403, 404) },
});
const reactivate = createRoute({
  method: 'post', path: '/api/v1/people/{id}/reactivate', tags, summary: 'Allow a deactivated person to sign in again',
  request: { params: IdParams },
  responses: { 200: jsonResponse(PersonSchema, 'Reactivated'), ...problemResponses(401, 403, 404) },
});

async function loadPerson(db: Parameters<typeof findPerson>[0], id: string) {
  const person = await findPerson(db, id);
  if (!person) throw new ProblemError('not-found', 'No such person');
  return person;
}
const subjectOf = (person: Awaited<ReturnType<typeof loadPerson>>, activeAdmins: number) => ({
  id: person.id, role: person.role, deactivated: person.deactivatedAt !== null, activeAdmins,
});

export const peopleRoutes = createRouter()
  .openapi(list, async (c) => {
    const actor = authorize(c, 'person.list', null);
    const db = c.var.services.database.db;
    const [page, admins] = await Promise.all([listPeople(db, c.req.valid('query')), countActiveAdmins(db)]);
    return c.json({ items: page.rows.map((row) => presentPerson(row, actor, admins)), nextCursor: page.nextCursor, total: page.total }, 200);
  })
  // Registered before `/people/{id}` so "mentionable" is not read as an id.
  .openapi(mentionable, async (c) => {
    authorize(c, 'person.mention', null);
    const { q, limit } = c.req.valid('query');
    return c.json({ items: await mentionablePeople(c.var.services.database.db, q, limit) }, 200);
  })
  .openapi(read, async (c) => {
    const db = c.var.services.database.db;
    const person = await findPerson(db, c.req.valid('param').id);
    const admins = await countActiveAdmins(db);
    const subject = person ? subjectOf(person, admins) : { id: '', role: 'customer' as const, deactivated: false };
    const actor = authorize(c, 'person.read', subject, { hiddenUnless: visibility.person, notFoundDetail: 'No such person' });
    if (!person) throw new ProblemError('not-found', 'No such person');
    return c.json(presentPerson(person, actor, admins), 200);
  })
  .openapi(invite, async (c) => {
    const actor = authorize(c, 'person.invite', null);
    const invitation = await invitePerson(c.var.services, actor, c.req.valid('json'), clientIp(c));
    return c.json(presentInvitation(invitation, await inviterName(c.var.services.database.db, invitation)), 201);
  })
  .openapi(importCsv, async (c) => {
    const actor = authorize(c, 'person.invite', null);
    return c.json(await importPeople(c.var.services, actor, c.req.valid('json').csv, clientIp(c)), 200);
  })
  .openapi(update, async (c) => {
    const db = c.var.services.database.db;
    const person = await loadPerson(db, c.req.valid('param').id);
    const change = c.req.valid('json');
    const admins = await countActiveAdmins(db);
    const subject = subjectOf(person, admins);
    let actor = authorize(c, 'person.read', subject, { hiddenUnless: visibility.person, notFoundDetail: 'No such person' });
    if (change.role) actor = authorize(c, 'person.updateRole', { ...subject, newRole: change.role });
    if (change.siteIds || change.teamIds) actor = authorize(c, 'person.updateMemberships', subject);
    await updatePerson(db, actor, person, change, clientIp(c));
    return c.json(presentPerson(await loadPerson(db, person.id), actor, await countActiveAdmins(db)), 200);
  })
  .openapi(deactivate, async (c) => {
    const db = c.var.services.database.db;
    const person = await loadPerson(db, c.req.valid('param').id);
    const actor = authorize(c, 'person.deactivate', subjectOf(person, await countActiveAdmins(db)), { hiddenUnless: visibility.person });
    await deactivatePerson(db, actor, person, clientIp(c));
    return c.json(presentPerson(await loadPerson(db, person.id), actor, await countActiveAdmins(db)), 200);
  })
  .openapi(reactivate, async (c) => {
    const db = c.var.services.database.db;
    const person = await loadPerson(db, c.req.valid('param').id);
    const actor = authorize(c, 'person.reactivate', subjectOf(person, await countActiveAdmins(db)), { hiddenUnless: visibility.person });
    await reactivatePerson(db, actor, person, clientIp(c));
    return c.json(presentPerson(await loadPerson(db, person.id), actor, await countActiveAdmins(db)), 200);
  });
