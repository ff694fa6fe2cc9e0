import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, createPerson, signIn, signedIn, type SignedIn } from '../../../tests/support/people.js';
import { createTestApp, eventually, type TestContext } from '../../../tests/support/test-app.js';
import { auditEvents, invitations, organisations, sessions, sites, teams } from '../db/schema/index.js';

let t: TestContext;
let admin: SignedIn;
let reviewer: SignedIn;
let employee: SignedIn;
let customer: SignedIn;
let siteId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.services.database.db;
  await db.insert(organisations).values({ name: 'Test Hotels' });
  siteId = (await db.insert(sites).values({ slug: 'porto', name: 'Porto', timeZone: 'Europe/Lisbon' }).returning())[0]!.id;
  [admin, reviewer, employee, customer] = await Promise.all([
    signedIn(t, 'admin'),
    signedIn(t, 'reviewer'),
    signedIn(t, 'employee'),
    signedIn(t, 'customer'),
  ]);
});
afterAll(() => t.close());

function latestMailTo(email: string): string | undefined {
  const dir = path.join(t.config.dataDir, 'outbox');
  let files: string[];
  try {
    files = readdirSync(dir).sort();
  } catch {
    return undefined;
  }
  return files.map((file) => readFileSync(path.join(dir, file), 'utf8')).filter((mail) => mail.includes(`To: ${email}`)).at(-1);
}

function invitationLink(mail: string): string {
  const decoded = mail.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  return /\/invitations\/([\w-]+)/.exec(decoded)![1]!;
}

describe('listing and reading people', () => {
  it('admins and reviewers list people; employees and customers are refused', async () => {
    for (const session of [admin, reviewer]) {
      const res = await session.request('GET', '/api/v1/people?limit=2');
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: unknown[]; total: number; nextCursor: string | null };
      expect(page.items).toHaveLength(2);
      expect(page.total).toBeGreaterThanOrEqual(4);
      expect(page.nextCursor).toBeTruthy();
    }
    for (const session of [employee, customer]) expect((await session.request('GET', '/api/v1/people')).status).toBe(403);
  });

  it('pages through everyone without repeats and filters by role and search', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await admin.request('GET', `/api/v1/people?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      const page = (await res.json()) as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const reviewers = (await (await admin.request('GET', '/api/v1/people?role=reviewer')).json()) as { items: { role: string }[] };
    expect(reviewers.items.every((item) => item.role === 'reviewer')).toBe(true);
    const search = (await (await admin.request('GET', `/api/v1/people?q=${encodeURIComponent(customer.email.slice(0, 12))}`)).json()) as {
      items: { id: string }[];
    };
    expect(search.items.map((item) => item.id)).toContain(customer.id);
  });

  it('employees see themselves but get 404 — not 403 — for anyone else, existing or not', async () => {
    expect((await employee.request('GET', `/api/v1/people/${employee.id}`)).status).toBe(200);
    const other = await employee.request('GET', `/api/v1/people/${admin.id}`);
    const missing = await employee.request('GET', '/api/v1/people/does-not-exist');
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await other.json() as { detail: string }).detail).toBe((await missing.json() as { detail: string }).detail);
  });

  it('abilities tell the web app which actions to offer', async () => {
    const asAdmin = (await (await admin.request('GET', `/api/v1/people/${employee.id}`)).json()) as { abilities: Record<string, boolean> };
    expect(asAdmin.abilities).toEqual({ updateRole: true, updateMemberships: true, deactivate: true, reactivate: false });
    const asReviewer = (await (await reviewer.request('GET', `/api/v1/people/${employee.id}`)).json()) as { abilities: Record<string, boolean> };
    expect(asReviewer.abilities).toEqual({ updateRole: false, updateMemberships: false, deactivate: false, reactivate: false });
  });
});

describe('mentioning colleagues', () => {
  it('staff find active colleagues by the start of any word of their name, without e-mails; customers are refused', async () => {
    const zelda = await createPerson(t, { name: 'Zelda Quintero-Mbeki', role: 'employee' });
    const gone = await createPerson(t, { name: 'Zelda Gone', role: 'employee' });
    await createPerson(t, { name: 'Zelda Guest', role: 'customer' });
    await admin.request('POST', `/api/v1/people/${gone.id}/deactivate`);
    for (const session of [admin, reviewer, employee]) {
      const res = await session.request('GET', '/api/v1/people/mentionable?q=zel');
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: Record<string, unknown>[] };
      expect(body.items).toEqual([{ id: zelda.id, name: 'Zelda Quintero-Mbeki' }]);
      expect(JSON.stringify(body)).not.toContain(zelda.email);
    }
    const byLastName = (await (await employee.request('GET', '/api/v1/people/mentionable?q=quin')).json()) as { items: { id: string }[] };
    expect(byLastName.items.map((item) => item.id)).toEqual([zelda.id]);
    // A wildcard typed by the user is a literal character, not "match everything".
    expect(((await (await employee.request('GET', '/api/v1/people/mentionable?q=%25')).json()) as { items: unknown[] }).items).toEqual([]);
    expect((await customer.request('GET', '/api/v1/people/mentionable?q=zel')).status).toBe(403);
    const empty = await employee.request('GET', '/api/v1/people/mentionable?q=');
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as { errors: { path: string }[] }).errors.map((error) => error.path)).toEqual(['query.q']);
  });
});

describe('invitations', () => {
  it('an admin invites by e-mail; the link sets a password, signs in and keeps role and site', async () => {
    const res = await admin.request('POST', '/api/v1/people', {
      body: { email: 'New.Hire@Example.com', name: 'Nadia Costa', role: 'reviewer', siteIds: [siteId] },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ email: 'new.hire@example.com', role: 'reviewer' });
    const mail = await eventually(async () => latestMailTo('new.hire@example.com'));
    const token = invitationLink(mail);

    const show = await t.request('GET', `/api/v1/invitations/${token}`);
    expect(await show.json()).toMatchObject({ email: 'new.hire@example.com', name: 'Nadia Costa', role: 'reviewer', organisationName: 'Test Hotels' });

    const weak = await t.request('POST', `/api/v1/invitations/${token}/accept`, { body: { password: 'password123' } });
    expect(weak.status).toBe(422);
    expect(await weak.json()).toMatchObject({ errors: [{ path: 'password' }] });

    const accepted = await t.request('POST', `/api/v1/invitations/${token}/accept`, { body: { password: 'tide-pool-orchard-55' } });
    expect(accepted.status).toBe(201);
    const me = await t.request('GET', '/api/v1/me', { headers: { cookie: cookieFrom(accepted) } });
    expect(await me.json()).toMatchObject({ email: 'new.hire@example.com', role: 'reviewer', siteIds: [siteId] });

    expect((await t.request('POST', `/api/v1/invitations/${token}/accept`, { body: { password: 'tide-pool-orchard-55' } })).status).toBe(404);
  });

  it('refuses to invite someone who already has an account, naming the field', async () => {
    const res = await admin.request('POST', '/api/v1/people', { body: { email: employee.email, name: 'Again', role: 'employee' } });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'email', message: 'Already has an account' }] });
  });

  it('admins see pending invitations and can withdraw one; its link then stops working', async () => {
    const invite = await admin.request('POST', '/api/v1/people', { body: { email: 'maybe@example.com', name: 'Maybe Later', role: 'employee' } });
    const { id } = (await invite.json()) as { id: string };
    const token = invitationLink(await eventually(async () => latestMailTo('maybe@example.com')));
    expect(await (await t.request('GET', `/api/v1/invitations/${token}`)).json()).toMatchObject({ invitedByName: 'Test Person' });

    const pending = (await (await admin.request('GET', '/api/v1/invitations')).json()) as { items: { id: string; email: string }[] };
    expect(pending.items.map((item) => item.email)).toContain('maybe@example.com');
    expect((await reviewer.request('GET', '/api/v1/invitations')).status).toBe(403);
    expect((await reviewer.request('DELETE', `/api/v1/invitations/${id}`)).status).toBe(403);

    expect((await admin.request('DELETE', `/api/v1/invitations/${id}`)).status).toBe(204);
    expect((await t.request('GET', `/api/v1/invitations/${token}`)).status).toBe(404);
    expect((await admin.request('DELETE', `/api/v1/invitations/${id}`)).status).toBe(404);
  });

  it('only admins invite', async () => {
    for (const session of [reviewer, employee, customer]) {
      expect((await session.request('POST', '/api/v1/people', { body: { email: 'x@example.com', name: 'X', role: 'employee' } })).status).toBe(403);
    }
  });

  it('an unknown invitation token is a 404 problem', async () => {
    expect((await t.request('GET', `/api/v1/invitations/${'x'.repeat(43)}`)).status).toBe(404);
  });
});

describe('roles and deactivation', () => {
  it('an admin changes a role; the change is audited; reviewers may not', async () => {
    const person = await createPerson(t);
    expect((await reviewer.request('PATCH', `/api/v1/people/${person.id}`, { body: { role: 'admin' } })).status).toBe(403);
    const res = await admin.request('PATCH', `/api/v1/people/${person.id}`, { body: { role: 'reviewer', siteIds: [siteId] } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: 'reviewer', siteIds: [siteId] });
    const [event] = await t.services.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, person.id));
    expect(event).toMatchObject({ action: 'person.role_changed', actorId: admin.id, data: { from: 'employee', to: 'reviewer' } });
  });

  it('an unknown site in memberships is a 422 naming the entry', async () => {
    const res = await admin.request('PATCH', `/api/v1/people/${employee.id}`, { body: { siteIds: ['00000000-0000-4000-8000-000000000000'] } });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'siteIds.0', message: 'No such site' }] });
  });

  it('deactivation keeps the person, ends their sessions and refuses sign-in with a clear message', async () => {
    const person = await createPerson(t);
    const session = await signIn(t, person.email);
    expect((await session.request('GET', '/api/v1/me')).status).toBe(200);

    const res = await admin.request('POST', `/api/v1/people/${person.id}/deactivate`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: person.id, deactivated: true, abilities: { reactivate: true } });
    expect(await t.services.database.db.select().from(sessions).where(eq(sessions.userId, person.id))).toHaveLength(0);
    expect((await session.request('GET', '/api/v1/me')).status).toBe(401);

    const again = await t.request('POST', '/api/auth/sign-in/email', { body: { email: person.email, password: 'quiet-harbour-lantern-7' } });
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ code: 'ACCOUNT_DEACTIVATED', detail: expect.stringMatching(/deactivated/) });

    expect((await admin.request('POST', `/api/v1/people/${person.id}/reactivate`)).status).toBe(200);
    expect((await signIn(t, person.email)).id).toBe(person.id);
  });

  it('an admin cannot deactivate themselves', async () => {
    expect((await admin.request('POST', `/api/v1/people/${admin.id}/deactivate`)).status).toBe(403);
  });
});

describe('CSV import', () => {
  it('invites every good row and reports every bad row with all its reasons, leaving nothing of it behind', async () => {
    await t.services.database.db.insert(teams).values({ name: 'Night desk', siteId });
    const csv = [
      'Email,Name,Role,Sites,Teams',
      'lia@example.com,Lia Matos,employee,Porto,Night desk',
      '"rui@example.com","Rui, the reviewer",Reviewer,porto,',
      'not-an-email,,boss,Atlantis,',
      `${employee.email},Already Here,employee,,`,
      'lia@example.com,Lia Again,employee,,',
    ].join('\n');
    const res = await admin.request('POST', '/api/v1/people/import', { body: { csv } });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { invited: { row: number }[]; failed: { row: number; errors: { path: string }[] }[] };
    expect(report.invited.map((entry) => entry.row)).toEqual([2, 3]);
    expect(report.failed.map((entry) => entry.row)).toEqual([4, 5, 6]);
    expect(report.failed[0]!.errors.map((error) => error.path).sort()).toEqual(['email', 'name', 'role', 'sites']);
    expect(report.failed[1]!.errors).toEqual([{ path: 'email', message: 'Already has an account' }]);
    expect(report.failed[2]!.errors).toEqual([{ path: 'email', message: 'Appears twice in this file' }]);

    const created = await t.services.database.db.select().from(invitations).where(eq(invitations.email, 'lia@example.com'));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ role: 'employee', siteIds: [siteId] });
    expect(await t.services.database.db.select().from(invitations).where(eq(invitations.email, 'not-an-email'))).toHaveLength(0);
  });

  it('refuses a file without the required columns', async () => {
    const res = await admin.request('POST', '/api/v1/people/import', { body: { csv: 'mail,fullname\na@example.com,A' } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { message: string }[] }).errors.map((error) => error.message)).toEqual([
      'Missing column "email"',
      'Missing column "name"',
      'Missing column "role"',
    ]);
  });

  it('only admins import', async () => {
    expect((await reviewer.request('POST', '/api/v1/people/import', { body: { csv: 'email,name,role' } })).status).toBe(403);
  });
});
