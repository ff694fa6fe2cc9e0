import type { PromptArea, PromptTechnique } from '../../api/types';

export const PROMPT_AREAS = ['product', 'process', 'business_model', 'any'] as const satisfies readonly PromptArea[];
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

export function isTechnique(value: unknown): value is PromptTechnique {
  return PROMPT_TECHNIQUES.includes(value as PromptTechnique);
}
