/**
 * Wire types of the API, taken from the server's own schemas (type-only: no server code ships
 * to the browser). Where the server exports only a schema, the type is inferred here.
 */
import type { z } from 'zod';
import type { ApiKeySchema, CreatedApiKeySchema } from '../../server/api-keys/routes';
import type { AuditEventView } from '../../server/audit/routes';
import type { AUDIT_ACTIONS } from '../../server/audit/service';
import type { MeView } from '../../server/auth/me-routes';
import type { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '../../server/db/schema/notifications';
import type {
  OrganisationPatch,
  OrganisationView,
  SetupStatusSchema,
  SiteSchema,
  TeamSchema,
} from '../../server/organisation/schema';
import type {
  AreaSchema,
  AttachmentSchema,
  CommentSchema,
  DecisionQuery,
  DecisionSchema,
  EditIdeaSchema,
  IdeaListQuery,
  IdeaPageSchema,
  IdeaSchema,
  IdeaSummarySchema,
  NoteSchema,
  ReviewScoresSchema,
  RubricSchema,
  SimilarIdeaSchema,
  SubmitIdeaSchema,
  TimelineEventSchema,
  TransitionSchema,
} from '../../server/ideas/schema';
import type { ImportReport } from '../../server/people/import';
import type { NotificationPageSchema } from '../../server/notifications/schema';
import type {
  LibraryPromptSchema,
  NewPromptSchema,
  PromptAreaSchema,
  PromptDetailSchema,
  PromptIdeaPageSchema,
  PromptLibrarySchema,
  PromptPatchSchema,
  PromptSchema,
  PromptTechniqueSchema,
  SitePromptSettingsInputSchema,
  SitePromptSettingsListSchema,
  SitePromptSettingsSchema,
  WeeklyPromptSchema,
} from '../../server/prompts/schema';
import type {
  InvitationSchema,
  MentionablePageSchema,
  PeopleQuery,
  PersonPage,
  PersonView,
  PublicInvitation,
  RoleSchema,
} from '../../server/people/schema';

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

export type AuditEvent = AuditEventView;

export interface AuditPage {
  items: AuditEvent[];
  nextBefore: string | null;
}

export type ApiKey = z.infer<typeof ApiKeySchema>;
/** Answer to creating a key: the only time `key` itself is ever sent. */
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;

/** A pending invitation, as admins see it on the people page. */
export type Invitation = z.infer<typeof InvitationSchema>;

export type Rubric = z.infer<typeof RubricSchema>;
export type RubricCriterion = Rubric['criteria'][number];

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
/** `GET /api/v1/me/notification-preferences`: one channel per kind of event. */
export type NotificationPreferences = Record<NotificationKind, NotificationChannel>;

/** `GET /api/v1/notifications`: one page, newest first; pass `nextBefore` as `before` for the next. */
export type NotificationPage = z.infer<typeof NotificationPageSchema>;
export type NotificationItem = NotificationPage['items'][number];

export type Area = z.infer<typeof AreaSchema>;
export type IdeaSummary = z.infer<typeof IdeaSummarySchema>;
export type Idea = z.infer<typeof IdeaSchema>;
export type IdeaPage = z.infer<typeof IdeaPageSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type SimilarIdea = z.infer<typeof SimilarIdeaSchema>;
export type SubmitIdea = z.infer<typeof SubmitIdeaSchema>;
export type Transition = z.infer<typeof TransitionSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type IdeaComment = z.infer<typeof CommentSchema>;
export type InternalNote = z.infer<typeof NoteSchema>;
export type EditIdea = z.input<typeof EditIdeaSchema>;
export type ReviewScores = z.infer<typeof ReviewScoresSchema>;
export type ResponseClock = Idea['clock'];
export type IdeaScores = Idea['scores'];

/** The server does not export its Stage schema; this mirrors `GET /api/v1/stages`. */
export interface Stage {
  key: string;
  name: string;
  position: number;
  terminal: boolean;
  customerLabel: string;
  reasonRequired: boolean;
}

/** One page of the decision log; pass `nextBefore` as `before` for the next. */
export interface DecisionPage {
  items: Decision[];
  nextBefore: string | null;
}
export type IdeaSort = IdeaListQuery['sort'];
export type DecisionStage = NonNullable<DecisionQuery['stage']>;

/** The list filters the ideas page keeps in its URL (the server's query, minus paging). */
export interface IdeaFilters {
  q?: string;
  stage?: string;
  area?: Area;
  siteId?: string;
  mine?: boolean;
  following?: boolean;
  voted?: boolean;
  overdue?: boolean;
  sort: IdeaSort;
}

/** The filters the decision log keeps in its URL. */
export interface DecisionFilters {
  q?: string;
  stage?: DecisionStage;
  reasonCode?: string;
}

/** `GET /api/v1/ideas/{id}/attachments`: the type is read from the bytes by the server. */
export type Attachment = z.infer<typeof AttachmentSchema>;

/** A colleague one can @mention: `GET /api/v1/people/mentionable`. */
export type MentionablePerson = z.infer<typeof MentionablePageSchema>['items'][number];

/** The server does not export a schema for these; this mirrors `GET /api/v1/reason-codes`. */
export interface ReasonCode {
  key: string;
  label: string;
}

export type PromptArea = z.infer<typeof PromptAreaSchema>;
export type PromptTechnique = z.infer<typeof PromptTechniqueSchema>;
export type Prompt = z.infer<typeof PromptSchema>;
/** A prompt in the library, with the ideas it produced (those the viewer may see). */
export type LibraryPrompt = z.infer<typeof LibraryPromptSchema>;
export type PromptLibrary = z.infer<typeof PromptLibrarySchema>;
export type PromptDetail = z.infer<typeof PromptDetailSchema>;
export type PromptIdeaPage = z.infer<typeof PromptIdeaPageSchema>;
export type NewPrompt = z.infer<typeof NewPromptSchema>;
export type PromptPatch = z.infer<typeof PromptPatchSchema>;
/** `GET /api/v1/prompts/week`: the site's prompt of the week and the week's bounds. */
export type WeeklyPrompt = z.infer<typeof WeeklyPromptSchema>;
export type SitePromptSettings = z.infer<typeof SitePromptSettingsSchema>;
export type SitePromptSettingsList = z.infer<typeof SitePromptSettingsListSchema>;
export type SitePromptSettingsInput = z.infer<typeof SitePromptSettingsInputSchema>;

/** The library filters the prompts page keeps in its URL. */
export interface PromptFilters {
  area?: PromptArea;
  technique?: PromptTechnique;
  /** Absent: prompts in use; `retired`: the retired ones. */
  status?: 'retired';
}
