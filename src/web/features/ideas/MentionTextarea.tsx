import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MentionablePerson } from '../../api/types';
import { cx } from '../../components/ui/cx';
import { Textarea } from '../../components/ui/Field';
import { useT } from '../../i18n';
import { useMentionable } from './discussion-api';
import { useDebouncedValue } from './useDebouncedValue';

const SEARCH_DELAY_MS = 150;

/**
 * The "@ana s" being typed just before the caret: an @ at the start or after a space or bracket
 * (so e-mail addresses do not count), then letters, with at most two spaces for a full name.
 */
const TRIGGER = /(?:^|[\s([{"'])@(\p{L}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,2})$/u;

export function findTrigger(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = TRIGGER.exec(before);
  if (!match || match[1]!.length > 40) return null;
  return { start: before.length - match[1]!.length - 1, query: match[1]! };
}

/** The stored form the server reads (`@[Name](id)`); brackets and line breaks cannot be in a name. */
export function mentionText(person: MentionablePerson): string {
  const name = person.name.replace(/[[\]\r\n]/g, ' ').trim().slice(0, 120);
  return `@[${name}](${person.id}) `;
}

export interface MentionTextareaProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
}

/**
 * A textarea (inside a `Field`) that suggests colleagues after "@", as an ARIA combobox: arrows
 * move through the list, Enter or Tab inserts the person, Escape closes it. Tapping works too.
 */
export function MentionTextarea({ value, onChange, rows, maxLength }: MentionTextareaProps) {
  const t = useT();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const caretAfterPick = useRef<number | null>(null);
  const [caret, setCaret] = useState(0);
  const [focused, setFocused] = useState(false);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState({ key: '', index: -1 });

  const trigger = findTrigger(value, caret);
  const q = useDebouncedValue(trigger?.query ?? '', SEARCH_DELAY_MS);
  const search = useMentionable(q);
  const people = trigger && q ? (search.data ?? []) : [];
  const open = focused && trigger !== null && dismissedAt !== trigger.start && people.length > 0;
  // Any new letter or answer starts the choice afresh, so Enter never picks someone unseen.
  const key = trigger ? `${trigger.start}:${trigger.query}:${q}:${people.map((person) => person.id).join()}` : '';
  const activeIndex = open && active.key === key ? active.index : -1;
  const optionId = (index: number) => `${listId}-option-${index}`;

  useLayoutEffect(() => {
    // After a pick, the caret goes right after the inserted mention.
    if (caretAfterPick.current === null || !ref.current) return;
    ref.current.setSelectionRange(caretAfterPick.current, caretAfterPick.current);
    caretAfterPick.current = null;
  }, [value]);

  const activeId = activeIndex >= 0 ? optionId(activeIndex) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const pick = (person: MentionablePerson) => {
    if (!trigger) return;
    const mention = mentionText(person);
    const next = `${value.slice(0, trigger.start)}${mention}${value.slice(caret)}`;
    if (maxLength !== undefined && next.length > maxLength) return;
    const position = trigger.start + mention.length;
    caretAfterPick.current = position;
    setCaret(position);
    onChange(next);
  };

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open || event.nativeEvent.isComposing) return;
    const move = (index: number) => {
      event.preventDefault();
      setActive({ key, index });
    };
    if (event.key === 'ArrowDown') move(activeIndex + 1 >= people.length ? 0 : activeIndex + 1);
    else if (event.key === 'ArrowUp') move(activeIndex <= 0 ? people.length - 1 : activeIndex - 1);
    else if ((event.key === 'Enter' || event.key === 'Tab') && activeIndex >= 0 && !event.shiftKey) {
      event.preventDefault();
      pick(people[activeIndex]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(trigger.start);
    }
  };

  return (
    <>
      <Textarea
        ref={ref}
        rows={rows}
        maxLength={maxLength}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        onChange={(event) => {
          const { value: next, selectionStart } = event.target;
          // Escape closes the list for this "@" only: once it is gone, the next one suggests again.
          if (!findTrigger(next, selectionStart)) setDismissedAt(null);
          setCaret(selectionStart);
          onChange(next);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={keyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      {/* Always in the page, so the textarea's aria-controls points at something; hidden when closed. */}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('ideas.mentions.list')}
        hidden={!open}
        className={cx('flex-col overflow-hidden rounded-lg border border-line bg-surface py-1 shadow-card', open ? 'flex' : 'hidden')}
      >
        {open &&
          people.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              // Keeps focus (and the phone keyboard) in the textarea while tapping a name.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(person)}
              className="flex min-h-11 cursor-pointer items-center px-3 hover:bg-sunken aria-selected:bg-accent-soft aria-selected:font-medium"
            >
              {person.name}
            </li>
          ))}
      </ul>
      <p role="status" className="sr-only">
        {open ? t(people.length === 1 ? 'ideas.mentions.foundOne' : 'ideas.mentions.foundOther', { count: people.length }) : ''}
      </p>
    </>
  );
}
