import { can, type Actor } from '../policies/index.js';
import type { InvitationRow } from './invitations.js';
import type { PersonView } from './schema.js';
import type { PersonRow } from './service.js';

/** The only code that turns a person row into a response; abilities come from the same policies. */
export function presentPerson(person: PersonRow, viewer: Actor, activeAdmins: number): PersonView {
  const subject = { id: person.id, role: person.role, deactivated: person.deactivatedAt !== null, activeAdmins };
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    role: person.role,
    image: person.image,
    deactivated: person.deactivatedAt !== null,
    siteIds: person.siteIds,
    teamIds: person.teamIds,
    createdAt: person.createdAt.toISOString(),
    abilities: {
      // Offered when at least one other role is allowed.
      updateRole: (['admin', 'reviewer', 'employee', 'customer'] as const).some(
        (newRole) => newRole !== person.role && can(viewer, 'person.updateRole', { ...subject, newRole }),
      ),
      updateMemberships: can(viewer, 'person.updateMemberships', subject),
      deactivate: can(viewer, 'person.deactivate', subject),
      reactivate: can(viewer, 'person.reactivate', subject),
    },
  };
}

export function presentInvitation(
  invitation: Pick<InvitationRow, 'id' | 'email' | 'name' | 'role' | 'expiresAt' | 'siteIds' | 'teamIds'>,
  invitedByName: string | null,
) {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    siteIds: invitation.siteIds,
    teamIds: invitation.teamIds,
    expiresAt: invitation.expiresAt.toISOString(),
    invitedByName,
  };
}
