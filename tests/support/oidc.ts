import type { Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export type TestIdentity = { sub: string; email: string; name: string };

/** A real OpenID Connect provider (panva's oidc-provider) on a free local port. */
export async function startOidcProvider(options: { redirectUri: string; identities: TestIdentity[] }) {
  const clientId = 'sparkloop-test';
  const clientSecret = 'a-long-client-secret-for-tests-only-0123456789';
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['test-cookie-key-one'] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      const identity = options.identities.find((candidate) => candidate.sub === sub);
      if (!identity) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: identity.email, email_verified: true, name: identity.name };
        },
      };
    },
  });
  const server: Server = provider.listen(port);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A tiny cookie jar for one host, enough to walk the provider's login and consent pages. */
class CookieJar {
  private cookies = new Map<string, string>();
  store(res: Response) {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Plays the person at the provider: follows the authorization URL, logs in as `sub` and
 * consents, and returns the redirect back to the app (the callback URL with code and state).
 */
export async function loginAtProvider(authorizationUrl: string, sub: string, appOrigin: string): Promise<string> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  for (let step = 0; step < 12; step++) {
    if (url.startsWith(appOrigin)) return url;
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.store(res);
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).toString();
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`provider page without a form at ${url}:\n${html.slice(0, 500)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? (html.includes('name="login"') ? 'login' : 'consent');
    const form = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login: sub, password: 'any' } : {}) });
    const submit = await fetch(new URL(action, url), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    jar.store(submit);
    url = new URL(submit.headers.get('location')!, url).toString();
  }
  throw new Error('too many steps at the provider');
}
