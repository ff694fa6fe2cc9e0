import { randomUUID } from 'node:crypto';
import { asc, count, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Database, Db } from '../db/client.js';
import { ideaAttachments } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';
import type { Actor } from '../policies/index.js';
import { sniffType, type FileStore } from '../storage/files.js';
import type { IdeaRow } from './service.js';

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export type AttachmentRow = typeof ideaAttachments.$inferSelect;

export function listAttachments(db: Db, ideaId: string): Promise<AttachmentRow[]> {
  return db.select().from(ideaAttachments).where(eq(ideaAttachments.ideaId, ideaId)).orderBy(asc(ideaAttachments.createdAt));
}

export async function findAttachment(db: Db, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await db.select().from(ideaAttachments).where(eq(ideaAttachments.id, id));
  return row;
}

/** Stores one picture or PDF, checked by its content; at most five per idea. */
export async function addAttachment(
  db: Database,
  files: FileStore,
  actor: Actor,
  idea: IdeaRow,
  upload: { fileName: string; bytes: Uint8Array },
): Promise<AttachmentRow> {
  if (upload.bytes.byteLength === 0) throw new ProblemError('validation', 'The file is empty', { errors: [{ path: 'file', message: 'Empty file' }] });
  if (upload.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new ProblemError('payload-too-large', 'Attachments can be at most 10 MB');
  const contentType = sniffType(upload.bytes);
  if (!contentType) {
    throw new ProblemError('unsupported-media-type', 'Attach a picture (PNG, JPEG, WebP, GIF) or a PDF; this file is neither, whatever its name says');
  }
  const storageKey = `ideas/${idea.id}/${randomUUID()}`;
  await files.put(storageKey, upload.bytes);
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx.select({ n: count() }).from(ideaAttachments).where(eq(ideaAttachments.ideaId, idea.id));
      if ((existing?.n ?? 0) >= MAX_ATTACHMENTS) throw new ProblemError('conflict', `An idea can have at most ${MAX_ATTACHMENTS} attachments`);
      const [row] = await tx
        .insert(ideaAttachments)
        .values({ ideaId: idea.id, uploaderId: actor.id, fileName: upload.fileName, contentType, size: upload.bytes.byteLength, storageKey })
        .returning();
      const hideActor = idea.anonymous && actor.id === idea.authorId;
      await recordAudit(tx, { action: 'idea.edited', actorId: hideActor ? null : actor.id, subject: { type: 'idea', id: idea.id }, data: { attachment: row!.id } });
      return row!;
    });
  } catch (error) {
    // The row was not written: do not leave an orphaned file behind.
    await files.remove(storageKey);
    throw error;
  }
}

export async function removeAttachment(db: Database, files: FileStore, attachment: AttachmentRow): Promise<void> {
  await db.delete(ideaAttachments).where(eq(ideaAttachments.id, attachment.id));
  await files.remove(attachment.storageKey);
}
