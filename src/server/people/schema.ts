import { z } from '@hono/zod-openapi';
import { ROLES } from '../db/schema/index.js';

export const RoleSchema = z.enum(ROLES).openapi({ description: 'Exactly one role per person' });

const email = z
  .email('Enter a valid e-mail address')
  .max(254)
  .transform((value) => value.trim().toLowerCase());
const personName = z.string().trim().min(1, 'Enter a name').max(120);
const ids = z.array(z.uuid()).max(50).default([]);

export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: RoleSchema,
    image: z.string().nullable(),
    deactivated: z.boolean(),
    siteIds: z.array(z.string()),
    teamIds: z.array(z.string()),
    createdAt: z.iso.datetime(),
    abilities: z.object({
      updateRole: z.boolean(),
      updateMemberships: z.boolean(),
      deactivate: z.boolean(),
      reactivate: z.boolean(),
    }),
  })
  .openapi('Person');

export const PersonPageSchema = z
  .object({ items: z.array(PersonSchema), nextCursor: z.string().nullable(), total: z.number().int() })
  .openapi('PersonPage');

export const PeopleQuerySchema = z.object({
  q: z.string().trim().max(100).optional().openapi({ description: 'Matches name or e-mail' }),
  role: RoleSchema.optional(),
  siteId: z.uuid().optional(),
  status: z.enum(['active', 'deactivated', 'all']).default('active'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const MentionableQuerySchema = z.object({
  q: z.string().trim().min(1, 'Type at least one letter of the name').max(100),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export const MentionablePageSchema = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string() })) })
  .openapi('MentionablePeople');

export const InviteSchema = z
  .object({ email, name: personName, role: RoleSchema, siteIds: ids, teamIds: ids })
  .openapi('InvitePerson');

export const InvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    siteIds: z.array(z.string()),
    teamIds: z.array(z.string()),
    expiresAt: z.iso.datetime(),
    invitedByName: z.string().nullable(),
  })
  .openapi('Invitation');

export const PublicInvitationSchema = z
  .object({
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    organisationName: z.string(),
    invitedByName: z.string().nullable(),
    expiresAt: z.iso.datetime(),
  })
  .openapi('PublicInvitation');

export const AcceptInvitationSchema = z
  .object({ name: personName.optional(), password: z.string().min(10, 'Use at least 10 characters').max(200) })
  .openapi('AcceptInvitation');

export const UpdatePersonSchema = z
  .object({ role: RoleSchema.optional(), siteIds: z.array(z.uuid()).max(50).optional(), teamIds: z.array(z.uuid()).max(50).optional() })
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one of role, siteIds, teamIds' })
  .openapi('UpdatePerson');

export type PersonView = z.infer<typeof PersonSchema>;
export type PersonPage = z.infer<typeof PersonPageSchema>;
export type InviteInput = z.infer<typeof InviteSchema>;
export type PeopleQuery = z.infer<typeof PeopleQuerySchema>;
export type PublicInvitation = z.infer<typeof PublicInvitationSchema>;
