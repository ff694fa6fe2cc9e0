import { useCallback, useEffect, useState } from 'react';
import type { Area } from '../../api/types';
import { isArea } from './search';

/** Everything typed into the idea form, plus the key that makes its submission happen once. */
export interface IdeaDraft {
  title: string;
  problem: string;
  proposal: string;
  area: Area | null;
  siteId: string | null;
  tags: string[];
  anonymous: boolean;
  confidential: boolean;
  /** The prompt the idea answers ("Need a spark?"), if one was chosen. */
  promptId: string | null;
  /**
   * Sent as `Idempotency-Key`. It lives with the draft, so a retry after a lost answer (even
   * after a reload) is recognised by the server instead of creating a second idea.
   */
  idempotencyKey: string;
}

/** A random UUID; `crypto.randomUUID` exists only on https and localhost. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function blankDraft(siteId: string | null): IdeaDraft {
  return {
    title: '',
    problem: '',
    proposal: '',
    area: null,
    siteId,
    tags: [],
    anonymous: false,
    confidential: false,
    promptId: null,
    idempotencyKey: newIdempotencyKey(),
  };
}

export function hasContent(draft: IdeaDraft): boolean {
  return Boolean(draft.title.trim() || draft.problem.trim() || draft.proposal.trim() || draft.tags.length || draft.promptId);
}

// Per person, so someone else signing in on a shared phone never sees it.
const storageKey = (personId: string) => `sparkloop.ideaDraft.${personId}`;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function readDraft(personId: string): IdeaDraft | null {
  try {
    const raw = localStorage.getItem(storageKey(personId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Record<string, unknown>;
    const draft: IdeaDraft = {
      title: text(value.title),
      problem: text(value.problem),
      proposal: text(value.proposal),
      area: isArea(value.area) ? value.area : null,
      siteId: typeof value.siteId === 'string' ? value.siteId : null,
      tags: Array.isArray(value.tags) ? value.tags.filter((tag): tag is string => typeof tag === 'string').slice(0, 10) : [],
      anonymous: value.anonymous === true,
      confidential: value.confidential === true,
      promptId: typeof value.promptId === 'string' ? value.promptId : null,
      idempotencyKey: text(value.idempotencyKey) || newIdempotencyKey(),
    };
    return hasContent(draft) ? draft : null;
  } catch {
    return null;
  }
}

function writeDraft(personId: string, draft: IdeaDraft | null): void {
  try {
    if (draft && hasContent(draft)) localStorage.setItem(storageKey(personId), JSON.stringify(draft));
    else localStorage.removeItem(storageKey(personId));
  } catch {
    // Storage is full or blocked (private browsing): the form still works, just without a saved draft.
  }
}

/**
 * The idea form's state, saved to this device on every change and restored on the next visit,
 * so a reload, a lost signal or a tap on a similar idea loses nothing. `promptId`: the prompt the
 * person arrived to answer (a link such as "Share an idea on this"), which wins over the draft's.
 */
export function useIdeaDraft(personId: string, defaultSiteId: string | null, promptId?: string) {
  const [initial] = useState(() => readDraft(personId));
  const [draft, setDraft] = useState<IdeaDraft>(() => {
    const start = initial ?? blankDraft(defaultSiteId);
    return promptId ? { ...start, promptId } : start;
  });
  const [restored, setRestored] = useState(initial !== null);

  useEffect(() => writeDraft(personId, draft), [personId, draft]);

  const update = useCallback((patch: Partial<IdeaDraft>) => setDraft((current) => ({ ...current, ...patch })), []);

  const discard = useCallback(() => {
    setDraft(blankDraft(defaultSiteId));
    setRestored(false);
  }, [defaultSiteId]);

  /** After a successful submit: nothing left to restore. */
  const clear = useCallback(() => writeDraft(personId, null), [personId]);

  return { draft, update, restored, discard, clear };
}
