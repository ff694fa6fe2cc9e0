import { createHash, randomUUID } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { magicLink } from 'better-auth/plugins';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/client.js';
import { accounts, sessions, users, verifications } from '../db/schema/index.js';
import type { JobRunner } from '../jobs/runner.js';
import { sendMailJob } from '../mail/send-mail.job.js';
import { MIN_PASSWORD_LENGTH, weakPasswordReason } from './passwords.js';
import { SSO_PROVIDER_ID, ssoPlugins, ssoUserHooks } from './sso.js';

export const SESSION_COOKIE_PREFIX = 'sparkloop';
/** Sessions last 30 days and slide: a session used a day after it was last extended is extended again. */
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;
export const SESSION_REFRESH_AGE_SECONDS = 60 * 60 * 24;
export const DEACTIVATED_MESSAGE = 'This account has been deactivated. Ask an administrator of your organisation if you need access again.';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 32);

type AuthDeps = { config: Config; database: DatabaseHandle; jobs: JobRunner; secret: string };

/** better-auth, wired to our tables, mail queue and rules. Mounted at /api/auth/*. */
export function createAuth({ config, database, jobs, secret }: AuthDeps) {
  const db = database.db;
  const mail = (dedupeKey: string, to: string, subject: string, text: string) =>
    jobs.send(sendMailJob, { dedupeKey, to, subject, text }, { singletonKey: dedupeKey });
  const userByEmail = async (email: string) =>
    (await db.select().from(users).where(eq(users.email, email.toLowerCase())))[0];

  return betterAuth({
    appName: 'Sparkloop',
    baseURL: config.appUrl,
    basePath: '/api/auth',
    secret,
    trustedOrigins: [new URL(config.appUrl).origin],
    telemetry: { enabled: false },
    // Our own limits (stored in the database, shared by instances) guard these endpoints.
    rateLimit: { enabled: false },
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    user: {
      additionalFields: {
        role: { type: 'string', required: false, input: false, defaultValue: 'employee' },
        deactivatedAt: { type: 'date', required: false, input: false },
      },
    },
    session: {
      expiresIn: SESSION_MAX_AGE_SECONDS,
      updateAge: SESSION_REFRESH_AGE_SECONDS,
      // No cookie cache: a revoked session must stop working on the very next request.
      cookieCache: { enabled: false },
    },
    emailAndPassword: {
      enabled: true,
      // People join through the setup page, an invitation or the CLI; never by open sign-up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 200,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      async sendResetPassword({ user, url, token }) {
        await mail(
          `password-reset:${hashToken(token)}`,
          user.email,
          'Reset your Sparkloop password',
          `Hello ${user.name},\n\nSomeone (hopefully you) asked to reset your Sparkloop password. Choose a new one here within the hour:\n\n${url}\n\nIf it was not you, ignore this message; your password stays as it is.`,
        );
      },
    },
    account: { accountLinking: { enabled: true, trustedProviders: [SSO_PROVIDER_ID] } },
    plugins: [
      ...ssoPlugins(config),
      magicLink({
        expiresIn: 15 * 60,
        disableSignUp: true,
        async sendMagicLink({ email, url, token }) {
          // Answer the same for unknown addresses, but only write to people who have an account.
          const user = await userByEmail(email);
          if (!user || user.deactivatedAt) return;
          await mail(
            `magic-link:${hashToken(token)}`,
            user.email,
            'Your Sparkloop sign-in link',
            `Hello ${user.name},\n\nUse this link within 15 minutes to sign in to Sparkloop:\n\n${url}\n\nIf you did not ask for it, you can ignore this message.`,
          );
        },
      }),
    ],
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: config.appUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      database: { generateId: () => randomUUID() },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === '/update-user') return checkProfileUpdate(ctx.body);
        if (ctx.path !== '/reset-password' && ctx.path !== '/change-password') return;
        const body = (ctx.body ?? {}) as { newPassword?: unknown };
        if (typeof body.newPassword !== 'string') return;
        const session = ctx.path === '/change-password' ? await getSessionFromCtx(ctx) : null;
        const reason = weakPasswordReason(body.newPassword, session ? { email: session.user.email, name: session.user.name } : {});
        if (reason) throw new APIError('BAD_REQUEST', { message: reason, code: 'WEAK_PASSWORD' });
        // A new password ends every other session, whatever the client asked for.
        if (ctx.path === '/change-password') return { context: { body: { ...body, revokeOtherSessions: true } } };
      }),
      after: createAuthMiddleware(async (ctx) => {
        if ((ctx.path !== '/change-password' && ctx.path !== '/reset-password') || ctx.context.returned instanceof Error) return;
        const userId = ctx.context.session?.user.id ?? ctx.context.newSession?.user.id;
        await recordAudit(db, { action: 'auth.password_changed', actorId: userId ?? null, data: { via: ctx.path.slice(1) } });
      }),
    },
    databaseHooks: {
      user: { create: ssoUserHooks(db) },
      session: {
        create: {
          async before(session) {
            const [user] = await db.select().from(users).where(eq(users.id, session.userId));
            if (user?.deactivatedAt) {
              await recordAudit(db, { action: 'auth.sign_in_refused_deactivated', actorId: user.id, subject: { type: 'person', id: user.id } });
              throw new APIError('FORBIDDEN', { message: DEACTIVATED_MESSAGE, code: 'ACCOUNT_DEACTIVATED' });
            }
          },
          async after(session) {
            await recordAudit(db, {
              action: 'auth.sign_in',
              actorId: session.userId,
              subject: { type: 'person', id: session.userId },
              ipAddress: session.ipAddress ?? null,
            });
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const AVATAR_MAX_CHARS = 140_000;
const AVATAR_PATTERN = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;

/** A profile update may change the name and the avatar (a small image kept as a data URL), nothing else. */
function checkProfileUpdate(body: unknown): void {
  const { name, image } = (body ?? {}) as { name?: unknown; image?: unknown };
  if (name !== undefined && (typeof name !== 'string' || name.trim().length < 1 || name.length > 120)) {
    throw new APIError('BAD_REQUEST', { message: 'Enter a name of up to 120 characters', code: 'INVALID_NAME' });
  }
  if (image !== undefined && image !== null) {
    if (typeof image !== 'string' || !AVATAR_PATTERN.test(image)) {
      throw new APIError('BAD_REQUEST', { message: 'Upload a PNG, JPEG or WebP image', code: 'INVALID_AVATAR' });
    }
    if (image.length > AVATAR_MAX_CHARS) {
      throw new APIError('BAD_REQUEST', { message: 'The picture must be smaller than about 100 KB', code: 'INVALID_AVATAR' });
    }
  }
}
