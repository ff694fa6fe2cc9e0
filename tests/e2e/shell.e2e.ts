import { demo, expect, expectAccessible, signInAs, test } from './fixtures.js';

// App pages need a session; these tests are about the shell, so they sign in through the API.
test.beforeEach(async ({ page }) => {
  await signInAs(page, demo.admin);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('home explains Sparkloop and shows live status; bottom navigation', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sparkloop' })).toBeVisible();
    await expect(page).toHaveTitle('Home · Sparkloop');
    const status = page.getByTestId('system-status');
    await expect(status).toHaveAttribute('data-state', 'ready');
    await expect(status.getByRole('status')).toHaveText('Ready');
    await expect(status).toContainText(/pglite|postgres/i);

    const nav = page.getByRole('navigation', { name: 'Main' });
    const box = await nav.boundingBox();
    expect(box!.y + box!.height).toBeGreaterThan(800);
    expect(box!.width).toBeGreaterThan(380);
    await expectAccessible(page);
  });

  test('an unknown address shows a helpful not-found page', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sparkloop' })).toBeVisible();
  });
});

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('keyboard-only: skip link, side navigation and a dark theme that survives a reload', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const box = await nav.boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(main!.x);
    expect(box!.y).toBeLessThan(200);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

    await nav.getByRole('link', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');

    await page.getByRole('radio', { name: 'Dark' }).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectAccessible(page);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await page.goto('/');
    await expectAccessible(page);
  });

  test('the API reference is one click away and readable', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API reference' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sparkloop API');
    await expect(page.getByRole('heading', { name: /GET \/readyz/ })).toBeVisible();
    await expectAccessible(page);
  });

  test('assets are cached for a year, the page itself is revalidated', async ({ page, request }) => {
    await page.goto('/');
    const script = await page.locator('script[type="module"]').getAttribute('src');
    expect(script).toMatch(/^\/assets\/.+-[\w-]{8,}\.js$/);
    const asset = await request.get(script!);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = await request.get('/settings');
    expect(index.headers()['cache-control']).toBe('no-cache');
  });
});
