import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Cookie, type Page } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The demo organisation the e2e server seeds (`DEMO_DATA=1`); everyone shares one password. */
export const demo = {
  password: 'harbour-lights-demo',
  organisation: 'Harbourlight Hospitality',
  admin: 'admin@harbourlight.example',
  reviewer: 'reviewer.lisbon@harbourlight.example',
  employee: 'ana@harbourlight.example',
  customer: 'guest.olivia@example.com',
} as const;

/** Fails the test on any serious or critical accessibility violation of the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking, `accessibility violations on ${page.url()}`).toEqual([]);
}

// Sessions already made in this run, by e-mail: the server allows 10 sign-ins per address per
// 15 minutes, and the demo people appear in many tests.
const sessionCookies = new Map<string, Cookie[]>();

/**
 * Signs in through the API, for tests about something else; the page's browser context keeps the
 * cookie. Reuses this run's earlier session for the same person while it still works.
 */
export async function signInAs(page: Page, email: string, password: string = demo.password): Promise<void> {
  const known = sessionCookies.get(email);
  if (known) {
    await page.context().addCookies(known);
    if ((await page.request.get('/api/v1/me')).status() === 200) return;
  }
  const response = await page.request.post('/api/auth/sign-in/email', { data: { email, password } });
  expect(response.status(), `sign-in as ${email}`).toBe(200);
  sessionCookies.set(email, (await page.context().cookies()).filter((cookie) => cookie.name.includes('session_token')));
}

/** Fills and submits the sign-in form the page is showing. */
export async function submitSignInForm(page: Page, email: string, password: string = demo.password): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Waits for a toast with exactly this title (the toast itself, not its screen-reader
 * announcement), then dismisses it as a person would, so it does not cover the next control.
 */
export async function expectToast(page: Page, title: string): Promise<void> {
  const toast = page.getByRole('region', { name: /Notifications/ }).getByRole('listitem').filter({ hasText: title });
  await expect(toast.getByText(title, { exact: true })).toBeVisible();
  await toast.getByRole('button', { name: 'Dismiss notification' }).click();
  await expect(toast).toBeHidden();
}

/** Undoes quoted-printable: soft line breaks (`=\n`) and `=XX` bytes, read as UTF-8. */
function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index += 1) {
    const hex = joined[index] === '=' ? joined.slice(index + 1, index + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(joined[index]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Waits for the newest e-mail to `address` in the e2e server's outbox (`DATA_DIR/outbox/*.eml`)
 * and returns the first link on a line of its own that contains `linkPart`.
 */
export async function linkFromMail(address: string, linkPart: string, dataDir = process.env.SPARKLOOP_E2E_DATA_DIR ?? ''): Promise<string> {
  const outbox = path.join(dataDir, 'outbox');
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const files = existsSync(outbox) ? (await readdir(outbox)).filter((name) => name.endsWith('.eml')).sort() : [];
        for (const file of files.reverse()) {
          const mail = decodeQuotedPrintable(await readFile(path.join(outbox, file), 'utf8'));
          if (!mail.includes(address)) continue;
          link = mail.split('\n').map((line) => line.trim()).find((line) => /^https?:\/\/\S+$/.test(line) && line.includes(linkPart));
          if (link) return link;
        }
        return undefined;
      },
      { message: `an e-mail to ${address} with a ${linkPart} link in ${outbox}`, timeout: 15_000 },
    )
    .toBeDefined();
  return link!;
}

export const test = base.extend({
  page: async ({ page }, use, testInfo) => {
    testInfo.skip(!existsSync(chromium), `Chromium not found at ${chromium}; install Debian's chromium to run browser tests`);
    await use(page);
  },
});

export { expect };
