import { z } from '@hono/zod-openapi';

/** RFC 9457 problem details, the one error shape of the API. */
export const FieldErrorSchema = z
  .object({
    path: z.string().openapi({ example: 'title' }),
    message: z.string().openapi({ example: 'Too short: at least 3 characters' }),
  })
  .openapi('FieldError');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'https://sparkloop.dev/problems/validation' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    code: z.string().optional().openapi({ description: 'A stable machine-readable reason, when there is one' }),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .openapi('Problem');

export type Problem = z.infer<typeof ProblemSchema>;
export type FieldError = z.infer<typeof FieldErrorSchema>;

const PROBLEM_BASE = 'https://sparkloop.dev/problems/';

export type ProblemKind =
  | 'bad-request'
  | 'malformed-json'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'not-ready'
  | 'internal';

const defaults = {
  'bad-request': [400, 'Bad request'],
  'malformed-json': [400, 'Malformed JSON'],
  validation: [422, 'Some fields are not valid'],
  unauthenticated: [401, 'Sign-in required'],
  forbidden: [403, 'Not allowed'],
  'not-found': [404, 'Not found'],
  conflict: [409, 'Conflict'],
  'payload-too-large': [413, 'Request body too large'],
  'unsupported-media-type': [415, 'Unsupported media type'],
  'rate-limited': [429, 'Too many requests'],
  'not-ready': [503, 'Not ready'],
  internal: [500, 'Something went wrong on our side'],
} as const satisfies Record<ProblemKind, readonly [number, string]>;

/** Thrown by routes and services; the error handler turns it into problem+json. */
export class ProblemError extends Error {
  readonly status: number;
  readonly kind: ProblemKind;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    kind: ProblemKind,
    detail?: string,
    options: { title?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    const [status, title] = defaults[kind];
    super(detail ?? options.title ?? title);
    this.kind = kind;
    this.status = status;
    this.title = options.title ?? title;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  toProblem(requestId?: string, instance?: string): Problem {
    return problemBody(this.kind, {
      title: this.title,
      detail: this.message,
      errors: this.errors,
      requestId,
      instance,
    });
  }
}

export function problemBody(
  kind: ProblemKind,
  fields: { title?: string; detail?: string; errors?: FieldError[] | undefined; requestId?: string | undefined; instance?: string | undefined } = {},
): Problem {
  const [status, title] = defaults[kind];
  return {
    type: PROBLEM_BASE + kind,
    title: fields.title ?? title,
    status,
    ...(fields.detail ? { detail: fields.detail } : {}),
    ...(fields.instance ? { instance: fields.instance } : {}),
    ...(fields.requestId ? { requestId: fields.requestId } : {}),
    ...(fields.errors ? { errors: fields.errors } : {}),
  };
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      'content-type': PROBLEM_CONTENT_TYPE,
      ...(problem.requestId ? { 'x-request-id': problem.requestId } : {}),
      ...headers,
    },
  });
}

/** Field errors from a zod error: one entry per bad field, with a dotted path. */
export function fieldErrorsFromZod(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

/** Declares the problem answers of a route for the OpenAPI document. */
export function problemResponses<const S extends readonly number[]>(...statuses: S) {
  const descriptions: Record<number, string> = {
    400: 'Malformed request',
    401: 'Sign-in required',
    403: 'Not allowed',
    404: 'Not found',
    409: 'Conflict',
    413: 'Request body too large',
    415: 'Unsupported media type',
    422: 'Validation failed; `errors` names each bad field',
    429: 'Too many requests',
    503: 'Not ready',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: descriptions[status] ?? 'Problem', content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } },
    ]),
  ) as { [K in S[number]]: { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } } };
}
