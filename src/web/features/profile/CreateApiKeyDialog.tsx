import { useId, useState, type FormEvent } from 'react';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Input } from '../../components/ui/Field';
import { PlusIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';
import { useCreateApiKey } from './api';
import { NewApiKey } from './NewApiKey';

const FIELDS = ['name'] as const;
const MIN_NAME = 2;
const MAX_NAME = 80;

/** Names a new key, then shows it once; closing the dialog forgets it for good. */
export function CreateApiKeyDialog() {
  const t = useT();
  const formId = useId();
  const form = useFormErrors(FIELDS);
  const create = useCreateApiKey();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);

  const openChange = (next: boolean) => {
    setOpen(next);
    setSecret(null);
    if (next) {
      setName('');
      form.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim().length < MIN_NAME) return form.showFields({ name: t('apiKeys.nameTooShort') });
    form.reset();
    create.mutate(name.trim(), {
      onSuccess: (created) => {
        setSecret(created.key);
        create.reset();
      },
      onError: form.showFrom,
    });
  };

  return (
    <Dialog
      title={secret ? t('apiKeys.createdTitle') : t('apiKeys.createTitle')}
      description={secret ? undefined : t('apiKeys.createIntro')}
      open={open}
      onOpenChange={openChange}
      trigger={
        <Button variant="secondary" size="sm">
          <PlusIcon />
          {t('apiKeys.create')}
        </Button>
      }
      footer={
        secret ? (
          <Button onClick={() => openChange(false)}>{t('apiKeys.done')}</Button>
        ) : (
          <>
            <Button variant="secondary" onClick={() => openChange(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" form={formId} loading={create.isPending}>
              {t('apiKeys.createSubmit')}
            </Button>
          </>
        )
      }
    >
      {secret ? (
        <NewApiKey secret={secret} />
      ) : (
        <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
          <Field label={t('apiKeys.name')} hint={t('apiKeys.nameHint')} {...form.bind('name')}>
            <Input value={name} maxLength={MAX_NAME} onChange={(event) => setName(event.target.value)} />
          </Field>
          {form.formError && <Alert tone="error">{form.formError}</Alert>}
        </form>
      )}
    </Dialog>
  );
}
