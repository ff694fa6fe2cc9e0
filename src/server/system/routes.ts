import { createRoute } from '@hono/zod-openapi';
import { migrationStatus } from '../db/migrate.js';
import { createRouter } from '../http/context.js';
import { problemBody, problemResponse, problemResponses } from '../http/problem.js';
import { HealthSchema, ReadySchema } from './schema.js';

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['System'],
  summary: 'The process is alive',
  responses: { 200: { description: 'Alive', content: { 'application/json': { schema: HealthSchema } } } },
});

const readyRoute = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['System'],
  summary: 'The database is reachable and every migration is applied',
  responses: {
    200: { description: 'Ready for traffic', content: { 'application/json': { schema: ReadySchema } } },
    ...problemResponses(503),
  },
});

export const systemRoutes = createRouter()
  .openapi(healthRoute, (c) => {
    const uptimeSeconds = Math.round((Date.now() - c.var.services.lifecycle.startedAt.getTime()) / 1000);
    return c.json({ status: 'ok' as const, uptimeSeconds }, 200);
  })
  .openapi(readyRoute, async (c) => {
    const { database, lifecycle, version } = c.var.services;
    const notReady = (detail: string) =>
      problemResponse(problemBody('not-ready', { detail, requestId: c.var.requestId, instance: c.req.path }), {
        'Retry-After': '5',
      }) as never;
    if (lifecycle.shuttingDown) return notReady('This instance is shutting down');
    let status;
    try {
      status = await migrationStatus(database);
    } catch (error) {
      c.var.log.warn({ err: error }, 'readiness check failed');
      return notReady('The database is not reachable or not migrated');
    }
    if (!status.upToDate) {
      return notReady(`Migrations pending: ${status.applied} of ${status.expected} applied`);
    }
    return c.json(
      { status: 'ready' as const, database: database.kind, migrations: { applied: status.applied, latest: status.latest }, version },
      200,
    );
  });
