import type { z } from '@hono/zod-openapi';

/** A JSON response declaration for a route contract. */
export const jsonResponse = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A required JSON request body for a route contract. */
export const jsonBody = <S extends z.ZodType>(schema: S) => ({ body: { content: { 'application/json': { schema } }, required: true } });
