import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const setupBody = {
  organisation: { name: 'Maré Contact Centres', defaultTimeZone: 'Europe/Lisbon' },
  admin: { name: 'Beatriz Nunes', email: 'Beatriz@Mare.example', password: 'lighthouse-ferry-93' },
};

describe('first run', () => {
  let admin: SignedIn;

  it('an empty database needs setup', async () => {
    expect(await (await t.request('GET', '/api/v1/setup')).json()).toEqual({ setupNeeded: true, organisationName: null, logoDataUrl: null, sso: null });
  });

  it('refuses bad setup input naming each field, and creates nothing', async () => {
    const res = await t.request('POST', '/api/v1/setup', {
      body: { organisation: { name: 'M', defaultTimeZone: 'Mars/Olympus' }, admin: { name: '', email: 'nope', password: 'x' } },
    });
    expect(res.status).toBe(422);
    const paths = ((await res.json()) as { errors: { path: string }[] }).errors.map((error) => error.path).sort();
    expect(paths).toEqual(['admin.email', 'admin.name', 'admin.password', 'organisation.defaultTimeZone', 'organisation.name']);
    const weak = await t.request('POST', '/api/v1/setup', { body: { ...setupBody, admin: { ...setupBody.admin, password: 'beatriz-nunes-1' } } });
    expect(weak.status).toBe(422);
    expect(await weak.json()).toMatchObject({ errors: [{ path: 'admin.password', message: expect.stringMatching(/e-mail|name/) }] });
    expect(((await (await t.request('GET', '/api/v1/setup')).json()) as { setupNeeded: boolean }).setupNeeded).toBe(true);
  });

  it('creates the organisation and its admin, signed in; afterwards setup is gone', async () => {
    const res = await t.request('POST', '/api/v1/setup', { body: setupBody });
    expect(res.status).toBe(201);
    const cookie = cookieFrom(res);
    const me = (await (await t.request('GET', '/api/v1/me', { headers: { cookie } })).json()) as { id: string; email: string; role: string };
    expect(me).toMatchObject({ email: 'beatriz@mare.example', role: 'admin' });
    admin = { id: me.id, email: me.email, cookie, request: (method, path, options = {}) =>
      t.request(method, path, { ...options, headers: { cookie, origin: t.config.appUrl, ...options.headers } }) };

    expect(await (await t.request('GET', '/api/v1/setup')).json()).toMatchObject({ setupNeeded: false, organisationName: 'Maré Contact Centres' });
    const again = await t.request('POST', '/api/v1/setup', { body: { ...setupBody, admin: { ...setupBody.admin, email: 'other@mare.example' } } });
    expect(again.status).toBe(409);
  });

  it('the admin adds sites in different time zones and teams; bad zones are refused', async () => {
    const porto = await admin.request('POST', '/api/v1/sites', { body: { name: 'Porto Centre', timeZone: 'Europe/Lisbon', region: 'North' } });
    const manila = await admin.request('POST', '/api/v1/sites', { body: { name: 'Manila Centre', timeZone: 'Asia/Manila' } });
    expect([porto.status, manila.status]).toEqual([201, 201]);
    const bad = await admin.request('POST', '/api/v1/sites', { body: { name: 'Nowhere', timeZone: 'Nowhere/Here' } });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ errors: [{ path: 'timeZone' }] });

    const site = (await porto.json()) as { id: string };
    const team = await admin.request('POST', '/api/v1/teams', { body: { name: 'Billing line', siteId: site.id } });
    expect(team.status).toBe(201);
    const renamed = await admin.request('PATCH', `/api/v1/sites/${site.id}`, { body: { name: 'Porto Riverside Centre' } });
    expect(await renamed.json()).toMatchObject({ name: 'Porto Riverside Centre', timeZone: 'Europe/Lisbon' });
    const teams = (await (await admin.request('GET', `/api/v1/teams?siteId=${site.id}`)).json()) as { items: { name: string }[] };
    expect(teams.items.map((item) => item.name)).toEqual(['Billing line']);
  });

  it('everyone signed in reads the organisation; only admins update it', async () => {
    const employee = await signedIn(t, 'employee');
    const read = await employee.request('GET', '/api/v1/organisation');
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ name: 'Maré Contact Centres', abilities: { update: false } });
    expect((await employee.request('PATCH', '/api/v1/organisation', { body: { name: 'Mine now' } })).status).toBe(403);
    expect((await employee.request('POST', '/api/v1/sites', { body: { name: 'Sneaky', timeZone: 'UTC' } })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/organisation')).status).toBe(401);

    const patch = await admin.request('PATCH', '/api/v1/organisation', {
      body: { servicePurpose: 'Fix it the first time.', serviceStandards: ['Answer within 20 seconds'], logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
    });
    expect(patch.status).toBe(200);
    expect(await patch.json()).toMatchObject({ servicePurpose: 'Fix it the first time.', serviceStandards: ['Answer within 20 seconds'] });
    const badLogo = await admin.request('PATCH', '/api/v1/organisation', { body: { logoDataUrl: 'data:text/html;base64,PHNjcmlwdD4=' } });
    expect(badLogo.status).toBe(422);
  });

  it('customers see sites but not teams', async () => {
    const customer = await signedIn(t, 'customer');
    expect((await customer.request('GET', '/api/v1/sites')).status).toBe(200);
    expect((await customer.request('GET', '/api/v1/teams')).status).toBe(403);
  });

  it('admins read the security log; others may not', async () => {
    const log = await admin.request('GET', '/api/v1/audit-events?limit=5');
    expect(log.status).toBe(200);
    const actions = ((await log.json()) as { items: { action: string }[] }).items.map((item) => item.action);
    expect(actions).toEqual(expect.arrayContaining(['organisation.updated']));
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const res: Response = await admin.request('GET', `/api/v1/audit-events?limit=2${before ? `&before=${encodeURIComponent(before)}` : ''}`);
      const page = (await res.json()) as { items: { id: string }[]; nextBefore: string | null };
      seen.push(...page.items.map((item) => item.id));
      before = page.nextBefore;
    } while (before);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    const reviewer = await signedIn(t, 'reviewer');
    expect((await reviewer.request('GET', '/api/v1/audit-events')).status).toBe(403);
  });
});
