import { useMe } from '../../features/session/queries';
import { useSignOut } from '../../features/session/useSignOut';
import { useT } from '../../i18n';
import { Avatar } from '../ui/Avatar';
import { Button } from '../ui/Button';
import { SignOutIcon } from '../ui/icons';

/** Desktop only: who is signed in, and sign out. On phones this lives on the Profile page. */
export function AccountPanel() {
  const t = useT();
  const me = useMe();
  const signOut = useSignOut();
  if (!me) return null;

  return (
    <div className="mt-auto hidden border-t border-line pt-4 md:block">
      <div className="flex items-center gap-3 px-3">
        <Avatar name={me.name} image={me.image} />
        <div className="min-w-0">
          <p className="truncate font-medium">{me.name}</p>
          <p className="truncate text-small text-muted">{t(`roles.name.${me.role}`)}</p>
        </div>
      </div>
      <Button
        variant="ghost"
        size="sm"
        className="mt-2 w-full justify-start"
        loading={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        <SignOutIcon />
        {t('session.signOut')}
      </Button>
    </div>
  );
}
