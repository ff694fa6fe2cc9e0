import { Page } from '../../components/layout/Page';
import { Button } from '../../components/ui/Button';
import { Card } from '../../components/ui/Card';
import { SignOutIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';
import { useMe } from '../session/queries';
import { useSignOut } from '../session/useSignOut';
import { ApiKeysSection } from './ApiKeysSection';
import { ChangePasswordForm } from './ChangePasswordForm';
import { NotificationsSection } from './NotificationsSection';
import { ProfileForm } from './ProfileForm';

export function ProfilePage() {
  const t = useT();
  const me = useMe();
  const signOut = useSignOut();
  if (!me) return null;

  const rows = [
    [t('auth.email'), me.email],
    [t('profile.role'), t(`roles.name.${me.role}`)],
  ];

  return (
    <Page title={t('profile.title')}>
      <Card title={t('profile.you')}>
        <div className="flex flex-col gap-6">
          <ProfileForm me={me} />
          <dl className="grid gap-x-6 gap-y-3 border-t border-line pt-4 sm:grid-cols-2">
            {rows.map(([term, value]) => (
              <div key={term} className="flex min-w-0 flex-col">
                <dt className="text-small text-muted">{term}</dt>
                <dd className="font-medium break-words">{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </Card>
      <NotificationsSection me={me} />
      {me.abilities.manageApiKeys && <ApiKeysSection />}
      <Card title={t('profile.changePassword')}>
        <ChangePasswordForm />
      </Card>
      <Card title={t('profile.signOutTitle')}>
        <p className="mb-4 text-muted">{t('profile.signOutDetail')}</p>
        <Button variant="secondary" loading={signOut.isPending} onClick={() => signOut.mutate()}>
          <SignOutIcon />
          {t('session.signOut')}
        </Button>
      </Card>
    </Page>
  );
}
