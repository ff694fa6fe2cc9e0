import type { MeView } from '../../api/types';

/** Whether the signed-in person may use ideas at all, as `/me` says (customers use the portal instead). */
export function canUseIdeas(me: MeView | null): boolean {
  return Boolean(me?.abilities.useIdeas);
}
