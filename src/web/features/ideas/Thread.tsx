import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Field, Textarea } from '../../components/ui/Field';
import { Markdown } from '../../components/ui/Markdown';
import { formatDateTime } from './format';
import { MentionTextarea } from './MentionTextarea';

export interface ThreadMessage {
  id: string;
  body: string;
  authorName: string;
  createdAt: string;
}

/**
 * Messages oldest first. Bodies are markdown with @mentions; whatever HTML was typed shows as
 * text, never as markup.
 */
export function MessageList({ messages, empty }: { messages: ThreadMessage[]; empty: string }) {
  if (messages.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ol className="flex flex-col divide-y divide-line">
      {messages.map((message) => (
        <li key={message.id} className="flex flex-col gap-1 py-3 first:pt-0">
          <p className="text-small text-muted">
            <span className="font-medium text-ink">{message.authorName}</span> ·{' '}
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
          </p>
          <Markdown text={message.body} />
        </li>
      ))}
    </ol>
  );
}

const FIELDS = ['body'];

export interface MessageFormProps {
  label: string;
  hint?: string;
  submitLabel: string;
  requiredMessage: string;
  mutation: UseMutationResult<unknown, Error, string>;
  /** Called after a message was saved, e.g. to announce it. */
  onSaved?: () => void;
  /** Suggest colleagues after "@" (only where the server tells the people mentioned). */
  mentions?: boolean;
}

/** A textarea and a send button; the server's refusal shows next to the text or above the button. */
export function MessageForm({ label, hint, submitLabel, requiredMessage, mutation, onSaved, mentions = false }: MessageFormProps) {
  const [body, setBody] = useState('');
  const form = useFormErrors(FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      form.showFields({ body: requiredMessage });
      return;
    }
    form.reset();
    mutation.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        onSaved?.();
      },
      onError: form.showFrom,
    });
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3">
      <Field label={label} hint={hint} {...form.bind('body')}>
        {mentions ? (
          <MentionTextarea rows={3} maxLength={5000} value={body} onChange={setBody} />
        ) : (
          <Textarea rows={3} maxLength={5000} value={body} onChange={(event) => setBody(event.target.value)} />
        )}
      </Field>
      {form.formError && <Alert tone="error">{form.formError}</Alert>}
      <Button type="submit" variant="secondary" loading={mutation.isPending} className="self-start">
        {submitLabel}
      </Button>
    </form>
  );
}
