import { Link } from '@tanstack/react-router';
import { usePageTitle } from '../components/layout/Page';
import { Button } from '../components/ui/Button';
import { EmptyState } from '../components/ui/EmptyState';
import { SearchOffIcon } from '../components/ui/icons';
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
