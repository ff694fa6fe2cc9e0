import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { usePageTitle } from '../components/layout/Page';
import { PublicLayout } from '../components/layout/PublicLayout';
import { Button } from '../components/ui/Button';
import { EmptyState } from '../components/ui/EmptyState';
import { useT } from '../i18n';

/** Shown in place of a page that throws, so the frame and navigation around it still work. */
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
      description={error instanceof TypeError ? t('errors.network') : error instanceof Error ? error.message : undefined}
      action={<Button onClick={retry}>{t('common.tryAgain')}</Button>}
    />
  );
}

/** When even the frame could not load (e.g. the server is unreachable at start). */
export function RootErrorPage(props: ErrorComponentProps) {
  return (
    <PublicLayout>
      <ErrorPage {...props} />
    </PublicLayout>
  );
}
