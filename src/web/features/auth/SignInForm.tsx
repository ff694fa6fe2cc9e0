import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/client';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Field, Input } from '../../components/ui/Field';
import { useT } from '../../i18n';
import { safeRedirect } from '../session/guards';
import { forgetSession } from '../session/queries';
import { ssoErrorMessageKey } from './ssoError';
import { OrDivider, SsoButton } from './SsoButton';

const FIELDS = ['email', 'password'] as const;
type LinkKind = 'signIn' | 'reset';

/** Password sign-in, with a mailed sign-in link or password reset as the ways around a forgotten password. */
export function SignInForm({ redirect, ssoError }: { redirect: string | undefined; ssoError: string | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormErrors(FIELDS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [linkSent, setLinkSent] = useState(false);
  const target = safeRedirect(redirect);

  const signIn = useMutation({
    mutationFn: () => apiFetch<unknown>('/api/auth/sign-in/email', { method: 'POST', body: { email, password } }),
    onSuccess: async () => {
      forgetSession(queryClient);
      await navigate({ href: target });
    },
    onError: form.showFrom,
  });

  const sendLink = useMutation({
    mutationFn: (kind: LinkKind) =>
      kind === 'signIn'
        ? apiFetch<unknown>('/api/auth/sign-in/magic-link', { method: 'POST', body: { email, callbackURL: target } })
        : apiFetch<unknown>('/api/auth/request-password-reset', {
            method: 'POST',
            body: { email, redirectTo: '/reset-password' },
          }),
    onSuccess: () => setLinkSent(true),
    onError: form.showFrom,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLinkSent(false);
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('auth.emailRequired');
    if (!password) missing.password = t('auth.signIn.passwordRequired');
    if (Object.keys(missing).length) return form.showFields(missing);
    form.reset();
    signIn.mutate();
  };

  const requestLink = (kind: LinkKind) => {
    setLinkSent(false);
    if (!email.trim()) return form.showFields({ email: t('auth.signIn.emailFirst') });
    form.reset();
    sendLink.mutate(kind);
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      {/* First, so someone sent back from their identity provider reads why before anything else. */}
      {ssoError && !form.formError && <Alert tone="error">{t(ssoErrorMessageKey(ssoError))}</Alert>}
      <Field label={t('auth.email')} {...form.bind('email')}>
        <Input type="email" autoComplete="email" value={email} onChange={(event) => setEmail(event.target.value)} />
      </Field>
      <Field label={t('auth.password')} {...form.bind('password')}>
        <Input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </Field>
      <div className="-mt-2">
        <Button
          variant="ghost"
          size="sm"
          className="-ml-3 text-link underline underline-offset-2"
          loading={sendLink.isPending && sendLink.variables === 'reset'}
          onClick={() => requestLink('reset')}
        >
          {t('auth.signIn.forgot')}
        </Button>
      </div>
      {form.formError && <Alert tone="error">{form.formError}</Alert>}
      {linkSent && <Alert tone="success">{t('auth.signIn.linkSent')}</Alert>}
      <Button type="submit" size="lg" loading={signIn.isPending}>
        {t('auth.signIn.submit')}
      </Button>
      <OrDivider />
      <Button
        variant="secondary"
        loading={sendLink.isPending && sendLink.variables === 'signIn'}
        onClick={() => requestLink('signIn')}
      >
        {t('auth.signIn.magicLink')}
      </Button>
      <SsoButton callbackURL={target} />
    </form>
  );
}
