import { useId, useState } from 'react';
import type { IdeaSummary } from '../../api/types';
import { Field, Input } from '../../components/ui/Field';
import { useT } from '../../i18n';
import { useIdeaSearch } from './api';
import { StageBadge } from './StageBadge';
import { useDebouncedValue } from './useDebouncedValue';

const SEARCH_DELAY_MS = 300;

export interface MergeTargetPickerProps {
  /** The idea being merged, which cannot be its own target. */
  ideaId: string;
  value: IdeaSummary | null;
  onChange: (idea: IdeaSummary) => void;
  error?: string;
  onEdit?: () => void;
}

/** Finds the idea a duplicate belongs to: a search box, then the matches as a radio list. */
export function MergeTargetPicker({ ideaId, value, onChange, error, onEdit }: MergeTargetPickerProps) {
  const t = useT();
  const name = useId();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const search = useIdeaSearch(q);
  const results = (q.length >= 2 ? (search.data ?? []) : []).filter((idea) => idea.id !== ideaId && idea.stage.key !== 'merged');
  // The chosen idea stays on screen while another search runs.
  const options = value && !results.some((idea) => idea.id === value.id) ? [value, ...results] : results;

  return (
    <div className="flex flex-col gap-3">
      <Field label={t('ideas.move.mergeSearch')} hint={t('ideas.move.mergeSearchHint')} error={error} onEdit={onEdit}>
        <Input type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
      {options.length > 0 ? (
        <fieldset aria-busy={search.isFetching || undefined}>
          <legend className="mb-1 text-small font-medium text-ink">{t('ideas.move.mergeInto')}</legend>
          {options.map((idea) => (
            <label key={idea.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-sunken">
              <input
                type="radio"
                name={name}
                className="size-5 shrink-0 accent-primary"
                checked={value?.id === idea.id}
                onChange={() => {
                  onEdit?.();
                  onChange(idea);
                }}
              />
              <span className="min-w-0 flex-1 break-words">
                {t('ideas.number', { number: idea.number })} {idea.title}
              </span>
              <StageBadge stage={idea.stage} />
            </label>
          ))}
        </fieldset>
      ) : (
        q.length >= 2 &&
        !search.isFetching && (
          <p role="status" className="text-small text-muted">
            {t('ideas.move.mergeNoResults')}
          </p>
        )
      )}
    </div>
  );
}
