import { validate } from '@readme/openapi-parser';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/support/test-app.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health and readiness', () => {
  it('GET /healthz says the process is alive', async () => {
    const res = await t.request('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('GET /readyz reports the database kind and applied migrations', async () => {
    const res = await t.request('GET', '/readyz');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { database: string; migrations: { applied: number; latest: string } };
    expect(body).toMatchObject({ status: 'ready', database: t.services.database.kind });
    expect(body.migrations.applied).toBeGreaterThanOrEqual(4);
    expect(body.migrations.latest).toMatch(/^\d{4}_/);
  });

  it('GET /readyz is 503 problem+json while a migration is missing', async () => {
    const db = t.services.database.db;
    const [last] = (
      (await db.execute(sql`SELECT id, hash, created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`)) as unknown as {
        rows: { id: number; hash: string; created_at: string }[];
      }
    ).rows;
    await db.execute(sql`DELETE FROM drizzle.__drizzle_migrations WHERE id = ${last!.id}`);
    try {
      const res = await t.request('GET', '/readyz');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 503, detail: expect.stringMatching(/Migrations pending/) });
    } finally {
      await db.execute(
        sql`INSERT INTO drizzle.__drizzle_migrations (id, hash, created_at) VALUES (${last!.id}, ${last!.hash}, ${last!.created_at})`,
      );
    }
    expect((await t.request('GET', '/readyz')).status).toBe(200);
  });

  it('GET /readyz is 503 once the instance is shutting down', async () => {
    t.services.lifecycle.shuttingDown = true;
    try {
      const res = await t.request('GET', '/readyz');
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toMatchObject({ title: 'Not ready', detail: 'This instance is shutting down' });
    } finally {
      t.services.lifecycle.shuttingDown = false;
    }
  });
});

describe('API description', () => {
  it('serves an OpenAPI 3.1 document that a real validator accepts', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const document = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/api/v1/events', '/api/v1/organisation']));
    const result = await validate(structuredClone(document) as never);
    expect(result).toMatchObject({ valid: true });
  });

  it('serves a readable API reference page built from that document', async () => {
    const res = await t.request('GET', '/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<h1>Sparkloop API');
    expect(html).toContain('/api/v1/organisation');
    expect(html).toContain('id="schema-problem"');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('web app serving', () => {
  it('sends security headers with a strict script policy', async () => {
    const res = await t.request('GET', '/healthz');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
