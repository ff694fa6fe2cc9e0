import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, loginAtProvider } from '../../../tests/support/oidc.js';
import { cookieFrom, createPerson, signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';
import { organisations, sites, users } from '../db/schema/index.js';

const APP_URL = 'http://localhost:3999';
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let t: TestContext;
let admin: SignedIn;

beforeAll(async () => {
  provider = await startOidcProvider({
    redirectUri: `${APP_URL}/api/auth/callback/sso`,
    identities: [
      { sub: 'joana', email: 'Joana@Example.com', name: 'Joana Ferreira' },
      { sub: 'existing', email: 'existing.person@example.com', name: 'Existing Person' },
      { sub: 'stranger', email: 'stranger@example.com', name: 'Not Invited' },
    ],
  });
  t = await createTestApp({
    env: { APP_URL, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret, OIDC_NAME: 'Harbourlight SSO' },
  });
  await t.services.database.db.insert(organisations).values({ name: 'Test Hotels' });
  admin = await signedIn(t, 'admin');
});
afterAll(async () => {
  await t.close();
  await provider.close();
});

/** The whole browser round trip: start at the app, log in at the provider, come back. */
async function signInWithSso(sub: string): Promise<Response> {
  const start = await t.request('POST', '/api/auth/sign-in/social', { body: { provider: 'sso', callbackURL: '/', errorCallbackURL: '/sign-in' } });
  expect(start.status).toBe(200);
  const { url } = (await start.json()) as { url: string };
  const callback = await loginAtProvider(url, sub, APP_URL);
  const path = callback.slice(APP_URL.length);
  return t.request('GET', path, { headers: { cookie: cookieFrom(start) } });
}

describe('single sign-on with an OpenID Connect provider', () => {
  it('the sign-in page is told SSO is available', async () => {
    expect(await (await t.request('GET', '/api/v1/setup')).json()).toMatchObject({ sso: { providerId: 'sso', name: 'Harbourlight SSO' } });
  });

  it('an invited person signs in through SSO and gets the invitation’s role and site', async () => {
    const [site] = await t.services.database.db.insert(sites).values({ slug: 'faro', name: 'Faro', timeZone: 'Europe/Lisbon' }).returning();
    const invite = await admin.request('POST', '/api/v1/people', { body: { email: 'joana@example.com', name: 'Joana', role: 'reviewer', siteIds: [site!.id] } });
    expect(invite.status).toBe(201);

    const back = await signInWithSso('joana');
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('/');
    const me = await t.request('GET', '/api/v1/me', { headers: { cookie: cookieFrom(back) } });
    expect(await me.json()).toMatchObject({ email: 'joana@example.com', role: 'reviewer', siteIds: [site!.id] });
  });

  it('a person who already has a password account is linked by e-mail and signed in as themselves', async () => {
    const person = await createPerson(t, { email: 'existing.person@example.com', role: 'employee' });
    const back = await signInWithSso('existing');
    expect(back.status).toBe(302);
    const me = (await (await t.request('GET', '/api/v1/me', { headers: { cookie: cookieFrom(back) } })).json()) as { id: string };
    expect(me.id).toBe(person.id);
  });

  it('someone without an account or invitation is refused and nothing is created', async () => {
    const back = await signInWithSso('stranger');
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toMatch(/^\/sign-in\?error=/);
    expect(back.headers.getSetCookie().some((cookie) => cookie.startsWith('sparkloop.session_token=') && !cookie.includes('Max-Age=0'))).toBe(false);
    expect(await t.services.database.db.select().from(users).where(eq(users.email, 'stranger@example.com'))).toHaveLength(0);
  });
});
