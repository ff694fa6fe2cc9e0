import { useId, useState, type ChangeEvent } from 'react';
import { Alert } from '../../components/ui/Alert';
import { cx } from '../../components/ui/cx';
import { UploadIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';
import { ATTACHMENT_ACCEPT, checkFiles, MAX_ATTACHMENTS } from './attachment-rules';

export interface AttachmentInputProps {
  /** Files the idea has, or will have, already; the limit counts them. */
  count: number;
  onAdd: (files: File[]) => void;
  /** Extra lines under the rules, e.g. that files are not kept in the draft. */
  hint?: string;
  /** Refusals from the server, shown with the browser's own. */
  errors?: readonly string[];
  busy?: boolean;
}

/**
 * A button-like label over a hidden file input (so it looks the same on every phone), the rules,
 * and one readable line per file refused. Only files that pass the checks reach `onAdd`.
 */
export function AttachmentInput({ count, onAdd, hint, errors = [], busy = false }: AttachmentInputProps) {
  const t = useT();
  const id = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const full = count >= MAX_ATTACHMENTS;
  const shown = [...problems, ...errors];
  const describedBy = [`${id}-rules`, shown.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ');

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const { accepted, problems: refused } = checkFiles(Array.from(event.target.files ?? []), count, t);
    // Cleared, so the same file can be picked again after it was removed.
    event.target.value = '';
    setProblems(refused);
    if (accepted.length > 0) onAdd(accepted);
  };

  return (
    <div className="flex flex-col gap-1.5">
      <input
        id={id}
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        disabled={full || busy}
        aria-describedby={describedBy}
        onChange={change}
        className="peer sr-only"
      />
      <label
        htmlFor={id}
        className={cx(
          'inline-flex min-h-11 cursor-pointer items-center justify-center gap-2 self-start rounded-lg border border-control bg-surface px-4 font-medium text-ink hover:bg-sunken',
          'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus',
          'peer-disabled:cursor-not-allowed peer-disabled:opacity-60',
        )}
      >
        <UploadIcon className="size-5" />
        {t('ideas.attachments.add')}
      </label>
      <div id={`${id}-rules`} className="flex flex-col gap-1 text-small text-muted">
        <p>{full ? t('ideas.attachments.full') : t('ideas.attachments.hint')}</p>
        {hint && <p>{hint}</p>}
      </div>
      {shown.length > 0 && (
        <Alert tone="error">
          <ul id={`${id}-problems`} className="flex flex-col gap-1">
            {shown.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}
