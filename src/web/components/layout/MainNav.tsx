import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { canUseIdeas } from '../../features/ideas/access';
import { useMe } from '../../features/session/queries';
import { useT } from '../../i18n';
import { Avatar } from '../ui/Avatar';
import { cx } from '../ui/cx';
import { BookIcon, BuildingIcon, HomeIcon, LightbulbIcon, SettingsIcon, SparkIcon, UserIcon, UsersIcon } from '../ui/icons';

// Phones: a bar fixed to the bottom edge. From 768px: a column in the side panel.
const itemClasses =
  'flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-[0.75rem] leading-4 font-medium text-muted no-underline ' +
  'hover:text-ink md:min-h-11 md:flex-row md:justify-start md:gap-3 md:rounded-lg md:px-3 md:text-body md:hover:bg-sunken ' +
  'aria-[current=page]:font-semibold aria-[current=page]:text-primary md:aria-[current=page]:bg-accent-soft md:aria-[current=page]:text-ink';

function NavItem({ children, desktopOnly = false }: { children: ReactNode; desktopOnly?: boolean }) {
  return <li className={cx('min-w-0 flex-1 md:flex-none', desktopOnly && 'hidden md:block')}>{children}</li>;
}

/** Items follow the signed-in person's abilities, as the server states them. */
export function MainNav() {
  const t = useT();
  const me = useMe();
  const abilities = me?.abilities;

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
        {canUseIdeas(me) && (
          <NavItem>
            {/* Matched by prefix, so it stays current on the share form and on each idea's page. */}
            <Link to="/ideas" className={itemClasses}>
              <LightbulbIcon />
              {t('nav.ideas')}
            </Link>
          </NavItem>
        )}
        {/* Prompts are for everyone who shares ideas (the same people, as the server's rules say). */}
        {canUseIdeas(me) && (
          <NavItem>
            <Link to="/prompts" className={itemClasses}>
              <SparkIcon />
              {t('nav.prompts')}
            </Link>
          </NavItem>
        )}
        {abilities?.listPeople && (
          <NavItem>
            <Link to="/people" className={itemClasses}>
              <UsersIcon />
              {t('nav.people')}
            </Link>
          </NavItem>
        )}
        {(abilities?.updateOrganisation || abilities?.manageSites) && (
          <NavItem>
            <Link to="/organisation" className={itemClasses}>
              <BuildingIcon />
              {t('nav.organisation')}
            </Link>
          </NavItem>
        )}
        {me && (
          <NavItem>
            <Link to="/profile" className={itemClasses}>
              {/* Phones have no account panel, so the picture (or initials) stands in for the icon. */}
              <Avatar name={me.name} image={me.image} size="sm" className="md:hidden" />
              <UserIcon className="hidden size-5 shrink-0 md:block" />
              {t('nav.profile')}
            </Link>
          </NavItem>
        )}
        <NavItem>
          <Link to="/settings" className={itemClasses}>
            <SettingsIcon />
            {t('nav.settings')}
          </Link>
        </NavItem>
        {/* Served by the API server, outside this app's router; linked from Home on phones. */}
        <NavItem desktopOnly>
          <a href="/api/docs" className={itemClasses}>
            <BookIcon />
            {t('nav.apiDocs')}
          </a>
        </NavItem>
      </ul>
    </nav>
  );
}
