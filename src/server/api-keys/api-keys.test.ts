import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { apiKeys, auditEvents, organisations } from '../db/schema/index.js';

let t: TestContext;
let admin: SignedIn;
let reviewer: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  await t.services.database.db.insert(organisations).values({ name: 'Test Hotels' });
  [admin, reviewer] = await Promise.all([signedIn(t, 'admin'), signedIn(t, 'reviewer')]);
});
afterAll(() => t.close());

const withKey = (key: string, method = 'GET', path = '/api/v1/me', body?: unknown) =>
  t.request(method, path, { headers: { authorization: `Bearer ${key}` }, ...(body ? { body } : {}) });

describe('API keys', () => {
  it('is shown once, stored hashed, and acts with its owner’s permissions', async () => {
    const res = await reviewer.request('POST', '/api/v1/api-keys', { body: { name: 'Helpdesk bridge' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const created = (await res.json()) as { id: string; key: string; prefix: string };
    expect(created.key).toMatch(/^spk_[\w-]{40}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);

    const [stored] = await t.services.database.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(JSON.stringify(stored)).not.toContain(created.key);
    const listed = (await (await reviewer.request('GET', '/api/v1/api-keys')).json()) as { items: Record<string, unknown>[] };
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).not.toHaveProperty('key');

    expect(await (await withKey(created.key)).json()).toMatchObject({ id: reviewer.id, role: 'reviewer' });
    expect((await withKey(created.key, 'GET', '/api/v1/people')).status).toBe(200);
    expect((await withKey(created.key, 'POST', '/api/v1/sites', { name: 'Via key', timeZone: 'UTC' })).status).toBe(403);
    // A key is not a cookie: no Origin needed, and it cannot mint more keys.
    expect((await withKey(created.key, 'POST', '/api/v1/api-keys', { name: 'More' })).status).toBe(403);
  });

  it('revoking stops it at once; others cannot revoke your key', async () => {
    const { id, key } = (await (await admin.request('POST', '/api/v1/api-keys', { body: { name: 'Nightly export' } })).json()) as {
      id: string;
      key: string;
    };
    expect((await reviewer.request('DELETE', `/api/v1/api-keys/${id}`)).status).toBe(404);
    expect((await withKey(key)).status).toBe(200);
    expect((await admin.request('DELETE', `/api/v1/api-keys/${id}`)).status).toBe(204);
    const refused = await withKey(key);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ detail: expect.stringMatching(/not valid/) });
    const actions = (await t.services.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, id))).map((e) => e.action);
    expect(actions.sort()).toEqual(['api_key.created', 'api_key.revoked']);
  });

  it('an unknown key is a 401, not anonymous access', async () => {
    expect((await withKey('spk_not-a-real-key')).status).toBe(401);
  });

  it('customers cannot create keys; a deactivated owner’s keys stop working', async () => {
    const customer = await signedIn(t, 'customer');
    expect((await customer.request('POST', '/api/v1/api-keys', { body: { name: 'Mine' } })).status).toBe(403);
    const employee = await signedIn(t, 'employee');
    const { key } = (await (await employee.request('POST', '/api/v1/api-keys', { body: { name: 'Shift board' } })).json()) as { key: string };
    expect((await withKey(key)).status).toBe(200);
    expect((await admin.request('POST', `/api/v1/people/${employee.id}/deactivate`)).status).toBe(200);
    expect((await withKey(key)).status).toBe(401);
  });
});
