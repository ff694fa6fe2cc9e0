import { parseArgs } from 'node:util';
import { bootServices, shutdownServices } from '../boot.js';
import type { Config } from '../config.js';
import { ROLES, type Role } from '../db/schema/index.js';
import { ProblemError } from '../http/problem.js';
import { createLogger } from '../logger.js';
import { createPersonWithPassword } from '../people/accounts.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** `users create`: a person with a password, e.g. the first admin of a server deployment. */
export async function usersCreate(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
    strict: true,
  });
  const errors = [];
  if (!values.email) errors.push({ path: '--email', message: 'required' });
  if (!values.name) errors.push({ path: '--name', message: 'required' });
  if (!values.role || !ROLES.includes(values.role as Role)) errors.push({ path: '--role', message: `one of ${ROLES.join(', ')}` });
  if (!values.password) errors.push({ path: '--password', message: 'required (use - to read it from stdin)' });
  if (errors.length) throw new ProblemError('validation', 'Missing or invalid options', { errors });

  const password = values.password === '-' ? await readStdin() : values.password!;
  const services = await bootServices(config, createLogger('warn'), { work: false });
  try {
    const { id } = await createPersonWithPassword(services.database.db, {
      email: values.email!,
      name: values.name!,
      role: values.role as Role,
      password,
      passwordPath: '--password',
    });
    console.log(`created ${values.role} ${values.email!.toLowerCase()} (${id})`);
  } finally {
    await shutdownServices(services);
  }
}
