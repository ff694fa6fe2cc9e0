import { demo, expect, expectAccessible, expectToast, linkFromMail, signInAs, submitSignInForm, test } from './fixtures.js';

test.describe('accounts on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('an admin adds a site, invites an employee who joins, then deactivates them', async ({ page }) => {
    test.setTimeout(90_000);
    const stamp = Date.now().toString(36);
    const site = `Auckland Harbour Lodge ${stamp}`;
    const invitee = { name: 'Mere Parata', email: `mere.${stamp}@harbourlight.example`, password: 'kauri-tides-at-dawn' };
    const nav = page.getByRole('navigation', { name: 'Main' });

    // A signed-out visitor is sent to sign in, and brought back afterwards.
    await page.goto('/organisation');
    await expect(page).toHaveURL(/\/sign-in\?redirect=%2Forganisation$/);
    await expect(page.getByText(demo.organisation, { exact: true })).toBeVisible();
    await expectAccessible(page);
    await submitSignInForm(page, demo.admin);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
    await expectAccessible(page);

    // A site in another time zone.
    await page.getByRole('button', { name: 'Add site' }).click();
    const siteDialog = page.getByRole('dialog', { name: 'Add site' });
    await siteDialog.getByLabel('Site name').fill(site);
    await siteDialog.getByLabel('Time zone').selectOption('Pacific/Auckland');
    await siteDialog.getByLabel('Region').fill('Oceania');
    await expectAccessible(page);
    await siteDialog.getByRole('button', { name: 'Add site' }).click();
    await expect(siteDialog).toBeHidden();
    await expectToast(page, `${site} added`);
    const siteItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: site }) });
    await expect(siteItem).toContainText('Pacific/Auckland');
    await expect(siteItem).toContainText('Oceania');

    // An invitation to that site.
    await nav.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: demo.employee })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Invite' }).click();
    const inviteDialog = page.getByRole('dialog', { name: 'Invite someone' });
    await inviteDialog.getByLabel('Name').fill(invitee.name);
    await inviteDialog.getByLabel('E-mail address').fill(invitee.email);
    await inviteDialog.getByLabel('Role').selectOption('employee');
    await inviteDialog.getByRole('checkbox', { name: site }).check();
    await expect(inviteDialog.getByText('No teams yet.')).toBeVisible();
    await expectAccessible(page);
    await inviteDialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect(inviteDialog).toBeHidden();
    await expectToast(page, `Invitation sent to ${invitee.email}`);

    await nav.getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    // The invitee follows the link from the e-mail and joins.
    const link = await linkFromMail(invitee.email, '/invitations/');
    await page.goto(link);
    await expect(
      page.getByRole('heading', { level: 1, name: `Join ${demo.organisation} as an employee` }),
    ).toBeVisible();
    await expect(page.getByText(invitee.email)).toBeVisible();
    await expect(page.getByLabel('Your name')).toHaveValue(invitee.name);
    await expectAccessible(page);
    await page.getByLabel('Choose a password').fill(invitee.password);
    await page.getByRole('button', { name: `Join ${demo.organisation}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Sparkloop' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Profile' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'People' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Organisation' })).toHaveCount(0);
    await expectAccessible(page);
    await nav.getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('main')).toContainText(invitee.email);
    await page.getByRole('button', { name: 'Sign out' }).click();

    // The admin finds them with the search box and deactivates them.
    await page.goto('/people');
    await submitSignInForm(page, demo.admin);
    await page.getByLabel('Search by name or e-mail').fill(invitee.email);
    await expect(page).toHaveURL(/[?&]q=mere/);
    await expect(page.getByText('1 person')).toBeVisible();
    const row = page.getByRole('listitem').filter({ hasText: invitee.email });
    await expect(row).toContainText(site);
    await expect(row).toContainText('Employee');
    await row.getByRole('button', { name: `Manage ${invitee.name}` }).click();
    await row.getByRole('button', { name: `Deactivate ${invitee.name}` }).click();
    const confirm = page.getByRole('dialog', { name: `Deactivate ${invitee.name}?` });
    await expect(confirm).toContainText('signed out on every device');
    await expect(confirm).toContainText('cannot sign in');
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await expectToast(page, `${invitee.name} is deactivated`);
    await expect(row).toHaveCount(0);
    await page.getByLabel('Status').selectOption('deactivated');
    await expect(row.getByText('Deactivated')).toBeVisible();
    await row.getByRole('button', { name: `Manage ${invitee.name}` }).click();
    await expect(row.getByRole('button', { name: `Reactivate ${invitee.name}` })).toBeVisible();
    await nav.getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();

    // Their next sign-in is refused with a readable reason.
    await submitSignInForm(page, invitee.email, invitee.password);
    await expect(page.getByRole('alert')).toContainText('This account has been deactivated');
    await expect(page).toHaveURL(/\/sign-in/);
    await expectAccessible(page);
  });

  test('an admin withdraws a pending invitation, then sets the response-time promise and the rubric', async ({ page, browser, baseURL }) => {
    // One test, so the shared admin account stays under the per-address sign-in limit.
    test.setTimeout(90_000);
    const stamp = Date.now().toString(36);
    const invitee = { name: 'Tavita Faleolo', email: `tavita.${stamp}@harbourlight.example` };

    await signInAs(page, demo.admin);
    const inviter = ((await (await page.request.get('/api/v1/me')).json()) as { name: string }).name;
    await page.goto('/people');
    await page.getByRole('button', { name: 'Invite' }).click();
    const inviteDialog = page.getByRole('dialog', { name: 'Invite someone' });
    await inviteDialog.getByLabel('Name').fill(invitee.name);
    await inviteDialog.getByLabel('E-mail address').fill(invitee.email);
    await inviteDialog.getByLabel('Role').selectOption('reviewer');
    await inviteDialog.getByRole('button', { name: 'Send invitation' }).click();
    await expectToast(page, `Invitation sent to ${invitee.email}`);

    // Pending, with who invited them and until when.
    const pending = page.getByRole('region', { name: 'Pending invitations' });
    const row = pending.getByRole('listitem').filter({ hasText: invitee.email });
    await expect(row).toContainText(invitee.name);
    await expect(row).toContainText('Reviewer');
    await expect(row).toContainText(`Invited by ${inviter}`);
    await expect(row).toContainText('Link valid until');
    await expectAccessible(page);

    // The link names the inviter; resending replaces it with a new one.
    const firstLink = await linkFromMail(invitee.email, '/invitations/');
    await row.getByRole('button', { name: `Resend ${invitee.email}` }).click();
    await expectToast(page, `Invitation sent again to ${invitee.email}`);
    await expect.poll(() => linkFromMail(invitee.email, '/invitations/')).not.toBe(firstLink);
    const link = await linkFromMail(invitee.email, '/invitations/');
    const guestContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const guest = await guestContext.newPage();
    await guest.goto(link);
    await expect(guest.getByRole('heading', { level: 1, name: `Join ${demo.organisation} as a reviewer` })).toBeVisible();
    await expect(guest.getByText(`${inviter} invited you to join ${demo.organisation} as a reviewer.`)).toBeVisible();
    await expectAccessible(guest);
    await guest.goto(firstLink);
    await expect(guest.getByRole('heading', { level: 1, name: 'This invitation cannot be used' })).toBeVisible();

    // Withdrawn, it leaves the list and its link is refused.
    await row.getByRole('button', { name: `Withdraw ${invitee.email}` }).click();
    const confirm = page.getByRole('dialog', { name: `Withdraw the invitation for ${invitee.email}?` });
    await expect(confirm).toContainText('stops working at once');
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Withdraw invitation' }).click();
    await expectToast(page, `Invitation for ${invitee.email} withdrawn`);
    await expect(row).toHaveCount(0);
    await guest.goto(link);
    await expect(guest.getByRole('heading', { level: 1, name: 'This invitation cannot be used' })).toBeVisible();
    await expectAccessible(guest);
    await guestContext.close();

    // The response-time promise and the rubric.
    const write = { headers: { origin: baseURL! } };
    const before = (await (await page.request.get('/api/v1/organisation')).json()) as { firstResponseDays: number; decisionDays: number };
    const rubric = (await (await page.request.get('/api/v1/rubric')).json()) as {
      criteria: { key: string; name: string; description: string; weight: number }[];
    };
    expect(rubric.criteria.length).toBeGreaterThanOrEqual(2);
    const [first, second] = rubric.criteria as [(typeof rubric.criteria)[0], (typeof rubric.criteria)[0]];
    const renamed = `${first.name} ${Date.now().toString(36)}`.slice(0, 60);
    const newWeight = second.weight === 7 ? 8 : 7;

    try {
      await page.goto('/organisation');
      const promise = page.getByRole('region', { name: 'Response-time promise' });
      await expect(promise).toBeVisible();
      await expectAccessible(page);

      // A decision promised sooner than the first answer is refused next to its field.
      await promise.getByLabel('First answer within (business days)').fill('4');
      await promise.getByLabel('Decision within (business days)').fill('3');
      await promise.getByRole('button', { name: 'Save promise' }).click();
      await expect(promise.getByText('The decision cannot be promised sooner than the first answer')).toBeVisible();
      await expect(promise.getByLabel('Decision within (business days)')).toHaveAttribute('aria-invalid', 'true');
      await promise.getByLabel('Decision within (business days)').fill('12');
      await expect(promise).toContainText('We answer every idea within 4 business days and decide within 12 business days');
      await promise.getByRole('button', { name: 'Save promise' }).click();
      await expectToast(page, 'Response-time promise saved');

      // Rename one criterion, reweigh another.
      const section = page.getByRole('region', { name: 'Review rubric' });
      const one = section.getByRole('group', { name: 'Criterion 1' });
      const two = section.getByRole('group', { name: 'Criterion 2' });
      await expect(one.getByLabel('Name')).toHaveValue(first.name);
      await one.getByLabel('Name').fill(renamed);
      await two.getByLabel('Weight (1–10)').selectOption(String(newWeight));
      // A new row gets a key from its name; an empty name is refused next to it, then the row is dropped.
      await section.getByRole('button', { name: 'Add a criterion' }).click();
      const added = section.getByRole('group', { name: `Criterion ${rubric.criteria.length + 1}` });
      await added.getByLabel('Name').fill('Guest délight!');
      await expect(added.getByLabel('Key')).toHaveValue('guest_delight');
      await added.getByLabel('Name').fill('');
      await expectAccessible(page);
      await section.getByRole('button', { name: 'Save rubric' }).click();
      await expect(added.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
      await section.getByRole('button', { name: `Remove criterion ${rubric.criteria.length + 1}` }).click();
      // Reordering moves the row and its values together.
      await section.getByRole('button', { name: 'Move criterion 2 up' }).click();
      await expect(one.getByLabel('Name')).toHaveValue(second.name);
      await section.getByRole('button', { name: 'Move criterion 1 down' }).click();
      await expect(one.getByLabel('Name')).toHaveValue(renamed);
      await section.getByRole('button', { name: 'Save rubric' }).click();
      await expectToast(page, 'Rubric saved');

      await page.reload();
      await expect(page.getByLabel('First answer within (business days)')).toHaveValue('4');
      await expect(page.getByLabel('Decision within (business days)')).toHaveValue('12');
      await expect(one.getByLabel('Name')).toHaveValue(renamed);
      await expect(two.getByLabel('Weight (1–10)')).toHaveValue(String(newWeight));
      await expect(section.getByRole('group')).toHaveCount(rubric.criteria.length);

      // Every change is in the security log, by name.
      await page.getByRole('link', { name: 'Open the security log' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Security log' })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'Invitation revoked' }).first()).toContainText('By you');
      await expectAccessible(page);
    } finally {
      // Other tests share this organisation.
      expect((await page.request.put('/api/v1/rubric', { ...write, data: rubric })).status()).toBe(200);
      const restore = { firstResponseDays: before.firstResponseDays, decisionDays: before.decisionDays };
      expect((await page.request.patch('/api/v1/organisation', { ...write, data: restore })).status()).toBe(200);
    }
  });

  test('sign-in answers: a wrong password, a neutral link confirmation', async ({ page }) => {
    await page.goto('/sign-in');
    await submitSignInForm(page, demo.employee, 'not-the-password');
    await expect(page.getByRole('alert')).toHaveText('Invalid email or password');
    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'If an account exists for that address, we have sent a link.' })).toBeVisible();
    await page.getByLabel('E-mail address').fill('nobody@nowhere.example');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'If an account exists for that address, we have sent a link.' })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('accounts on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a reviewer sees people but no admin actions; setup is gone once done', async ({ page }) => {
    await page.goto('/setup');
    await expect(page).toHaveURL(/\/sign-in$/);

    await signInAs(page, demo.reviewer);
    await page.goto('/people?role=employee');
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(page.getByLabel('Role')).toHaveValue('employee');
    await expect(page.getByRole('listitem').filter({ hasText: demo.employee })).toContainText('Lisbon Riverside Hotel');
    await expect(page.getByRole('button', { name: 'Invite' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Deactivate|Change role/ })).toHaveCount(0);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Organisation' })).toHaveCount(0);
    await expectAccessible(page);

    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'This page is not available to you' })).toBeVisible();
  });

  test('someone deactivated while signed in is sent to sign in on their next step', async ({ page, request, baseURL }) => {
    const email = `lantern.${Date.now().toString(36)}@harbourlight.example`;
    const asAdmin = { headers: { origin: baseURL! } };
    expect((await request.post('/api/auth/sign-in/email', { data: { email: demo.admin, password: demo.password } })).status()).toBe(200);
    const invited = await request.post('/api/v1/people', { ...asAdmin, data: { email, name: 'Lene Lantern', role: 'employee' } });
    expect(invited.status()).toBe(201);
    const token = (await linkFromMail(email, '/invitations/')).split('/invitations/')[1]!;
    const accepted = await page.request.post(`/api/v1/invitations/${token}/accept`, { data: { password: 'quiet-harbour-breeze' } });
    expect(accepted.status(), await accepted.text()).toBe(201);
    const { userId } = (await accepted.json()) as { userId: string };

    await page.goto('/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
    expect((await request.post(`/api/v1/people/${userId}/deactivate`, asAdmin)).status()).toBe(200);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page).toHaveURL(/\/sign-in\?redirect=%2Fsettings$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  test('a refused single sign-on says why, whatever code the provider sends back', async ({ page }) => {
    const noAccount =
      'There is no Sparkloop account for this address yet. Ask an administrator of your organisation for an invitation.';
    for (const code of ['unable_to_create_user', 'NOT_INVITED']) {
      await page.goto(`/sign-in?error=${code}`);
      await expect(page.getByRole('alert')).toHaveText(noAccount);
    }
    await expectAccessible(page);
    await page.goto('/sign-in?error=invalid_code');
    await expect(page.getByRole('alert')).toHaveText('Single sign-on did not complete. Try again or sign in another way.');
  });
});
