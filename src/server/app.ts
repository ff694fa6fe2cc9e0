import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { secureHeaders } from 'hono/secure-headers';
import { eventsRoutes } from './events/routes.js';
import { createRouter, type AppEnv } from './http/context.js';
import { apiNotFound, handleError } from './http/errors.js';
import { idempotency } from './http/idempotency.js';
import { requestContext, requestLog, requireJsonBody } from './http/middleware.js';
import { ProblemError } from './http/problem.js';
import { webAppRoutes } from './http/web-app.js';
import { reviewRoutes } from './ideas/review-routes.js';
import { attachmentRoutes, UPLOAD_PATH } from './ideas/attachment-routes.js';
import { discussionRoutes } from './ideas/discussion-routes.js';
import { ideaRoutes } from './ideas/routes.js';
import { notificationListRoutes, notificationRoutes } from './notifications/routes.js';
import { scoringRoutes } from './ideas/scoring-routes.js';
import { apiKeyRoutes } from './api-keys/routes.js';
import { auditRoutes } from './audit/routes.js';
import { resolveActor } from './auth/actor.js';
import { meRoutes } from './auth/me-routes.js';
import { authRoutes } from './auth/routes.js';
import { organisationRoutes } from './organisation/routes.js';
import { setupRoutes } from './organisation/setup-routes.js';
import { invitationRoutes } from './people/invitation-routes.js';
import { peopleRoutes } from './people/routes.js';
import { promptRoutes } from './prompts/routes.js';
import { csrfProtection } from './security/csrf.js';
import { writeRateLimit } from './security/write-rate-limit.js';
import { webDistDir } from './paths.js';
import type { Services } from './services.js';
import { apiDocsCss, renderApiDocs, type OpenApiDocument } from './system/api-docs.js';
import { systemRoutes } from './system/routes.js';

export const MAX_BODY_BYTES = 1024 * 1024;

const OPENAPI_INFO = {
  title: 'Sparkloop',
  description:
    'The innovation system for customer-service organisations. Errors are RFC 9457 problem+json; ' +
    'create requests accept an Idempotency-Key header (replayed for 24 h per caller).',
};

type AppOptions = {
  /** Extra API routers mounted before the catch-all (tests use this to exercise shared middleware). */
  extraRoutes?: OpenAPIHono<AppEnv>[];
  webDist?: string;
};

/** Builds the whole app without listening, so tests can call app.request(). */
export function createApp(services: Services, options: AppOptions = {}): OpenAPIHono<AppEnv> {
  const app = createRouter();
  app.onError(handleError);
  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
  });
  app.use('*', requestContext, requestLog);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: 'strict-origin-when-cross-origin',
      // HSTS only means something over https; on plain http it would be ignored or misleading.
      strictTransportSecurity: services.config.appUrl.startsWith('https://') ? 'max-age=31536000; includeSubDomains' : false,
    }),
  );
  // File uploads carry raw bytes with their own limit; every other API body is JSON up to 1 MB.
  const isUpload = (c: Context) => c.req.method === 'POST' && UPLOAD_PATH.test(c.req.path);
  app.use(
    '/api/*',
    except(
      isUpload,
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: () => {
          throw new ProblemError('payload-too-large', 'The body must be at most 1 MB');
        },
      }),
      requireJsonBody,
    ),
    csrfProtection,
  );
  app.use('/api/v1/*', resolveActor, writeRateLimit, idempotency);

  app.route('/', systemRoutes);
  app.route('/', eventsRoutes);
  app.route('/', authRoutes);
  app.route('/', setupRoutes);
  app.route('/', meRoutes);
  app.route('/', organisationRoutes);
  app.route('/', peopleRoutes);
  app.route('/', invitationRoutes);
  app.route('/', auditRoutes);
  app.route('/', apiKeyRoutes);
  app.route('/', ideaRoutes);
  app.route('/', reviewRoutes);
  app.route('/', scoringRoutes);
  app.route('/', discussionRoutes);
  app.route('/', attachmentRoutes);
  app.route('/', promptRoutes);
  app.route('/', notificationRoutes);
  app.route('/', notificationListRoutes);
  for (const router of options.extraRoutes ?? []) app.route('/', router);

  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { ...OPENAPI_INFO, version: services.version } });
  app.get('/api/docs', (c) => {
    const document = app.getOpenAPI31Document({ openapi: '3.1.0', info: { ...OPENAPI_INFO, version: services.version } });
    return c.html(renderApiDocs(document as unknown as OpenApiDocument));
  });
  app.get('/api/docs.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(apiDocsCss);
  });
  app.all('/api/*', apiNotFound);
  app.route('/', webAppRoutes(options.webDist ?? webDistDir));
  return app;
}
