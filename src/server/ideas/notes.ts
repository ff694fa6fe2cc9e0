import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/service.js';
import type { Database, Db } from '../db/client.js';
import { ideaNotes, users } from '../db/schema/index.js';
import type { Actor } from '../policies/index.js';

export function listNotes(db: Db, ideaId: string) {
  return db
    .select({ id: ideaNotes.id, body: ideaNotes.body, authorId: ideaNotes.authorId, authorName: users.name, createdAt: ideaNotes.createdAt })
    .from(ideaNotes)
    .leftJoin(users, eq(users.id, ideaNotes.authorId))
    .where(eq(ideaNotes.ideaId, ideaId))
    .orderBy(asc(ideaNotes.createdAt), asc(ideaNotes.id));
}

export async function addNote(db: Database, actor: Actor, ideaId: string, body: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [note] = await tx.insert(ideaNotes).values({ ideaId, authorId: actor.id, body }).returning({ id: ideaNotes.id });
    await recordAudit(tx, { action: 'idea.note_added', actorId: actor.id, subject: { type: 'idea', id: ideaId }, data: { noteId: note!.id } });
  });
}
