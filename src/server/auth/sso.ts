import { APIError } from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { invitations, users } from '../db/schema/index.js';
import { setMemberships } from '../people/accounts.js';

export const SSO_PROVIDER_ID = 'sso';
export const NOT_INVITED_MESSAGE =
  'There is no Sparkloop account for this address yet. Ask an administrator of your organisation for an invitation.';

/** OpenID Connect single sign-on, configured by OIDC_* variables. */
export function ssoPlugins(config: Config) {
  if (!config.oidc) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: SSO_PROVIDER_ID,
          name: config.oidc.name,
          discoveryUrl: `${config.oidc.issuer}/.well-known/openid-configuration`,
          clientId: config.oidc.clientId,
          clientSecret: config.oidc.clientSecret,
          scopes: ['openid', 'email', 'profile'],
          pkce: true,
        },
      ],
    }),
  ];
}

const pendingInvitation = async (db: Db, email: string) =>
  (
    await db
      .select()
      .from(invitations)
      .where(and(eq(invitations.email, email.toLowerCase()), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
  )[0];

/**
 * better-auth creates users only through SSO (password people are created by our services):
 * such a user must hold an invitation, whose role and memberships they receive.
 */
export function ssoUserHooks(db: Db) {
  return {
    async before(user: { email: string }) {
      const invitation = await pendingInvitation(db, user.email);
      if (!invitation) throw new APIError('FORBIDDEN', { message: NOT_INVITED_MESSAGE, code: 'NOT_INVITED' });
      return { data: { ...user, email: user.email.toLowerCase(), role: invitation.role, emailVerified: true } };
    },
    async after(user: { id: string; email: string }) {
      const invitation = await pendingInvitation(db, user.email);
      if (!invitation) return;
      await db.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
      await setMemberships(db, user.id, invitation.siteIds, invitation.teamIds);
      await db.update(users).set({ role: invitation.role }).where(eq(users.id, user.id));
      await recordAudit(db, { action: 'person.joined', actorId: user.id, subject: { type: 'person', id: user.id }, data: { invitationId: invitation.id, via: 'sso' } });
    },
  };
}
