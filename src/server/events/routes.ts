import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { createRouter } from '../http/context.js';
import type { RealtimeEvent } from './realtime.js';

const HEARTBEAT_MS = 25_000;

const eventsRoute = createRoute({
  method: 'get',
  path: '/api/v1/events',
  tags: ['Realtime'],
  summary: 'Stream of change notifications (Server-Sent Events)',
  description:
    'Each SSE message has the event type as `event` and `{ type, id, version? }` as `data`. It says what changed, ' +
    'not what it is: refetch the resource through the API. A comment line is sent every 25 s to keep proxies open.',
  responses: {
    200: { description: 'An open event stream', content: { 'text/event-stream': { schema: z.string() } } },
  },
});

export const eventsRoutes = createRouter().openapi(eventsRoute, (c) => {
  const hub = c.var.services.realtime;
  const viewerId = c.get('actor')?.id;
  return streamSSE(c, async (stream) => {
    const queue: RealtimeEvent[] = [];
    let wake: (() => void) | undefined;
    let open = true;
    const stop = () => {
      open = false;
      wake?.();
    };
    const unsubscribe = hub.subscribe({
      deliver(event) {
        if (event.userId && event.userId !== viewerId) return;
        queue.push(event);
        wake?.();
      },
      close: stop,
    });
    stream.onAbort(stop);
    await stream.writeSSE({ event: 'ready', data: JSON.stringify({ requestId: c.var.requestId }) });
    const heartbeat = setInterval(() => void stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
    try {
      while (open) {
        const event = queue.shift();
        if (event) {
          await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
          continue;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    } finally {
      clearInterval(heartbeat);
      unsubscribe();
    }
  }, async (error) => {
    c.var.log.warn({ err: error }, 'event stream ended with an error');
  });
});
