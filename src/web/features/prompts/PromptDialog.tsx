import { useId, useState, type FormEvent } from 'react';
import type { LibraryPrompt, NewPrompt } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Select, Textarea } from '../../components/ui/Field';
import { PlusIcon } from '../../components/ui/icons';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useSavePrompt } from './api';
import { PROMPT_AREAS, PROMPT_TECHNIQUES, isPromptArea, isTechnique } from './labels';

const FIELDS = ['text', 'area', 'technique'] as const;

/** Adds a prompt (no `prompt`) or rewords one (admins). */
export function PromptDialog({ prompt }: { prompt?: LibraryPrompt }) {
  const t = useT();
  const toast = useToast();
  const formId = useId();
  const initial: NewPrompt = prompt ? { text: prompt.text, area: prompt.area, technique: prompt.technique } : { text: '', area: 'any', technique: 'customer_pain' };
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState<NewPrompt>(initial);
  const form = useFormErrors(FIELDS);
  const save = useSavePrompt();

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setInput(initial);
      form.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (input.text.trim().length < 10) {
      form.showFields({ text: t('prompts.manage.textTooShort') });
      return;
    }
    form.reset();
    save.mutate(
      { id: prompt?.id, ...input, text: input.text.trim() },
      {
        onSuccess: () => {
          setOpen(false);
          toast(
            prompt
              ? { title: t('prompts.manage.saved'), tone: 'success' }
              : { title: t('prompts.manage.added'), description: t('prompts.manage.addedDetail'), tone: 'success' },
          );
        },
        onError: form.showFrom,
      },
    );
  };

  return (
    <Dialog
      title={prompt ? t('prompts.manage.editTitle') : t('prompts.manage.addTitle')}
      open={open}
      onOpenChange={openChange}
      trigger={
        prompt ? (
          <Button variant="secondary">{t('prompts.manage.edit')}</Button>
        ) : (
          <Button>
            <PlusIcon />
            {t('prompts.manage.add')}
          </Button>
        )
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={save.isPending}>
            {prompt ? t('common.save') : t('prompts.manage.add')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        <Field label={t('prompts.manage.text')} hint={t('prompts.manage.textHint')} {...form.bind('text')}>
          <Textarea rows={3} maxLength={240} value={input.text} onChange={(event) => setInput({ ...input, text: event.target.value })} />
        </Field>
        <Field label={t('prompts.manage.area')} {...form.bind('area')}>
          <Select value={input.area} onChange={(event) => isPromptArea(event.target.value) && setInput({ ...input, area: event.target.value })}>
            {PROMPT_AREAS.map((area) => (
              <option key={area} value={area}>
                {t(`prompts.areas.${area}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('prompts.manage.technique')} {...form.bind('technique')}>
          <Select
            value={input.technique}
            onChange={(event) => isTechnique(event.target.value) && setInput({ ...input, technique: event.target.value })}
          >
            {PROMPT_TECHNIQUES.map((technique) => (
              <option key={technique} value={technique}>
                {t(`prompts.techniques.${technique}`)}
              </option>
            ))}
          </Select>
        </Field>
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
      </form>
    </Dialog>
  );
}
