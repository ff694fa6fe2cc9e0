import { CloseIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';
import { AttachmentInput } from './AttachmentInput';
import { formatSize } from './format';

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
const fileKey = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;

export interface ChosenAttachmentsProps {
  files: File[];
  onChange: (files: File[]) => void;
  busy?: boolean;
}

/** The share form's files: chosen here, uploaded once the idea exists (files cannot wait in the draft). */
export function ChosenAttachments({ files, onChange, busy }: ChosenAttachmentsProps) {
  const t = useT();
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1.5 text-small font-medium text-ink">{t('ideas.attachments.optional')}</legend>
      {files.length > 0 && (
        <ul aria-label={t('ideas.attachments.chosen')} className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
          {files.map((file) => (
            <li key={fileKey(file)} className="flex items-center gap-3 pl-3">
              <span className="min-w-0 flex-1 break-words">{file.name}</span>
              <span className="shrink-0 text-small text-muted">{formatSize(file.size)}</span>
              <button
                type="button"
                disabled={busy}
                onClick={() => onChange(files.filter((other) => other !== file))}
                className="inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-muted hover:bg-sunken hover:text-ink disabled:opacity-60"
              >
                <CloseIcon className="size-4" />
                <span className="sr-only">{t('ideas.attachments.remove', { name: file.name })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <AttachmentInput
        count={files.length}
        busy={busy}
        hint={t('ideas.attachments.notInDraft')}
        // Picking the same file twice attaches it once.
        onAdd={(added) => onChange([...files, ...added.filter((file) => !files.some((chosen) => sameFile(chosen, file)))])}
      />
    </fieldset>
  );
}
