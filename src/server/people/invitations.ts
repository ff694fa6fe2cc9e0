import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Db } from '../db/client.js';
import { invitations, users } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';
import { queueMail } from '../mail/send-mail.job.js';
import { findOrganisation } from '../organisation/service.js';
import type { Actor } from '../policies/index.js';
import type { Services } from '../services.js';
import { assertMembershipsExist, createPersonWithPassword } from './accounts.js';
import type { InviteInput } from './schema.js';

const INVITATION_DAYS = 7;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type InvitationRow = typeof invitations.$inferSelect;

/** Invites a person by e-mail; the link in the message is the only copy of the token. */
export async function invitePerson(services: Services, actor: Actor, input: InviteInput, ip: string): Promise<InvitationRow> {
  const { db } = services.database;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (existing) {
      throw new ProblemError('validation', 'This person already has an account', { errors: [{ path: 'email', message: 'Already has an account' }] });
    }
    await assertMembershipsExist(tx, input.siteIds, input.teamIds);
    // A new invitation replaces any earlier one still waiting for this address.
    await tx.delete(invitations).where(and(eq(invitations.email, input.email), isNull(invitations.acceptedAt)));
    const token = randomBytes(32).toString('base64url');
    const [invitation] = await tx
      .insert(invitations)
      .values({
        email: input.email,
        name: input.name,
        role: input.role,
        siteIds: input.siteIds,
        teamIds: input.teamIds,
        tokenHash: hashToken(token),
        invitedById: actor.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      })
      .returning();
    const organisation = await findOrganisation(tx);
    const link = `${services.config.appUrl}/invitations/${token}`;
    await queueMail(
      services,
      {
        dedupeKey: `invitation:${invitation!.id}`,
        to: input.email,
        subject: `You are invited to ${organisation?.name ?? 'Sparkloop'} on Sparkloop`,
        text:
          `Hello ${input.name},\n\nYou have been invited to join ${organisation?.name ?? 'your organisation'} on Sparkloop, ` +
          `where colleagues share ideas to make service better.\n\nSet your password and sign in here (valid for ${INVITATION_DAYS} days):\n\n${link}\n`,
      },
      tx,
    );
    await recordAudit(tx, {
      action: 'person.invited',
      actorId: actor.id,
      subject: { type: 'invitation', id: invitation!.id },
      data: { email: input.email, role: input.role },
      ipAddress: ip,
    });
    return invitation!;
  });
}

/** A pending, unexpired invitation for this token, or a 404 that does not say which part failed. */
export async function findPendingInvitation(db: Db, token: string): Promise<InvitationRow> {
  const [invitation] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())));
  if (!invitation) throw new ProblemError('not-found', 'This invitation link is not valid any more. Ask your administrator for a new one.');
  return invitation;
}

/** Creates the account from the invitation; the caller then signs the person in. */
export async function acceptInvitation(
  services: Services,
  token: string,
  input: { name?: string; password: string },
  ip: string,
): Promise<{ userId: string; email: string }> {
  return services.database.db.transaction(async (tx) => {
    const invitation = await findPendingInvitation(tx, token);
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (claimed.length === 0) throw new ProblemError('not-found', 'This invitation was already used.');
    const { id } = await createPersonWithPassword(tx, {
      email: invitation.email,
      name: input.name ?? invitation.name,
      role: invitation.role,
      password: input.password,
      siteIds: invitation.siteIds,
      teamIds: invitation.teamIds,
    });
    await recordAudit(tx, { action: 'person.joined', actorId: id, subject: { type: 'person', id }, data: { invitationId: invitation.id }, ipAddress: ip });
    return { userId: id, email: invitation.email };
  });
}

/** Invitations still waiting for an answer, soonest to expire first. */
export function listPendingInvitations(db: Db) {
  return db
    .select({
      id: invitations.id, email: invitations.email, name: invitations.name, role: invitations.role,
      siteIds: invitations.siteIds, teamIds: invitations.teamIds, expiresAt: invitations.expiresAt, invitedByName: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedById))
    .where(and(isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(asc(invitations.expiresAt));
}

/** Withdraws a pending invitation: its link stops working at once. */
export async function revokeInvitation(services: Services, actor: Actor, id: string, ip: string): Promise<void> {
  await services.database.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(invitations)
      .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt)))
      .returning({ email: invitations.email });
    if (deleted.length === 0) throw new ProblemError('not-found', 'No pending invitation with this id');
    await recordAudit(tx, { action: 'person.invitation_revoked', actorId: actor.id, subject: { type: 'invitation', id }, data: { email: deleted[0]!.email }, ipAddress: ip });
  });
}

export async function inviterName(db: Db, invitation: InvitationRow): Promise<string | null> {
  if (!invitation.invitedById) return null;
  const [inviter] = await db.select({ name: users.name }).from(users).where(eq(users.id, invitation.invitedById));
  return inviter?.name ?? null;
}
