import { z } from 'zod';
import type { Db } from '../db/client.js';
import { ROLES } from '../db/schema/index.js';
import { ProblemError, type FieldError } from '../http/problem.js';
import { listSites, listTeams } from '../organisation/service.js';
import type { Actor } from '../policies/index.js';
import type { Services } from '../services.js';
import { parseCsv } from './csv.js';
import { invitePerson } from './invitations.js';

export const MAX_IMPORT_ROWS = 1000;
const COLUMNS = ['email', 'name', 'role', 'sites', 'teams'] as const;

const Row = z.object({
  email: z.email('Not a valid e-mail address').transform((value) => value.trim().toLowerCase()),
  name: z.string().trim().min(1, 'Name is empty').max(120),
  role: z.enum(ROLES, { message: `Role must be one of ${ROLES.join(', ')}` }),
});

export type ImportReport = {
  /** `row` is the line of the file the person's row starts on. */
  invited: { row: number; email: string }[];
  failed: { row: number; email: string; errors: FieldError[] }[];
};

/**
 * One invitation per CSV row. Each row stands alone: a bad row is reported with every reason
 * and leaves nothing behind; good rows are invited.
 */
export async function importPeople(services: Services, actor: Actor, csv: string, ip: string): Promise<ImportReport> {
  const rows = parseCsv(csv);
  const header = (rows.shift()?.cells ?? []).map((cell) => cell.trim().toLowerCase());
  const missing = ['email', 'name', 'role'].filter((column) => !header.includes(column));
  if (missing.length) {
    throw new ProblemError('validation', `The first line must name the columns: ${COLUMNS.join(', ')} (sites and teams are optional)`, {
      errors: missing.map((column) => ({ path: 'csv', message: `Missing column "${column}"` })),
    });
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ProblemError('validation', `At most ${MAX_IMPORT_ROWS} people per import`, { errors: [{ path: 'csv', message: `${rows.length} rows` }] });
  }
  const db: Db = services.database.db;
  const [sites, teams] = await Promise.all([listSites(db), listTeams(db)]);
  const report: ImportReport = { invited: [], failed: [] };
  const seen = new Set<string>();

  for (const { line: rowNumber, cells } of rows) {
    const cell = (column: string) => (cells[header.indexOf(column)] ?? '').trim();
    const errors: FieldError[] = [];
    const parsed = Row.safeParse({ email: cell('email'), name: cell('name'), role: cell('role').toLowerCase() });
    if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => ({ path: String(issue.path[0]), message: issue.message })));
    const list = (column: string) => cell(column).split(';').map((part) => part.trim()).filter(Boolean);
    const siteIds = list('sites').map((name) => {
      const site = sites.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase() || candidate.slug === name.toLowerCase());
      if (!site) errors.push({ path: 'sites', message: `No site called "${name}"` });
      return site?.id;
    });
    const teamIds = list('teams').map((name) => {
      const matches = teams.filter((team) => team.name.toLowerCase() === name.toLowerCase() && (siteIds.length === 0 || siteIds.includes(team.siteId)));
      if (matches.length !== 1) errors.push({ path: 'teams', message: matches.length ? `Team "${name}" exists at several sites; list the site too` : `No team called "${name}" at the listed sites` });
      return matches[0]?.id;
    });
    const email = parsed.success ? parsed.data.email : cell('email');
    if (parsed.success && seen.has(email)) errors.push({ path: 'email', message: 'Appears twice in this file' });
    seen.add(email);
    if (errors.length || !parsed.success) {
      report.failed.push({ row: rowNumber, email, errors });
      continue;
    }
    try {
      await invitePerson(
        services,
        actor,
        { ...parsed.data, siteIds: siteIds.filter((id): id is string => !!id), teamIds: teamIds.filter((id): id is string => !!id) },
        ip,
      );
      report.invited.push({ row: rowNumber, email });
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      report.failed.push({ row: rowNumber, email, errors: error.errors ?? [{ path: 'row', message: error.message }] });
    }
  }
  return report;
}
