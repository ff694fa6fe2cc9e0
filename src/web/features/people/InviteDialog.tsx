import { useId, useState, type FormEvent } from 'react';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Dialog } from '../../components/ui/Dialog';
import { Field, Input, Select } from '../../components/ui/Field';
import { PlusIcon } from '../../components/ui/icons';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useInvitePerson, type InviteInput } from './api';
import { MembershipFields } from './MembershipFields';
import { isRole, ROLES } from './roles';

const FIELDS = ['name', 'email', 'role'] as const;
const blank: InviteInput = { name: '', email: '', role: 'employee', siteIds: [], teamIds: [] };

/** Invites someone by e-mail; they choose their own password from the link. */
export function InviteDialog() {
  const t = useT();
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState<InviteInput>(blank);
  const form = useFormErrors(FIELDS);
  const invite = useInvitePerson();

  const openChange = (next: boolean) => {
    setOpen(next);
    if (next) {
      setInput(blank);
      form.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.reset();
    invite.mutate(input, {
      onSuccess: (invitation) => {
        setOpen(false);
        toast({ title: t('people.invited', { email: invitation.email }), description: t('people.invitedDetail'), tone: 'success' });
      },
      onError: form.showFrom,
    });
  };

  return (
    <Dialog
      title={t('people.inviteTitle')}
      description={t('people.inviteIntro')}
      open={open}
      onOpenChange={openChange}
      trigger={
        <Button>
          <PlusIcon />
          {t('people.invite')}
        </Button>
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={invite.isPending}>
            {t('people.sendInvitation')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-4">
        <Field label={t('people.name')} {...form.bind('name')}>
          <Input value={input.name} onChange={(event) => setInput({ ...input, name: event.target.value })} />
        </Field>
        <Field label={t('auth.email')} {...form.bind('email')}>
          <Input
            type="email"
            value={input.email}
            onChange={(event) => setInput({ ...input, email: event.target.value })}
          />
        </Field>
        <Field label={t('people.role')} hint={t(`roles.hint.${input.role}`)} {...form.bind('role')}>
          <Select
            value={input.role}
            onChange={(event) => isRole(event.target.value) && setInput({ ...input, role: event.target.value })}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.name.${role}`)}
              </option>
            ))}
          </Select>
        </Field>
        <MembershipFields value={input} onChange={(memberships) => setInput({ ...input, ...memberships })} />
        {form.formError && <Alert tone="error">{form.formError}</Alert>}
      </form>
    </Dialog>
  );
}
