import { createRoute, z } from '@hono/zod-openapi';
import { requireActor } from '../http/authorize.js';
import { createRouter } from '../http/context.js';
import { problemResponses } from '../http/problem.js';
import { RoleSchema } from '../people/schema.js';
import { findPerson } from '../people/service.js';
import { can } from '../policies/index.js';

export const MeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: RoleSchema,
    image: z.string().nullable(),
    siteIds: z.array(z.string()),
    teamIds: z.array(z.string()),
    abilities: z.object({
      listPeople: z.boolean(),
      invitePeople: z.boolean(),
      updateOrganisation: z.boolean(),
      manageSites: z.boolean(),
      manageTeams: z.boolean(),
      readAudit: z.boolean(),
      manageApiKeys: z.boolean(),
      useIdeas: z.boolean(),
      manageRubric: z.boolean(),
      reviewIdeas: z.boolean(),
    }),
  })
  .openapi('Me');

export type MeView = z.infer<typeof MeSchema>;

const me = createRoute({
  method: 'get', path: '/api/v1/me', tags: ['People'], summary: 'The signed-in person and what they may do',
  responses: { 200: { description: 'You', content: { 'application/json': { schema: MeSchema } } }, ...problemResponses(401) },
});

export const meRoutes = createRouter().openapi(me, async (c) => {
  const actor = requireActor(c);
  const person = (await findPerson(c.var.services.database.db, actor.id))!;
  return c.json(
    {
      id: person.id,
      name: person.name,
      email: person.email,
      role: person.role,
      image: person.image,
      siteIds: person.siteIds,
      teamIds: person.teamIds,
      abilities: {
        listPeople: can(actor, 'person.list', null),
        invitePeople: can(actor, 'person.invite', null),
        updateOrganisation: can(actor, 'organisation.update', null),
        manageSites: can(actor, 'site.manage', null),
        manageTeams: can(actor, 'team.manage', null),
        readAudit: can(actor, 'audit.read', null),
        manageApiKeys: can(actor, 'apiKey.manage', null),
        useIdeas: can(actor, 'idea.list', null),
        manageRubric: can(actor, 'rubric.manage', null),
        // Reviewing any idea the person can read: used to offer review-only settings.
        reviewIdeas: can(actor, 'idea.review', { authorId: '', confidential: false }),
      },
    },
    200,
  );
});
