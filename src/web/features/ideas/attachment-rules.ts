import type { Translate } from '../../i18n/translate';
import { formatSize } from './format';

// The server's limits (src/server/ideas/attachments.ts), checked here first so nobody waits
// for an upload that will be refused. The server still reads each file's real type.
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf']);
const EXTENSIONS = /\.(png|jpe?g|gif|webp|pdf)$/i;
/** For the file picker, so phones offer pictures and documents first. */
export const ATTACHMENT_ACCEPT = [...TYPES, '.png', '.jpg', '.jpeg', '.gif', '.webp', '.pdf'].join(',');

/** Splits what was picked into files to keep and one readable reason per file refused. */
export function checkFiles(picked: readonly File[], alreadyThere: number, t: Translate): { accepted: File[]; problems: string[] } {
  const accepted: File[] = [];
  const problems: string[] = [];
  for (const file of picked) {
    const name = file.name;
    // Some phones give no type at all; the name is the only hint then.
    if (!(TYPES.has(file.type) || (!file.type && EXTENSIONS.test(name)))) problems.push(t('ideas.attachments.wrongType', { name }));
    else if (file.size === 0) problems.push(t('ideas.attachments.empty', { name }));
    else if (file.size > MAX_ATTACHMENT_BYTES) problems.push(t('ideas.attachments.tooBig', { name, size: formatSize(file.size) }));
    else if (alreadyThere + accepted.length >= MAX_ATTACHMENTS) problems.push(t('ideas.attachments.tooMany', { name }));
    else accepted.push(file);
  }
  return { accepted, problems };
}
