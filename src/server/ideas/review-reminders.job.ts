import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ideas, users } from '../db/schema/index.js';
import { defineJob } from '../jobs/define.js';
import { queueMail } from '../mail/send-mail.job.js';
import type { Services } from '../services.js';

const SOON_HOURS = 24;

/** Ideas whose promise is past or within a day, grouped by their reviewer. */
export async function ideasNeedingAnswers(services: Services, now: Date) {
  const soon = new Date(now.getTime() + SOON_HOURS * 3_600_000);
  return services.database.db
    .select({ reviewerId: ideas.assignedReviewerId, email: users.email, name: users.name, number: ideas.number, title: ideas.title, id: ideas.id })
    .from(ideas)
    .innerJoin(users, eq(users.id, ideas.assignedReviewerId))
    .where(
      and(
        isNotNull(ideas.assignedReviewerId),
        isNull(users.deactivatedAt),
        or(
          and(isNull(ideas.firstResponseAt), lt(ideas.firstResponseDueAt, soon)),
          and(isNull(ideas.decidedAt), lt(ideas.decisionDueAt, soon)),
        ),
      ),
    )
    .orderBy(ideas.assignedReviewerId, sql`coalesce(${ideas.firstResponseDueAt}, ${ideas.decisionDueAt})`);
}

/** Once a day, each reviewer gets one e-mail listing their ideas that are due or overdue. */
export async function sendReviewReminders(services: Services, now = new Date()): Promise<number> {
  const rows = await ideasNeedingAnswers(services, now);
  const byReviewer = new Map<string, typeof rows>();
  for (const row of rows) byReviewer.set(row.reviewerId!, [...(byReviewer.get(row.reviewerId!) ?? []), row]);
  const day = now.toISOString().slice(0, 10);
  for (const [reviewerId, list] of byReviewer) {
    const lines = list.map((idea) => `- #${idea.number} ${idea.title}\n  ${services.config.appUrl}/ideas/${idea.id}`).join('\n');
    await queueMail(services, {
      dedupeKey: `review-reminder:${reviewerId}:${day}`,
      to: list[0]!.email,
      subject: `${list.length} idea${list.length === 1 ? '' : 's'} waiting for your answer`,
      text: `Hello ${list[0]!.name},\n\nThese ideas are due for an answer within a day, or already late:\n\n${lines}\n\nA short, honest answer is better than a late perfect one.`,
    });
  }
  return byReviewer.size;
}

export const reviewRemindersJob = defineJob({
  queue: 'review-reminders-v1',
  payload: z.object({}),
  cron: { expression: '0 7 * * 1-5', payload: {} },
  async handle(_payload, services) {
    const reviewers = await sendReviewReminders(services);
    if (reviewers > 0) services.logger.info({ reviewers }, 'review reminders queued');
  },
});
