import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { createApp } from '../app.js';
import { organisations } from '../db/schema/index.js';
import { openDatabase } from '../db/client.js';
import { hit, LIMITS } from './rate-limit.js';

let t: TestContext;
let admin: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  await t.services.database.db.insert(organisations).values({ name: 'Test Hotels' });
  admin = await signedIn(t, 'admin');
});
afterAll(() => t.close());

describe('CSRF: cookie-authenticated writes must come from our own origin', () => {
  const body = { name: 'Cross Site Inn', timeZone: 'UTC', region: '' };

  it('refuses a foreign Origin and a missing Origin with 403, and changes nothing', async () => {
    const before = ((await (await admin.request('GET', '/api/v1/sites')).json()) as { items: unknown[] }).items.length;
    const foreign = await admin.request('POST', '/api/v1/sites', { body, headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ title: 'Cross-site request refused' });
    const none = await t.request('POST', '/api/v1/sites', { body, headers: { cookie: admin.cookie } });
    expect(none.status).toBe(403);
    const after = ((await (await admin.request('GET', '/api/v1/sites')).json()) as { items: unknown[] }).items.length;
    expect(after).toBe(before);
  });

  it('accepts the app’s own Origin', async () => {
    expect((await admin.request('POST', '/api/v1/sites', { body })).status).toBe(201);
  });

  it('does not apply to reads', async () => {
    expect((await t.request('GET', '/api/v1/me', { headers: { cookie: admin.cookie, origin: 'https://evil.example' } })).status).toBe(200);
  });
});

describe('security headers on every response', () => {
  it.each(['/healthz', '/api/v1/me', '/api/nope', '/'])('%s', async (path) => {
    const res = await t.request('GET', path);
    const csp = res.headers.get('content-security-policy')!;
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!;
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('adds HSTS when the app is served over https', async () => {
    const app = createApp({ ...t.services, config: { ...t.config, appUrl: 'https://ideas.example.com' } });
    const res = await app.request('/healthz');
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('rate limits stored in the database', () => {
  it('sign-in attempts per e-mail: over the limit → 429 problem with Retry-After, for right and wrong passwords alike', async () => {
    const person = await createPerson(t);
    const attempt = () => t.request('POST', '/api/auth/sign-in/email', { body: { email: person.email, password: 'wrong-password-x' } });
    for (let i = 0; i < LIMITS.signInPerEmail.max; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const right = await t.request('POST', '/api/auth/sign-in/email', { body: { email: person.email, password: 'quiet-harbour-lantern-7' } });
    expect(right.status).toBe(429);
  });

  it('sign-in attempts per address, across different e-mails', async () => {
    const ip = '198.51.100.7';
    let last: Response | undefined;
    for (let i = 0; i <= LIMITS.signInPerIp.max; i++) {
      last = await t.request('POST', '/api/auth/sign-in/email', {
        body: { email: `spray-${i}@example.com`, password: 'wrong-password-x' },
        remoteAddress: ip,
      });
    }
    expect(last!.status).toBe(429);
    const elsewhere = await t.request('POST', '/api/auth/sign-in/email', {
      body: { email: 'fresh@example.com', password: 'wrong-password-x' },
      remoteAddress: '198.51.100.8',
    });
    expect(elsewhere.status).toBe(401);
  });

  it('magic-link and reset requests per e-mail', async () => {
    const email = 'inbox-flood@example.com';
    let status = 0;
    for (let i = 0; i <= LIMITS.mailLinkPerEmail.max; i++) {
      const path = i % 2 ? '/api/auth/sign-in/magic-link' : '/api/auth/request-password-reset';
      status = (await t.request('POST', path, { body: { email, callbackURL: '/', redirectTo: '/reset-password' }, remoteAddress: `203.0.113.${i}` })).status;
    }
    expect(status).toBe(429);
  });

  it('sign-ups (first-run setup and invitation acceptance) per address', async () => {
    let status = 0;
    for (let i = 0; i <= LIMITS.signUpPerIp.max; i++) {
      status = (await t.request('POST', `/api/v1/invitations/${'y'.repeat(40)}/accept`, { body: { password: 'long-enough-secret' }, remoteAddress: '192.0.2.99' })).status;
    }
    expect(status).toBe(429);
  });

  it('writes per actor', async () => {
    const db = t.services.database.db;
    for (let i = 0; i < LIMITS.writesPerActor.max; i++) await hit(db, LIMITS.writesPerActor, `user:${admin.id}`);
    const res = await admin.request('POST', '/api/v1/sites', { body: { name: 'One Too Many', timeZone: 'UTC' } });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('holds across instances sharing the database', async () => {
    const second =
      t.services.database.kind === 'postgres' ? await openDatabase({ kind: 'postgres', url: t.config.databaseUrl!, poolSize: 2 }) : t.services.database;
    const other = createApp({ ...t.services, database: second });
    const person = await createPerson(t);
    const payload = JSON.stringify({ email: person.email, password: 'wrong-password-x' });
    const init = () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) },
      body: payload,
    });
    const env = { incoming: { socket: { remoteAddress: '192.0.2.200', remotePort: 1, remoteFamily: 'IPv4' } } };
    const statuses: number[] = [];
    try {
      for (let i = 0; i <= LIMITS.signInPerEmail.max; i++) {
        const app = i % 2 ? other : t.app;
        statuses.push((await app.request('/api/auth/sign-in/email', init(), env)).status);
      }
    } finally {
      if (second !== t.services.database) await second.close();
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
  });

  it('the window resets after it ends', async () => {
    const db = t.services.database.db;
    const limit = { name: 'test-window', max: 2, windowSeconds: 60 };
    const start = Date.now();
    expect(await hit(db, limit, 'k', start)).toBe(0);
    expect(await hit(db, limit, 'k', start)).toBe(0);
    expect(await hit(db, limit, 'k', start + 1000)).toBe(59);
    expect(await hit(db, limit, 'k', start + 61_000)).toBe(0);
  });
});
