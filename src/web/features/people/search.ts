import type { PeopleFilters, Role } from '../../api/types';
import { isRole } from './roles';

/** What the people page keeps in its address, so a filtered list can be shared and reloaded. */
export interface PeopleSearch {
  q?: string;
  role?: Role;
  /** Absent means active people only, the server's default. */
  status?: 'deactivated' | 'all';
}

export function parsePeopleSearch(search: Record<string, unknown>): PeopleSearch {
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 100) : '';
  return {
    q: q || undefined,
    role: isRole(search.role) ? search.role : undefined,
    status: search.status === 'deactivated' || search.status === 'all' ? search.status : undefined,
  };
}

export function toFilters(search: PeopleSearch): PeopleFilters {
  return { q: search.q, role: search.role, status: search.status ?? 'active' };
}
