import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { AppShell } from '../components/layout/AppShell';
import { usePageTitle } from '../components/layout/Page';
import { PublicLayout } from '../components/layout/PublicLayout';
import { Button } from '../components/ui/Button';
import { EmptyState } from '../components/ui/EmptyState';
import { SearchOffIcon } from '../components/ui/icons';
import { meQuery } from '../features/session/queries';
import { useT } from '../i18n';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <EmptyState
      icon={<SearchOffIcon className="size-6" />}
      headingLevel="h1"
      title={t('notFound.title')}
      description={t('notFound.description')}
      action={
        <Button asChild>
          <Link to="/">{t('notFound.home')}</Link>
        </Button>
      }
    />
  );
}

/** An unknown address: inside the app frame for someone signed in, the public frame otherwise. */
export function RootNotFoundPage() {
  const me = useQuery(meQuery);
  if (me.isPending) return null;
  const Frame = me.data ? AppShell : PublicLayout;
  return (
    <Frame>
      <NotFoundPage />
    </Frame>
  );
}
