import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BookIcon, HomeIcon, SettingsIcon } from '../ui/icons';
import { useT } from '../../i18n';

// Phones: a bar fixed to the bottom edge. From 768px: a column in the side panel.
const itemClasses =
  'flex min-h-14 flex-col items-center justify-center gap-0.5 px-2 text-small font-medium text-muted no-underline ' +
  'hover:text-ink md:min-h-11 md:flex-row md:justify-start md:gap-3 md:rounded-lg md:px-3 md:text-body md:hover:bg-sunken ' +
  'aria-[current=page]:font-semibold aria-[current=page]:text-primary md:aria-[current=page]:bg-accent-soft md:aria-[current=page]:text-ink';

function NavItem({ children }: { children: ReactNode }) {
  return <li className="flex-1 md:flex-none">{children}</li>;
}

export function MainNav() {
  const t = useT();
  return (
    <nav
      aria-label={t('nav.label')}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] md:static md:mt-8 md:border-0 md:bg-transparent md:p-0"
    >
      <ul className="flex md:flex-col md:gap-1">
        <NavItem>
          <Link to="/" activeOptions={{ exact: true }} className={itemClasses}>
            <HomeIcon />
            {t('nav.home')}
          </Link>
        </NavItem>
        <NavItem>
          <Link to="/settings" className={itemClasses}>
            <SettingsIcon />
            {t('nav.settings')}
          </Link>
        </NavItem>
        <NavItem>
          {/* Served by the API server, outside this app's router. */}
          <a href="/api/docs" className={itemClasses}>
            <BookIcon />
            {t('nav.apiDocs')}
          </a>
        </NavItem>
      </ul>
    </nav>
  );
}
