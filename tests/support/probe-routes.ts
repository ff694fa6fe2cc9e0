import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../src/server/http/context.js';
import { problemResponses } from '../../src/server/http/problem.js';

/**
 * Routes that exist only in tests, to exercise the shared API pipeline (validation,
 * idempotency, error handling) the way a real create route would use it.
 */
export function probeRoutes(state: { creates: number; delayMs?: number }) {
  const Widget = z.object({
    name: z.string().min(3).max(40),
    size: z.number().int().positive(),
    tags: z.array(z.string().min(1)).max(3).default([]),
  });
  const create = createRoute({
    method: 'post',
    path: '/api/v1/test-widgets',
    request: { body: { content: { 'application/json': { schema: Widget } }, required: true } },
    responses: {
      201: { description: 'Created', content: { 'application/json': { schema: Widget.extend({ id: z.number() }) } } },
      ...problemResponses(400, 409, 413, 415, 422),
    },
  });
  const explode = createRoute({
    method: 'get',
    path: '/api/v1/test-explode',
    responses: { 200: { description: 'Never', content: { 'application/json': { schema: z.object({}) } } } },
  });
  return createRouter()
    .openapi(create, async (c) => {
      const widget = c.req.valid('json');
      if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
      if (widget.name === 'fail') return c.json({ type: 'about:blank', title: 'x', status: 409 } as never, 409);
      state.creates += 1;
      c.header('Location', `/api/v1/test-widgets/${state.creates}`);
      return c.json({ id: state.creates, ...widget }, 201);
    })
    .openapi(explode, () => {
      throw new Error('kaboom: secret internals at /srv/app.ts:12');
    });
}
