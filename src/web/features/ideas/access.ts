import type { MeView } from '../../api/types';

/**
 * Ideas are for staff; customers co-create through the portal. `/me` does not state this as an
 * ability yet, so it is read from the role here, in this one place, until it does.
 */
export function canUseIdeas(me: MeView | null): boolean {
  return Boolean(me && me.role !== 'customer');
}
