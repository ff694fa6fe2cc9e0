import type { Role } from '../db/schema/index.js';

/** Who is asking: a signed-in person (by session cookie or API key). Anonymous callers have none. */
export type Actor = {
  id: string;
  role: Role;
  siteIds: readonly string[];
  teamIds: readonly string[];
  via: 'session' | 'api-key';
};
