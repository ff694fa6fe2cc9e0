import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signIn, signedIn, TEST_PASSWORD } from '../../../tests/support/people.js';
import { createTestApp, eventually, type TestContext } from '../../../tests/support/test-app.js';
import { auditEvents, mailDeliveries, sessions } from '../db/schema/index.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('password sign-in and sessions', () => {
  it('signs in with e-mail and password into an http-only SameSite=Lax cookie', async () => {
    const person = await createPerson(t, { role: 'employee', name: 'Rita Lopes' });
    const res = await t.request('POST', '/api/auth/sign-in/email', { body: { email: person.email, password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sparkloop.session_token='))!;
    const token = decodeURIComponent(cookie.split(';')[0]!.split('=')[1]!).split('.')[0]!;
    // The http-only cookie is the only place the token lives: never in a body page scripts can read.
    expect(JSON.stringify(await res.json())).not.toContain(token);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const session = await signIn(t, person.email);
    const me = await session.request('GET', '/api/v1/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: person.id, name: 'Rita Lopes', role: 'employee', abilities: { listPeople: false } });
  });

  it('a wrong password and an unknown e-mail get the same answer, and the failure is audited', async () => {
    const person = await createPerson(t);
    const wrong = await t.request('POST', '/api/auth/sign-in/email', { body: { email: person.email, password: 'not-the-right-one' } });
    const unknown = await t.request('POST', '/api/auth/sign-in/email', { body: { email: 'nobody-here@example.com', password: 'not-the-right-one' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [(await wrong.json()) as Record<string, unknown>, (await unknown.json()) as Record<string, unknown>];
    expect(wrong.headers.get('content-type')).toBe('application/problem+json');
    expect({ ...a, requestId: null }).toEqual({ ...b, requestId: null });
    const failures = await t.services.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.sign_in_failed'));
    expect(failures.map((event) => event.data.email)).toEqual(expect.arrayContaining([person.email, 'nobody-here@example.com']));
  });

  it('signing out revokes the session', async () => {
    const session = await signedIn(t, 'employee');
    expect((await session.request('POST', '/api/auth/sign-out', { body: {} })).status).toBe(200);
    expect((await session.request('GET', '/api/v1/me')).status).toBe(401);
  });

  it('a session cookie with a forged signature, or of an expired session, is anonymous', async () => {
    const session = await signIn(t, (await createPerson(t)).email);
    const [name, value] = session.cookie.split('=') as [string, string];
    const [token] = decodeURIComponent(value).split('.');
    const forged = `${name}=${encodeURIComponent(`${token}.${Buffer.alloc(32, 7).toString('base64')}`)}`;
    expect((await t.request('GET', '/api/v1/me', { headers: { cookie: forged } })).status).toBe(401);
    await t.services.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.token, token!));
    expect((await session.request('GET', '/api/v1/me')).status).toBe(401);
  });

  it('a session used a day after it was last extended is extended again (sliding expiry)', async () => {
    const session = await signIn(t, (await createPerson(t)).email);
    const token = decodeURIComponent(session.cookie.split('=')[1]!).split('.')[0]!;
    const soon = new Date(Date.now() + 2 * 24 * 3600 * 1000);
    await t.services.database.db.update(sessions).set({ expiresAt: soon }).where(eq(sessions.token, token));
    expect((await session.request('GET', '/api/v1/me')).status).toBe(200);
    const [row] = await t.services.database.db.select().from(sessions).where(eq(sessions.token, token));
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
  });

  it('sends an anonymous caller a 401 problem on /api/v1/me', async () => {
    const res = await t.request('GET', '/api/v1/me');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ title: 'Sign-in required' });
  });

  it('reset and magic-link requests answer the same for known and unknown addresses; only real people get mail', async () => {
    const person = await createPerson(t);
    const answers = [];
    for (const email of [person.email, 'ghost@example.com']) {
      const reset = await t.request('POST', '/api/auth/request-password-reset', { body: { email, redirectTo: '/reset-password' } });
      const magic = await t.request('POST', '/api/auth/sign-in/magic-link', { body: { email, callbackURL: '/' } });
      answers.push([reset.status, await reset.json(), magic.status, await magic.json()]);
    }
    expect(answers[0]).toEqual(answers[1]);
    await eventually(async () => {
      const mails = await t.services.database.db.select().from(mailDeliveries).where(eq(mailDeliveries.recipient, person.email));
      return mails.length === 2;
    });
    expect(await t.services.database.db.select().from(mailDeliveries).where(eq(mailDeliveries.recipient, 'ghost@example.com'))).toHaveLength(0);
  });
});

describe('changing a password', () => {
  it('refuses a weak new password naming the field, and ends every other session when it succeeds', async () => {
    const person = await createPerson(t, { name: 'Carla Mendes' });
    const laptop = await signIn(t, person.email);
    const phone = await signIn(t, person.email);
    const weak = await laptop.request('POST', '/api/auth/change-password', { body: { currentPassword: TEST_PASSWORD, newPassword: 'carla-mendes-2026' } });
    expect(weak.status).toBe(422);
    expect(await weak.json()).toMatchObject({ errors: [{ path: 'newPassword' }] });

    const res = await laptop.request('POST', '/api/auth/change-password', {
      body: { currentPassword: TEST_PASSWORD, newPassword: 'violet-tram-harbour-88', revokeOtherSessions: false },
    });
    expect(res.status).toBe(200);
    expect((await phone.request('GET', '/api/v1/me')).status).toBe(401);
    const events = await t.services.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.password_changed'));
    expect(events.some((event) => event.actorId === person.id)).toBe(true);
  });
});

describe('served over https', () => {
  let secure: TestContext;
  beforeAll(async () => {
    secure = await createTestApp({ env: { APP_URL: 'https://ideas.example.com' } });
  });
  afterAll(() => secure.close());

  it('marks the session cookie Secure', async () => {
    const person = await createPerson(secure);
    const res = await secure.request('POST', '/api/auth/sign-in/email', { body: { email: person.email, password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes('session_token='))!;
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });
});

describe('profile updates', () => {
  it('changes name and avatar; refuses a non-image or oversized avatar naming the field', async () => {
    const session = await signedIn(t, 'employee');
    const avatar = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    expect((await session.request('POST', '/api/auth/update-user', { body: { name: 'Renamed Person', image: avatar } })).status).toBe(200);
    expect(await (await session.request('GET', '/api/v1/me')).json()).toMatchObject({ name: 'Renamed Person', image: avatar });

    const html = await session.request('POST', '/api/auth/update-user', { body: { image: 'data:text/html;base64,PHNjcmlwdD4=' } });
    expect(html.status).toBe(422);
    expect(await html.json()).toMatchObject({ errors: [{ path: 'image', message: 'Upload a PNG, JPEG or WebP image' }] });
    const huge = await session.request('POST', '/api/auth/update-user', { body: { image: `data:image/png;base64,${'A'.repeat(150_000)}` } });
    expect(huge.status).toBe(422);
  });

  it('cannot promote oneself or undo a deactivation through the profile endpoint', async () => {
    const session = await signedIn(t, 'employee');
    const res = await session.request('POST', '/api/auth/update-user', { body: { role: 'admin', deactivatedAt: null } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await (await session.request('GET', '/api/v1/me')).json()).toMatchObject({ role: 'employee' });
  });
});
