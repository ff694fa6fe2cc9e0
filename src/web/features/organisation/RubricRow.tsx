import { Button } from '../../components/ui/Button';
import { Field, Input, Select } from '../../components/ui/Field';
import { TrashIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';
import type { CriterionRow } from './rubricRows';

type Bind = (path: string) => { error: string | undefined; onEdit: () => void };

const WEIGHTS = Array.from({ length: 10 }, (_, index) => index + 1);

function Arrow({ up }: { up: boolean }) {
  return (
    <svg className="size-5" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d={up ? 'M10 16V4M5 9l5-5 5 5' : 'M10 4v12M5 11l5 5 5-5'} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** One criterion: name, description and weight; its key is editable only until the server knows it. */
export function RubricRow({
  row,
  index,
  count,
  bind,
  onChange,
  onMove,
  onRemove,
}: {
  row: CriterionRow;
  index: number;
  count: number;
  bind: Bind;
  onChange: (patch: Partial<CriterionRow>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const number = index + 1;
  const path = (field: string) => bind(`criteria.${index}.${field}`);

  return (
    <li>
      <fieldset className="flex flex-col gap-3 rounded-lg border border-line p-4">
        <legend className="px-1 text-small font-medium text-muted">{t('organisation.rubric.criterion', { number })}</legend>
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem]">
          <Field label={t('organisation.rubric.name')} {...path('name')}>
            <Input value={row.name} onChange={(event) => onChange({ name: event.target.value })} />
          </Field>
          <Field label={t('organisation.rubric.weight')} {...path('weight')}>
            <Select value={row.weight} onChange={(event) => onChange({ weight: Number(event.target.value) })}>
              {WEIGHTS.map((weight) => (
                <option key={weight} value={weight}>
                  {weight}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label={t('organisation.rubric.description')} {...path('description')}>
          <Input value={row.description} onChange={(event) => onChange({ description: event.target.value })} />
        </Field>
        {row.saved ? (
          <p className="text-small text-muted">
            {t('organisation.rubric.keyFixed')} <code className="font-mono text-ink">{row.key}</code>
          </p>
        ) : (
          <Field label={t('organisation.rubric.key')} hint={t('organisation.rubric.keyHint')} {...path('key')}>
            <Input
              className="font-mono"
              spellCheck={false}
              autoCapitalize="none"
              value={row.key}
              onChange={(event) => onChange({ key: event.target.value, keyEdited: true })}
            />
          </Field>
        )}
        <div className="flex flex-wrap gap-2">
          <Button
            variant="ghost"
            className="px-3"
            disabled={index === 0}
            aria-label={t('organisation.rubric.moveUp', { number })}
            onClick={() => onMove(-1)}
          >
            <Arrow up />
          </Button>
          <Button
            variant="ghost"
            className="px-3"
            disabled={index === count - 1}
            aria-label={t('organisation.rubric.moveDown', { number })}
            onClick={() => onMove(1)}
          >
            <Arrow up={false} />
          </Button>
          <Button
            variant="ghost"
            className="px-3"
            disabled={count === 1}
            aria-label={t('organisation.rubric.remove', { number })}
            onClick={onRemove}
          >
            <TrashIcon />
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
