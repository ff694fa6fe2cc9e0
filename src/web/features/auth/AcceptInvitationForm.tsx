import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import type { PublicInvitation } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Field, Input } from '../../components/ui/Field';
import { useT } from '../../i18n';
import { forgetSession } from '../session/queries';
import { SsoButton } from './SsoButton';

const FIELDS = ['name', 'password'] as const;

export function AcceptInvitationForm({ token, invitation }: { token: string; invitation: PublicInvitation }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormErrors(FIELDS);
  const [name, setName] = useState(invitation.name);
  const [password, setPassword] = useState('');

  const accept = useMutation({
    mutationFn: () =>
      apiFetch<{ userId: string }>(`/api/v1/invitations/${encodeURIComponent(token)}/accept`, {
        method: 'POST',
        body: { name: name.trim(), password },
      }),
    onSuccess: async () => {
      forgetSession(queryClient);
      await navigate({ to: '/' });
    },
    onError: form.showFrom,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!name.trim()) missing.name = t('invitation.nameRequired');
    if (!password) missing.password = t('invitation.passwordRequired');
    if (Object.keys(missing).length) return form.showFields(missing);
    form.reset();
    accept.mutate();
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {/* Lets password managers save the new password against the right account. */}
      <input type="email" name="email" autoComplete="username" value={invitation.email} readOnly hidden />
      <Field label={t('invitation.name')} hint={t('invitation.nameHint')} {...form.bind('name')}>
        <Input autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
      </Field>
      <Field label={t('invitation.password')} hint={t('auth.passwordRules')} {...form.bind('password')}>
        <Input
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </Field>
      {form.formError && <Alert tone="error">{form.formError}</Alert>}
      <Button type="submit" size="lg" loading={accept.isPending}>
        {t('invitation.submit', { organisation: invitation.organisationName })}
      </Button>
      <SsoButton callbackURL="/" withDivider />
    </form>
  );
}
