import type { Role } from '../db/schema/index.js';
import type { Actor } from './actor.js';

export type { Actor };

/** The subject of a person action: whom it is about. */
export type PersonSubject = { id: string; role: Role; deactivated: boolean };
/** The subject of an idea action: who wrote it and whether it is confidential. */
export type IdeaSubject = { authorId: string; confidential: boolean };
/** Admins still active, so the last one cannot lock everyone out. */
export type AdminCount = { activeAdmins: number };

type Subjects = {
  'organisation.read': null;
  'organisation.update': null;
  'site.list': null;
  'site.manage': null;
  'team.list': null;
  'team.manage': null;
  'person.list': null;
  'person.read': PersonSubject;
  'person.mention': null;
  'person.invite': null;
  'person.updateRole': PersonSubject & AdminCount & { newRole: Role };
  'person.updateMemberships': PersonSubject;
  'person.deactivate': PersonSubject & AdminCount;
  'person.reactivate': PersonSubject;
  'audit.read': null;
  'apiKey.manage': null;
  'idea.list': null;
  'idea.submit': null;
  'idea.read': IdeaSubject;
  'idea.vote': IdeaSubject;
  'idea.transition': IdeaSubject;
  'idea.assign': IdeaSubject;
  'decision.list': null;
  'idea.review': IdeaSubject;
  'idea.note': IdeaSubject;
  'idea.comment': IdeaSubject;
  'idea.edit': IdeaSubject & { reviewStarted: boolean };
  'rubric.read': null;
  'rubric.manage': null;
  'stage.manage': null;
  'prompt.read': null;
  'prompt.manage': null;
};
export type Action = keyof Subjects;

type Rule<A extends Action> = (actor: Actor, subject: Subjects[A]) => boolean;
const roles = (...allowed: Role[]) => (actor: Actor) => allowed.includes(actor.role);
const staff = roles('admin', 'reviewer', 'employee');

/**
 * Every permission rule of Sparkloop. Routes call `can` (through `authorize`) before a service
 * runs; presenters call it to tell the web app which actions to offer.
 */
const rules: { [A in Action]: Rule<A> } = {
  'organisation.read': () => true,
  'organisation.update': roles('admin'),
  'site.list': () => true,
  'site.manage': roles('admin'),
  'team.list': staff,
  'team.manage': roles('admin'),
  'person.list': roles('admin', 'reviewer'),
  // Everyone may see themselves; reviewers see colleagues to assign work; customers see no one else.
  'person.read': (actor, person) => actor.id === person.id || roles('admin', 'reviewer')(actor),
  // Names (never e-mails) of colleagues, so staff can @mention them under an idea.
  'person.mention': staff,
  'person.invite': roles('admin'),
  'person.updateRole': (actor, person) =>
    actor.role === 'admin' &&
    !person.deactivated &&
    !(person.role === 'admin' && person.newRole !== 'admin' && person.activeAdmins <= 1),
  'person.updateMemberships': (actor) => actor.role === 'admin',
  'person.deactivate': (actor, person) =>
    actor.role === 'admin' && actor.id !== person.id && !person.deactivated && !(person.role === 'admin' && person.activeAdmins <= 1),
  'person.reactivate': (actor, person) => actor.role === 'admin' && person.deactivated,
  'audit.read': roles('admin'),
  // Integrations act for staff; a key can never be used to create another key.
  'apiKey.manage': (actor) => staff(actor) && actor.via === 'session',
  // Transparency: every member sees every idea, except confidential ones (reviewers, admins, the author).
  // Customers co-create through the portal, not the internal idea list.
  'idea.list': staff,
  'idea.submit': staff,
  'idea.read': (actor, idea) =>
    staff(actor) && (!idea.confidential || roles('admin', 'reviewer')(actor) || idea.authorId === actor.id),
  'idea.vote': (actor, idea) => rules['idea.read'](actor, idea) && idea.authorId !== actor.id,
  'idea.transition': (actor, idea) => roles('admin', 'reviewer')(actor) && rules['idea.read'](actor, idea),
  'idea.assign': (actor, idea) => roles('admin', 'reviewer')(actor) && rules['idea.read'](actor, idea),
  'decision.list': staff,
  'idea.review': (actor, idea) => roles('admin', 'reviewer')(actor) && rules['idea.read'](actor, idea),
  // Internal notes: reviewers and admins only, beside the public comments.
  'idea.note': (actor, idea) => roles('admin', 'reviewer')(actor) && rules['idea.read'](actor, idea),
  'idea.comment': (actor, idea) => rules['idea.read'](actor, idea),
  // Authors may edit until review starts; reviewers and admins at any time.
  'idea.edit': (actor, idea) =>
    rules['idea.read'](actor, idea) && (roles('admin', 'reviewer')(actor) || (idea.authorId === actor.id && !idea.reviewStarted)),
  'rubric.read': staff,
  'rubric.manage': roles('admin'),
  // Stages and reason codes: the review framework everyone sees, kept by admins.
  'stage.manage': roles('admin'),
  // The prompt library and the prompt of the week start staff off; admins keep the library and each site's setting.
  'prompt.read': staff,
  'prompt.manage': roles('admin'),
};

export function can<A extends Action>(actor: Actor | null, action: A, subject: Subjects[A]): boolean {
  if (!actor) return false;
  return rules[action](actor, subject);
}

/** Who could ever see a subject of this kind; outside it a refusal is a 404, not a 403. */
export const visibility = {
  person: (actor: Actor) => actor.role === 'admin' || actor.role === 'reviewer',
  /** A confidential idea does not exist for those who may not read it. */
  idea: () => false,
} satisfies Record<string, (actor: Actor) => boolean>;
