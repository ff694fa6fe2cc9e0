import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { OrganisationPatch, OrganisationView, Rubric, SetupStatus, Site, Team } from '../../api/types';

export const organisationQuery = queryOptions({
  queryKey: queryKeys.organisation,
  queryFn: () => apiFetch<OrganisationView>('/api/v1/organisation'),
});

export const sitesQuery = queryOptions({
  queryKey: queryKeys.sites,
  queryFn: async () => (await apiFetch<{ items: Site[] }>('/api/v1/sites')).items,
});

/** Every team of every site; pages filter by site themselves (a handful per site). */
export const teamsQuery = queryOptions({
  queryKey: queryKeys.teams,
  queryFn: async () => (await apiFetch<{ items: Team[] }>('/api/v1/teams')).items,
});

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: OrganisationPatch) =>
      apiFetch<OrganisationView>('/api/v1/organisation', { method: 'PATCH', body: patch }),
    onSuccess: (organisation) => {
      queryClient.setQueryData(queryKeys.organisation, organisation);
      // The sign-in page shows the organisation's name and logo.
      queryClient.setQueryData<SetupStatus>(queryKeys.setup, (setup) =>
        setup && { ...setup, organisationName: organisation.name, logoDataUrl: organisation.logoDataUrl },
      );
    },
  });
}

export type SiteInput = Pick<Site, 'name' | 'timeZone' | 'region'>;

/** Adds a site, or changes one when `id` is given. */
export function useSaveSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: SiteInput & { id?: string }) =>
      id
        ? apiFetch<Site>(`/api/v1/sites/${id}`, { method: 'PATCH', body: input })
        : apiFetch<Site>('/api/v1/sites', { method: 'POST', body: input }),
    onSuccess: async () => {
      // The organisation answer embeds its sites, so both change.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.sites }),
        queryClient.invalidateQueries({ queryKey: queryKeys.organisation }),
      ]);
    },
  });
}

/** Adds a team to a site, or renames one when `id` is given. */
export function useSaveTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name, siteId }: { id?: string; name: string; siteId: string }) =>
      id
        ? apiFetch<Team>(`/api/v1/teams/${id}`, { method: 'PATCH', body: { name } })
        : apiFetch<Team>('/api/v1/teams', { method: 'POST', body: { name, siteId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.teams }),
  });
}

export const rubricQuery = queryOptions({
  queryKey: queryKeys.rubric,
  queryFn: ({ signal }) => apiFetch<Rubric>('/api/v1/rubric', { signal }),
});

/** Replaces the whole rubric; criteria left out are retired on the server, their scores kept. */
export function useSaveRubric() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rubric: Rubric) => apiFetch<Rubric>('/api/v1/rubric', { method: 'PUT', body: rubric }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.rubric, saved);
      // Ideas carry their score summary per criterion, so their names and weights change too.
      await queryClient.invalidateQueries({ queryKey: queryKeys.ideas.all });
    },
  });
}
