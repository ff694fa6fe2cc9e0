import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Idea } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Select } from '../../components/ui/Field';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { reviewersQuery, useAssignReviewer } from './api';

const FIELDS = ['reviewerId'];

/** Hands the idea to another reviewer or admin; the handover goes on the public timeline. */
export function AssignDialog({ idea }: { idea: Idea }) {
  const t = useT();
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [reviewerId, setReviewerId] = useState(idea.reviewer?.id ?? '');
  const form = useFormErrors(FIELDS);
  const assign = useAssignReviewer(idea.id);
  const reviewers = useQuery({ ...reviewersQuery, enabled: open });

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setReviewerId(idea.reviewer?.id ?? '');
      form.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate(reviewerId, {
      onSuccess: (updated) => {
        setOpen(false);
        toast({
          title: t('ideas.assign.assigned', { name: updated.reviewer?.name ?? '', number: updated.number }),
          tone: 'success',
        });
      },
      onError: form.showFrom,
    });
  };

  return (
    <Dialog
      title={t('ideas.assign.title', { number: idea.number })}
      open={open}
      onOpenChange={openChange}
      trigger={<Button variant="secondary">{t('ideas.assign.action')}</Button>}
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            form={formId}
            loading={assign.isPending}
            disabled={!reviewerId || reviewerId === idea.reviewer?.id}
          >
            {t('ideas.assign.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="flex flex-col gap-4">
        <Field label={t('ideas.assign.reviewer')} {...form.bind('reviewerId')}>
          <Select value={reviewerId} onChange={(event) => setReviewerId(event.target.value)}>
            {!idea.reviewer && <option value="">{t('ideas.noReviewer')}</option>}
            {/* The current reviewer stays listed even before the list arrives. */}
            {idea.reviewer && !reviewers.data?.some((person) => person.id === idea.reviewer?.id) && (
              <option value={idea.reviewer.id}>{idea.reviewer.name}</option>
            )}
            {(reviewers.data ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </Field>
        {reviewers.isError && <Alert tone="error">{t('ideas.assign.loadFailed')}</Alert>}
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
      </form>
    </Dialog>
  );
}
