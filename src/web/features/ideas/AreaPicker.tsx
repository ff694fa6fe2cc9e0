import { useId } from 'react';
import type { Area } from '../../api/types';
import { cx } from '../../components/ui/cx';
import { useT } from '../../i18n';
import { AREAS } from './search';

export interface AreaPickerProps {
  value: Area | null;
  onChange: (area: Area) => void;
  error?: string;
}

/** The three areas as one segmented control: a native radio group, so arrow keys move between them. */
export function AreaPicker({ value, onChange, error }: AreaPickerProps) {
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');

  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-small font-medium text-ink">{t('ideas.form.area')}</legend>
      <div className="grid grid-cols-3 gap-1 rounded-lg border border-control bg-sunken p-1">
        {AREAS.map((area) => (
          <label
            key={area}
            className={cx(
              'flex min-h-11 cursor-pointer items-center justify-center rounded-md px-1 text-center text-small leading-tight font-medium text-ink',
              'has-checked:bg-primary has-checked:text-on-primary has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
            )}
          >
            <input
              type="radio"
              name={`${id}-area`}
              value={area}
              checked={value === area}
              onChange={() => onChange(area)}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              className="sr-only"
            />
            {t(`ideas.areas.${area}`)}
          </label>
        ))}
      </div>
      <p id={hintId} className="text-small text-muted">
        {value ? t(`ideas.areaHints.${value}`) : t('ideas.form.areaHint')}
      </p>
      {error && (
        <p id={errorId} className="text-small font-medium text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
