import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { probeRoutes } from '../../../tests/support/probe-routes.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { idempotencyKeys } from '../db/schema/index.js';
import { purgeExpiredIdempotencyKeys } from './idempotency.js';

let t: TestContext;
const state = { creates: 0, delayMs: 0 };
beforeAll(async () => {
  t = await createTestApp({ extraRoutes: [probeRoutes(state)] });
});
afterAll(() => t.close());
beforeEach(() => {
  state.delayMs = 0;
});

const create = (body: unknown, key?: string, extra: Record<string, string> = {}) =>
  t.request('POST', '/api/v1/test-widgets', { body, headers: { ...(key ? { 'idempotency-key': key } : {}), ...extra } });

describe('Idempotency-Key on create requests', () => {
  it('replays the first response for a repeated key instead of creating twice', async () => {
    const before = state.creates;
    const first = await create({ name: 'kettle', size: 1 }, 'key-replay-1');
    const second = await create({ name: 'kettle', size: 1 }, 'key-replay-1');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(state.creates).toBe(before + 1);
  });

  it('without a key every request creates', async () => {
    const before = state.creates;
    await create({ name: 'mug', size: 1 });
    await create({ name: 'mug', size: 1 });
    expect(state.creates).toBe(before + 2);
  });

  it('keys belong to one caller: another caller with the same key creates its own', async () => {
    const before = state.creates;
    const mine = await create({ name: 'plate', size: 1 }, 'shared-key');
    const theirs = await t.request('POST', '/api/v1/test-widgets', {
      body: { name: 'plate', size: 1 },
      headers: { 'idempotency-key': 'shared-key' },
      remoteAddress: '10.1.2.3',
    });
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(((await theirs.json()) as { id: number }).id).not.toBe(((await mine.json()) as { id: number }).id);
    expect(state.creates).toBe(before + 2);
  });

  it('the same key with a different body is refused with 422 naming the header', async () => {
    await create({ name: 'spoon', size: 1 }, 'key-mismatch');
    const res = await create({ name: 'spoon', size: 2 }, 'key-mismatch');
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'headers.idempotency-key' }] });
  });

  it('a concurrent duplicate gets 409 with Retry-After while the first is in flight', async () => {
    state.delayMs = 300;
    const before = state.creates;
    const [a, b] = await Promise.all([
      create({ name: 'bowl', size: 1 }, 'key-concurrent'),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() => create({ name: 'bowl', size: 1 }, 'key-concurrent')),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect((a.status === 409 ? a : b).headers.get('retry-after')).toBe('1');
    expect(state.creates).toBe(before + 1);
  });

  it('a failed request frees the key so a corrected retry can succeed', async () => {
    const failed = await create({ name: 'x', size: 1 }, 'key-after-422');
    expect(failed.status).toBe(422);
    const fixed = await create({ name: 'fixed', size: 1 }, 'key-after-422');
    expect(fixed.status).toBe(201);
  });

  it('refuses a malformed key', async () => {
    const res = await create({ name: 'tray', size: 1 }, 'has spaces in it');
    expect(res.status).toBe(422);
  });

  it('keys older than 24 hours are forgotten and purged', async () => {
    await create({ name: 'cup', size: 1 }, 'key-old');
    const db = t.services.database.db;
    await db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.key, 'key-old'));
    const before = state.creates;
    const again = await create({ name: 'cup', size: 1 }, 'key-old');
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(state.creates).toBe(before + 1);

    await db.update(idempotencyKeys).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(idempotencyKeys.key, 'key-old'));
    expect(await purgeExpiredIdempotencyKeys(db)).toBeGreaterThanOrEqual(1);
    expect(await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'key-old'))).toHaveLength(0);
  });
});
