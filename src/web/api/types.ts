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
import type {
  AreaSchema,
  DecisionQuery,
  DecisionSchema,
  IdeaListQuery,
  IdeaPageSchema,
  IdeaSchema,
  IdeaSummarySchema,
  SimilarIdeaSchema,
  SubmitIdeaSchema,
  TimelineEventSchema,
  TransitionSchema,
} from '../../server/ideas/schema';
import type { ImportReport } from '../../server/people/import';
import type { PeopleQuery, PersonPage, PersonView, PublicInvitation, RoleSchema } from '../../server/people/schema';

export type { ImportReport, MeView, OrganisationPatch, OrganisationView, PersonPage, PersonView, PublicInvitation };

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

/** The server does not export its ApiKey schemas; these mirror `GET` and `POST /api/v1/api-keys`. */
export interface ApiKey {
  id: string;
  name: string;
  /** The first characters of the key, enough to recognise it; never the key. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Answer to creating a key: the only time `key` itself is ever sent. */
export interface CreatedApiKey extends ApiKey {
  key: string;
}

export type Area = z.infer<typeof AreaSchema>;
export type IdeaSummary = z.infer<typeof IdeaSummarySchema>;
export type Idea = z.infer<typeof IdeaSchema>;
export type IdeaPage = z.infer<typeof IdeaPageSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type SimilarIdea = z.infer<typeof SimilarIdeaSchema>;
export type SubmitIdea = z.infer<typeof SubmitIdeaSchema>;
export type Transition = z.infer<typeof TransitionSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type IdeaSort = IdeaListQuery['sort'];
export type DecisionStage = NonNullable<DecisionQuery['stage']>;

/** The list filters the ideas page keeps in its URL (the server's query, minus paging). */
export interface IdeaFilters {
  q?: string;
  stage?: string;
  area?: Area;
  siteId?: string;
  mine?: boolean;
  voted?: boolean;
  sort: IdeaSort;
}

/** The filters the decision log keeps in its URL. */
export interface DecisionFilters {
  q?: string;
  stage?: DecisionStage;
  reasonCode?: string;
}

/** The server does not export a schema for these; this mirrors `GET /api/v1/reason-codes`. */
export interface ReasonCode {
  key: string;
  label: string;
}
