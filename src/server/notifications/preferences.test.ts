import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('notification preferences', () => {
  it('start from sensible defaults, change per kind, and stay per person', async () => {
    const ana = await signedIn(t, 'employee');
    const other = await signedIn(t, 'customer');
    expect(await (await ana.request('GET', '/api/v1/me/notification-preferences')).json()).toEqual({
      status_change: 'both', comment: 'in_app', mention: 'both', assignment: 'both', review_reminder: 'email',
    });
    const res = await ana.request('PATCH', '/api/v1/me/notification-preferences', { body: { comment: 'off', status_change: 'email' } });
    expect(await res.json()).toMatchObject({ comment: 'off', status_change: 'email', mention: 'both' });
    expect(await (await ana.request('GET', '/api/v1/me/notification-preferences')).json()).toMatchObject({ comment: 'off' });
    expect(await (await other.request('GET', '/api/v1/me/notification-preferences')).json()).toMatchObject({ comment: 'in_app' });
  });

  it('refuses unknown channels naming the kind, and anonymous callers', async () => {
    const ana = await signedIn(t, 'employee');
    const bad = await ana.request('PATCH', '/api/v1/me/notification-preferences', { body: { comment: 'carrier-pigeon' } });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ errors: [{ path: 'comment' }] });
    expect((await t.request('GET', '/api/v1/me/notification-preferences')).status).toBe(401);
  });
});
