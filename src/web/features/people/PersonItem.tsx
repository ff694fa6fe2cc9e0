import { useId, useState } from 'react';
import type { PersonView } from '../../api/types';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { cx } from '../../components/ui/cx';
import { useT } from '../../i18n';
import { ActionLabel } from '../../components/ui/ActionLabel';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { DeactivateDialog, ReactivateButton } from './DeactivateDialog';
import { MembershipsDialog } from './MembershipsDialog';

/**
 * One person in the list; actions appear only where the server says this viewer may act.
 * Wide screens show them inline; narrower ones behind a "Manage" toggle to keep the list scannable.
 */
export function PersonItem({ person, siteNames }: { person: PersonView; siteNames: Map<string, string> }) {
  const t = useT();
  const actionsId = useId();
  const [expanded, setExpanded] = useState(false);
  const { abilities } = person;
  const sites = person.siteIds.map((id) => siteNames.get(id)).filter(Boolean);
  const hasActions = abilities.updateRole || abilities.updateMemberships || abilities.deactivate || abilities.reactivate;

  return (
    <li className="flex flex-col gap-3 px-4 py-4 lg:flex-row lg:items-center lg:gap-4">
      <div className="flex min-w-0 flex-1 items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="font-semibold">{person.name}</h2>
          <p className="text-small break-all text-muted">{person.email}</p>
          {sites.length > 0 && <p className="text-small text-muted">{t('people.sitesList', { sites: sites.join(', ') })}</p>}
        </div>
        <div className="flex shrink-0 flex-col items-end gap-2">
          <div className="flex flex-wrap justify-end gap-2">
            <Badge tone="accent">{t(`roles.name.${person.role}`)}</Badge>
            {person.deactivated && <Badge tone="danger">{t('people.deactivated')}</Badge>}
          </div>
          {hasActions && (
            <Button
              variant="ghost"
              size="sm"
              className="-mr-2 lg:hidden"
              aria-expanded={expanded}
              aria-controls={actionsId}
              onClick={() => setExpanded(!expanded)}
            >
              <ActionLabel label={t('people.manage')} name={person.name} />
            </Button>
          )}
        </div>
      </div>
      {hasActions && (
        <div id={actionsId} className={cx('flex-wrap gap-2 lg:flex lg:shrink-0', expanded ? 'flex' : 'hidden')}>
          {abilities.updateRole && <ChangeRoleDialog person={person} />}
          {abilities.updateMemberships && <MembershipsDialog person={person} />}
          {abilities.deactivate && <DeactivateDialog person={person} />}
          {abilities.reactivate && <ReactivateButton person={person} />}
        </div>
      )}
    </li>
  );
}
