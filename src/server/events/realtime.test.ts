import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvents } from '../../../tests/support/sse.js';
import { createTestApp, eventually, type TestContext } from '../../../tests/support/test-app.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { publish, RealtimeHub, type RealtimeEvent } from './realtime.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/events (SSE)', () => {
  it('streams an event published inside a transaction once it commits, and never a rolled-back one', async () => {
    const res = await t.request('GET', '/api/v1/events');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const stream = readEvents(res);
    await eventually(async () => stream.messages.some((m) => m.event === 'ready'));

    const db = t.services.database.db;
    await db
      .transaction(async (tx) => {
        await publish(tx, { type: 'idea.updated', id: 'never', version: 1 });
        throw new Error('rollback');
      })
      .catch(() => {});
    await db.transaction(async (tx) => {
      await publish(tx, { type: 'idea.updated', id: 'idea-42', version: 3 });
    });

    const message = await eventually(async () => stream.messages.find((m) => m.event === 'idea.updated'));
    expect(JSON.parse(message.data)).toEqual({ type: 'idea.updated', id: 'idea-42', version: 3 });
    expect(stream.messages.some((m) => m.data.includes('never'))).toBe(false);
    await stream.cancel();
    await eventually(async () => t.services.realtime.connectionCount === 0);
  });

  it('fans out across app instances sharing one database', async () => {
    // A second instance: its own connection (on Postgres) and its own hub.
    const second: DatabaseHandle =
      t.services.database.kind === 'postgres'
        ? await openDatabase({ kind: 'postgres', url: t.config.databaseUrl!, poolSize: 2 })
        : t.services.database;
    const hub = new RealtimeHub(pino({ level: 'silent' }));
    await hub.start(second);
    const received: RealtimeEvent[] = [];
    hub.subscribe({ deliver: (event) => received.push(event), close: () => {} });
    try {
      await publish(t.services.database.db, { type: 'story.published', id: 'story-7' });
      await eventually(async () => received.length > 0);
      expect(received).toEqual([{ type: 'story.published', id: 'story-7' }]);
    } finally {
      await hub.close();
      if (second !== t.services.database) await second.close();
    }
  });

  it('refuses to publish anything but ids and versions', async () => {
    await expect(
      publish(t.services.database.db, { type: 'Idea Updated', id: 'x' } as RealtimeEvent),
    ).rejects.toThrow();
  });

  it('ends open streams when the hub closes at shutdown', async () => {
    const res = await t.request('GET', '/api/v1/events');
    const stream = readEvents(res);
    await eventually(async () => stream.messages.some((m) => m.event === 'ready'));
    expect(t.services.realtime.connectionCount).toBe(1);
    // Close only this process's streams, as shutdown does, then keep the hub usable for teardown.
    await t.services.realtime.close();
    await stream.done;
    expect(t.services.realtime.connectionCount).toBe(0);
  });
});
