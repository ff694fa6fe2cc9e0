import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Idea } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Card } from '../../components/ui/Card';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { commentsQuery, useAddComment } from './discussion-api';
import { MessageForm, MessageList } from './Thread';

/** The public discussion under an idea; commenting makes you follow it. */
export function Comments({ idea }: { idea: Pick<Idea, 'id'> }) {
  const t = useT();
  const comments = useQuery(commentsQuery(idea.id));
  const add = useAddComment(idea.id);
  const [announcement, setAnnouncement] = useState('');

  return (
    <Card title={t('ideas.comments.title')}>
      <div className="flex flex-col gap-5">
        {comments.isPending ? (
          <Skeleton className="h-16 w-full" />
        ) : comments.isError ? (
          <Alert tone="error">{t('ideas.comments.loadFailed')}</Alert>
        ) : (
          <MessageList
            empty={t('ideas.comments.none')}
            messages={comments.data.map((comment) => ({
              ...comment,
              authorName: comment.author.anonymous ? t('ideas.anonymous') : comment.author.name,
            }))}
          />
        )}
        <MessageForm
          label={t('ideas.comments.label')}
          hint={t('ideas.comments.hint')}
          submitLabel={t('ideas.comments.submit')}
          requiredMessage={t('ideas.comments.required')}
          mutation={add}
          mentions
          onSaved={() => setAnnouncement(t('ideas.comments.added'))}
        />
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
    </Card>
  );
}
