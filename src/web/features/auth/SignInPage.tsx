import { getRouteApi } from '@tanstack/react-router';
import { PublicPageHeader } from '../../components/layout/PublicLayout';
import { useT } from '../../i18n';
import { useSetupStatus } from '../session/queries';
import { SignInForm } from './SignInForm';

const route = getRouteApi('/public/sign-in');

export function SignInPage() {
  const t = useT();
  const { redirect, error } = route.useSearch();
  const organisation = useSetupStatus().data?.organisationName;
  return (
    <>
      <PublicPageHeader
        title={t('auth.signIn.title')}
        description={organisation ? t('auth.signIn.intro', { organisation }) : undefined}
      />
      <SignInForm redirect={redirect} ssoError={error} />
    </>
  );
}
