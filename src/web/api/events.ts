/**
 * The server's stream of change notices (`GET /api/v1/events`), opened once per tab and shared
 * by every feature that listens. Browsers allow only a few open connections to one server, so
 * each feature opening its own would soon starve the tab's ordinary requests.
 */
export interface NoticeListener {
  /** Event types to hear, e.g. `idea.updated`. */
  types: readonly string[];
  onNotice: (event: MessageEvent) => void;
  /** The connection came back after a drop: notices sent meanwhile are lost, so refetch. */
  onReconnect?: () => void;
}

let source: EventSource | undefined;
let connectedBefore = false;
const listeners = new Set<NoticeListener>();
const typesHeard = new Set<string>();

function dispatch(event: MessageEvent): void {
  for (const listener of listeners) if (listener.types.includes(event.type)) listener.onNotice(event);
}

function open(): EventSource {
  const created = new EventSource('/api/v1/events');
  // The server says `ready` on every (re)connection; only the first one is not a comeback.
  created.addEventListener('ready', () => {
    if (connectedBefore) for (const listener of listeners) listener.onReconnect?.();
    connectedBefore = true;
  });
  return created;
}

/**
 * Starts hearing `listener.types` on the shared stream, opening it if needed; returns the
 * function that stops. The stream closes when its last listener stops (e.g. at sign-out).
 */
export function listenToEvents(listener: NoticeListener): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  source ??= open();
  listeners.add(listener);
  for (const type of listener.types) {
    if (typesHeard.has(type)) continue;
    typesHeard.add(type);
    source.addEventListener(type, dispatch);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || !source) return;
    source.close();
    source = undefined;
    connectedBefore = false;
    typesHeard.clear();
  };
}
