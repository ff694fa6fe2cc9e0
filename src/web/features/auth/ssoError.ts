/**
 * better-auth sends a refused single sign-on back as `/sign-in?error=<code>`. Its codes vary by
 * version and path (`NOT_INVITED` from our own hook, `unable_to_create_user`, `signup_disabled`…),
 * so anything that reads as "no account may be created for you" gets the invitation advice, and
 * everything else a general message.
 */
const NO_ACCOUNT = /not[_ ]?invited|create[_ ]?user|sign[_ ]?up|user[_ ]?not[_ ]?found|no[_ ]?account/i;

export function ssoErrorMessageKey(code: string): 'auth.sso.notInvited' | 'auth.sso.failed' {
  return NO_ACCOUNT.test(code) ? 'auth.sso.notInvited' : 'auth.sso.failed';
}
