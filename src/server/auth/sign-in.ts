import type { Services } from '../services.js';

/** Signs a person in right after they created their account; returns the Set-Cookie values. */
export async function signInAfterJoining(services: Services, email: string, password: string, headers: Headers): Promise<string[]> {
  const response = await services.auth.api.signInEmail({
    body: { email, password },
    headers: new Headers({ 'user-agent': headers.get('user-agent') ?? '' }),
    asResponse: true,
  });
  if (!response.ok) throw new Error(`sign-in after joining failed with ${response.status}`);
  return response.headers.getSetCookie();
}
