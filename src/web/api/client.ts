/** One invalid field from a problem+json `errors` list; `path` is e.g. `title` or `tags.0`. */
export interface ProblemFieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details as the Sparkloop API sends them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  requestId?: string;
  /** A stable machine-readable reason, e.g. `ACCOUNT_DEACTIVATED`. */
  code?: string;
  errors?: ProblemFieldError[];
}

/** A non-2xx answer from the API, with each invalid field's message keyed by its path. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string;
  readonly requestId: string | undefined;
  readonly code: string | undefined;
  readonly fieldErrors: Record<string, string>;
  /** Every message, in the server's order; for views that list all reasons a path failed. */
  readonly errors: readonly ProblemFieldError[];

  constructor(status: number, problem: Problem, requestId?: string) {
    const title = problem.title ?? `HTTP ${status}`;
    super(problem.detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = problem.detail;
    this.type = problem.type ?? 'about:blank';
    this.requestId = problem.requestId ?? requestId;
    this.code = problem.code;
    this.fieldErrors = toFieldErrors(problem.errors);
    this.errors = problem.errors ?? [];
  }
}

function toFieldErrors(errors: ProblemFieldError[] | undefined): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const { path, message } of errors ?? []) {
    // The first message per field is the one shown next to its input.
    byPath[path] ??= message;
  }
  return byPath;
}

export type ApiRequestInit = Omit<RequestInit, 'body'> & {
  /** Sent as JSON; a `Blob` or `File` (an upload) is sent as its raw bytes instead. */
  body?: unknown;
};

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return { title: response.statusText || undefined };
  try {
    return (await response.json()) as Problem;
  } catch {
    return { title: response.statusText || undefined };
  }
}

/**
 * Calls the API on the same origin and returns the parsed JSON body.
 * Throws `ApiError` on any non-2xx answer, and the browser's `TypeError` when offline.
 */
export async function apiFetch<T>(path: string, init: ApiRequestInit = {}): Promise<T> {
  const { body, headers, ...rest } = init;
  const requestHeaders = new Headers(headers);
  requestHeaders.set('accept', 'application/json, application/problem+json');
  const raw = body instanceof Blob;
  if (raw) requestHeaders.set('content-type', 'application/octet-stream');
  else if (body !== undefined) requestHeaders.set('content-type', 'application/json');

  const response = await fetch(path, {
    ...rest,
    credentials: 'same-origin',
    headers: requestHeaders,
    body: raw ? body : body === undefined ? undefined : JSON.stringify(body),
  });

  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(response.status, problem, response.headers.get('x-request-id') ?? undefined);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
