import { keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { ImportReport, Invitation, PeopleFilters, PersonPage, PersonView, Role } from '../../api/types';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import type { Translate } from '../../i18n/translate';
import { useMe } from '../session/queries';

const PAGE_SIZE = 25;

export function usePeople(filters: PeopleFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.people.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ status: filters.status, limit: String(PAGE_SIZE) });
      if (filters.q) params.set('q', filters.q);
      if (filters.role) params.set('role', filters.role);
      if (pageParam) params.set('cursor', pageParam);
      return apiFetch<PersonPage>(`/api/v1/people?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While a new search loads, keep showing the last answer instead of a blank list.
    placeholderData: keepPreviousData,
  });
}

export interface InviteInput {
  name: string;
  email: string;
  role: Role;
  siteIds: string[];
  teamIds: string[];
}

/**
 * Sends an invitation; inviting an address that already has one pending replaces it (a resend).
 * Only the pending list changes: invitations are not people until accepted.
 */
export function useInvitePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) => apiFetch<Invitation>('/api/v1/people', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
}

export const invitationsQuery = queryOptions({
  queryKey: queryKeys.invitations,
  queryFn: async ({ signal }) => (await apiFetch<{ items: Invitation[] }>('/api/v1/invitations', { signal })).items,
});

/** Withdraws a pending invitation; its link stops working at once. */
export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: Invitation) => apiFetch<void>(`/api/v1/invitations/${invitation.id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations }),
  });
}

/**
 * Invites everyone in a CSV file, row by row; the answer says which rows were invited and why
 * the others were not. After a bulk change the lists are refetched rather than trusted.
 */
export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => apiFetch<ImportReport>('/api/v1/people/import', { method: 'POST', body: { csv } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.people.lists }),
        queryClient.invalidateQueries({ queryKey: queryKeys.invitations }),
      ]),
  });
}

export type PersonChange =
  | { kind: 'update'; role?: Role; siteIds?: string[]; teamIds?: string[] }
  | { kind: 'deactivate' }
  | { kind: 'reactivate' };

/**
 * Changes one person and says so in a toast (from here, not the dialog: a deactivated person
 * leaves the "active" list, and the dialog with it). Refreshes the people lists, and `me` when
 * the change was about the viewer.
 */
export function useChangePerson(person: PersonView) {
  const t = useT();
  const toast = useToast();
  const queryClient = useQueryClient();
  const me = useMe();
  return useMutation({
    mutationFn: ({ kind, ...change }: PersonChange) =>
      kind === 'update'
        ? apiFetch<PersonView>(`/api/v1/people/${person.id}`, { method: 'PATCH', body: change })
        : apiFetch<PersonView>(`/api/v1/people/${person.id}/${kind}`, { method: 'POST' }),
    onSuccess: (updated, change) => {
      toast({ title: successMessage(t, updated, change), tone: 'success' });
      void queryClient.invalidateQueries({ queryKey: queryKeys.people.all });
      if (updated.id === me?.id) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

function successMessage(t: Translate, person: PersonView, change: PersonChange): string {
  const name = person.name;
  if (change.kind === 'deactivate') return t('people.deactivatedToast', { name });
  if (change.kind === 'reactivate') return t('people.reactivatedToast', { name });
  if (change.role) return t('people.roleChanged', { name, role: t(`roles.name.${person.role}`) });
  return t('people.membershipsChanged', { name });
}
