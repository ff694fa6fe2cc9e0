import type { Rubric } from '../../api/types';

export const MAX_CRITERIA = 12;
const MAX_KEY = 40;

/** A criterion being edited; `id` is local (keys can change while typing), `saved` means the server knows its key. */
export interface CriterionRow {
  id: string;
  key: string;
  name: string;
  description: string;
  weight: number;
  saved: boolean;
  /** Once someone types a key themselves, the name no longer rewrites it. */
  keyEdited: boolean;
}

let lastId = 0;
const nextId = () => `criterion-${(lastId += 1)}`;

export function rowsFrom(rubric: Rubric): CriterionRow[] {
  return rubric.criteria.map((criterion) => ({ ...criterion, id: nextId(), saved: true, keyEdited: false }));
}

export function blankRow(): CriterionRow {
  return { id: nextId(), key: '', name: '', description: '', weight: 1, saved: false, keyEdited: false };
}

/** "Guest delight!" → `guest_delight`: lowercase letters, digits and _, starting with a letter. */
export function keyFromName(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, MAX_KEY) || '';
  if (base.length < 2) return base;
  let key = base;
  for (let suffix = 2; taken.includes(key); suffix += 1) key = `${base.slice(0, MAX_KEY - String(suffix).length - 1)}_${suffix}`;
  return key;
}

export function toRubric(rows: readonly CriterionRow[]): Rubric {
  return {
    criteria: rows.map(({ key, name, description, weight }) => ({ key: key.trim(), name: name.trim(), description: description.trim(), weight })),
  };
}

/** Moves the row at `index` one place up (-1) or down (+1). */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
