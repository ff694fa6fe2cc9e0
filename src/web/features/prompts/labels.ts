import type { Area, PromptArea, PromptTechnique } from '../../api/types';

export const PROMPT_AREAS = ['product', 'process', 'business_model', 'any'] as const satisfies readonly PromptArea[];
export const IDEA_AREAS = ['product', 'process', 'business_model'] as const satisfies readonly Area[];
export const PROMPT_TECHNIQUES = [
  'customer_pain',
  'remove_a_step',
  'self_service',
  'proactive_service',
  'small_delight',
  'borrowed_idea',
  'reverse_assumption',
  'co_creation',
  'empathy_interview',
  'journey_moment',
] as const satisfies readonly PromptTechnique[];

export function isPromptArea(value: unknown): value is PromptArea {
  return PROMPT_AREAS.includes(value as PromptArea);
}

export function isIdeaArea(value: unknown): value is Area {
  return IDEA_AREAS.includes(value as Area);
}

export function isTechnique(value: unknown): value is PromptTechnique {
  return PROMPT_TECHNIQUES.includes(value as PromptTechnique);
}
