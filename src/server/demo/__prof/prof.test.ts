import { sql } from 'drizzle-orm';
import { it } from 'vitest';
import { createTestApp } from '../../../../tests/support/test-app.js';
import { seedDemo } from '../seed.js';
import { seedDemoIdeas } from '../ideas.js';

it('profiles', async () => {
  const t = await createTestApp();
  const db = t.services.database.db;
  let s0 = performance.now();
  await seedDemo(t.services);
  console.log('seedDemo total', performance.now() - s0);
  await db.execute(sql`DELETE FROM ideas`);
  let count = 0;
  const orig = db.transaction.bind(db);
  (db as any).transaction = (fn: any) => { count++; return orig(fn); };
  s0 = performance.now();
  await seedDemoIdeas(t.services);
  console.log('ideas only', performance.now() - s0, 'transactions', count);
  await t.close();
}, 90000);
