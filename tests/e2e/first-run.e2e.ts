import { expect, expectAccessible, expectToast, linkFromMail, submitSignInForm, test } from './fixtures.js';

// The second e2e server: an empty database, no demo data (see playwright.config.ts).
const freshURL = `http://127.0.0.1:${process.env.SPARKLOOP_E2E_FRESH_PORT}`;
const freshDataDir = process.env.SPARKLOOP_E2E_FRESH_DATA_DIR ?? '';

test.use({ baseURL: freshURL, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('from an empty database, in the browser only: set up, add two sites, invite a reviewer and an employee who both join', async ({ page }) => {
  test.setTimeout(120_000);
  const organisation = 'Maré Contact Centres';
  const admin = { name: 'Beatriz Nunes', email: 'beatriz@mare.example', password: 'lighthouse-ferry-93' };
  const people = [
    { name: 'Rui Teixeira', email: 'rui@mare.example', role: 'reviewer', article: 'a reviewer', site: 'Porto Centre', password: 'granite-orchard-river' },
    { name: 'Liza Santos', email: 'liza@mare.example', role: 'employee', article: 'an employee', site: 'Manila Centre', password: 'mango-jeepney-harbour' },
  ];
  const nav = page.getByRole('navigation', { name: 'Main' });

  // The first visitor is sent to the one-time setup page.
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Sparkloop' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Organisation name').fill(organisation);
  await page.getByLabel('Default time zone').selectOption('Europe/Lisbon');
  await page.getByLabel('Your name').fill(admin.name);
  await page.getByLabel('E-mail address').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Set up and sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sparkloop' })).toBeVisible();

  // Two sites in different time zones.
  await nav.getByRole('link', { name: 'Organisation' }).click();
  for (const [site, zone] of [['Porto Centre', 'Europe/Lisbon'], ['Manila Centre', 'Asia/Manila']] as const) {
    await page.getByRole('button', { name: 'Add site' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add site' });
    await dialog.getByLabel('Site name').fill(site);
    await dialog.getByLabel('Time zone').selectOption(zone);
    await dialog.getByRole('button', { name: 'Add site' }).click();
    await expect(dialog).toBeHidden();
    await expectToast(page, `${site} added`);
  }
  await expectAccessible(page);

  // A reviewer and an employee, each invited to a site.
  await nav.getByRole('link', { name: 'People' }).click();
  for (const person of people) {
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite someone' });
    await dialog.getByLabel('Name').fill(person.name);
    await dialog.getByLabel('E-mail address').fill(person.email);
    await dialog.getByLabel('Role').selectOption(person.role);
    await dialog.getByRole('checkbox', { name: person.site }).check();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect(dialog).toBeHidden();
    await expectToast(page, `Invitation sent to ${person.email}`);
  }
  await nav.getByRole('link', { name: 'Profile' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  // Both follow the link in their e-mail, choose a password and are signed in.
  for (const person of people) {
    await page.goto(await linkFromMail(person.email, '/invitations/', freshDataDir));
    await expect(page.getByRole('heading', { level: 1, name: `Join ${organisation} as ${person.article}` })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Choose a password').fill(person.password);
    await page.getByRole('button', { name: `Join ${organisation}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sparkloop' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'People' })).toHaveCount(person.role === 'reviewer' ? 1 : 0);
    await nav.getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('main')).toContainText(person.email);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  }

  // And they can come back with their own password; the setup page is gone.
  await submitSignInForm(page, people[1]!.email, people[1]!.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sparkloop' })).toBeVisible();
  await page.goto('/setup');
  await expect(page).not.toHaveURL(/\/setup$/);
});
