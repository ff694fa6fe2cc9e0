import { useQuery } from '@tanstack/react-query';
import { AppShell } from '../components/layout/AppShell';
import { MissingPage } from '../components/layout/MissingPage';
import { PublicLayout } from '../components/layout/PublicLayout';
import { meQuery } from '../features/session/queries';
import { useT } from '../i18n';

export function NotFoundPage() {
  const t = useT();
  return <MissingPage title={t('notFound.title')} description={t('notFound.description')} backTo="/" backLabel={t('notFound.home')} />;
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
