import { z } from '@hono/zod-openapi';

export const HealthSchema = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() }).openapi('Health');

export const ReadySchema = z
  .object({
    status: z.literal('ready'),
    database: z.enum(['pglite', 'postgres']),
    migrations: z.object({ applied: z.number().int(), latest: z.string().nullable() }),
    version: z.string(),
  })
  .openapi('Readiness');

/** `GET /readyz` 200 body; the web app imports this type. */
export type ReadyBody = z.infer<typeof ReadySchema>;
