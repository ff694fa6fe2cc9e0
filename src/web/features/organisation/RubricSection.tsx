import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Rubric } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Card } from '../../components/ui/Card';
import { PlusIcon } from '../../components/ui/icons';
import { Skeleton } from '../../components/ui/Skeleton';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { rubricQuery, useSaveRubric } from './api';
import { RubricRow } from './RubricRow';
import { blankRow, keyFromName, MAX_CRITERIA, move, rowsFrom, toRubric, type CriterionRow } from './rubricRows';

const FIELDS = [
  'criteria',
  ...Array.from({ length: MAX_CRITERIA }, (_, index) =>
    ['key', 'name', 'description', 'weight'].map((field) => `criteria.${index}.${field}`),
  ).flat(),
];

/** The criteria reviewers score ideas on (1–5 each), and how much each one weighs in the total. */
export function RubricSection() {
  const t = useT();
  const rubric = useQuery(rubricQuery);
  return (
    <Card title={t('organisation.rubric.title')}>
      <p className="mb-4 text-muted">{t('organisation.rubric.intro')}</p>
      {rubric.isPending && (
        <div className="flex flex-col gap-2">
          <span role="status" className="sr-only">
            {t('common.loading')}
          </span>
          <Skeleton className="h-24 w-full" />
        </div>
      )}
      {rubric.isError && (
        <Alert tone="error" title={t('organisation.rubric.loadFailed')}>
          {rubric.error.message}
        </Alert>
      )}
      {rubric.data && <RubricEditor rubric={rubric.data} />}
    </Card>
  );
}

function RubricEditor({ rubric }: { rubric: Rubric }) {
  const t = useT();
  const toast = useToast();
  const form = useFormErrors(FIELDS);
  const save = useSaveRubric();
  const [rows, setRows] = useState(() => rowsFrom(rubric));

  // Positions change on add, remove and reorder, so messages keyed by position would point at the wrong row.
  const restructure = (next: CriterionRow[]) => {
    form.reset();
    setRows(next);
  };
  const change = (index: number, patch: Partial<CriterionRow>) =>
    setRows((current) =>
      current.map((row, at) => {
        if (at !== index) return row;
        const next = { ...row, ...patch };
        if (patch.name !== undefined && !row.saved && !row.keyEdited) {
          next.key = keyFromName(patch.name, current.filter((_, other) => other !== index).map((other) => other.key));
        }
        return next;
      }),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    save.mutate(toRubric(rows), {
      onSuccess: (saved) => {
        setRows(rowsFrom(saved));
        toast({ title: t('organisation.rubric.saved'), tone: 'success' });
      },
      onError: form.showFrom,
    });
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <ol className="flex flex-col gap-4">
        {rows.map((row, index) => (
          <RubricRow
            key={row.id}
            row={row}
            index={index}
            count={rows.length}
            bind={form.bind}
            onChange={(patch) => change(index, patch)}
            onMove={(by) => restructure(move(rows, index, by))}
            onRemove={() => restructure(rows.filter((_, at) => at !== index))}
          />
        ))}
      </ol>
      {form.bind('criteria').error && <p className="text-small font-medium text-danger">{form.bind('criteria').error}</p>}
      {rows.length < MAX_CRITERIA && (
        <Button variant="secondary" size="sm" className="self-start" onClick={() => restructure([...rows, blankRow()])}>
          <PlusIcon />
          {t('organisation.rubric.add')}
        </Button>
      )}
      {form.formError && <Alert tone="error">{form.formError}</Alert>}
      <Button type="submit" className="self-start" loading={save.isPending}>
        {t('organisation.rubric.save')}
      </Button>
    </form>
  );
}
