import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { bootServices, shutdownServices } from './boot.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseUnavailableError } from './db/client.js';
import { seedDemoIfEmpty } from './demo/seed.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const services = await bootServices(config, logger);
  if (config.demoData) await seedDemoIfEmpty(services);

  const app = createApp(services);
  const server: ServerType = serve({ fetch: app.fetch, port: config.port }, (info) => {
    logger.info(
      { port: info.port, database: services.database.kind, mail: services.mailer.mode, url: config.appUrl },
      `Sparkloop is listening on http://localhost:${info.port}`,
    );
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? `port ${config.port} is already in use; set PORT` : error.message;
    logger.fatal(`Cannot start the HTTP server: ${reason}`);
    void shutdownServices(services).finally(() => process.exit(1));
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    services.lifecycle.shuttingDown = true;
    // Streams never end by themselves; close them first so the server can drain.
    await services.realtime.close();
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), config.shutdownTimeoutMs).unref());
    if ((await Promise.race([drained, timeout])) === 'timeout') {
      logger.warn('in-flight requests did not finish in time; closing their connections');
      if ('closeAllConnections' in server) server.closeAllConnections();
    }
    await shutdownServices(services, config.shutdownTimeoutMs);
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  // Configuration and connection problems are the operator's to fix: one clear line, no stack.
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(`sparkloop: ${error.message}`);
  } else {
    console.error('sparkloop: failed to start', error);
  }
  process.exit(1);
});
