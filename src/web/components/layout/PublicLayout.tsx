import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useSetupStatus } from '../../features/session/queries';
import { useT } from '../../i18n';
import { SparkIcon } from '../ui/icons';
import { usePageTitle } from './Page';
import { SkipLink } from './SkipLink';

/**
 * The frame of pages people see before they are signed in (sign-in, setup, invitations):
 * the organisation's logo and name above one centred card.
 */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const t = useT();
  const { data: setup } = useSetupStatus();
  const name = setup?.organisationName ?? t('app.name');

  return (
    <div className="flex min-h-dvh flex-col items-center px-4 py-8 md:py-16">
      <SkipLink />
      <header className="mb-6 flex flex-col items-center gap-3 text-center">
        {setup?.logoDataUrl ? (
          <img src={setup.logoDataUrl} alt="" className="h-14 max-w-56 object-contain" />
        ) : (
          <span className="flex size-12 items-center justify-center rounded-xl bg-primary text-on-primary">
            <SparkIcon className="size-6" />
          </span>
        )}
        <p className="text-heading font-bold">{name}</p>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="w-full max-w-md rounded-card border border-line bg-surface p-5 shadow-card outline-none md:p-8"
      >
        {children ?? <Outlet />}
      </main>
      {setup?.organisationName && <p className="mt-6 text-small text-muted">{t('auth.poweredBy')}</p>}
    </div>
  );
}

/** A public page's heading and intro, with the matching document title. */
export function PublicPageHeader({ title, description }: { title: string; description?: string }) {
  usePageTitle(title);
  return (
    <div className="mb-6 flex flex-col gap-2">
      <h1 className="text-title">{title}</h1>
      {description && <p className="text-muted">{description}</p>}
    </div>
  );
}
