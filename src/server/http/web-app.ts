import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from './context.js';

/**
 * Serves the built React app from the API's own process and port: hashed assets cached for a
 * year, everything else that is a page falls back to index.html for client-side routing.
 */
export function webAppRoutes(webDistDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const indexFile = path.join(webDistDir, 'index.html');
  const root = path.relative(process.cwd(), webDistDir) || '.';

  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get('/assets/*', (c) => c.text('Not found', 404));
  // Other files at the root (favicon, theme script): cached briefly, they keep their names.
  app.use('*', serveStatic({ root, onFound: (_path, c) => void c.header('Cache-Control', 'public, max-age=300') }));

  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The web app is not built yet. Run `npm run build` (or `npm start`, which builds when needed).', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
  return app;
}
