import { z } from '@hono/zod-openapi';
import { weakPasswordReason } from '../auth/passwords.js';

/** An IANA time zone the runtime knows, such as Europe/Lisbon. */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Use an IANA time zone such as Europe/Lisbon or America/Toronto')
  .openapi({ example: 'Europe/Lisbon' });

const LOGO_MAX_CHARS = 200_000;

export const SiteSchema = z
  .object({ id: z.uuid(), name: z.string(), timeZone: z.string(), region: z.string() })
  .openapi('Site');

export const SiteInputSchema = z
  .object({ name: z.string().trim().min(2).max(120), timeZone: TimeZoneSchema, region: z.string().trim().max(80).default('') })
  .openapi('SiteInput');

export const SitePatchSchema = SiteInputSchema.partial().openapi('SitePatch');

export const TeamSchema = z.object({ id: z.uuid(), name: z.string(), siteId: z.uuid() }).openapi('Team');
export const TeamInputSchema = z.object({ name: z.string().trim().min(2).max(120), siteId: z.uuid() }).openapi('TeamInput');
export const TeamPatchSchema = TeamInputSchema.partial().openapi('TeamPatch');

export const OrganisationSchema = z
  .object({
    name: z.string(),
    servicePurpose: z.string(),
    serviceStandards: z.array(z.string()),
    defaultTimeZone: z.string(),
    logoDataUrl: z.string().nullable(),
    firstResponseDays: z.number().int().openapi({ description: 'Promise: a first answer within this many business days' }),
    decisionDays: z.number().int().openapi({ description: 'Promise: a decision within this many business days' }),
    sites: z.array(SiteSchema),
    abilities: z.object({ update: z.boolean(), manageSites: z.boolean(), manageTeams: z.boolean() }),
  })
  .openapi('Organisation');

export const OrganisationPatchSchema = z
  .object({
    name: z.string().trim().min(2).max(120),
    servicePurpose: z.string().trim().max(500),
    serviceStandards: z.array(z.string().trim().min(2).max(200)).max(20),
    defaultTimeZone: TimeZoneSchema,
    logoDataUrl: z
      .string()
      .max(LOGO_MAX_CHARS, 'The logo must be smaller than about 150 KB')
      .regex(/^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/, 'Upload a PNG, JPEG, WebP or SVG image')
      .nullable(),
    firstResponseDays: z.number().int().min(1).max(60),
    decisionDays: z.number().int().min(1).max(365),
  })
  .partial()
  .refine((patch) => !(patch.firstResponseDays && patch.decisionDays && patch.decisionDays < patch.firstResponseDays), {
    path: ['decisionDays'],
    message: 'The decision cannot be promised sooner than the first answer',
  })
  .openapi('OrganisationPatch');

export const SetupStatusSchema = z
  .object({
    setupNeeded: z.boolean(),
    organisationName: z.string().nullable(),
    logoDataUrl: z.string().nullable(),
    sso: z
      .object({ providerId: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: 'Single sign-on to offer on the sign-in page, when configured' }),
  })
  .openapi('SetupStatus');

export const SetupSchema = z
  .object({
    organisation: z.object({ name: z.string().trim().min(2).max(120), defaultTimeZone: TimeZoneSchema }),
    admin: z.object({
      name: z.string().trim().min(1).max(120),
      email: z.email().max(254).transform((value) => value.trim().toLowerCase()),
      password: z.string().max(200),
    }),
  })
  .superRefine((input, ctx) => {
    // Checked with the other fields, so one answer names every problem.
    const reason = weakPasswordReason(input.admin.password, input.admin);
    if (reason) ctx.addIssue({ code: 'custom', path: ['admin', 'password'], message: reason });
  })
  .openapi('Setup');

export type OrganisationView = z.infer<typeof OrganisationSchema>;
export type OrganisationPatch = z.infer<typeof OrganisationPatchSchema>;
