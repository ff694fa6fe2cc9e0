import { demo, expect, expectAccessible, expectToast, signInAs, test } from './fixtures.js';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

test.describe('prompts on a phone', () => {
  test.use(phone);

  test('an employee sees the prompt of the week, shuffles on the share form, answers a prompt, and finds the idea in the library', async ({ page }) => {
    test.setTimeout(90_000);
    const stamp = Date.now().toString(36);
    const title = `Pre-printed maps at the door ${stamp}`;

    // Ana's home page: this week's prompt for her hotel (Lisbon rotates the whole library).
    await signInAs(page, demo.employee);
    await page.goto('/');
    const weekCard = page.getByRole('region', { name: 'Prompt of the week' });
    await expect(weekCard).toContainText('Lisbon Riverside Hotel');
    const weekly = (await (await page.request.get('/api/v1/prompts/week')).json()) as { prompt: { text: string } };
    await expect(weekCard.getByText(weekly.prompt.text, { exact: true })).toBeVisible();
    await expect(weekCard.getByRole('link', { name: 'Share an idea on this' })).toBeVisible();
    await expectAccessible(page);

    // "Share an idea on this" opens the share form answering it; she would rather pick another.
    await weekCard.getByRole('link', { name: 'Share an idea on this' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Share an idea' })).toBeVisible();
    await expect(page).toHaveURL(/\/ideas\/new$/);
    const answers = page.getByRole('region', { name: 'Your idea answers' });
    await expect(answers).toContainText(weekly.prompt.text);
    await answers.getByRole('button', { name: 'Remove prompt' }).click();

    // "Need a spark?" offers this week's prompt again; she shuffles to another.
    const spark = page.getByRole('region', { name: 'Need a spark?' });
    await expect(spark.getByRole('button', { name: 'Use this prompt' })).toBeFocused();
    const offered = spark.getByTestId('spark-prompt');
    await expect(offered).toHaveText(weekly.prompt.text);
    await expect(spark.getByText('This week’s prompt', { exact: true })).toBeVisible();
    await spark.getByRole('button', { name: 'Shuffle' }).click();
    await expect(spark.getByText('Another prompt', { exact: true })).toBeVisible();
    await expect(offered).not.toHaveText(weekly.prompt.text);
    const shuffled = (await offered.textContent())!;
    await spark.getByRole('button', { name: 'Shuffle' }).click();
    await expect(offered).not.toHaveText(shuffled);
    const chosen = (await offered.textContent())!;
    await expectAccessible(page);

    // She uses it: the form says which prompt the idea answers, and keyboard focus stays with the card.
    await spark.getByRole('button', { name: 'Use this prompt' }).click();
    await expect(answers).toContainText(chosen);
    await expect(answers.getByRole('button', { name: 'Remove prompt' })).toBeFocused();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('What is the problem?').fill('First-time guests stop at the desk to ask the way to the old town.');
    await page.getByLabel('What do you propose?').fill('Hand a small printed map with the three walks we recommend most.');
    await page.getByRole('group', { name: 'Area' }).getByText('Process').click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Share idea' }).click();

    // The idea records its prompt, and links to it.
    await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const inspiredBy = page.locator('dt:has-text("Inspired by") + dd');
    await expect(inspiredBy).toHaveText(chosen);
    await inspiredBy.getByRole('link').click();

    // The prompt's page in the library lists the new idea.
    await expect(page.getByRole('heading', { level: 1, name: chosen })).toBeVisible();
    const ideas = page.getByRole('region', { name: 'Ideas it inspired' });
    await expect(ideas.getByRole('link', { name: title })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(/\d+ ideas?/);
    await expect(page.getByRole('button', { name: 'Retire' })).toHaveCount(0);
    await expectAccessible(page);

    // The library lists it with what it produced.
    await page.getByRole('link', { name: 'All prompts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Prompt library' })).toBeVisible();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: chosen, exact: true }) });
    await expect(item).toContainText(/\d+ ideas? · \d+ accepted or further · \d+ implemented/);
    await expectAccessible(page);
  });

  test('an admin adds a prompt, retires it, and finds it among the retired ones; the shuffle never offers it', async ({ page }) => {
    test.setTimeout(60_000);
    const stamp = Date.now().toString(36);
    const text = `What could the night team prepare for the morning shift (${stamp})?`;

    await signInAs(page, demo.admin);
    await page.goto('/prompts');
    await expect(page.getByRole('heading', { level: 1, name: 'Prompt library' })).toBeVisible();
    // Singapore has pinned a prompt; the contact centre rotates process prompts only.
    const sites = page.getByRole('region', { name: 'Prompt of the week at each site' });
    await expect(sites.getByRole('listitem').filter({ hasText: 'Singapore Marina Suites' })).toContainText('Pinned');
    await expect(sites.getByRole('listitem').filter({ hasText: 'Toronto Guest Contact Centre' })).toContainText('Rotates Process prompts');

    // Adding: a too-short prompt is named next to its field.
    await page.getByRole('button', { name: 'Add prompt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a prompt' });
    await dialog.getByLabel('Prompt', { exact: true }).fill('Short');
    await dialog.getByRole('button', { name: 'Add prompt' }).click();
    await expect(dialog.getByText('Write at least 10 characters')).toBeVisible();
    await dialog.getByLabel('Prompt', { exact: true }).fill(text);
    await dialog.getByLabel('Area it suits').selectOption({ label: 'Process' });
    await dialog.getByLabel('Technique').selectOption({ label: 'A journey moment' });
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Add prompt' }).click();
    await expect(dialog).toBeHidden();
    await expectToast(page, 'Prompt added');

    // Retiring it, from its own page.
    await page.getByRole('link', { name: text }).click();
    await expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible();
    await expect(page.getByText('A journey moment · Process')).toBeVisible();
    await page.getByRole('button', { name: 'Retire' }).click();
    const confirm = page.getByRole('dialog', { name: 'Retire this prompt?' });
    await expect(confirm).toContainText('The ideas it inspired keep it.');
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Retire prompt' }).click();
    await expect(confirm).toBeHidden();
    await expectToast(page, 'Prompt retired');
    await expect(page.getByText('Retired: out of the weekly rotation and the shuffle.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Share an idea on this' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Bring back' })).toBeVisible();

    // Gone from the prompts in use, listed among the retired ones.
    await page.getByRole('link', { name: 'All prompts' }).click();
    await expect(page.getByRole('link', { name: text })).toHaveCount(0);
    await page.getByRole('button', { name: 'Retired', exact: true }).click();
    await expect(page).toHaveURL(/status=retired/);
    await expect(page.getByRole('link', { name: text })).toBeVisible();
    await expectAccessible(page);

    // The shuffle never offers it: asked to skip every other process prompt, it still picks one of those.
    const active = (await (await page.request.get('/api/v1/prompts?active=true&area=process')).json()) as { items: { id: string }[] };
    const shuffled = (await (await page.request.get(`/api/v1/prompts/shuffle?area=process&exclude=${active.items.slice(1).map((p) => p.id).join(',')}`)).json()) as {
      text: string;
    };
    expect(shuffled.text).not.toBe(text);
  });
});
