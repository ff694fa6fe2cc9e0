/**
 * Wire types of the API, taken from the server's own schemas (type-only: no server code ships
 * to the browser). Where the server exports only a schema, the type is inferred here.
 */
import type { z } from 'zod';
import type { AUDIT_ACTIONS } from '../../server/audit/service';
import type { MeView } from '../../server/auth/me-routes';
import type {
  OrganisationPatch,
  OrganisationView,
  SetupStatusSchema,
  SiteSchema,
  TeamSchema,
} from '../../server/organisation/schema';
import type { PeopleQuery, PersonPage, PersonView, PublicInvitation, RoleSchema } from '../../server/people/schema';

export type { MeView, OrganisationPatch, OrganisationView, PersonPage, PersonView, PublicInvitation };

export type Role = z.infer<typeof RoleSchema>;
export type Site = z.infer<typeof SiteSchema>;
export type Team = z.infer<typeof TeamSchema>;
export type SetupStatus = z.infer<typeof SetupStatusSchema>;
export type PersonStatus = PeopleQuery['status'];

/** The list filters the people page keeps in its URL. */
export interface PeopleFilters {
  q?: string;
  role?: Role;
  status: PersonStatus;
}

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The server does not export its AuditEvent schema; this mirrors `GET /api/v1/audit-events`. */
export interface AuditEvent {
  id: string;
  action: AuditAction;
  actorId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  data: Record<string, unknown>;
  ipAddress: string | null;
  createdAt: string;
}

export interface AuditPage {
  items: AuditEvent[];
  nextBefore: string | null;
}
