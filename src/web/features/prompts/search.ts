import type { PromptFilters } from '../../api/types';
import { isPromptArea, isTechnique } from './labels';

/** What the prompt library keeps in its address, so a filtered view can be shared and reloaded. */
export type PromptsSearch = PromptFilters;

export function parsePromptsSearch(search: Record<string, unknown>): PromptsSearch {
  return {
    area: isPromptArea(search.area) ? search.area : undefined,
    technique: isTechnique(search.technique) ? search.technique : undefined,
    status: search.status === 'retired' ? 'retired' : undefined,
  };
}
