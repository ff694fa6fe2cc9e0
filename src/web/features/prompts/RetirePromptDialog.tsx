import { useState } from 'react';
import type { LibraryPrompt } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useSetPromptActive } from './api';

/** Retires a prompt after saying what that means; a retired prompt comes back with one tap. */
export function RetirePromptControl({ prompt }: { prompt: LibraryPrompt }) {
  const t = useT();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const setActive = useSetPromptActive();

  if (!prompt.active) {
    return (
      <Button
        variant="secondary"
        loading={setActive.isPending}
        onClick={() =>
          setActive.mutate(
            { id: prompt.id, active: true },
            {
              onSuccess: () => toast({ title: t('prompts.manage.restored'), tone: 'success' }),
              onError: (error) => toast({ title: t('prompts.manage.failed'), description: error.message, tone: 'error' }),
            },
          )
        }
      >
        {t('prompts.manage.restore')}
      </Button>
    );
  }

  return (
    <Dialog
      title={t('prompts.manage.retireTitle')}
      description={t('prompts.manage.retireDetail')}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setActive.reset();
      }}
      trigger={<Button variant="secondary">{t('prompts.manage.retire')}</Button>}
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="danger"
            loading={setActive.isPending}
            onClick={() =>
              setActive.mutate(
                { id: prompt.id, active: false },
                {
                  onSuccess: () => {
                    setOpen(false);
                    toast({ title: t('prompts.manage.retiredToast'), tone: 'success' });
                  },
                },
              )
            }
          >
            {t('prompts.manage.retireConfirm')}
          </Button>
        </>
      }
    >
      <blockquote className="border-l-4 border-line pl-3 break-words">{prompt.text}</blockquote>
      {setActive.isError && (
        <Alert tone="error" className="mt-3">
          {setActive.error.message}
        </Alert>
      )}
    </Dialog>
  );
}
