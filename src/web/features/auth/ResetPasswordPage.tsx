import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { ApiError, apiFetch } from '../../api/client';
import { useFormErrors } from '../../api/useFormErrors';
import { PublicPageHeader } from '../../components/layout/PublicLayout';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Field, Input } from '../../components/ui/Field';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';

const route = getRouteApi('/public/reset-password');
const FIELDS = ['newPassword'] as const;

/** Where the e-mailed reset link lands (`?token=…`, or `?error=INVALID_TOKEN` for a spent link). */
export function ResetPasswordPage() {
  const t = useT();
  const { token, error } = route.useSearch();
  const toast = useToast();
  const navigate = useNavigate();
  const form = useFormErrors(FIELDS);
  const [newPassword, setNewPassword] = useState('');
  const [linkInvalid, setLinkInvalid] = useState(!token || Boolean(error));

  const reset = useMutation({
    mutationFn: () => apiFetch<unknown>('/api/auth/reset-password', { method: 'POST', body: { newPassword, token } }),
    onSuccess: async () => {
      toast({ title: t('auth.reset.done'), description: t('auth.reset.doneDetail'), tone: 'success' });
      await navigate({ to: '/sign-in' });
    },
    onError: (failure) => {
      if (failure instanceof ApiError && failure.code === 'INVALID_TOKEN') setLinkInvalid(true);
      else form.showFrom(failure);
    },
  });

  if (linkInvalid) {
    return (
      <>
        <PublicPageHeader title={t('auth.reset.invalidLink')} description={t('auth.reset.invalidLinkDetail')} />
        <Button asChild className="w-full">
          <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
        </Button>
      </>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!newPassword) return form.showFields({ newPassword: t('auth.reset.passwordRequired') });
    form.reset();
    reset.mutate();
  };

  return (
    <>
      <PublicPageHeader title={t('auth.reset.title')} />
      <form noValidate onSubmit={submit} className="flex flex-col gap-4">
        <Field label={t('auth.newPassword')} hint={t('auth.passwordRules')} {...form.bind('newPassword')}>
          <Input
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
          />
        </Field>
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
        <Button type="submit" size="lg" loading={reset.isPending}>
          {t('auth.reset.submit')}
        </Button>
      </form>
    </>
  );
}
