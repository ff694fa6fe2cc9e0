import type { Site, Team } from '../../api/types';

/** Quotes a cell when CSV needs it (a comma, a quote or a line break inside). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * An example import file that works as it is in this organisation: its rows use the real
 * names of a site and a team when there are some, and show every role and the `;` separator.
 */
export function exampleCsv(sites: Site[], teams: Team[]): string {
  const [first, second] = sites;
  const team = teams.find((candidate) => candidate.siteId === first?.id);
  const rows = [
    ['email', 'name', 'role', 'sites', 'teams'],
    ['maria.silva@example.com', 'Maria Silva', 'employee', first?.name ?? '', team?.name ?? ''],
    ['jon.reyes@example.com', 'Jon Reyes', 'reviewer', [first?.name, second?.name].filter(Boolean).join(';'), ''],
    ['guest.lee@example.com', 'Sam Lee', 'customer', '', ''],
  ];
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * A ref callback that points a download link at a Blob of `text`, and frees the Blob when the
 * link goes away (React 19 runs the returned cleanup).
 */
export function blobHref(text: string, type = 'text/csv;charset=utf-8') {
  return (link: HTMLAnchorElement | null) => {
    if (!link) return;
    const url = URL.createObjectURL(new Blob([text], { type }));
    link.href = url;
    return () => URL.revokeObjectURL(url);
  };
}
