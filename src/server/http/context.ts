import './zod-messages.js';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from '../logger.js';
import type { Actor } from '../policies/actor.js';
import type { Services } from '../services.js';
import { fieldErrorsFromZod, ProblemError } from './problem.js';

export type AppEnv = {
  Variables: {
    requestId: string;
    log: Logger;
    services: Services;
    /** Who is asking, for per-actor bookkeeping such as idempotency keys. */
    actorKey: string;
    /** The signed-in person on /api/v1 routes; null when anonymous. */
    actor: Actor | null;
  };
};

/** Every router is built here so that invalid input always becomes a 422 naming each field. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const prefix = result.target === 'json' || result.target === 'form' ? '' : `${result.target}.`;
      const errors = fieldErrorsFromZod(result.error.issues).map((error) => ({
        ...error,
        path: prefix + error.path,
      }));
      throw new ProblemError('validation', `${errors.length} field${errors.length === 1 ? ' is' : 's are'} not valid`, {
        errors,
      });
    },
  });
}
