import { useState } from 'react';
import type { PersonView } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { ActionLabel } from '../../components/ui/ActionLabel';
import { useChangePerson } from './api';

/** Deactivation is reversible but immediate, so it is confirmed with its consequences spelt out. */
export function DeactivateDialog({ person }: { person: PersonView }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const change = useChangePerson(person);

  const confirm = () =>
    change.mutate(
      { kind: 'deactivate' },
      {
        onSuccess: () => setOpen(false),
      },
    );

  return (
    <Dialog
      title={t('people.deactivateTitle', { name: person.name })}
      description={t('people.deactivateIntro')}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) change.reset();
      }}
      trigger={
        <Button variant="secondary" size="sm">
          <ActionLabel label={t('people.deactivate')} name={person.name} />
        </Button>
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" loading={change.isPending} onClick={confirm}>
            {t('people.deactivate')}
          </Button>
        </>
      }
    >
      <ul className="flex list-disc flex-col gap-1 pl-5">
        <li>{t('people.deactivateKeeps')}</li>
        <li>{t('people.deactivateSessions')}</li>
        <li>{t('people.deactivateSignIn')}</li>
      </ul>
      {change.isError && (
        <Alert tone="error" className="mt-4">
          {change.error.message}
        </Alert>
      )}
    </Dialog>
  );
}

export function ReactivateButton({ person }: { person: PersonView }) {
  const t = useT();
  const toast = useToast();
  const change = useChangePerson(person);
  const reactivate = () =>
    change.mutate(
      { kind: 'reactivate' },
      {
        onError: (error) => toast({ title: t('people.reactivateFailed'), description: error.message, tone: 'error' }),
      },
    );
  return (
    <Button variant="secondary" size="sm" loading={change.isPending} onClick={reactivate}>
      <ActionLabel label={t('people.reactivate')} name={person.name} />
    </Button>
  );
}
