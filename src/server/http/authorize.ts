import type { Context } from 'hono';
import { can, type Action, type Actor } from '../policies/index.js';
import type { AppEnv } from './context.js';
import { ProblemError } from './problem.js';

/** The signed-in actor, or 401 problem+json. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new ProblemError('unauthenticated', 'Sign in to continue');
  return actor;
}

/**
 * Runs the policy for this action. A refusal is 403, or 404 when the actor may not even know
 * such a subject exists (`hiddenUnless` says who may).
 */
export function authorize<A extends Action>(
  c: Context<AppEnv>,
  action: A,
  subject: Parameters<typeof can<A>>[2],
  options: { hiddenUnless?: (actor: Actor) => boolean; notFoundDetail?: string } = {},
): Actor {
  const actor = requireActor(c);
  if (can(actor, action, subject)) return actor;
  if (options.hiddenUnless && !options.hiddenUnless(actor)) {
    throw new ProblemError('not-found', options.notFoundDetail ?? 'Not found');
  }
  throw new ProblemError('forbidden', refusalDetail(action));
}

function refusalDetail(action: Action): string {
  const [subject, verb] = action.split('.');
  return `You are not allowed to ${verb?.replace(/([A-Z])/g, ' $1').toLowerCase()} this ${subject}`;
}
