import { useState, type KeyboardEvent } from 'react';
import { Field, Input } from '../../components/ui/Field';
import { CloseIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';

const MAX_TAGS = 10;
// The server's rule, checked here too so a bad tag is caught as it is typed.
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u;

export interface TagsInputProps {
  tags: string[];
  onChange: (tags: string[]) => void;
  /** The server's message about the tags, if any. */
  error?: string;
  onEdit?: () => void;
}

/** Tags as removable chips; Enter or a comma adds the text typed so far, Backspace on empty removes the last. */
export function TagsInput({ tags, onChange, error, onEdit }: TagsInputProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();

  /** Adds each comma-separated part; returns the part that could not be added, to keep in the box. */
  const add = (raw: string): string => {
    const next = [...tags];
    let rest = '';
    for (const part of raw.split(',')) {
      const tag = part.trim().toLowerCase().replace(/\s+/g, ' ');
      if (!tag) continue;
      if (tag.length > 30 || !TAG.test(tag)) {
        setProblem(t('ideas.form.tagInvalid'));
        rest = part.trim();
        continue;
      }
      if (next.includes(tag)) continue;
      if (next.length >= MAX_TAGS) {
        setProblem(t('ideas.form.tagsFull'));
        rest = part.trim();
        break;
      }
      next.push(tag);
    }
    if (next.length !== tags.length) onChange(next);
    return rest;
  };

  const change = (value: string) => {
    setProblem(undefined);
    // Phone keyboards often send no key event for the comma, so it is caught here.
    setText(value.includes(',') ? add(value) : value);
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      setText(add(text));
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  const remove = (tag: string) => {
    setProblem(undefined);
    onEdit?.();
    onChange(tags.filter((other) => other !== tag));
  };

  return (
    <Field label={t('ideas.form.tags')} hint={t('ideas.form.tagsHint')} error={problem ?? error} onEdit={onEdit}>
      {tags.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li key={tag} className="inline-flex items-center rounded-full border border-line bg-sunken pl-3 text-small">
              {tag}
              <button
                type="button"
                onClick={() => remove(tag)}
                className="inline-flex size-11 items-center justify-center rounded-full text-muted hover:text-ink"
              >
                <CloseIcon className="size-4" />
                <span className="sr-only">{t('ideas.form.removeTag', { tag })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Input
        value={text}
        enterKeyHint="done"
        autoCapitalize="none"
        onChange={(event) => change(event.target.value)}
        onKeyDown={keyDown}
        onBlur={() => setText(add(text))}
      />
    </Field>
  );
}
