import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { demo, expect, expectAccessible, expectToast, linkFromMail, signInAs, test } from './fixtures.js';

// Runs in the page (as a string: the tests are compiled without the DOM library).
const DRAW_NOISE_PNG = `(() => {
  const canvas = document.createElement('canvas');
  canvas.width = 1200;
  canvas.height = 900;
  const context = canvas.getContext('2d');
  const pixels = context.createImageData(canvas.width, canvas.height);
  for (let index = 0; index < pixels.data.length; index += 1) {
    pixels.data[index] = index % 4 === 3 ? 255 : Math.floor(Math.random() * 256);
  }
  context.putImageData(pixels, 0, 0);
  return canvas.toDataURL('image/png').split(',')[1];
})()`;

/** A photo-sized PNG of noise (megabytes, far over the avatar limit), drawn by the browser. */
async function largePicture(page: Page): Promise<Buffer> {
  return Buffer.from(await page.evaluate<string>(DRAW_NOISE_PNG), 'base64');
}

test.describe('profile on a phone', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  test('an employee renames herself, picks a picture, and creates, uses and revokes an API key', async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const stamp = Date.now().toString(36);
    const newName = `Ana Sousa-Marques ${stamp}`;
    const keyName = `Weekly report ${stamp}`;
    const nav = page.getByRole('navigation', { name: 'Main' });

    await signInAs(page, demo.employee);
    await page.goto('/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Profile' })).toContainText('AS');
    await expectAccessible(page);

    // Name and a large picture, which the browser shrinks before sending.
    const picture = await largePicture(page);
    expect(picture.length).toBeGreaterThan(1_000_000);
    await page.getByLabel('Picture').setInputFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: picture });
    const preview = page.getByRole('img', { name: 'Your picture' });
    await expect(preview).toHaveAttribute('src', /^data:image\/(webp|jpeg);base64,/);
    expect((await preview.getAttribute('src'))!.length).toBeLessThan(140_000);
    await page.getByLabel('Name', { exact: true }).fill(newName);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expectToast(page, 'Profile saved');
    await expect(nav.getByRole('link', { name: 'Profile' }).locator('img')).toHaveAttribute('src', /^data:image\/(webp|jpeg);/);
    await expectAccessible(page);

    // A new API key is shown once, with a copy button.
    const keys = page.getByRole('region', { name: 'API keys' });
    await keys.getByRole('button', { name: 'Create API key' }).click();
    const create = page.getByRole('dialog', { name: 'Create an API key' });
    await create.getByRole('button', { name: 'Create key' }).click();
    await expect(create.getByText('Use at least 2 characters')).toBeVisible();
    await create.getByLabel('Name').fill(keyName);
    await expectAccessible(page);
    await create.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByRole('dialog', { name: 'Copy your new API key' });
    await expect(shown).toContainText('This is the only time the key is shown');
    await expect(shown).toContainText('Authorization: Bearer <key>');
    const key = await shown.getByLabel('Your new API key').inputValue();
    expect(key).toMatch(/^spk_\S{20,}$/);
    await expectAccessible(page);
    await shown.getByRole('button', { name: 'Copy' }).click();
    await expect(shown.getByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(shown.getByText('The key is on your clipboard.')).toBeVisible();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(key);
    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(shown).toBeHidden();

    const item = keys.getByRole('listitem').filter({ has: page.getByRole('heading', { name: keyName }) });
    await expect(item).toContainText(key.slice(0, 12));
    await expect(item).toContainText('Not used yet');
    expect(await page.content()).not.toContain(key);

    // An integration uses it: it acts as Ana, without her session.
    const asKey = { headers: { authorization: `Bearer ${key}` } };
    const me = await request.get('/api/v1/me', asKey);
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ email: demo.employee, name: newName });

    await page.reload();
    await expect(item).toContainText('Last used');
    expect(await page.content()).not.toContain(key);

    // Revoked, it stops working at once.
    await item.getByRole('button', { name: `Revoke ${keyName}` }).click();
    const revoke = page.getByRole('dialog', { name: `Revoke ${keyName}?` });
    await expect(revoke).toContainText('Integrations using it stop working at once');
    await expectAccessible(page);
    await revoke.getByRole('button', { name: 'Revoke key' }).click();
    await expectToast(page, `${keyName} revoked`);
    await expect(item).toHaveCount(0);
    expect((await request.get('/api/v1/me', asKey)).status()).toBe(401);

    // On a wider screen the account panel shows the new name beside the picture.
    await page.setViewportSize({ width: 1280, height: 800 });
    const banner = page.getByRole('banner');
    await expect(banner.getByText(newName, { exact: true })).toBeVisible();
    await expect(banner.locator('img[src^="data:image/"]:visible')).toHaveCount(1);
    await expectAccessible(page);

    // Leave the shared demo account as other tests expect it.
    const restore = await page.request.post('/api/auth/update-user', {
      headers: { origin: baseURL! },
      data: { name: 'Ana Sousa', image: null },
    });
    expect(restore.status()).toBe(200);
  });

  test('an employee chooses how to hear about comments, and the choice stays', async ({ page, baseURL }) => {
    await signInAs(page, demo.employee);
    const before = (await (await page.request.get('/api/v1/me/notification-preferences')).json()) as Record<string, string>;
    const choice = before.comment === 'email' ? 'both' : 'email';
    const label = choice === 'email' ? 'By e-mail' : 'In the app and by e-mail';
    try {
      await page.goto('/profile');
      const section = page.getByRole('region', { name: 'Notification choices' });
      await expect(section).toContainText('under the notification bell at the top of every page');
      await expect(section.getByLabel('Stage changes')).toBeVisible();
      await expect(section.getByText('Someone comments on an idea you follow')).toBeVisible();
      // Assignments and review reminders are for people who review ideas.
      await expect(section.getByLabel('Assignments')).toHaveCount(0);
      await expect(section.getByLabel('Review reminders')).toHaveCount(0);
      await expectAccessible(page);

      await section.getByLabel('Comments').selectOption(choice);
      await expectToast(page, `Comments: ${label}`);
      await page.reload();
      await expect(section.getByLabel('Comments')).toHaveValue(choice);
      expect(((await (await page.request.get('/api/v1/me/notification-preferences')).json()) as Record<string, string>).comment).toBe(choice);
    } finally {
      const restore = await page.request.patch('/api/v1/me/notification-preferences', {
        headers: { origin: baseURL! },
        data: { comment: before.comment },
      });
      expect(restore.status()).toBe(200);
    }
  });

  test('an admin imports people from a CSV file and reads the report', async ({ page }) => {
    const stamp = Date.now().toString(36);
    const good = `kai.${stamp}@harbourlight.example`;
    const csv = [
      'email,name,role,sites,teams',
      `${good},Kai Tanaka,employee,Lisbon Riverside Hotel,Front desk`,
      'not-an-email,,boss,Atlantis,',
    ].join('\n');

    await signInAs(page, demo.admin);
    await page.goto('/people');
    await page.getByRole('button', { name: 'Import from CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import people from CSV' });
    await expect(dialog).toContainText('email,name,role,sites,teams');
    await expectAccessible(page);

    // The example file is made in the browser and starts with the expected header.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('link', { name: 'Download an example file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sparkloop-people-example.csv');
    expect(await readFile((await download.path())!, 'utf8')).toMatch(/^email,name,role,sites,teams\r\n.+employee/);

    // A file without the required columns is refused as a whole, naming each missing one.
    const pasted = dialog.getByLabel('Or paste the contents');
    await pasted.fill('email,name\nsomeone@example.com,Someone');
    await dialog.getByRole('button', { name: 'Import and invite' }).click();
    await expect(dialog.getByRole('alert')).toContainText('The first line must name the columns');
    await expect(dialog).toContainText('Missing column "role"');
    await expect(pasted).toHaveAttribute('aria-invalid', 'true');

    // One good row, one bad row from a chosen file.
    await dialog.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(pasted).toHaveValue(csv);
    await dialog.getByRole('button', { name: 'Import and invite' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: '1 person invited' })).toBeVisible();
    const table = dialog.getByRole('table', { name: /1 row was not imported/ });
    const bad = table.getByRole('row').filter({ hasText: 'not-an-email' });
    await expect(bad.getByRole('cell').first()).toHaveText('3');
    await expect(bad.getByRole('listitem')).toHaveCount(4);
    await expect(bad).toContainText('Name is empty');
    await expect(bad).toContainText('Role must be one of');
    await expect(bad).toContainText('No site called "Atlantis"');
    await expect(table).not.toContainText(good);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    // The good row's invitation is on its way.
    expect(await linkFromMail(good, '/invitations/')).toContain('/invitations/');
  });
});

test.describe('profile on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('customers have no API keys; a bad picture is refused next to its field', async ({ page }) => {
    await signInAs(page, demo.customer);
    await page.goto('/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your account' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'API keys' })).toHaveCount(0);

    await page.getByLabel('Picture').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(page.getByText('Choose a PNG, JPEG or WebP image.')).toBeVisible();
    await expect(page.getByLabel('Picture')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
  });
});
