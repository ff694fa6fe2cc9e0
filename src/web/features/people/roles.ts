import type { Role } from '../../api/types';

/** Every role, most powerful first; the compiler keeps it in step with the server's enum. */
export const ROLES = ['admin', 'reviewer', 'employee', 'customer'] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return ROLES.includes(value as Role);
}
