import { Button } from '../../components/ui/Button';
import { Field, Input } from '../../components/ui/Field';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';

export const MAX_STANDARDS = 20;

type Bind = (path: string) => { error: string | undefined; onEdit: () => void };

/** The organisation's service standards: one short promise per row, up to twenty. */
export function StandardsEditor({
  standards,
  onChange,
  bind,
}: {
  standards: string[];
  onChange: (next: string[]) => void;
  bind: Bind;
}) {
  const t = useT();
  const listError = bind('serviceStandards').error;
  const replace = (index: number, text: string) => onChange(standards.map((line, at) => (at === index ? text : line)));
  const remove = (index: number) => onChange(standards.filter((_, at) => at !== index));

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-small font-medium text-ink">{t('organisation.standards')}</legend>
      <p className="-mt-1 text-small text-muted">{t('organisation.standardsHint')}</p>
      {standards.map((line, index) => (
        <div key={index} className="flex items-end gap-2">
          <Field
            className="min-w-0 flex-1"
            label={t('organisation.standardLabel', { number: index + 1 })}
            {...bind(`serviceStandards.${index}`)}
          >
            <Input value={line} onChange={(event) => replace(index, event.target.value)} />
          </Field>
          <Button
            variant="ghost"
            className="shrink-0 px-3"
            aria-label={t('organisation.removeStandard', { number: index + 1 })}
            onClick={() => remove(index)}
          >
            <TrashIcon />
          </Button>
        </div>
      ))}
      {listError && <p className="text-small font-medium text-danger">{listError}</p>}
      {standards.length < MAX_STANDARDS && (
        <Button variant="secondary" size="sm" className="self-start" onClick={() => onChange([...standards, ''])}>
          <PlusIcon />
          {t('organisation.addStandard')}
        </Button>
      )}
    </fieldset>
  );
}
