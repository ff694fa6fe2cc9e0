import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Idea, IdeaSummary, Transition } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Input, Select, Textarea } from '../../components/ui/Field';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { reasonCodesQuery, useTransition } from './api';
import { tomorrow } from './format';
import { MergeTargetPicker } from './MergeTargetPicker';
import { useStageName, useStages } from './stages';
import { useFocusFirstError } from './useFocusFirstError';

const FIELDS = ['to', 'reason', 'reasonCode', 'revisitOn', 'mergeInto'];

interface MoveInput {
  to: string;
  reasonCode: string;
  reason: string;
  revisitOn: string;
  mergeInto: IdeaSummary | null;
}
const blank: MoveInput = { to: '', reasonCode: '', reason: '', revisitOn: '', mergeInto: null };

/**
 * A reviewer moves the idea on, with the reason everyone will read. Only the fields the chosen
 * stage needs appear; the server's refusals show next to the field they name, or as an alert.
 */
export function MoveDialog({ idea }: { idea: Idea }) {
  const t = useT();
  const toast = useToast();
  const stageName = useStageName();
  const stages = useStages();
  const formId = useId();
  const { ref: formRef, focusFirstError } = useFocusFirstError();
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState<MoveInput>(blank);
  // The moves offered when the dialog opened: if someone else moves the idea meanwhile (the page
  // updates live), the dialog stays put and the server's 409 says what happened.
  const [offered, setOffered] = useState(idea.abilities.moveTo);
  const form = useFormErrors(FIELDS);
  const move = useTransition(idea.id);
  const reasonCodes = useQuery({ ...reasonCodesQuery, enabled: open });
  const targets = open ? offered : idea.abilities.moveTo;
  const reasonRequired = Boolean(stages?.find((stage) => stage.key === input.to)?.reasonRequired);

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setOffered(idea.abilities.moveTo);
      setInput(blank);
      form.reset();
      move.reset();
    }
  };
  const set = (patch: Partial<MoveInput>) => setInput((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!input.to) missing.to = t('ideas.move.required.to');
    if (reasonRequired && !input.reason.trim()) missing.reason = t('ideas.move.required.reason');
    if (input.to === 'parked' && !input.revisitOn) missing.revisitOn = t('ideas.move.required.revisitOn');
    if (input.to === 'merged' && !input.mergeInto) missing.mergeInto = t('ideas.move.required.mergeInto');
    if (Object.keys(missing).length > 0) {
      form.showFields(missing);
      focusFirstError();
      return;
    }
    form.reset();
    const transition: Transition = {
      to: input.to,
      reason: input.reason.trim() || undefined,
      reasonCode: input.reasonCode || undefined,
      revisitOn: input.to === 'parked' ? input.revisitOn : undefined,
      mergeInto: input.to === 'merged' ? input.mergeInto?.id : undefined,
    };
    move.mutate(transition, {
      onSuccess: (moved) => {
        setOpen(false);
        toast({ title: t('ideas.move.moved', { stage: moved.stage.name }), tone: 'success' });
      },
      onError: (error) => {
        form.showFrom(error);
        focusFirstError();
      },
    });
  };

  if (targets.length === 0 && !open) return null;

  return (
    <Dialog
      title={t('ideas.move.title', { number: idea.number })}
      description={t('ideas.move.intro')}
      open={open}
      onOpenChange={openChange}
      trigger={<Button variant="secondary">{t('ideas.move.action')}</Button>}
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={move.isPending}>
            {t('ideas.move.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} ref={formRef} noValidate onSubmit={submit} className="flex flex-col gap-4">
        <Field label={t('ideas.move.to')} {...form.bind('to')}>
          <Select value={input.to} onChange={(event) => set({ to: event.target.value })}>
            <option value="">{t('ideas.move.chooseStage')}</option>
            {targets.map((key) => (
              <option key={key} value={key}>
                {stageName(key)}
              </option>
            ))}
          </Select>
        </Field>
        {input.to === 'merged' && (
          <MergeTargetPicker
            ideaId={idea.id}
            value={input.mergeInto}
            onChange={(mergeInto) => set({ mergeInto })}
            {...form.bind('mergeInto')}
          />
        )}
        {input.to === 'parked' && (
          <Field label={t('ideas.move.revisitOn')} hint={t('ideas.move.revisitOnHint')} {...form.bind('revisitOn')}>
            <Input type="date" min={tomorrow()} value={input.revisitOn} onChange={(event) => set({ revisitOn: event.target.value })} />
          </Field>
        )}
        <Field label={t('ideas.move.reasonCode')} {...form.bind('reasonCode')}>
          <Select value={input.reasonCode} onChange={(event) => set({ reasonCode: event.target.value })}>
            <option value="">{t('ideas.move.noReasonCode')}</option>
            {(reasonCodes.data ?? []).map((code) => (
              <option key={code.key} value={code.key}>
                {code.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('ideas.move.reason')}
          hint={reasonRequired ? t('ideas.move.reasonRequiredHint') : t('ideas.move.reasonOptionalHint')}
          {...form.bind('reason')}
        >
          <Textarea
            rows={3}
            maxLength={2000}
            required={reasonRequired}
            value={input.reason}
            onChange={(event) => set({ reason: event.target.value })}
          />
        </Field>
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
      </form>
    </Dialog>
  );
}
