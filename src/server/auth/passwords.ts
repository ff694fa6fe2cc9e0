/**
 * Refuses passwords that are long enough but guessable: the most common choices, a single
 * repeated character, keyboard or alphabet runs, and the person's own name or e-mail.
 * (No network here, so no breach API: this list and these shapes catch the usual suspects.)
 */
const COMMON = new Set([
  'password', 'passw0rd', 'password1', 'password12', 'password123', 'password1234', '1234567890', '0123456789',
  '12345678910', 'qwertyuiop', 'qwertyuiop1', 'asdfghjkl1', '1q2w3e4r5t', '1qaz2wsx3edc', 'iloveyou12', 'letmein123',
  'welcome123', 'welcome1234', 'admin12345', 'administrator', 'changeme123', 'football12', 'baseball12',
  'sunshine12', 'princess12', 'trustno1234', 'abc1234567', 'abcdefghij', 'monkey1234', 'dragon1234', 'master1234',
  'superman12', 'starwars12', 'whatever12', 'qwerty1234', 'qwerty12345', 'zaq12wsxcde', 'passwordpassword',
  'sparkloop1', 'sparkloop123', 'sparkloop2026',
]);
const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

export const MIN_PASSWORD_LENGTH = 10;

/** A reason the password is refused, or null when it is acceptable. */
export function weakPasswordReason(password: string, person: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'This password is one of the most common ones; choose something less guessable';
  if (new Set(lower).size <= 2) return 'Use more than two different characters';
  const isRun = RUNS.some((run) => {
    const doubled = run + run;
    return doubled.includes(lower) || [...doubled].reverse().join('').includes(lower);
  });
  if (isRun) return 'Avoid keyboard or alphabet sequences';
  const local = person.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'Do not use your e-mail address in your password';
  const names = (person.name ?? '').toLowerCase().split(/\s+/).filter((part) => part.length >= 4);
  if (names.some((part) => lower.includes(part))) return 'Do not use your name in your password';
  return null;
}
