import { useState, type FormEvent } from 'react';
import type { OrganisationView } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Field, Input, Textarea } from '../../components/ui/Field';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { TimeZoneSelect } from '../time-zones/TimeZoneSelect';
import { useUpdateOrganisation } from './api';
import { LogoField } from './LogoField';
import { MAX_STANDARDS, StandardsEditor } from './StandardsEditor';

const FIELDS = [
  'name',
  'servicePurpose',
  'serviceStandards',
  ...Array.from({ length: MAX_STANDARDS }, (_, index) => `serviceStandards.${index}`),
  'defaultTimeZone',
  'logoDataUrl',
];

type Settings = Pick<OrganisationView, 'name' | 'servicePurpose' | 'serviceStandards' | 'defaultTimeZone' | 'logoDataUrl'>;

export function OrganisationForm({ organisation }: { organisation: OrganisationView }) {
  const t = useT();
  const toast = useToast();
  const form = useFormErrors(FIELDS);
  const update = useUpdateOrganisation();
  const [settings, setSettings] = useState<Settings>(() => ({
    name: organisation.name,
    servicePurpose: organisation.servicePurpose,
    serviceStandards: organisation.serviceStandards,
    defaultTimeZone: organisation.defaultTimeZone,
    logoDataUrl: organisation.logoDataUrl,
  }));
  const set = (patch: Partial<Settings>) => setSettings((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    // Empty rows are the editor's scratch space, not standards.
    const serviceStandards = settings.serviceStandards.map((line) => line.trim()).filter(Boolean);
    update.mutate(
      { ...settings, serviceStandards },
      {
        onSuccess: (saved) => {
          set({ serviceStandards: saved.serviceStandards });
          toast({ title: t('organisation.saved'), tone: 'success' });
        },
        onError: form.showFrom,
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-5">
      <Field label={t('organisation.name')} {...form.bind('name')}>
        <Input value={settings.name} onChange={(event) => set({ name: event.target.value })} />
      </Field>
      <Field label={t('organisation.purpose')} hint={t('organisation.purposeHint')} {...form.bind('servicePurpose')}>
        <Textarea value={settings.servicePurpose} onChange={(event) => set({ servicePurpose: event.target.value })} />
      </Field>
      <StandardsEditor
        standards={settings.serviceStandards}
        onChange={(serviceStandards) => set({ serviceStandards })}
        bind={form.bind}
      />
      <Field label={t('organisation.timeZone')} hint={t('organisation.timeZoneHint')} {...form.bind('defaultTimeZone')}>
        <TimeZoneSelect value={settings.defaultTimeZone} onChange={(defaultTimeZone) => set({ defaultTimeZone })} />
      </Field>
      <LogoField
        value={settings.logoDataUrl}
        onChange={(logoDataUrl) => set({ logoDataUrl })}
        serverError={form.bind('logoDataUrl')}
      />
      {form.formError && <Alert tone="error">{form.formError}</Alert>}
      <Button type="submit" className="self-start" loading={update.isPending}>
        {t('organisation.save')}
      </Button>
    </form>
  );
}
