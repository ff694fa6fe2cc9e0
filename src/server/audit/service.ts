import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditEvents, users } from '../db/schema/index.js';

export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_refused_deactivated',
  'auth.password_changed',
  'person.invited',
  'person.invitation_revoked',
  'person.joined',
  'person.role_changed',
  'person.memberships_changed',
  'person.deactivated',
  'person.reactivated',
  'api_key.created',
  'api_key.revoked',
  'organisation.created',
  'idea.submitted',
  'idea.edited',
  'idea.transitioned',
  'idea.assigned',
  'idea.reviewed',
  'idea.note_added',
  'idea.commented',
  'idea.vote_changed',
  'organisation.updated',
  'prompt.created',
  'prompt.edited',
  'prompt.retired',
  'prompt.restored',
  'prompt.site_settings_changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  action: AuditAction;
  actorId?: string | null;
  subject?: { type: string; id: string };
  data?: Record<string, unknown>;
  ipAddress?: string | null;
};

/** Writes an audit event; pass the service's transaction so it exists only if the change does. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    action: entry.action,
    actorId: entry.actorId ?? null,
    subjectType: entry.subject?.type ?? null,
    subjectId: entry.subject?.id ?? null,
    data: entry.data ?? {},
    ipAddress: entry.ipAddress ?? null,
  });
}

export type AuditRow = typeof auditEvents.$inferSelect & { actorName: string | null };

/** Newest first, keyset-paginated by creation time. */
export async function listAudit(
  db: Db,
  options: { action?: AuditAction; before?: { at: Date; id: string }; limit: number },
): Promise<AuditRow[]> {
  const filters: SQL[] = [];
  if (options.action) filters.push(eq(auditEvents.action, options.action));
  if (options.before) {
    const { at, id } = options.before;
    filters.push(or(lt(auditEvents.createdAt, at), and(eq(auditEvents.createdAt, at), lt(auditEvents.id, id)))!);
  }
  return db
    .select({
      id: auditEvents.id, action: auditEvents.action, actorId: auditEvents.actorId, subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId, data: auditEvents.data, ipAddress: auditEvents.ipAddress, createdAt: auditEvents.createdAt,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(options.limit);
}
