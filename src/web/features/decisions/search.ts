import type { DecisionFilters, DecisionStage } from '../../api/types';

export const DECISION_STAGES = ['accepted', 'parked', 'declined', 'merged'] as const satisfies readonly DecisionStage[];

export function isDecisionStage(value: unknown): value is DecisionStage {
  return DECISION_STAGES.includes(value as DecisionStage);
}

const CODE = /^[a-z0-9_]{1,40}$/;

/** What the decision log keeps in its address. */
export type DecisionsSearch = DecisionFilters;

export function parseDecisionsSearch(search: Record<string, unknown>): DecisionsSearch {
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  return {
    q: q || undefined,
    stage: isDecisionStage(search.stage) ? search.stage : undefined,
    reasonCode: typeof search.reasonCode === 'string' && CODE.test(search.reasonCode) ? search.reasonCode : undefined,
  };
}
