import { useState } from 'react';
import type { Invitation } from '../../api/types';
import { ActionLabel } from '../../components/ui/ActionLabel';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useWithdrawInvitation } from './api';

/** Withdrawing kills the e-mailed link at once, so it is confirmed with that spelt out. */
export function WithdrawInvitationDialog({ invitation }: { invitation: Invitation }) {
  const t = useT();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const withdraw = useWithdrawInvitation();

  const confirm = () =>
    withdraw.mutate(invitation, {
      onSuccess: () => {
        setOpen(false);
        toast({ title: t('people.pending.withdrawn', { email: invitation.email }), tone: 'success' });
      },
    });

  return (
    <Dialog
      title={t('people.pending.withdrawTitle', { email: invitation.email })}
      description={t('people.pending.withdrawIntro')}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) withdraw.reset();
      }}
      trigger={
        <Button variant="secondary" size="sm">
          <ActionLabel label={t('people.pending.withdraw')} name={invitation.email} />
        </Button>
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" loading={withdraw.isPending} onClick={confirm}>
            {t('people.pending.withdrawSubmit')}
          </Button>
        </>
      }
    >
      {withdraw.isError && <Alert tone="error">{withdraw.error.message}</Alert>}
    </Dialog>
  );
}
