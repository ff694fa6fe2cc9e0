import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { forgetSession } from './queries';

/** Ends the session, forgets its cached data and shows the sign-in page. */
export function useSignOut() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<unknown>('/api/auth/sign-out', { method: 'POST', body: {} }),
    onSuccess: async () => {
      queryClient.setQueryData(queryKeys.me, null);
      await navigate({ to: '/sign-in' });
      forgetSession(queryClient);
    },
    onError: (error) => toast({ title: t('session.signOutFailed'), description: error.message, tone: 'error' }),
  });
}
