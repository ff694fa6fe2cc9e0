import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails the test on any serious or critical accessibility violation of the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking, `accessibility violations on ${page.url()}`).toEqual([]);
}

export const test = base.extend({
  page: async ({ page }, use, testInfo) => {
    testInfo.skip(!existsSync(chromium), `Chromium not found at ${chromium}; install Debian's chromium to run browser tests`);
    await use(page);
  },
});

export { expect };
