import type { Page } from '@playwright/test';
import { demo, expect, expectAccessible, expectToast, signInAs, test } from './fixtures.js';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const colleague = 'marcus@harbourlight.example';

/** Signs the page's browser context out and in again as someone else. */
async function switchTo(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  await signInAs(page, email);
}

test.describe('ideas on a phone', () => {
  test.use(phone);

  test('an employee shares an anonymous idea, a reviewer declines it with a reason, a colleague sees it live and votes', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const stamp = Date.now().toString(36);
    const existingTitle = `Refill stations for guest water bottles ${stamp}`;
    const title = `Water bottle refill station in the lobby ${stamp}`;
    const reason = `Every floor already gets a refill station next quarter (${stamp}).`;
    const nav = page.getByRole('navigation', { name: 'Main' });

    // An idea like the one Ana is about to type already exists.
    await signInAs(page, demo.employee);
    const existing = await page.request.post('/api/v1/ideas', {
      // A cookie-authenticated write must come from the app's own origin.
      headers: { 'Idempotency-Key': `e2e-${stamp}`, Origin: new URL(test.info().project.use.baseURL!).origin },
      data: {
        title: existingTitle,
        problem: 'Guests buy plastic bottles at the bar.',
        proposal: 'Put refill stations on every floor.',
        area: 'product',
        siteId: null,
        tags: [],
        anonymous: false,
        confidential: false,
      },
    });
    expect(existing.status()).toBe(201);

    // Ana starts from the ideas list.
    await page.goto('/');
    await nav.getByRole('link', { name: 'Ideas' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ideas' })).toBeVisible();
    await expect(page.getByRole('link', { name: existingTitle })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Share an idea' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Share an idea' })).toBeVisible();

    // Similar ideas show up while she types.
    await page.getByLabel('Title', { exact: true }).fill(title);
    const similar = page.getByRole('region', { name: 'Similar ideas already exist' });
    await expect(similar.getByRole('link', { name: new RegExp(existingTitle) })).toBeVisible();
    await page.getByLabel('What is the problem?').fill('Guests ask for water all day.\nThe bar runs out of bottles by noon.');
    await expectAccessible(page);

    // The draft survives a reload.
    await page.reload();
    await expect(page.getByText('Your unsent draft is back.')).toBeVisible();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
    await expect(page.getByLabel('What is the problem?')).toHaveValue('Guests ask for water all day.\nThe bar runs out of bottles by noon.');

    // Sending it half-finished names what is missing, next to each field.
    await page.getByRole('button', { name: 'Share idea' }).click();
    await expect(page.getByText('Describe your idea')).toBeVisible();
    await expect(page.getByText('Choose an area')).toBeVisible();
    await expect(page.getByLabel('What do you propose?')).toBeFocused();

    await page.getByLabel('What do you propose?').fill('A refill station by the lifts, with glass bottles to borrow.');
    await page.getByRole('group', { name: 'Area' }).getByText('Process').click();
    await expect(page.getByRole('radio', { name: 'Process' })).toBeChecked();
    const tags = page.getByLabel('Tags');
    await tags.fill('water, sustainability');
    await tags.press('Enter');
    await expect(page.getByRole('button', { name: 'Remove tag water' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove tag sustainability' })).toBeVisible();
    await page.getByRole('switch', { name: 'Share anonymously' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Share idea' }).click();

    await expect(page).toHaveURL(/\/ideas\/[0-9a-f-]{36}$/);
    const ideaPath = new URL(page.url()).pathname;
    const idea = (await (await page.request.get(`/api/v1${ideaPath}`)).json()) as { number: number };
    await expectToast(page, `Idea #${idea.number} shared`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('dt:has-text("Author") + dd')).toHaveText('Anonymous');
    await expect(page.getByText('This is your idea.')).toBeVisible();
    await expect(page.getByText('Submitted by Anonymous')).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Ana Sousa');
    await expectAccessible(page);

    // The form starts empty again.
    await page.goto('/ideas/new');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');

    // A colleague has the idea open on their own phone.
    const colleagueContext = await browser.newContext({ ...phone, baseURL: test.info().project.use.baseURL });
    const marcus = await colleagueContext.newPage();
    await signInAs(marcus, colleague);
    await marcus.goto(ideaPath);
    await expect(marcus.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(marcus.locator('dt:has-text("Author") + dd')).toHaveText('Anonymous');
    await expect(marcus.getByRole('button', { name: 'Move' })).toHaveCount(0);

    // The Lisbon reviewer finds it and declines it, with a reason code and a reason.
    await switchTo(page, demo.reviewer);
    await page.goto('/ideas');
    await page.getByLabel('Search ideas').fill(stamp);
    await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Move #${idea.number} to another stage` });
    await dialog.getByLabel('New stage').selectOption({ label: 'Declined' });
    await dialog.getByRole('button', { name: 'Move idea' }).click();
    await expect(dialog.getByText('A reason is required for this stage')).toBeVisible();
    await expectAccessible(page);
    await dialog.getByLabel('Reason code').selectOption({ label: 'Already planned' });
    await dialog.getByLabel('Reason', { exact: true }).fill(reason);
    await dialog.getByRole('button', { name: 'Move idea' }).click();
    await expect(dialog).toBeHidden();
    await expectToast(page, 'Moved to Declined');
    const decline = page.getByRole('listitem').filter({ hasText: 'Moved from Submitted to Declined by Tomás Ribeiro' });
    await expect(decline).toContainText(`Reason: ${reason}`);
    await expect(decline).toContainText('Reason code: Already planned');

    // The colleague's open page follows without a reload; they still see only "Anonymous", and vote.
    const seen = marcus.getByRole('listitem').filter({ hasText: 'Moved from Submitted to Declined by Tomás Ribeiro' });
    await expect(seen).toContainText(`Reason: ${reason}`, { timeout: 10_000 });
    await expect(marcus.getByText('Declined', { exact: true })).toBeVisible();
    await expect(marcus.getByText('Submitted by Anonymous')).toBeVisible();
    await expect(marcus.getByRole('main')).not.toContainText('Ana Sousa');
    const vote = marcus.getByRole('button', { name: `Vote for ${title}` });
    await expect(vote).toHaveAttribute('aria-pressed', 'false');
    await vote.click();
    await expect(vote).toHaveAttribute('aria-pressed', 'true');
    await expect(marcus.getByText('1 vote', { exact: true })).toBeAttached();
    await expectAccessible(marcus);
    await marcus.reload();
    await expect(marcus.getByRole('button', { name: `Vote for ${title}` })).toHaveAttribute('aria-pressed', 'true');

    // The decision is on the public log, linked to its idea.
    await marcus.goto('/ideas');
    await marcus.getByRole('link', { name: 'Decision log' }).click();
    await expect(marcus.getByRole('heading', { level: 1, name: 'Decision log' })).toBeVisible();
    await marcus.getByLabel('Search reasons and ideas').fill(stamp);
    const entry = marcus.getByRole('listitem').filter({ has: marcus.getByRole('link', { name: `#${idea.number} ${title}` }) });
    await expect(entry).toContainText(`Reason: ${reason}`);
    await expect(entry).toContainText('Declined');
    await expect(entry).toContainText('Decided by Tomás Ribeiro');
    await expectAccessible(marcus);
    await entry.getByRole('link', { name: `#${idea.number} ${title}` }).click();
    await expect(marcus.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await colleagueContext.close();
  });

  test('a reviewer sees the server\'s refusals in the move dialog: a past revisit date, then an idea closed meanwhile', async ({
    page,
  }) => {
    const stamp = Date.now().toString(36);
    const origin = new URL(test.info().project.use.baseURL!).origin;
    await signInAs(page, demo.reviewer);
    const created = await page.request.post('/api/v1/ideas', {
      headers: { 'Idempotency-Key': `e2e-move-${stamp}`, Origin: origin },
      data: { title: `Late checkout on Sundays ${stamp}`, problem: 'Sunday guests leave tired.', proposal: 'Offer 2 pm checkout.', area: 'process' },
    });
    expect(created.status()).toBe(201);
    const { id, number } = (await created.json()) as { id: string; number: number };

    await page.goto(`/ideas/${id}`);
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Move #${number} to another stage` });
    await dialog.getByLabel('New stage').selectOption({ label: 'Parked' });
    await dialog.getByLabel('Look again on').fill('2020-01-01');
    await dialog.getByLabel('Reason', { exact: true }).fill('Not before the summer season.');
    await dialog.getByRole('button', { name: 'Move idea' }).click();
    await expect(dialog.getByText('The revisit date must be in the future')).toBeVisible();
    await expect(dialog.getByLabel('Look again on')).toBeFocused();
    await expectAccessible(page);

    // Someone else closes it while the dialog is open.
    const declined = await page.request.post(`/api/v1/ideas/${id}/transitions`, {
      headers: { Origin: origin },
      data: { to: 'declined', reason: 'Covered by the weekend policy.' },
    });
    expect(declined.status()).toBe(200);
    await dialog.getByLabel('New stage').selectOption({ label: 'In review' });
    await dialog.getByRole('button', { name: 'Move idea' }).click();
    await expect(dialog.getByRole('alert')).toContainText('a closed idea does not move again');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Move', exact: true })).toHaveCount(0);
    await expect(page.getByText('Moved from Submitted to Declined by Tomás Ribeiro')).toBeVisible();
  });

  test('a reviewer scores an idea and keeps an internal note; a colleague comments, follows it and never sees the note', async ({ page }) => {
    test.setTimeout(90_000);
    const stamp = Date.now().toString(36);
    const origin = new URL(test.info().project.use.baseURL!).origin;
    const title = `Welcome drink in the room on arrival ${stamp}`;
    const note = `Check the minibar budget with finance first (${stamp}).`;
    await signInAs(page, demo.reviewer);
    const created = await page.request.post('/api/v1/ideas', {
      headers: { 'Idempotency-Key': `e2e-score-${stamp}`, Origin: origin },
      data: { title, problem: 'Arrival feels plain after a long trip.', proposal: 'A chilled welcome drink in each room.', area: 'product' },
    });
    expect(created.status()).toBe(201);
    const { id, number, scores } = (await created.json()) as { id: string; number: number; scores: { criteria: { name: string }[] } };
    expect(scores.criteria.length).toBeGreaterThan(0);

    // The reviewer sees the response promise, scores every criterion and keeps a private note.
    await page.goto(`/ideas/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/First answer due .+ — (on track|due soon)|No answer time is promised/)).toBeVisible();
    const rubric = page.getByRole('region', { name: 'Review scores' });
    await expect(rubric).toContainText('No reviewer has scored this idea yet.');
    await expectAccessible(page);
    await rubric.getByRole('button', { name: 'Score this idea' }).click();
    const dialog = page.getByRole('dialog', { name: `Score #${number}` });
    await dialog.getByRole('button', { name: 'Save scores' }).click();
    await expect(dialog.getByText('Choose a score from 1 to 5').first()).toBeVisible();
    await expectAccessible(page);
    for (const criterion of scores.criteria) {
      const group = dialog.getByRole('group', { name: criterion.name });
      await group.getByText('4', { exact: true }).click();
      await expect(group.getByRole('radio', { name: '4' })).toBeChecked();
    }
    await dialog.getByRole('button', { name: 'Save scores' }).click();
    await expect(dialog).toBeHidden();
    await expectToast(page, 'Your scores are saved');
    await expect(rubric).toContainText('Weighted total: 4.0 out of 5');
    await expect(rubric).toContainText('Scored by 1 reviewer');
    // Opening the form again shows the scores given.
    await rubric.getByRole('button', { name: 'Score this idea' }).click();
    await expect(dialog.getByRole('group', { name: scores.criteria[0]!.name }).getByRole('radio', { name: '4' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const notes = page.getByRole('region', { name: 'Internal notes' });
    await expect(notes).toContainText('Reviewers and admins only');
    await notes.getByLabel('New internal note').fill(note);
    await notes.getByRole('button', { name: 'Add internal note' }).click();
    await expect(notes.getByText(note)).toBeVisible();
    await expect(notes).toContainText('Tomás Ribeiro');
    await expectAccessible(page);

    // A colleague sees the scores but not the note, and comments: as plain text, and now following.
    await switchTo(page, demo.employee);
    await page.goto(`/ideas/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Review scores' })).toContainText('Weighted total: 4.0 out of 5');
    await expect(page.getByRole('region', { name: 'Internal notes' })).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText(note);
    const follow = page.getByRole('button', { name: /^Follow/ });
    await expect(follow).toHaveAttribute('aria-pressed', 'false');
    const comments = page.getByRole('region', { name: 'Comments' });
    await comments.getByRole('button', { name: 'Post comment' }).click();
    await expect(comments.getByText('Write something first')).toBeVisible();
    await comments.getByLabel('Your comment').fill(`Guests would love it.\nMaybe <b>local</b> juice? ${stamp}`);
    await comments.getByRole('button', { name: 'Post comment' }).click();
    await expect(comments.getByText(`Maybe <b>local</b> juice? ${stamp}`)).toBeVisible();
    await expect(comments.locator('li b')).toHaveCount(0);
    await expect(comments.getByLabel('Your comment')).toHaveValue('');
    await expect(follow).toHaveAttribute('aria-pressed', 'true');
    await expect(follow).toHaveText('Following');
    await expectAccessible(page);

    // The Following chip finds it; the Overdue chip does not, since it is only just shared.
    await page.goto(`/ideas?q=${stamp}`);
    const list = page.getByRole('main');
    await expect(list.getByRole('link', { name: title })).toBeVisible();
    await expect(list).toContainText('1 comment');
    await page.getByRole('button', { name: 'Following', exact: true }).click();
    await expect(page).toHaveURL(/following=true/);
    await expect(page.getByRole('button', { name: 'Following', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(list.getByRole('link', { name: title })).toBeVisible();
    await page.getByRole('button', { name: 'Following', exact: true }).click();
    await page.getByRole('button', { name: 'Overdue', exact: true }).click();
    await expect(page).toHaveURL(/overdue=true/);
    await expect(page).not.toHaveURL(/following=/);
    await expect(page.getByRole('button', { name: 'Overdue', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('No ideas match')).toBeVisible();
    await expectAccessible(page);

    // Unfollowing takes it off the Following list.
    await page.goto(`/ideas/${id}`);
    await page.getByRole('button', { name: 'Following' }).click();
    await expect(page.getByRole('button', { name: /^Follow/ })).toHaveAttribute('aria-pressed', 'false');
    await page.goto(`/ideas?q=${stamp}&following=true`);
    await expect(page.getByText('No ideas match')).toBeVisible();
  });

  test('the author edits her idea until review starts', async ({ page }) => {
    const stamp = Date.now().toString(36);
    const origin = new URL(test.info().project.use.baseURL!).origin;
    const title = `Quiet hours signs by the pool ${stamp}`;
    const better = `Quiet hours signs by the spa pool ${stamp}`;
    await signInAs(page, demo.employee);
    const created = await page.request.post('/api/v1/ideas', {
      headers: { 'Idempotency-Key': `e2e-edit-${stamp}`, Origin: origin },
      data: { title, problem: 'Guests nap by the pool and get woken up.', proposal: 'Signs for quiet hours.', area: 'process' },
    });
    expect(created.status()).toBe(201);
    const { id, number } = (await created.json()) as { id: string; number: number };

    await page.goto(`/ideas/${id}`);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Edit #${number}` });
    await expect(dialog.getByLabel('Title', { exact: true })).toHaveValue(title);
    await dialog.getByLabel('Title', { exact: true }).fill('No');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog.getByText('Give it a title of at least 3 characters')).toBeVisible();
    await expect(dialog.getByLabel('Title', { exact: true })).toBeFocused();
    await expectAccessible(page);
    await dialog.getByLabel('Title', { exact: true }).fill(better);
    await dialog.getByLabel('What do you propose?').fill('Signs for quiet hours from 1 to 4 pm.');
    await dialog.getByLabel('Tags').fill('pool');
    await dialog.getByLabel('Tags').press('Enter');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expectToast(page, 'Idea updated');
    await expect(page.getByRole('heading', { level: 1, name: better })).toBeVisible();
    await expect(page.getByText('Signs for quiet hours from 1 to 4 pm.')).toBeVisible();
    await expect(page.getByText('Edited by Ana Sousa')).toBeVisible();

    // Once a reviewer starts on it, the author's edits stop.
    await switchTo(page, demo.reviewer);
    const moved = await page.request.post(`/api/v1/ideas/${id}/transitions`, { headers: { Origin: origin }, data: { to: 'in_review' } });
    expect(moved.status()).toBe(200);
    await switchTo(page, demo.employee);
    await page.goto(`/ideas/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: better })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  });

  test('the list keeps its filters in the address, and customers see no ideas', async ({ page }) => {
    await signInAs(page, demo.employee);
    await page.goto('/ideas?area=process&mine=true&sort=top');
    await expect(page.getByRole('heading', { level: 1, name: 'Ideas' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Area' }).getByRole('button', { name: 'Process' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'My ideas' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Sort by')).toHaveValue('top');
    await page.getByRole('button', { name: 'My ideas' }).click();
    await expect(page).not.toHaveURL(/mine=/);
    await expectAccessible(page);

    await switchTo(page, demo.customer);
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ideas' })).toHaveCount(0);
  });
});
