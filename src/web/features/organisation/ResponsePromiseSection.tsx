import { useState, type FormEvent } from 'react';
import type { OrganisationView } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Card } from '../../components/ui/Card';
import { Field, Input } from '../../components/ui/Field';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useUpdateOrganisation } from './api';

const FIELDS = ['firstResponseDays', 'decisionDays'] as const;

/** Reads a whole number from a number input; anything else is sent as is for the server to name. */
const toDays = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The promise every idea author is given: a first answer, then a decision, in business days. */
export function ResponsePromiseSection({ organisation }: { organisation: OrganisationView }) {
  const t = useT();
  const toast = useToast();
  const form = useFormErrors(FIELDS);
  const update = useUpdateOrganisation();
  const [firstResponse, setFirstResponse] = useState(String(organisation.firstResponseDays));
  const [decision, setDecision] = useState(String(organisation.decisionDays));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const firstResponseDays = toDays(firstResponse);
    const decisionDays = toDays(decision);
    const missing: Record<string, string> = {};
    if (!Number.isInteger(firstResponseDays)) missing.firstResponseDays = t('organisation.promise.wholeDays');
    if (!Number.isInteger(decisionDays)) missing.decisionDays = t('organisation.promise.wholeDays');
    if (Object.keys(missing).length) return form.showFields(missing);
    form.reset();
    update.mutate(
      { firstResponseDays, decisionDays },
      {
        onSuccess: () => toast({ title: t('organisation.promise.saved'), tone: 'success' }),
        onError: form.showFrom,
      },
    );
  };

  const preview = t('organisation.promise.sentence', {
    first: firstResponse || '…',
    decision: decision || '…',
  });

  return (
    <Card title={t('organisation.promise.title')}>
      <form noValidate onSubmit={submit} className="flex flex-col gap-5">
        <p className="text-muted">{t('organisation.promise.intro')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('organisation.promise.firstResponse')} hint={t('organisation.promise.firstResponseHint')} {...form.bind('firstResponseDays')}>
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              value={firstResponse}
              onChange={(event) => setFirstResponse(event.target.value)}
            />
          </Field>
          <Field label={t('organisation.promise.decision')} hint={t('organisation.promise.decisionHint')} {...form.bind('decisionDays')}>
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={decision}
              onChange={(event) => setDecision(event.target.value)}
            />
          </Field>
        </div>
        <p className="rounded-lg bg-sunken p-3" aria-live="polite">
          {preview}
        </p>
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
        <Button type="submit" className="self-start" loading={update.isPending}>
          {t('organisation.promise.save')}
        </Button>
      </form>
    </Card>
  );
}
