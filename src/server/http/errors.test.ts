import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeRoutes } from '../../../tests/support/probe-routes.js';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';

let t: TestContext;
const state = { creates: 0 };
beforeAll(async () => {
  t = await createTestApp({ extraRoutes: [probeRoutes(state)] });
});
afterAll(() => t.close());

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^https:\/\//), title: expect.any(String) });
  expect(body.requestId).toBe(res.headers.get('x-request-id'));
  return body;
}

describe('problem+json answers under /api', () => {
  it('unknown route → 404', async () => {
    const body = await expectProblem(await t.request('GET', '/api/v1/nothing-here'), 404);
    expect(body.detail).toBe('No API route matches GET /api/v1/nothing-here');
  });

  it('malformed JSON → 400 and nothing is created', async () => {
    const before = state.creates;
    const body = await expectProblem(await t.request('POST', '/api/v1/test-widgets', { body: '{"name": "abc",' }), 400);
    expect(body.title).toBe('Malformed JSON');
    expect(state.creates).toBe(before);
  });

  it('schema violation → 422 naming every bad field', async () => {
    const res = await t.request('POST', '/api/v1/test-widgets', { body: { name: 'x', size: -1, tags: ['', 'ok'] } });
    const body = await expectProblem(res, 422);
    const paths = (body.errors as { path: string; message: string }[]).map((error) => error.path).sort();
    expect(paths).toEqual(['name', 'size', 'tags.0']);
    expect(body.errors).toContainEqual({ path: 'name', message: 'Use at least 3 characters' });
    expect(body.errors).toContainEqual({ path: 'tags.0', message: 'Cannot be empty' });
  });

  it('missing body fields are named too', async () => {
    const body = await expectProblem(await t.request('POST', '/api/v1/test-widgets', { body: {} }), 422);
    expect((body.errors as { path: string }[]).map((error) => error.path).sort()).toEqual(['name', 'size']);
  });

  it('body over 1 MB → 413', async () => {
    const huge = JSON.stringify({ name: 'big', size: 1, tags: ['x'.repeat(1024 * 1024)] });
    await expectProblem(await t.request('POST', '/api/v1/test-widgets', { body: huge }), 413);
  });

  it('wrong content type → 415', async () => {
    const res = await t.request('POST', '/api/v1/test-widgets', {
      body: 'name=abc&size=2',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const body = await expectProblem(res, 415);
    expect(body.detail).toContain('application/json');
  });

  it('unexpected error → 500 with a request id, no stack trace; the stack goes to the log', async () => {
    const res = await t.request('GET', '/api/v1/test-explode', { headers: { 'x-request-id': 'trace-me-123' } });
    const body = await expectProblem(res, 500);
    expect(body.requestId).toBe('trace-me-123');
    expect(JSON.stringify(body)).not.toMatch(/kaboom|app\.ts|at /);
    const logged = t.logs.find((line) => line.msg === 'unhandled error' && line.requestId === 'trace-me-123');
    expect((logged?.err as { stack: string }).stack).toContain('kaboom');
  });

  it('logs each request as JSON with request id, status and duration', async () => {
    await t.request('GET', '/healthz', { headers: { 'x-request-id': 'log-check-1' } });
    const line = t.logs.find((entry) => entry.msg === 'request' && entry.requestId === 'log-check-1');
    expect(line).toMatchObject({ method: 'GET', path: '/healthz', status: 200, durationMs: expect.any(Number) });
  });

  it('a valid create still works through the same pipeline', async () => {
    const res = await t.request('POST', '/api/v1/test-widgets', { body: { name: 'lamp', size: 2 } });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ name: 'lamp', size: 2, tags: [] });
  });
});
