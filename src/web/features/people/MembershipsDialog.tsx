import { useState } from 'react';
import type { PersonView } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { useT } from '../../i18n';
import { ActionLabel } from '../../components/ui/ActionLabel';
import { useChangePerson } from './api';
import { MembershipFields, type Memberships } from './MembershipFields';

export function MembershipsDialog({ person }: { person: PersonView }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [memberships, setMemberships] = useState<Memberships>({ siteIds: person.siteIds, teamIds: person.teamIds });
  const change = useChangePerson(person);

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setMemberships({ siteIds: person.siteIds, teamIds: person.teamIds });
      change.reset();
    }
  };
  const save = () => change.mutate({ kind: 'update', ...memberships }, { onSuccess: () => setOpen(false) });

  return (
    <Dialog
      title={t('people.membershipsTitle', { name: person.name })}
      open={open}
      onOpenChange={openChange}
      trigger={
        <Button variant="secondary" size="sm">
          <ActionLabel label={t('people.editMemberships')} name={person.name} />
        </Button>
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button loading={change.isPending} onClick={save}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <MembershipFields value={memberships} onChange={setMemberships} />
      {change.isError && (
        <Alert tone="error" className="mt-4">
          {change.error.message}
        </Alert>
      )}
    </Dialog>
  );
}
