import { sql } from 'drizzle-orm';
import { bootServices, openConfiguredDatabase, shutdownServices } from '../boot.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { DatabaseUnavailableError, queryRows } from '../db/client.js';
import { migrationStatus, runMigrations } from '../db/migrate.js';
import { seedDemo } from '../demo/seed.js';
import { ProblemError } from '../http/problem.js';
import { usersCreate } from './users.js';
import { createLogger } from '../logger.js';

const USAGE = `Usage: npm run cli -- <command>

Commands:
  migrate      apply pending database migrations
  demo seed    create the demo organisation and its sites (safe to run again)
  doctor       print configuration, database, migration state and mail mode
  users create --email <e-mail> --name <name> --role <admin|reviewer|employee|customer> --password <password | ->
               create a person who signs in with a password (\`--password -\` reads it from stdin)`;

type Command = (config: Config, args: string[]) => Promise<void>;

const commands: Record<string, Command> = {
  async migrate(config) {
    const database = await openConfiguredDatabase(config);
    try {
      await runMigrations(database);
      const status = await migrationStatus(database);
      console.log(`migrations: ${status.applied} applied, latest ${status.latest ?? 'none'}`);
    } finally {
      await database.close();
    }
  },

  async 'demo seed'(config) {
    const services = await bootServices(config, createLogger('warn'), { work: false });
    try {
      const result = await seedDemo(services);
      console.log(
        result.organisationCreated || result.sitesCreated > 0 || result.peopleCreated > 0 || result.ideasCreated > 0
          ? `demo: organisation ${result.organisationCreated ? 'created' : 'kept'}, ${result.sitesCreated} site(s) and ${result.peopleCreated} people created, plus ${result.ideasCreated} idea(s)`
          : 'demo: already seeded, nothing to do',
      );
    } finally {
      await shutdownServices(services);
    }
  },

  'users create': usersCreate,

  async doctor(config) {
    const rows: [string, string][] = [
      ['data dir', config.dataDir],
      ['app url', config.appUrl],
      ['port', String(config.port)],
      ['log level', config.logLevel],
      ['demo data', config.demoData ? 'on (seeded into an empty database)' : 'off'],
      ['mail', config.smtpUrl ? `smtp → ${new URL(config.smtpUrl).host}` : `outbox folder ${config.dataDir}/outbox (no SMTP_URL)`],
      ['session secret', config.sessionSecret ? 'from SESSION_SECRET' : 'generated on first start, shared through the database'],
    ];
    const database = await openConfiguredDatabase(config);
    try {
      const [version] = await queryRows<{ version: string }>(database.db, sql`SELECT version()`);
      rows.push(['database', `${database.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'} — ${version?.version.split(',')[0] ?? 'unknown'}`]);
      try {
        const status = await migrationStatus(database);
        rows.push(['migrations', `${status.applied}/${status.expected} applied${status.upToDate ? ' (up to date)' : ' — run `npm run cli -- migrate`'}`]);
      } catch {
        rows.push(['migrations', 'none applied yet — run `npm run cli -- migrate` or start the app']);
      }
    } finally {
      await database.close();
    }
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  },
};

async function main(argv: string[]): Promise<number> {
  const name = argv.slice(0, 2).join(' ') in commands ? argv.slice(0, 2).join(' ') : argv[0];
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name && name !== 'help' && name !== '--help' ? `Unknown command "${argv.join(' ')}"\n\n${USAGE}` : USAGE);
    return name === 'help' || name === '--help' ? 0 : 2;
  }
  try {
    await command(loadConfig(), argv.slice(name!.split(' ').length));
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
      console.error(`sparkloop: ${error.message}`);
      return 1;
    }
    if (error instanceof ProblemError) {
      const fields = error.errors?.map((field) => `  ${field.path}: ${field.message}`).join('\n');
      console.error(`sparkloop: ${error.message}${fields ? `\n${fields}` : ''}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
