import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../api/client';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { useT } from '../../i18n';
import { useSetupStatus } from '../session/queries';

/**
 * Single sign-on, when the deployment has an OpenID Connect provider: the API answers with the
 * provider's address and the browser goes there; a refusal comes back as `/sign-in?error=…`.
 */
export function SsoButton({ callbackURL, withDivider = false }: { callbackURL: string; withDivider?: boolean }) {
  const t = useT();
  const sso = useSetupStatus().data?.sso;
  const start = useMutation({
    mutationFn: (provider: string) =>
      apiFetch<{ url: string }>('/api/auth/sign-in/social', {
        method: 'POST',
        body: { provider, callbackURL, errorCallbackURL: '/sign-in' },
      }),
    onSuccess: ({ url }) => window.location.assign(url),
  });
  if (!sso) return null;

  return (
    <>
      {withDivider && <OrDivider />}
      <Button variant="secondary" loading={start.isPending || start.isSuccess} onClick={() => start.mutate(sso.providerId)}>
        {t('auth.sso.continue', { name: sso.name })}
      </Button>
      {start.isError && <Alert tone="error">{start.error.message}</Alert>}
    </>
  );
}

export function OrDivider() {
  const t = useT();
  return (
    <p className="flex items-center gap-3 text-small text-muted before:h-px before:flex-1 before:bg-line after:h-px after:flex-1 after:bg-line">
      {t('auth.signIn.or')}
    </p>
  );
}
