// The baseline: a bare Hono app on @hono/node-server with one route, in its own process.
// Listens on PORT (0 = any free port) and prints `{"port":N}` on stdout once listening.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono().get('/bare', (c) => c.json({ ok: true, name: 'bare' }));

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0) }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
