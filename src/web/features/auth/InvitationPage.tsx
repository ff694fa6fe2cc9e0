import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ApiError, apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { PublicInvitation } from '../../api/types';
import { PublicPageHeader } from '../../components/layout/PublicLayout';
import { Button } from '../../components/ui/Button';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { AcceptInvitationForm } from './AcceptInvitationForm';

const route = getRouteApi('/public/invitations/$token');

/** Where the e-mailed invitation link lands: who is invited, as what, and a password to join. */
export function InvitationPage() {
  const t = useT();
  const { token } = route.useParams();
  const invitation = useQuery({
    queryKey: queryKeys.invitation(token),
    queryFn: () => apiFetch<PublicInvitation>(`/api/v1/invitations/${encodeURIComponent(token)}`),
    staleTime: Infinity,
  });

  if (invitation.isPending) {
    return (
      <div className="flex flex-col gap-4" aria-busy="true">
        <span className="sr-only" role="status">
          {t('common.loading')}
        </span>
        <Skeleton className="h-8 w-3/4" />
        <Skeleton className="h-5 w-full" />
        <Skeleton className="h-11 w-full" />
        <Skeleton className="h-11 w-full" />
      </div>
    );
  }

  if (invitation.isError) {
    const { error } = invitation;
    const gone = error instanceof ApiError && (error.status === 404 || error.status === 422);
    return (
      <>
        <PublicPageHeader
          title={gone ? t('invitation.invalidTitle') : t('errors.unexpected')}
          description={gone ? (error.detail ?? t('invitation.invalidDetail')) : error.message}
        />
        <Button asChild variant="secondary" className="w-full">
          <Link to="/sign-in">{t('invitation.haveAccount')}</Link>
        </Button>
      </>
    );
  }

  const { organisationName, role, email, expiresAt, invitedByName } = invitation.data;
  const asRole = t(`roles.withArticle.${role}`);
  return (
    <>
      <PublicPageHeader
        title={t('invitation.title', { organisation: organisationName, role: asRole })}
        description={t('invitation.intro', { email, date: new Date(expiresAt).toLocaleDateString() })}
      />
      {invitedByName && (
        <p className="-mt-2 mb-4 text-muted">
          {t('invitation.invitedBy', { inviter: invitedByName, organisation: organisationName, role: asRole })}
        </p>
      )}
      <AcceptInvitationForm token={token} invitation={invitation.data} />
    </>
  );
}
