import { z } from '@hono/zod-openapi';

export const SiteSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    timeZone: z.string().openapi({ example: 'Europe/Lisbon' }),
    region: z.string(),
  })
  .openapi('Site');

export const OrganisationSchema = z
  .object({
    name: z.string(),
    servicePurpose: z.string(),
    defaultTimeZone: z.string(),
    sites: z.array(SiteSchema),
  })
  .openapi('Organisation');

export type OrganisationView = z.infer<typeof OrganisationSchema>;
