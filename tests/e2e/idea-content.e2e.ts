import { demo, expect, expectAccessible, expectToast, signInAs, test } from './fixtures.js';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const colleague = 'marcus@harbourlight.example';

// The smallest real files of each kind: one transparent pixel, and an empty PDF.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

test.describe('idea content on a phone', () => {
  test.use(phone);

  test('an employee shares an idea in markdown with a picture; a colleague @mentions her from the keyboard', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const stamp = Date.now().toString(36);
    const title = `Night desk checklist for late arrivals ${stamp}`;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await signInAs(page, demo.employee);
    const ana = (await (await page.request.get('/api/v1/me')).json()) as { id: string };
    await page.goto('/ideas/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Share an idea' })).toBeVisible();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page
      .getByLabel('What is the problem?')
      .fill(
        'Late guests wait while we look for:\n\n- **key cards** in the back office\n- the breakfast voucher\n\n' +
          '<script>window.__injected = "script"</script>\n\n<img src="x" onerror="window.__injected = \'img\'">',
      );
    await page.getByLabel('What do you propose?').fill('A **laminated** checklist at the desk.');
    await page.getByRole('group', { name: 'Area' }).getByText('Process').click();

    // The browser refuses what the server would, with a reason per file, before any upload.
    const files = page.getByLabel('Add pictures or PDFs');
    await files.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
    await expect(page.getByText('notes.txt is not a picture (PNG, JPEG, GIF, WebP) or a PDF.')).toBeVisible();
    await files.setInputFiles({ name: 'night-desk.png', mimeType: 'image/png', buffer: PNG });
    const chosen = page.getByRole('list', { name: 'Files to attach' });
    await expect(chosen.getByRole('listitem')).toHaveCount(1);
    await expect(chosen).toContainText('night-desk.png');
    await expect(chosen.getByRole('button', { name: 'Remove night-desk.png' })).toBeVisible();
    await expect(page.getByText('Files are not kept in the draft on this device')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Share idea' }).click();

    await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
    const ideaPath = new URL(page.url()).pathname;
    const idea = (await (await page.request.get(`/api/v1${ideaPath}`)).json()) as { number: number };
    await expectToast(page, `Idea #${idea.number} shared`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // The markdown is elements; the HTML typed is text, never an element, and never ran.
    const problem = page.locator('section').filter({ has: page.getByRole('heading', { name: 'The problem' }) });
    await expect(problem.getByRole('listitem')).toHaveCount(2);
    await expect(problem.locator('li strong')).toHaveText('key cards');
    await expect(problem.getByText('<script>window.__injected = "script"</script>')).toBeVisible();
    await expect(problem.getByText(`<img src="x" onerror="window.__injected = 'img'">`)).toBeVisible();
    await expect(page.locator('section strong', { hasText: 'laminated' })).toBeVisible();
    await expect(page.getByRole('main').locator('script')).toHaveCount(0);
    await expect(page.getByRole('main').locator('img:not([src^="/api/v1/attachments/"])')).toHaveCount(0);
    expect(await page.evaluate(() => (globalThis as { __injected?: string }).__injected)).toBeUndefined();

    // The picture went up after the idea and shows as a thumbnail.
    const attachments = page.getByRole('region', { name: 'Pictures and PDFs' });
    const picture = attachments.getByRole('img', { name: 'night-desk.png' });
    await expect(picture).toBeVisible();
    await expect.poll(() => picture.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1);
    await expectAccessible(page);

    // The author may still edit, so she adds a PDF and takes it off again.
    await attachments.getByLabel('Add pictures or PDFs').setInputFiles({ name: 'floor-plan.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(attachments.getByRole('link', { name: 'floor-plan.pdf' })).toBeVisible();
    await attachments.getByRole('button', { name: 'Remove floor-plan.pdf' }).click();
    await expect(attachments.getByRole('link', { name: 'floor-plan.pdf' })).toHaveCount(0);
    await expect(picture).toBeVisible();

    // A colleague sees the picture but may not change it, and mentions the author using only the keyboard.
    const colleagueContext = await browser.newContext({ ...phone, baseURL: test.info().project.use.baseURL });
    const marcus = await colleagueContext.newPage();
    await signInAs(marcus, colleague);
    await marcus.goto(ideaPath);
    await expect(marcus.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const seen = marcus.getByRole('region', { name: 'Pictures and PDFs' });
    await expect(seen.getByRole('img', { name: 'night-desk.png' })).toBeVisible();
    await expect(seen.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await expect(seen.getByLabel('Add pictures or PDFs')).toHaveCount(0);

    const comments = marcus.getByRole('region', { name: 'Comments' });
    const box = comments.getByRole('combobox', { name: 'Your comment' });
    const people = comments.getByRole('listbox', { name: 'People to mention' });
    await box.focus();
    await box.pressSequentially('Worth a try, @an');
    await expect(people.getByRole('option', { name: 'Ana Sousa' })).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expectAccessible(marcus);
    // A tap picks a name too, and leaves the keyboard up.
    await people.getByRole('option', { name: 'Ana Sousa' }).tap();
    await expect(box).toHaveValue(`Worth a try, @[Ana Sousa](${ana.id}) `);
    await expect(box).toBeFocused();
    await box.fill('');
    await box.pressSequentially('Worth a try, @an');
    await expect(people.getByRole('option', { name: 'Ana Sousa' })).toBeVisible();
    // Escape closes the list; a fresh "@" suggests again.
    await box.press('Escape');
    await expect(people).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    for (let i = 0; i < 3; i++) await box.press('Backspace');
    await box.pressSequentially('@an');
    const option = people.getByRole('option', { name: 'Ana Sousa' });
    await expect(option).toBeVisible();
    await box.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await box.press('Enter');
    await expect(people).toBeHidden();
    await expect(box).toHaveValue(`Worth a try, @[Ana Sousa](${ana.id}) `);
    await box.pressSequentially('what do you think?');
    await comments.getByRole('button', { name: 'Post comment' }).click();

    const comment = comments.getByRole('listitem').filter({ hasText: 'Worth a try,' });
    const mention = comment.locator('span', { hasText: '@Ana Sousa' });
    await expect(mention).toBeVisible();
    await expect(mention).toHaveClass(/bg-accent-soft/);
    await expect(comment).toContainText('Worth a try, @Ana Sousa what do you think?');
    await expect(comment).not.toContainText('@[');
    await expect(comment.getByRole('link')).toHaveCount(0);
    await expect(box).toHaveValue('');
    await expectAccessible(marcus);
    await colleagueContext.close();

    expect(dialogs).toEqual([]);
  });
});
