import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseHandle, Db, Unlisten } from '../db/client.js';
import type { Logger } from '../logger.js';

const CHANNEL = 'sparkloop_events';

/**
 * What changed, never what it is: ids and versions only. Clients refetch through the API,
 * so policies and presenters apply and nothing private rides the stream.
 */
export const RealtimeEventSchema = z.object({
  type: z.string().regex(/^[a-z_]+\.[a-z_]+$/, 'use "subject.verb", e.g. "idea.updated"'),
  id: z.string().min(1).max(100),
  version: z.number().int().nonnegative().optional(),
  /** Only this person's streams receive it (e.g. their own notifications). */
  userId: z.string().max(100).optional(),
});
export type RealtimeEvent = z.infer<typeof RealtimeEventSchema>;

/**
 * Publishes through Postgres NOTIFY. Pass the service's transaction: the event is delivered
 * to every instance only when (and if) that transaction commits.
 */
export async function publish(db: Db, event: RealtimeEvent): Promise<void> {
  const payload = JSON.stringify(RealtimeEventSchema.parse(event));
  await db.execute(sql`SELECT pg_notify(${CHANNEL}, ${payload})`);
}

type Subscriber = { deliver(event: RealtimeEvent): void; close(): void };

/** One LISTEN per process, fanned out to every open SSE stream of this process. */
export class RealtimeHub {
  private readonly subscribers = new Set<Subscriber>();
  private unlisten: Unlisten | undefined;

  constructor(private readonly logger: Logger) {}

  async start(database: DatabaseHandle): Promise<void> {
    this.unlisten = await database.listen(CHANNEL, (payload) => this.dispatch(payload));
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get connectionCount(): number {
    return this.subscribers.size;
  }

  private dispatch(payload: string): void {
    let event: RealtimeEvent;
    try {
      event = RealtimeEventSchema.parse(JSON.parse(payload));
    } catch (error) {
      this.logger.warn({ err: error }, 'ignored a malformed realtime payload');
      return;
    }
    for (const subscriber of this.subscribers) subscriber.deliver(event);
  }

  /** Ends every open stream (at shutdown) and stops listening. */
  async close(): Promise<void> {
    for (const subscriber of this.subscribers) subscriber.close();
    this.subscribers.clear();
    await this.unlisten?.();
    this.unlisten = undefined;
  }
}
