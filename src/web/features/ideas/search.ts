import type { Area, IdeaFilters, IdeaSort } from '../../api/types';

export const AREAS = ['product', 'process', 'business_model'] as const satisfies readonly Area[];
export const SORTS = ['newest', 'top', 'trending', 'waiting'] as const satisfies readonly IdeaSort[];

export function isArea(value: unknown): value is Area {
  return AREAS.includes(value as Area);
}

export function isSort(value: unknown): value is IdeaSort {
  return SORTS.includes(value as IdeaSort);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STAGE = /^[a-z][a-z0-9_]{0,39}$/;

/** What the ideas page keeps in its address, so a filtered list can be shared and reloaded. */
export interface IdeasSearch {
  q?: string;
  stage?: string;
  area?: Area;
  siteId?: string;
  mine?: true;
  following?: true;
  voted?: true;
  overdue?: true;
  /** Absent means newest first, the server's default. */
  sort?: Exclude<IdeaSort, 'newest'>;
}

const flag = (value: unknown): true | undefined => (value === true || value === 'true' ? true : undefined);

export function parseIdeasSearch(search: Record<string, unknown>): IdeasSearch {
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  const sort = isSort(search.sort) && search.sort !== 'newest' ? search.sort : undefined;
  return {
    q: q || undefined,
    stage: typeof search.stage === 'string' && STAGE.test(search.stage) ? search.stage : undefined,
    area: isArea(search.area) ? search.area : undefined,
    siteId: typeof search.siteId === 'string' && UUID.test(search.siteId) ? search.siteId : undefined,
    mine: flag(search.mine),
    following: flag(search.following),
    voted: flag(search.voted),
    overdue: flag(search.overdue),
    sort,
  };
}

export function toIdeaFilters(search: IdeasSearch): IdeaFilters {
  return {
    q: search.q,
    stage: search.stage,
    area: search.area,
    siteId: search.siteId,
    mine: search.mine,
    following: search.following,
    voted: search.voted,
    overdue: search.overdue,
    sort: search.sort ?? 'newest',
  };
}

export function hasFilters(search: IdeasSearch): boolean {
  return Boolean(search.q || search.stage || search.area || search.siteId || search.mine || search.following || search.voted || search.overdue);
}
