import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { organisations } from '../db/schema/index.js';

let t: TestContext;
let admin: SignedIn;
let reviewer: SignedIn;
let author: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  await t.services.database.db.insert(organisations).values({ name: 'Test Hotels' });
  [admin, reviewer, author] = await Promise.all([signedIn(t, 'admin'), signedIn(t, 'reviewer'), signedIn(t, 'employee')]);
});
afterAll(() => t.close());

const stage = (overrides: Record<string, unknown> = {}) => ({ name: 'Pilot ready', position: 45, terminal: false, customerLabel: 'Planned', reasonRequired: false, ...overrides });

describe('the review framework is configurable by admins', () => {
  it('adds a stage ideas can move into and out of, and removes it once empty', async () => {
    expect((await reviewer.request('PUT', '/api/v1/stages/pilot_ready', { body: stage() })).status).toBe(403);
    expect((await admin.request('PUT', '/api/v1/stages/pilot_ready', { body: stage() })).status).toBe(200);
    const idea = (await (await author.request('POST', '/api/v1/ideas', { body: { title: 'Self check-in kiosk', problem: 'Queues at 3 pm.', proposal: 'One kiosk.', area: 'process' } })).json()) as { id: string; abilities: { moveTo: string[] } };
    const seen = (await (await reviewer.request('GET', `/api/v1/ideas/${idea.id}`)).json()) as { abilities: { moveTo: string[] } };
    expect(seen.abilities.moveTo).toContain('pilot_ready');
    expect((await reviewer.request('POST', `/api/v1/ideas/${idea.id}/transitions`, { body: { to: 'pilot_ready' } })).status).toBe(200);
    expect((await admin.request('DELETE', '/api/v1/stages/pilot_ready')).status).toBe(409);
    expect((await reviewer.request('POST', `/api/v1/ideas/${idea.id}/transitions`, { body: { to: 'accepted' } })).status).toBe(200);
    expect((await admin.request('DELETE', '/api/v1/stages/pilot_ready')).status).toBe(204);
  });

  it('renames and relabels built-in stages but keeps the workflow’s rules', async () => {
    const renamed = await admin.request('PUT', '/api/v1/stages/in_review', { body: stage({ name: 'Being looked at', position: 20, customerLabel: 'We are on it' }) });
    expect(await renamed.json()).toMatchObject({ key: 'in_review', name: 'Being looked at', customerLabel: 'We are on it' });
    const closing = await admin.request('PUT', '/api/v1/stages/in_review', { body: stage({ name: 'In review', position: 20, terminal: true }) });
    expect(await closing.json()).toMatchObject({ status: 422, errors: [{ path: 'terminal' }] });
    const noReason = await admin.request('PUT', '/api/v1/stages/declined', { body: stage({ name: 'Declined', position: 90, terminal: true, reasonRequired: false }) });
    expect(await noReason.json()).toMatchObject({ status: 422, errors: [{ path: 'reasonRequired' }] });
    expect((await admin.request('DELETE', '/api/v1/stages/submitted')).status).toBe(409);
  });

  it('adds and retires reason codes', async () => {
    expect((await admin.request('PUT', '/api/v1/reason-codes/seasonal', { body: { label: 'Only works in high season' } })).status).toBe(200);
    let codes = (await (await reviewer.request('GET', '/api/v1/reason-codes')).json()) as { items: { key: string }[] };
    expect(codes.items.map((code) => code.key)).toContain('seasonal');
    await admin.request('PUT', '/api/v1/reason-codes/seasonal', { body: { label: 'Only works in high season', active: false } });
    codes = (await (await reviewer.request('GET', '/api/v1/reason-codes')).json()) as { items: { key: string }[] };
    expect(codes.items.map((code) => code.key)).not.toContain('seasonal');
    expect((await reviewer.request('PUT', '/api/v1/reason-codes/x_y', { body: { label: 'Nope' } })).status).toBe(403);
  });
});
