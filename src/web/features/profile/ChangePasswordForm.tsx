import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Field, Input } from '../../components/ui/Field';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useMe } from '../session/queries';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Changing the password also signs out every other device. */
export function ChangePasswordForm() {
  const t = useT();
  const toast = useToast();
  const me = useMe();
  const form = useFormErrors(FIELDS);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');

  const change = useMutation({
    mutationFn: () =>
      apiFetch<unknown>('/api/auth/change-password', {
        method: 'POST',
        body: { currentPassword, newPassword, revokeOtherSessions: true },
      }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      toast({ title: t('profile.passwordChanged'), description: t('profile.passwordChangedDetail'), tone: 'success' });
    },
    onError: form.showFrom,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!currentPassword) missing.currentPassword = t('profile.currentRequired');
    if (!newPassword) missing.newPassword = t('profile.newRequired');
    if (Object.keys(missing).length) return form.showFields(missing);
    form.reset();
    change.mutate();
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <input type="email" name="email" autoComplete="username" value={me?.email ?? ''} readOnly hidden />
      <Field label={t('profile.currentPassword')} {...form.bind('currentPassword')}>
        <Input
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
        />
      </Field>
      <Field label={t('auth.newPassword')} hint={t('auth.passwordRules')} {...form.bind('newPassword')}>
        <Input
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
        />
      </Field>
      {form.formError && <Alert tone="error">{form.formError}</Alert>}
      <Button type="submit" className="self-start" loading={change.isPending}>
        {t('profile.changePassword')}
      </Button>
    </form>
  );
}
