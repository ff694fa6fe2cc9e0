import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { usePageTitle } from '../components/layout/Page';
import { Button } from '../components/ui/Button';
import { EmptyState } from '../components/ui/EmptyState';
import { useT } from '../i18n';

/** Shown inside the app shell when a page throws, so navigation still works. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const t = useT();
  const router = useRouter();
  usePageTitle(t('errors.unexpected'));

  const retry = () => {
    reset();
    void router.invalidate();
  };

  return (
    <EmptyState
      headingLevel="h1"
      title={t('errors.unexpected')}
      description={error instanceof Error ? error.message : undefined}
      action={<Button onClick={retry}>{t('common.tryAgain')}</Button>}
    />
  );
}
