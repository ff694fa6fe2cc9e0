import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../db/schema/index.js';
import { can, type Action, type Actor } from './index.js';

const actor = (role: Role, id = `${role}-1`): Actor => ({ id, role, siteIds: [], teamIds: [], via: 'session' });
const colleague = { id: 'someone-else', role: 'employee' as const, deactivated: false, activeAdmins: 2 };

/** Every action, every role: the expected answer for an ordinary subject (another active employee). */
const table = {
  'organisation.read': { admin: true, reviewer: true, employee: true, customer: true },
  'organisation.update': { admin: true, reviewer: false, employee: false, customer: false },
  'site.list': { admin: true, reviewer: true, employee: true, customer: true },
  'site.manage': { admin: true, reviewer: false, employee: false, customer: false },
  'team.list': { admin: true, reviewer: true, employee: true, customer: false },
  'team.manage': { admin: true, reviewer: false, employee: false, customer: false },
  'person.list': { admin: true, reviewer: true, employee: false, customer: false },
  'person.mention': { admin: true, reviewer: true, employee: true, customer: false },
  'person.read': { admin: true, reviewer: true, employee: false, customer: false },
  'person.invite': { admin: true, reviewer: false, employee: false, customer: false },
  'person.updateRole': { admin: true, reviewer: false, employee: false, customer: false },
  'person.updateMemberships': { admin: true, reviewer: false, employee: false, customer: false },
  'person.deactivate': { admin: true, reviewer: false, employee: false, customer: false },
  'person.reactivate': { admin: false, reviewer: false, employee: false, customer: false },
  'audit.read': { admin: true, reviewer: false, employee: false, customer: false },
  'apiKey.manage': { admin: true, reviewer: true, employee: true, customer: false },
  'idea.list': { admin: true, reviewer: true, employee: true, customer: false },
  'idea.submit': { admin: true, reviewer: true, employee: true, customer: false },
  'idea.read': { admin: true, reviewer: true, employee: true, customer: false },
  'idea.vote': { admin: true, reviewer: true, employee: true, customer: false },
  'idea.transition': { admin: true, reviewer: true, employee: false, customer: false },
  'idea.assign': { admin: true, reviewer: true, employee: false, customer: false },
  'decision.list': { admin: true, reviewer: true, employee: true, customer: false },
  'idea.review': { admin: true, reviewer: true, employee: false, customer: false },
  'idea.note': { admin: true, reviewer: true, employee: false, customer: false },
  'idea.comment': { admin: true, reviewer: true, employee: true, customer: false },
  'idea.edit': { admin: true, reviewer: true, employee: false, customer: false },
  'rubric.read': { admin: true, reviewer: true, employee: true, customer: false },
  'rubric.manage': { admin: true, reviewer: false, employee: false, customer: false },
  'stage.manage': { admin: true, reviewer: false, employee: false, customer: false },
  'prompt.read': { admin: true, reviewer: true, employee: true, customer: false },
  'prompt.manage': { admin: true, reviewer: false, employee: false, customer: false },
} satisfies Record<Action, Record<Role, boolean>>;

const subjectFor = (action: Action) => {
  if (action.startsWith('idea.') && action !== 'idea.list' && action !== 'idea.submit') {
    return { authorId: 'someone-else', confidential: false, reviewStarted: false };
  }
  return action.startsWith('person.') && action !== 'person.list' && action !== 'person.invite'
    ? { ...colleague, newRole: 'reviewer' as const }
    : null;
};

describe('policy table: every action for every role', () => {
  for (const [action, byRole] of Object.entries(table) as [Action, Record<Role, boolean>][]) {
    for (const role of ROLES) {
      it(`${role} ${byRole[role] ? 'may' : 'may not'} ${action}`, () => {
        expect(can(actor(role), action, subjectFor(action) as never)).toBe(byRole[role]);
      });
    }
  }

  it('anonymous callers may do nothing', () => {
    for (const action of Object.keys(table) as Action[]) expect(can(null, action, subjectFor(action) as never)).toBe(false);
  });
});

describe('rules that depend on the subject', () => {
  it('everyone may read themselves', () => {
    for (const role of ROLES) expect(can(actor(role, 'me'), 'person.read', { id: 'me', role, deactivated: false })).toBe(true);
  });

  it('an admin may not deactivate themselves or the last active admin', () => {
    const admin = actor('admin', 'a1');
    expect(can(admin, 'person.deactivate', { id: 'a1', role: 'admin', deactivated: false, activeAdmins: 3 })).toBe(false);
    expect(can(admin, 'person.deactivate', { id: 'a2', role: 'admin', deactivated: false, activeAdmins: 1 })).toBe(false);
    expect(can(admin, 'person.deactivate', { id: 'a2', role: 'admin', deactivated: false, activeAdmins: 2 })).toBe(true);
    expect(can(admin, 'person.deactivate', { ...colleague, deactivated: true })).toBe(false);
  });

  it('the last admin cannot be demoted, but can stay admin', () => {
    const admin = actor('admin', 'a1');
    const last = { id: 'a1', role: 'admin' as const, deactivated: false, activeAdmins: 1 };
    expect(can(admin, 'person.updateRole', { ...last, newRole: 'reviewer' })).toBe(false);
    expect(can(admin, 'person.updateRole', { ...last, activeAdmins: 2, newRole: 'reviewer' })).toBe(true);
  });

  it('only a deactivated person can be reactivated, by an admin', () => {
    expect(can(actor('admin'), 'person.reactivate', { ...colleague, deactivated: true })).toBe(true);
    expect(can(actor('reviewer'), 'person.reactivate', { ...colleague, deactivated: true })).toBe(false);
  });

  it('confidential ideas: reviewers, admins and the author only', () => {
    const secret = { authorId: 'employee-1', confidential: true };
    expect(can(actor('employee'), 'idea.read', secret)).toBe(true);
    expect(can(actor('employee', 'employee-2'), 'idea.read', secret)).toBe(false);
    expect(can(actor('reviewer'), 'idea.read', secret)).toBe(true);
    expect(can(actor('admin'), 'idea.read', secret)).toBe(true);
  });

  it('authors edit their idea until review starts', () => {
    const own = { authorId: 'employee-1', confidential: false };
    expect(can(actor('employee'), 'idea.edit', { ...own, reviewStarted: false })).toBe(true);
    expect(can(actor('employee'), 'idea.edit', { ...own, reviewStarted: true })).toBe(false);
    expect(can(actor('reviewer'), 'idea.edit', { ...own, reviewStarted: true })).toBe(true);
  });

  it('nobody votes on their own idea', () => {
    expect(can(actor('employee'), 'idea.vote', { authorId: 'employee-1', confidential: false })).toBe(false);
  });

  it('an API key cannot manage API keys', () => {
    expect(can({ ...actor('admin'), via: 'api-key' }, 'apiKey.manage', null)).toBe(false);
  });

  it('a deactivated person’s role cannot be changed', () => {
    expect(can(actor('admin'), 'person.updateRole', { ...colleague, deactivated: true, newRole: 'reviewer' })).toBe(false);
  });
});
