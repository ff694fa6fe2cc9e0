import { useId, useState, type FormEvent } from 'react';
import type { Site } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Input } from '../../components/ui/Field';
import { PlusIcon } from '../../components/ui/icons';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { TimeZoneSelect } from '../time-zones/TimeZoneSelect';
import { useSaveSite, type SiteInput } from './api';

const FIELDS = ['name', 'timeZone', 'region'] as const;

/** Adds a site (no `site`) or edits one. */
export function SiteDialog({ site, defaultTimeZone = 'UTC' }: { site?: Site; defaultTimeZone?: string }) {
  const t = useT();
  const toast = useToast();
  const formId = useId();
  const initial: SiteInput = site ?? { name: '', timeZone: defaultTimeZone, region: '' };
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState<SiteInput>(initial);
  const form = useFormErrors(FIELDS);
  const save = useSaveSite();

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setInput(initial);
      form.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    const { name, timeZone, region } = input;
    save.mutate(
      { id: site?.id, name, timeZone, region },
      {
        onSuccess: (saved) => {
          setOpen(false);
          toast({ title: t(site ? 'organisation.siteSaved' : 'organisation.siteAdded', { name: saved.name }), tone: 'success' });
        },
        onError: form.showFrom,
      },
    );
  };

  return (
    <Dialog
      title={site ? t('organisation.editSiteTitle', { name: site.name }) : t('organisation.addSite')}
      open={open}
      onOpenChange={openChange}
      trigger={
        site ? (
          <Button variant="secondary" size="sm">
            {t('organisation.editSite')}
            <span className="sr-only"> {site.name}</span>
          </Button>
        ) : (
          <Button size="sm">
            <PlusIcon />
            {t('organisation.addSite')}
          </Button>
        )
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={save.isPending}>
            {site ? t('common.save') : t('organisation.addSite')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        <Field label={t('organisation.siteName')} {...form.bind('name')}>
          <Input value={input.name} onChange={(event) => setInput({ ...input, name: event.target.value })} />
        </Field>
        <Field label={t('organisation.siteTimeZone')} {...form.bind('timeZone')}>
          <TimeZoneSelect value={input.timeZone} onChange={(timeZone) => setInput({ ...input, timeZone })} />
        </Field>
        <Field label={t('organisation.region')} hint={t('organisation.regionHint')} {...form.bind('region')}>
          <Input value={input.region} onChange={(event) => setInput({ ...input, region: event.target.value })} />
        </Field>
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
      </form>
    </Dialog>
  );
}
