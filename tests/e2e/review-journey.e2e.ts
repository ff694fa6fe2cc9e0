import { demo, expect, expectAccessible, expectToast, signInAs, test } from './fixtures.js';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const laptop = { viewport: { width: 1280, height: 800 } };
const colleague = 'marcus@harbourlight.example';
/** The bell's accessible name for this many unread notifications. */
const bellName = (unread: number) => (unread > 0 ? `Notifications, ${unread} unread` : 'Notifications');

// Each person has their own browser, as in life: nobody signs out, and each signs in once
// (sign-ins are limited per e-mail address across the whole suite).
test.describe('the review journey', () => {
  test.use(phone);

  test('an anonymous idea is scored and declined, its author hears about it from the bell, and a colleague never learns who wrote it', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const baseURL = test.info().project.use.baseURL;
    const stamp = Date.now().toString(36);
    const title = `Late check-in kit at the night desk ${stamp}`;
    const reason = `Night arrivals are under one a week at every site (${stamp}).`;

    // (a) Ana shares an anonymous idea from her phone.
    await signInAs(page, demo.employee);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ideas' }).click();
    await page.getByRole('link', { name: 'Share an idea' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Share an idea' })).toBeVisible();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('What is the problem?').fill('Guests arriving after midnight find the minibar empty and the kitchen closed.');
    await page.getByLabel('What do you propose?').fill('A small kit with water, a snack and a city map, ready at the night desk.');
    await page.getByRole('group', { name: 'Area' }).getByText('Product').click();
    await expect(page.getByRole('radio', { name: 'Product' })).toBeChecked();
    await page.getByRole('switch', { name: 'Share anonymously' }).check();
    await page.getByRole('button', { name: 'Share idea' }).click();

    await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
    const ideaPath = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const { number } = (await (await page.request.get(`/api/v1${ideaPath}`)).json()) as { number: number };
    await expectToast(page, `Idea #${number} shared`);
    await expect(page.locator('dt:has-text("Author") + dd')).toHaveText('Anonymous');
    // Earlier tests may have left her news already; count from here.
    const unreadBefore = ((await (await page.request.get('/api/v1/notifications?limit=1')).json()) as { unreadCount: number }).unreadCount;

    // (b) The Lisbon reviewer, at his laptop, finds the idea, scores it and declines it. Any reviewer may move any idea.
    const reviewerContext = await browser.newContext({ ...laptop, baseURL });
    const tomas = await reviewerContext.newPage();
    await signInAs(tomas, demo.reviewer);
    await tomas.goto('/ideas');
    await tomas.getByLabel('Search ideas').fill(stamp);
    await tomas.getByRole('link', { name: title }).click();
    await expect(tomas.getByRole('heading', { level: 1, name: title })).toBeVisible();

    const rubric = tomas.getByRole('region', { name: 'Review scores' });
    await rubric.getByRole('button', { name: 'Score this idea' }).click();
    const scoreDialog = tomas.getByRole('dialog', { name: `Score #${number}` });
    const { scores } = (await (await tomas.request.get(`/api/v1${ideaPath}`)).json()) as { scores: { criteria: { name: string }[] } };
    expect(scores.criteria.length).toBeGreaterThan(0);
    for (const [index, criterion] of scores.criteria.entries()) {
      // Scores from 1 to 5, one criterion after another.
      const score = String((index % 5) + 1);
      const group = scoreDialog.getByRole('group', { name: criterion.name });
      await group.getByText(score, { exact: true }).click();
      await expect(group.getByRole('radio', { name: score })).toBeChecked();
    }
    await scoreDialog.getByRole('button', { name: 'Save scores' }).click();
    await expect(scoreDialog).toBeHidden();
    await expectToast(tomas, 'Your scores are saved');
    await expect(rubric).toContainText('Scored by 1 reviewer');

    await tomas.getByRole('button', { name: 'Move', exact: true }).click();
    const moveDialog = tomas.getByRole('dialog', { name: `Move #${number} to another stage` });
    await moveDialog.getByLabel('New stage').selectOption({ label: 'Declined' });
    await moveDialog.getByLabel('Reason code').selectOption({ label: 'Not feasible right now' });
    await moveDialog.getByLabel('Reason', { exact: true }).fill(reason);
    await moveDialog.getByRole('button', { name: 'Move idea' }).click();
    await expect(moveDialog).toBeHidden();
    await expectToast(tomas, 'Moved to Declined');
    await expect(tomas.getByRole('listitem').filter({ hasText: 'to Declined by Tomás Ribeiro' })).toContainText(`Reason: ${reason}`);
    await reviewerContext.close();

    // (c) Ana's open page shows the decision and its reason without a reload…
    const decline = page.getByRole('listitem').filter({ hasText: 'to Declined by Tomás Ribeiro' });
    await expect(decline).toContainText(`Reason: ${reason}`, { timeout: 10_000 });
    await expect(decline).toContainText('Reason code: Not feasible right now');

    // …and the bell in her top bar counts the news as it arrives.
    const bell = page.getByRole('banner').getByRole('link', { name: /^Notifications/ });
    await expect(bell).toHaveAttribute('aria-label', bellName(unreadBefore + 1), { timeout: 15_000 });
    expect((await bell.boundingBox())!.y).toBeLessThan(100);
    await bell.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    const news = page.getByRole('main').getByRole('link', { name: `Unread: "${title}" is now Declined` });
    await expect(news).toBeVisible();
    await expect(page.getByRole('link', { name: 'Choose what you hear about, and how' })).toHaveAttribute('href', '/profile');
    await expectAccessible(page);

    // Opening it lands on the idea and marks it read.
    await news.click();
    await expect(page).toHaveURL(ideaPath);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'to Declined by Tomás Ribeiro' })).toContainText(`Reason: ${reason}`);
    await expect(bell).toHaveAttribute('aria-label', bellName(unreadBefore));
    await expectAccessible(page);
    await page.goBack();
    await expect(page.getByRole('main').getByRole('link', { name: `"${title}" is now Declined`, exact: true })).toBeVisible();

    // (d) A colleague reads the idea: the decision and its reason, and "Anonymous" where the author would be.
    const colleagueContext = await browser.newContext({ ...phone, baseURL });
    const marcus = await colleagueContext.newPage();
    await signInAs(marcus, colleague);
    await marcus.goto(ideaPath);
    await expect(marcus.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(marcus.locator('dt:has-text("Author") + dd')).toHaveText('Anonymous');
    await expect(marcus.getByText('Submitted by Anonymous')).toBeVisible();
    const seen = marcus.getByRole('listitem').filter({ hasText: 'to Declined by Tomás Ribeiro' });
    await expect(seen).toContainText(`Reason: ${reason}`);
    await expect(marcus.locator('body')).not.toContainText('Ana Sousa');
    await expect(marcus.locator('body')).not.toContainText(/\bAna\b/);
    expect(await marcus.content()).not.toContain('ana@harbourlight.example');
    await expectAccessible(marcus);
    await colleagueContext.close();
  });
});
