import { useId, useState, type FormEvent } from 'react';
import type { Team } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Input } from '../../components/ui/Field';
import { PlusIcon } from '../../components/ui/icons';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useSaveTeam } from './api';

const FIELDS = ['name'] as const;

/** Adds a team to a site (no `team`) or renames one. */
export function TeamDialog({ siteId, siteName, team }: { siteId: string; siteName?: string; team?: Team }) {
  const t = useT();
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(team?.name ?? '');
  const form = useFormErrors(FIELDS);
  const save = useSaveTeam();

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setName(team?.name ?? '');
      form.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    save.mutate(
      { id: team?.id, name, siteId },
      {
        onSuccess: (saved) => {
          setOpen(false);
          toast({ title: t(team ? 'organisation.teamRenamed' : 'organisation.teamAdded', { name: saved.name }), tone: 'success' });
        },
        onError: form.showFrom,
      },
    );
  };

  return (
    <Dialog
      title={team ? t('organisation.renameTeamTitle', { name: team.name }) : t('organisation.addTeamTitle', { site: siteName ?? '' })}
      open={open}
      onOpenChange={openChange}
      trigger={
        team ? (
          <Button variant="ghost" size="sm">
            {t('organisation.renameTeam')}
            <span className="sr-only"> {team.name}</span>
          </Button>
        ) : (
          <Button variant="ghost" size="sm" className="-ml-3 mt-1">
            <PlusIcon />
            {t('organisation.addTeam')}
            <span className="sr-only"> {t('organisation.toSite', { site: siteName ?? '' })}</span>
          </Button>
        )
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={save.isPending}>
            {team ? t('common.save') : t('organisation.addTeam')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        <Field label={t('organisation.teamName')} {...form.bind('name')}>
          <Input value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
      </form>
    </Dialog>
  );
}
