import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Attachment, Idea } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Card } from '../../components/ui/Card';
import { TrashIcon } from '../../components/ui/icons';
import { Skeleton } from '../../components/ui/Skeleton';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { AttachmentInput } from './AttachmentInput';
import { attachmentsQuery, useAddAttachment, useRemoveAttachment } from './attachments-api';
import { formatSize } from './format';

const isPicture = (attachment: Attachment) => attachment.contentType.startsWith('image/');

/**
 * An idea's pictures (as thumbnails that open full size) and PDFs (as downloads). Whoever may
 * edit the idea adds and removes them; the section is left out when there is nothing to show.
 */
export function IdeaAttachments({ idea }: { idea: Pick<Idea, 'id' | 'abilities'> }) {
  const t = useT();
  const toast = useToast();
  const attachments = useQuery(attachmentsQuery(idea.id));
  const add = useAddAttachment(idea.id);
  const remove = useRemoveAttachment(idea.id);
  const [errors, setErrors] = useState<string[]>([]);
  const [uploading, setUploading] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const canEdit = idea.abilities.edit;
  const items = attachments.data ?? [];

  // Most readers cannot add any: for them the section appears only once there is something in it.
  if (!canEdit && (attachments.isPending || (attachments.isSuccess && items.length === 0))) return null;

  const upload = async (files: File[]) => {
    setErrors([]);
    const failures: string[] = [];
    for (const file of files) {
      setUploading(file.name);
      try {
        await add.mutateAsync(file);
        setAnnouncement(t('ideas.attachments.added', { name: file.name }));
      } catch (error) {
        failures.push(t('ideas.attachments.notAttached', { name: file.name, reason: error instanceof Error ? error.message : String(error) }));
      }
    }
    setUploading(null);
    setErrors(failures);
  };

  const removeOne = (attachment: Attachment) =>
    remove.mutate(attachment, {
      onSuccess: () => {
        setAnnouncement(t('ideas.attachments.removed', { name: attachment.fileName }));
        // Its button is gone: keep the keyboard in the list rather than at the top of the page.
        listRef.current?.focus();
      },
      onError: (error) => toast({ title: t('ideas.attachments.removeFailed', { name: attachment.fileName }), description: error.message, tone: 'error' }),
    });

  return (
    <Card title={t('ideas.attachments.title')}>
      <div className="flex flex-col gap-4">
        {attachments.isPending ? (
          <Skeleton className="h-32 w-full" />
        ) : attachments.isError ? (
          <Alert tone="error">{t('ideas.attachments.loadFailed')}</Alert>
        ) : items.length === 0 ? (
          <p className="text-muted">{t('ideas.attachments.none')}</p>
        ) : (
          <ul ref={listRef} tabIndex={-1} className="grid grid-cols-2 gap-3 outline-none sm:grid-cols-3">
            {items.map((attachment) => (
              <AttachmentItem
                key={attachment.id}
                attachment={attachment}
                onRemove={canEdit ? () => removeOne(attachment) : undefined}
                removing={remove.isPending && remove.variables?.id === attachment.id}
              />
            ))}
          </ul>
        )}
        {canEdit && attachments.isSuccess && (
          <AttachmentInput count={items.length} onAdd={(files) => void upload(files)} errors={errors} busy={uploading !== null} />
        )}
        <p role="status" className={uploading ? 'text-small text-muted' : 'sr-only'}>
          {uploading ? t('ideas.attachments.uploading', { name: uploading }) : announcement}
        </p>
      </div>
    </Card>
  );
}

function AttachmentItem({ attachment, onRemove, removing }: { attachment: Attachment; onRemove?: () => void; removing: boolean }) {
  const t = useT();
  const size = formatSize(attachment.size);
  return (
    <li className="flex min-w-0 flex-col gap-1.5">
      {isPicture(attachment) ? (
        <a href={attachment.url} target="_blank" rel="noopener noreferrer" className="block overflow-hidden rounded-lg border border-line bg-sunken">
          <img src={attachment.url} alt={attachment.fileName} loading="lazy" className="aspect-square w-full object-cover" />
          <span className="sr-only"> {t('common.opensInNewTab')}</span>
        </a>
      ) : (
        // PDFs are sent as downloads, never shown inside the app.
        <a
          href={attachment.url}
          download={attachment.fileName}
          className="flex aspect-square items-center justify-center rounded-lg border border-line bg-sunken p-2 text-center font-semibold no-underline"
        >
          <span aria-hidden="true">{t('ideas.attachments.pdfBadge')}</span>
          <span className="sr-only">{attachment.fileName}</span>
        </a>
      )}
      <div className="flex items-start gap-1">
        <div className="min-w-0 flex-1 text-small">
          <p className="break-words">{attachment.fileName}</p>
          <p className="text-muted">{t(isPicture(attachment) ? 'ideas.attachments.picture' : 'ideas.attachments.pdf', { size })}</p>
        </div>
        {onRemove && (
          <button
            type="button"
            onClick={removing ? undefined : onRemove}
            aria-disabled={removing || undefined}
            className="-mt-2 -mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-muted hover:bg-sunken hover:text-danger"
          >
            <TrashIcon className="size-5" />
            <span className="sr-only">{t('ideas.attachments.remove', { name: attachment.fileName })}</span>
          </button>
        )}
      </div>
    </li>
  );
}
