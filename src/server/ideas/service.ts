import { and, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.js';
import { ideaEvents, ideaFollowers, ideas, ideaVotes, organisations, prompts, sites, users } from '../db/schema/index.js';
import { publish } from '../events/realtime.js';
import { ProblemError } from '../http/problem.js';
import { recordAudit } from '../audit/service.js';
import type { Notifier } from '../notifications/service.js';
import type { Actor } from '../policies/index.js';
import { nextReviewer } from './assignment.js';
import { businessDeadline } from './business-days.js';
import type { SubmitIdeaInput } from './schema.js';

export type IdeaRow = Omit<typeof ideas.$inferSelect, 'search' | 'trending'> & {
  stageName: string;
  authorName: string;
  reviewerName: string | null;
  promptText: string | null;
};

export type TimelineRow = Omit<typeof ideaEvents.$inferSelect, 'seq'> & { actorName: string | null; assigneeName: string | null };


export const ideaColumns = {
  id: ideas.id, number: ideas.number, title: ideas.title, problem: ideas.problem, proposal: ideas.proposal, area: ideas.area,
  siteId: ideas.siteId, authorId: ideas.authorId, anonymous: ideas.anonymous, confidential: ideas.confidential,
  stageKey: ideas.stageKey, tags: ideas.tags, voteCount: ideas.voteCount, commentCount: ideas.commentCount, version: ideas.version,
  createdAt: ideas.createdAt, updatedAt: ideas.updatedAt,
  // Names come from scalar subqueries, not joins: Postgres plans a four-way join in ~1.5 ms, longer
  // than it takes to run, and these are primary-key lookups for the rows of one page only. They name
  // the outer table as `ideas` by hand: Drizzle leaves columns unqualified when a query has no join.
  stageName: sql<string>`(SELECT s.name FROM idea_stages s WHERE s.key = ideas.stage_key)`,
  authorName: sql<string>`(SELECT u.name FROM users u WHERE u.id = ideas.author_id)`,
  assignedReviewerId: ideas.assignedReviewerId, mergedIntoId: ideas.mergedIntoId, revisitOn: ideas.revisitOn,
  firstResponseAt: ideas.firstResponseAt, decidedAt: ideas.decidedAt,
  reviewerName: sql<string | null>`(SELECT r.name FROM users r WHERE r.id = ideas.assigned_reviewer_id)`,
  firstResponseDueAt: ideas.firstResponseDueAt, decisionDueAt: ideas.decisionDueAt, promptId: ideas.promptId,
  // A subquery rather than a join, so every query built on these columns (lists, the idea page) gets it
  // without a join of its own; by primary key, and only for the rows a page returns.
  promptText: sql<string | null>`(SELECT p.text FROM prompts p WHERE p.id = ideas.prompt_id)`,
};

/** Submits an idea: the row, its first timeline event and a realtime notice, in one transaction. */
export async function submitIdea(db: Database, actor: Actor, input: SubmitIdeaInput, notify?: Notifier): Promise<IdeaRow> {
  if (input.siteId) {
    const [site] = await db.select({ id: sites.id }).from(sites).where(eq(sites.id, input.siteId));
    if (!site) throw new ProblemError('validation', 'No such site', { errors: [{ path: 'siteId', message: 'No such site' }] });
  }
  if (input.promptId) {
    const [prompt] = await db.select({ retiredAt: prompts.retiredAt }).from(prompts).where(eq(prompts.id, input.promptId));
    const message = !prompt ? 'No such prompt' : prompt.retiredAt ? 'This prompt has been retired; choose another' : null;
    if (message) throw new ProblemError('validation', message, { errors: [{ path: 'promptId', message }] });
  }
  const reviewerId = await nextReviewer(db, input.siteId);
  return db.transaction(async (tx) => {
    const due = await promisedDeadlines(tx, input.siteId, new Date());
    const [idea] = await tx
      .insert(ideas)
      .values({ ...input, ...due, tags: [...new Set(input.tags)], authorId: actor.id, stageKey: 'submitted', assignedReviewerId: reviewerId })
      .returning({ id: ideas.id });
    await tx.insert(ideaEvents).values({
      ideaId: idea!.id,
      type: 'submitted',
      // On an anonymous idea the timeline never records who acted.
      actorId: input.anonymous ? null : actor.id,
      toStage: 'submitted',
    });
    // The author follows their idea (even anonymously: they still hear how it goes).
    await tx.insert(ideaFollowers).values({ ideaId: idea!.id, userId: actor.id });
    if (reviewerId) {
      await tx.insert(ideaEvents).values({ ideaId: idea!.id, type: 'assigned', data: { reviewerId, automatic: true } });
      await notify?.(tx, { eventKey: `assigned:${idea!.id}:1`, kind: 'assignment', ideaId: idea!.id, actorId: null, actorName: 'Sparkloop', recipientIds: [reviewerId] });
    }
    // The security log must not lead back to an anonymous author either.
    await recordAudit(tx, { action: 'idea.submitted', actorId: input.anonymous ? null : actor.id, subject: { type: 'idea', id: idea!.id } });
    await publish(tx, { type: 'idea.created', id: idea!.id, version: 1 });
    return (await findIdea(tx, idea!.id))!;
  });
}

export async function findIdea(db: Db, id: string): Promise<IdeaRow | undefined> {
  const [row] = await db
    .select(ideaColumns)
    .from(ideas)
    .where(eq(ideas.id, id));
  return row;
}

/**
 * One vote per person: the primary key makes a repeated or concurrent vote a no-op, and the
 * count on the idea moves only when a vote row was actually added or removed.
 */
export async function setVote(db: Database, actor: Actor, ideaId: string, vote: boolean): Promise<{ voteCount: number; voted: boolean }> {
  return db.transaction(async (tx) => {
    const changed = vote
      ? await tx.insert(ideaVotes).values({ ideaId, userId: actor.id }).onConflictDoNothing().returning({ ideaId: ideaVotes.ideaId })
      : await tx.delete(ideaVotes).where(and(eq(ideaVotes.ideaId, ideaId), eq(ideaVotes.userId, actor.id))).returning({ ideaId: ideaVotes.ideaId });
    if (changed.length > 0) {
      const [updated] = await tx
        .update(ideas)
        .set({ voteCount: sql`${ideas.voteCount} + ${vote ? 1 : -1}`, version: sql`${ideas.version} + 1` })
        .where(eq(ideas.id, ideaId))
        .returning({ voteCount: ideas.voteCount, version: ideas.version });
      await recordAudit(tx, { action: 'idea.vote_changed', actorId: actor.id, subject: { type: 'idea', id: ideaId }, data: { voted: vote } });
      await publish(tx, { type: 'idea.voted', id: ideaId, version: updated!.version });
      return { voteCount: updated!.voteCount, voted: vote };
    }
    const [current] = await tx.select({ voteCount: ideas.voteCount }).from(ideas).where(eq(ideas.id, ideaId));
    return { voteCount: current!.voteCount, voted: vote };
  });
}

/** Hands the idea to another reviewer, on the public timeline. */
export async function assignReviewer(db: Database, actor: Actor, idea: IdeaRow, reviewerId: string, notify?: Notifier): Promise<void> {
  await db.transaction(async (tx) => {
    const [reviewer] = await tx.select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt }).from(users).where(eq(users.id, reviewerId));
    if (!reviewer || reviewer.deactivatedAt || (reviewer.role !== 'reviewer' && reviewer.role !== 'admin')) {
      throw new ProblemError('validation', 'Choose an active reviewer or admin', { errors: [{ path: 'reviewerId', message: 'Not an active reviewer or admin' }] });
    }
    await tx.update(ideas).set({ assignedReviewerId: reviewerId, version: sql`${ideas.version} + 1`, updatedAt: new Date() }).where(eq(ideas.id, idea.id));
    await tx.insert(ideaEvents).values({ ideaId: idea.id, type: 'assigned', actorId: actor.id, data: { reviewerId } });
    await recordAudit(tx, { action: 'idea.assigned', actorId: actor.id, subject: { type: 'idea', id: idea.id }, data: { reviewerId } });
    await notify?.(tx, {
      eventKey: `assigned:${idea.id}:${idea.version + 1}`,
      kind: 'assignment',
      ideaId: idea.id,
      actorId: actor.id,
      actorName: await actorName(tx, actor.id),
      recipientIds: [reviewerId],
    });
    await publish(tx, { type: 'idea.updated', id: idea.id, version: idea.version + 1 });
  });
}

export type IdeaEdit = Partial<Pick<SubmitIdeaInput, 'title' | 'problem' | 'proposal' | 'area' | 'siteId' | 'tags'>>;

/** Edits the idea's text or classification, leaving an "edited" entry on the timeline. */
export async function editIdea(db: Database, actor: Actor, idea: IdeaRow, edit: IdeaEdit): Promise<void> {
  await db.transaction(async (tx) => {
    if (edit.siteId) {
      const [site] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.id, edit.siteId));
      if (!site) throw new ProblemError('validation', 'No such site', { errors: [{ path: 'siteId', message: 'No such site' }] });
    }
    await tx
      .update(ideas)
      .set({ ...edit, ...(edit.tags ? { tags: [...new Set(edit.tags)] } : {}), updatedAt: new Date(), version: sql`${ideas.version} + 1` })
      .where(eq(ideas.id, idea.id));
    const hideActor = idea.anonymous && actor.id === idea.authorId;
    await tx.insert(ideaEvents).values({ ideaId: idea.id, type: 'edited', actorId: hideActor ? null : actor.id, data: { fields: Object.keys(edit) } });
    await recordAudit(tx, { action: 'idea.edited', actorId: hideActor ? null : actor.id, subject: { type: 'idea', id: idea.id }, data: { fields: Object.keys(edit) } });
    await publish(tx, { type: 'idea.updated', id: idea.id, version: idea.version + 1 });
  });
}

/** Review has started once the idea left its first stage or got its first answer. */
export const reviewStarted = (idea: IdeaRow) => idea.stageKey !== 'submitted' || idea.firstResponseAt !== null;

/** The organisation's promises for an idea arriving now, counted in its site's time zone. */
async function promisedDeadlines(db: Db, siteId: string | null, now: Date): Promise<{ firstResponseDueAt: Date; decisionDueAt: Date }> {
  const [organisation] = await db.select().from(organisations).limit(1);
  const [site] = siteId ? await db.select({ timeZone: sites.timeZone }).from(sites).where(eq(sites.id, siteId)) : [];
  const timeZone = site?.timeZone ?? organisation?.defaultTimeZone ?? 'UTC';
  return {
    firstResponseDueAt: businessDeadline(now, organisation?.firstResponseDays ?? 5, timeZone),
    decisionDueAt: businessDeadline(now, organisation?.decisionDays ?? 30, timeZone),
  };
}

export async function actorName(db: Db, userId: string): Promise<string> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? 'Someone';
}
