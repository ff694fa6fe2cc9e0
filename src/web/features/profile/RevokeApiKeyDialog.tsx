import { useState } from 'react';
import type { ApiKey } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { ActionLabel } from '../../components/ui/ActionLabel';
import { useRevokeApiKey } from './api';

/** Revoking is immediate and final, so it is confirmed with its consequence spelt out. */
export function RevokeApiKeyDialog({ apiKey }: { apiKey: ApiKey }) {
  const t = useT();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const revoke = useRevokeApiKey();

  const confirm = () =>
    revoke.mutate(apiKey, {
      onSuccess: () => {
        setOpen(false);
        toast({ title: t('apiKeys.revoked', { name: apiKey.name }), tone: 'success' });
      },
    });

  return (
    <Dialog
      title={t('apiKeys.revokeTitle', { name: apiKey.name })}
      description={t('apiKeys.revokeIntro')}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) revoke.reset();
      }}
      trigger={
        <Button variant="secondary" size="sm">
          <ActionLabel label={t('apiKeys.revoke')} name={apiKey.name} />
        </Button>
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" loading={revoke.isPending} onClick={confirm}>
            {t('apiKeys.revokeSubmit')}
          </Button>
        </>
      }
    >
      {revoke.isError && <Alert tone="error">{revoke.error.message}</Alert>}
    </Dialog>
  );
}
