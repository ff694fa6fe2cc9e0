import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Idea } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Badge } from '../../components/ui/Badge';
import { Card } from '../../components/ui/Card';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { notesQuery, useAddNote } from './discussion-api';
import { MessageForm, MessageList } from './Thread';

/** Reviewers' and admins' own notes on an idea; the author and colleagues never see them. */
export function InternalNotes({ idea }: { idea: Pick<Idea, 'id'> }) {
  const t = useT();
  const notes = useQuery(notesQuery(idea.id));
  const add = useAddNote(idea.id);
  const [announcement, setAnnouncement] = useState('');

  return (
    <Card title={t('ideas.notes.title')} action={<Badge tone="danger">{t('ideas.notes.private')}</Badge>}>
      <div className="flex flex-col gap-5">
        <p className="text-small text-muted">{t('ideas.notes.intro')}</p>
        {notes.isPending ? (
          <Skeleton className="h-16 w-full" />
        ) : notes.isError ? (
          <Alert tone="error">{t('ideas.notes.loadFailed')}</Alert>
        ) : (
          <MessageList
            empty={t('ideas.notes.none')}
            messages={notes.data.map((note) => ({ ...note, authorName: note.author?.name ?? t('ideas.notes.formerMember') }))}
          />
        )}
        <MessageForm
          label={t('ideas.notes.label')}
          submitLabel={t('ideas.notes.submit')}
          requiredMessage={t('ideas.notes.required')}
          mutation={add}
          onSaved={() => setAnnouncement(t('ideas.notes.added'))}
        />
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
    </Card>
  );
}
