import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { useFormErrors } from '../../api/useFormErrors';
import { PublicPageHeader } from '../../components/layout/PublicLayout';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Field, Input } from '../../components/ui/Field';
import { useT } from '../../i18n';
import { forgetSession, setupQuery } from '../session/queries';
import { TimeZoneSelect } from '../time-zones/TimeZoneSelect';
import { browserTimeZone } from '../time-zones/zones';

const FIELDS = ['organisation.name', 'organisation.defaultTimeZone', 'admin.name', 'admin.email', 'admin.password'] as const;

const legendClasses = 'mb-3 text-heading';

/** First run: name the organisation and create the first admin, who is then signed in. */
export function SetupPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormErrors(FIELDS);
  const [organisation, setOrganisation] = useState({ name: '', defaultTimeZone: browserTimeZone() });
  const [admin, setAdmin] = useState({ name: '', email: '', password: '' });

  const setUp = useMutation({
    mutationFn: () => apiFetch<{ adminId: string }>('/api/v1/setup', { method: 'POST', body: { organisation, admin } }),
    onSuccess: async () => {
      // Fresh public status first: the route guards read it to leave the setup page behind.
      await queryClient.fetchQuery({ ...setupQuery, staleTime: 0 });
      forgetSession(queryClient);
      await navigate({ to: '/' });
    },
    onError: form.showFrom,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    setUp.mutate();
  };

  return (
    <>
      <PublicPageHeader title={t('setup.title')} description={t('setup.intro')} />
      <form noValidate onSubmit={submit} className="flex flex-col gap-6">
        <fieldset className="flex flex-col gap-4">
          <legend className={legendClasses}>{t('setup.organisation')}</legend>
          <Field label={t('setup.organisationName')} {...form.bind('organisation.name')}>
            <Input
              autoComplete="organization"
              value={organisation.name}
              onChange={(event) => setOrganisation({ ...organisation, name: event.target.value })}
            />
          </Field>
          <Field label={t('setup.timeZone')} hint={t('setup.timeZoneHint')} {...form.bind('organisation.defaultTimeZone')}>
            <TimeZoneSelect
              value={organisation.defaultTimeZone}
              onChange={(defaultTimeZone) => setOrganisation({ ...organisation, defaultTimeZone })}
            />
          </Field>
        </fieldset>
        <fieldset className="flex flex-col gap-4">
          <legend className={legendClasses}>{t('setup.admin')}</legend>
          <Field label={t('setup.adminName')} {...form.bind('admin.name')}>
            <Input
              autoComplete="name"
              value={admin.name}
              onChange={(event) => setAdmin({ ...admin, name: event.target.value })}
            />
          </Field>
          <Field label={t('auth.email')} {...form.bind('admin.email')}>
            <Input
              type="email"
              autoComplete="email"
              value={admin.email}
              onChange={(event) => setAdmin({ ...admin, email: event.target.value })}
            />
          </Field>
          <Field label={t('auth.password')} hint={t('auth.passwordRules')} {...form.bind('admin.password')}>
            <Input
              type="password"
              autoComplete="new-password"
              value={admin.password}
              onChange={(event) => setAdmin({ ...admin, password: event.target.value })}
            />
          </Field>
        </fieldset>
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
        <Button type="submit" size="lg" loading={setUp.isPending}>
          {t('setup.submit')}
        </Button>
      </form>
    </>
  );
}
