import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Database, Db } from '../db/client.js';
import { ideaComments, ideaFollowers, ideas, users } from '../db/schema/index.js';
import { publish } from '../events/realtime.js';
import type { Actor } from '../policies/index.js';
import type { Notifier } from '../notifications/service.js';
import { actorName, type IdeaRow } from './service.js';

export type CommentRow = { id: string; body: string; authorId: string | null; authorName: string | null; createdAt: Date };

export function listComments(db: Db, ideaId: string): Promise<CommentRow[]> {
  return db
    .select({ id: ideaComments.id, body: ideaComments.body, authorId: ideaComments.authorId, authorName: users.name, createdAt: ideaComments.createdAt })
    .from(ideaComments)
    .leftJoin(users, eq(users.id, ideaComments.authorId))
    .where(eq(ideaComments.ideaId, ideaId))
    .orderBy(asc(ideaComments.createdAt), asc(ideaComments.id));
}

/**
 * A public comment. The commenter starts following the idea, and a reviewer's or admin's first
 * comment counts as the idea's first response.
 */
export async function addComment(db: Database, actor: Actor, idea: IdeaRow, body: string, notify?: Notifier): Promise<void> {
  await db.transaction(async (tx) => {
    const [comment] = await tx.insert(ideaComments).values({ ideaId: idea.id, authorId: actor.id, body }).returning({ id: ideaComments.id });
    await tx.update(ideas).set({ commentCount: sql`${ideas.commentCount} + 1`, version: sql`${ideas.version} + 1` }).where(eq(ideas.id, idea.id));
    if (actor.role === 'reviewer' || actor.role === 'admin') {
      await tx.update(ideas).set({ firstResponseAt: new Date() }).where(and(eq(ideas.id, idea.id), isNull(ideas.firstResponseAt)));
    }
    await tx.insert(ideaFollowers).values({ ideaId: idea.id, userId: actor.id }).onConflictDoNothing();
    const hideActor = idea.anonymous && actor.id === idea.authorId;
    await recordAudit(tx, { action: 'idea.commented', actorId: hideActor ? null : actor.id, subject: { type: 'idea', id: idea.id }, data: { commentId: comment!.id } });
    const name = hideActor ? 'Anonymous' : await actorName(tx, actor.id);
    const excerpt = body.length > 200 ? `${body.slice(0, 197)}…` : body;
    const common = { ideaId: idea.id, actorId: hideActor ? null : actor.id, actorName: name, detail: excerpt };
    const mentioned = await mentionedPeople(tx, body);
    if (mentioned.length) await notify?.(tx, { ...common, eventKey: `mention:${comment!.id}`, kind: 'mention', recipientIds: mentioned });
    // Followers hear about the comment; the commenter (even anonymous) is never told about their own.
    const followers = (await tx.select({ userId: ideaFollowers.userId }).from(ideaFollowers).where(eq(ideaFollowers.ideaId, idea.id)))
      .map((row) => row.userId)
      .filter((id) => id !== actor.id && !mentioned.includes(id));
    if (followers.length) await notify?.(tx, { ...common, eventKey: `comment:${comment!.id}`, kind: 'comment', recipientIds: followers });
    await publish(tx, { type: 'idea.updated', id: idea.id, version: idea.version + 1 });
  });
}

export async function setFollowing(db: Db, userId: string, ideaId: string, follow: boolean): Promise<void> {
  if (follow) await db.insert(ideaFollowers).values({ ideaId, userId }).onConflictDoNothing();
  else await db.delete(ideaFollowers).where(and(eq(ideaFollowers.ideaId, ideaId), eq(ideaFollowers.userId, userId)));
}

/** `@[Name](person-id)` mentions, as the web app inserts them; only real, active people count. */
export async function mentionedPeople(db: Db, body: string): Promise<string[]> {
  const ids = [...body.matchAll(/@\[[^\]]{1,120}\]\(([\w-]{1,100})\)/g)].map((match) => match[1]!);
  if (ids.length === 0) return [];
  const rows = await db.select({ id: users.id }).from(users).where(and(inArray(users.id, [...new Set(ids)]), isNull(users.deactivatedAt)));
  return rows.map((row) => row.id);
}
