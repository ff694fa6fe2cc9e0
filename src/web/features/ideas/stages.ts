import { useCallback } from 'react';
import { useT } from '../../i18n';

/** The default lifecycle, in order; admins may add their own stages, which keep their key as name. */
export const STAGE_KEYS = [
  'submitted',
  'in_review',
  'needs_info',
  'accepted',
  'experimenting',
  'scaling',
  'implemented',
  'parked',
  'declined',
  'merged',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export function isStageKey(value: unknown): value is StageKey {
  return STAGE_KEYS.includes(value as StageKey);
}

/** Exits that need a written reason (the server refuses them without one). */
export const REASON_REQUIRED: ReadonlySet<string> = new Set(['parked', 'declined', 'merged']);

/**
 * The moves a reviewer is offered from each default stage. This only keeps the menu short: the
 * server owns the rules and answers an illegal move with 409, which the dialog shows as it is.
 */
const NEXT: Partial<Record<StageKey, readonly StageKey[]>> = {
  submitted: ['in_review', 'needs_info', 'accepted', 'parked', 'declined', 'merged'],
  in_review: ['needs_info', 'accepted', 'parked', 'declined', 'merged'],
  needs_info: ['in_review', 'accepted', 'parked', 'declined', 'merged'],
  accepted: ['experimenting', 'implemented', 'parked', 'declined'],
  experimenting: ['scaling', 'implemented', 'parked', 'accepted'],
  scaling: ['implemented', 'parked'],
  parked: ['in_review', 'accepted', 'declined', 'merged'],
};
const CLOSED: ReadonlySet<string> = new Set(['implemented', 'declined', 'merged']);

/** Stages worth offering as the next step from `from`; none once an idea is closed. */
export function moveTargets(from: string): StageKey[] {
  if (CLOSED.has(from)) return [];
  if (isStageKey(from)) return [...(NEXT[from] ?? [])];
  return STAGE_KEYS.filter((key) => key !== 'submitted' && key !== from);
}

/** Names a stage by its key: the translated default name, or the key made readable for a custom one. */
export function useStageName(): (key: string) => string {
  const t = useT();
  return useCallback(
    (key: string) => (isStageKey(key) ? t(`ideas.stages.${key}`) : key.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase())),
    [t],
  );
}
