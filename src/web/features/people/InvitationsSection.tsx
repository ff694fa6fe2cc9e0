import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Invitation } from '../../api/types';
import { ActionLabel } from '../../components/ui/ActionLabel';
import { Alert } from '../../components/ui/Alert';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { Card } from '../../components/ui/Card';
import { Skeleton } from '../../components/ui/Skeleton';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { invitationsQuery, useInvitePerson } from './api';
import { WithdrawInvitationDialog } from './WithdrawInvitationDialog';

const formatDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** Invitations nobody has answered yet, so an admin can chase, resend or withdraw them. */
export function InvitationsSection() {
  const t = useT();
  const invitations = useQuery(invitationsQuery);
  // Expiry is shown in days, so the time the page opened is precise enough.
  const [now] = useState(Date.now);

  // Nothing pending is the usual case; the section stays out of the way then.
  if (invitations.data?.length === 0) return null;

  return (
    <Card title={t('people.pending.title')}>
      <p className="mb-4 text-muted">{t('people.pending.intro')}</p>
      {invitations.isPending && (
        <div className="flex flex-col gap-2">
          <span role="status" className="sr-only">
            {t('common.loading')}
          </span>
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-4 w-56" />
        </div>
      )}
      {invitations.isError && (
        <Alert tone="error" title={t('people.pending.loadFailed')}>
          {invitations.error.message}
        </Alert>
      )}
      {invitations.data && (
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line">
          {invitations.data.map((invitation) => (
            <InvitationItem key={invitation.id} invitation={invitation} now={now} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function InvitationItem({ invitation, now }: { invitation: Invitation; now: number }) {
  const t = useT();
  const toast = useToast();
  const invite = useInvitePerson();
  const expired = new Date(invitation.expiresAt).getTime() < now;
  const expiry = formatDate(invitation.expiresAt);

  const resend = () =>
    invite.mutate(
      { name: invitation.name, email: invitation.email, role: invitation.role, siteIds: invitation.siteIds, teamIds: invitation.teamIds },
      {
        onSuccess: (sent) =>
          toast({ title: t('people.pending.resent', { email: sent.email }), description: t('people.pending.resentDetail'), tone: 'success' }),
        onError: (error) => toast({ title: t('people.pending.resendFailed'), description: error.message, tone: 'error' }),
      },
    );

  return (
    <li className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-semibold break-words">{invitation.name}</h3>
          <Badge tone="accent">{t(`roles.name.${invitation.role}`)}</Badge>
        </div>
        <p className="text-small break-all text-muted">{invitation.email}</p>
        <p className="text-small text-muted">
          {[
            invitation.invitedByName && t('people.pending.invitedBy', { name: invitation.invitedByName }),
            expired ? t('people.pending.expired', { date: expiry }) : t('people.pending.expires', { date: expiry }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        <Button variant="secondary" size="sm" loading={invite.isPending} onClick={resend}>
          <ActionLabel label={t('people.pending.resend')} name={invitation.email} />
        </Button>
        <WithdrawInvitationDialog invitation={invitation} />
      </div>
    </li>
  );
}
