import { useId, useState, type FormEvent } from 'react';
import type { Idea } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { cx } from '../../components/ui/cx';
import { Dialog } from '../../components/ui/Dialog';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useReviewScores } from './review-api';

const SCALE = [1, 2, 3, 4, 5] as const;

/** A reviewer scores the idea from 1 to 5 on each criterion; saving again replaces their earlier scores. */
export function ScoreDialog({ idea }: { idea: Idea }) {
  const t = useT();
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [scores, setScores] = useState<Record<string, number>>(idea.scores.mine);
  const criteria = idea.scores.criteria;
  const fields = criteria.map((criterion) => `scores.${criterion.key}`);
  const form = useFormErrors(fields);
  const save = useReviewScores(idea.id);

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setScores(idea.scores.mine);
      form.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = Object.fromEntries(
      criteria.filter((criterion) => !scores[criterion.key]).map((criterion) => [`scores.${criterion.key}`, t('ideas.rubric.required')]),
    );
    if (Object.keys(missing).length > 0) {
      form.showFields(missing);
      return;
    }
    save.mutate(scores, {
      onSuccess: () => {
        setOpen(false);
        toast({ title: t('ideas.rubric.saved'), tone: 'success' });
      },
      onError: form.showFrom,
    });
  };

  return (
    <Dialog
      title={t('ideas.rubric.scoreTitle', { number: idea.number })}
      description={t('ideas.rubric.scoreIntro')}
      open={open}
      onOpenChange={openChange}
      trigger={<Button variant="secondary">{t('ideas.rubric.score')}</Button>}
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={save.isPending}>
            {t('ideas.rubric.save')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-5">
        {criteria.map((criterion) => {
          const path = `scores.${criterion.key}`;
          const error = form.errors[path];
          const hintId = `${formId}-${criterion.key}-hint`;
          const errorId = `${formId}-${criterion.key}-error`;
          const describedBy = [criterion.description ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
          return (
            <fieldset
              key={criterion.key}
              className="flex flex-col gap-1.5"
              aria-describedby={describedBy || undefined}
            >
              <legend className="font-medium">{criterion.name}</legend>
              {criterion.description && (
                <p id={hintId} className="text-small text-muted">
                  {criterion.description}
                </p>
              )}
              <div className="grid grid-cols-5 gap-1 rounded-lg border border-control bg-sunken p-1">
                {SCALE.map((value) => (
                  <label
                    key={value}
                    className={cx(
                      'flex min-h-11 cursor-pointer items-center justify-center rounded-md font-medium text-ink',
                      'has-checked:bg-primary has-checked:text-on-primary has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                    )}
                  >
                    <input
                      type="radio"
                      name={`${formId}-${criterion.key}`}
                      value={value}
                      checked={scores[criterion.key] === value}
                      onChange={() => {
                        form.bind(path).onEdit();
                        setScores((current) => ({ ...current, [criterion.key]: value }));
                      }}
                      aria-invalid={error ? true : undefined}
                      className="sr-only"
                    />
                    {value}
                  </label>
                ))}
              </div>
              {error && (
                <p id={errorId} className="text-small font-medium text-danger">
                  {error}
                </p>
              )}
            </fieldset>
          );
        })}
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
      </form>
    </Dialog>
  );
}
