import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../components/layout/Page';
import { Button } from '../../components/ui/Button';
import { EmptyState } from '../../components/ui/EmptyState';
import { ShieldIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';

/**
 * Shows a page only when the server's abilities allow it (the server refuses the data anyway);
 * otherwise says so plainly instead of showing a broken page.
 */
export function RequireAbility({ allowed, children }: { allowed: boolean | undefined; children: ReactNode }) {
  if (allowed) return children;
  return <NoAccess />;
}

function NoAccess() {
  const t = useT();
  usePageTitle(t('session.noAccessTitle'));
  return (
    <EmptyState
      icon={<ShieldIcon className="size-6" />}
      headingLevel="h1"
      title={t('session.noAccessTitle')}
      description={t('session.noAccessDetail')}
      action={
        <Button asChild>
          <Link to="/">{t('notFound.home')}</Link>
        </Button>
      }
    />
  );
}
