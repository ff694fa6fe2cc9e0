import { useId, useState, type FormEvent } from 'react';
import type { PersonView, Role } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Select } from '../../components/ui/Field';
import { useT } from '../../i18n';
import { ActionLabel } from '../../components/ui/ActionLabel';
import { useChangePerson } from './api';
import { isRole, ROLES } from './roles';

const FIELDS = ['role'] as const;

/** Pick a new role, then confirm; the hint says what the chosen role may do. */
export function ChangeRoleDialog({ person }: { person: PersonView }) {
  const t = useT();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<Role>(person.role);
  const form = useFormErrors(FIELDS);
  const change = useChangePerson(person);

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setRole(person.role);
      form.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      { kind: 'update', role },
      {
        onSuccess: () => setOpen(false),
        onError: form.showFrom,
      },
    );
  };

  return (
    <Dialog
      title={t('people.changeRoleTitle', { name: person.name })}
      open={open}
      onOpenChange={openChange}
      trigger={
        <Button variant="secondary" size="sm">
          <ActionLabel label={t('people.changeRole')} name={person.name} />
        </Button>
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={change.isPending} disabled={role === person.role}>
            {t('people.changeRole')}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} className="flex flex-col gap-4">
        <Field label={t('people.newRole')} hint={t(`roles.hint.${role}`)} {...form.bind('role')}>
          <Select value={role} onChange={(event) => isRole(event.target.value) && setRole(event.target.value)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`roles.name.${option}`)}
              </option>
            ))}
          </Select>
        </Field>
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
      </form>
    </Dialog>
  );
}
