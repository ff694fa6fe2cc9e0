import { useState, type ChangeEvent } from 'react';
import { Avatar } from '../../components/ui/Avatar';
import { Button } from '../../components/ui/Button';
import { Field, Input } from '../../components/ui/Field';
import { useT } from '../../i18n';
import { AvatarError, toAvatarDataUrl } from './avatarImage';

const fileClasses =
  'py-2 file:mr-3 file:rounded-md file:border-0 file:bg-sunken file:px-3 file:py-1.5 file:font-medium file:text-ink';

/** Picks a picture, shrinks it in the browser so it fits, and previews it before saving. */
export function AvatarField({
  name,
  value,
  onChange,
  serverError,
}: {
  name: string;
  value: string | null;
  onChange: (dataUrl: string | null) => void;
  serverError: { error: string | undefined; onEdit: () => void };
}) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Remounting the input clears the chosen file after "Remove picture".
  const [inputKey, setInputKey] = useState(0);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    serverError.onEdit();
    setProblem(null);
    if (!file) return;
    setBusy(true);
    try {
      onChange(await toAvatarDataUrl(file));
    } catch (error) {
      const kind = error instanceof AvatarError ? error.problem : 'unreadable';
      setProblem(kind === 'type' ? t('profile.pictureType') : kind === 'tooBig' ? t('profile.pictureTooBig') : t('profile.pictureUnreadable'));
    } finally {
      setBusy(false);
    }
  };

  const remove = () => {
    serverError.onEdit();
    setProblem(null);
    onChange(null);
    setInputKey((key) => key + 1);
  };

  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <div className="flex flex-col items-center gap-2">
        <Avatar name={name} image={value} size="lg" alt={t('profile.picturePreview')} />
        {value && (
          <Button variant="ghost" size="sm" onClick={remove}>
            {t('profile.removePicture')}
          </Button>
        )}
      </div>
      <Field
        label={t('profile.picture')}
        hint={t('profile.pictureHint')}
        error={problem ?? serverError.error}
        className="min-w-0 flex-1"
      >
        <Input
          key={inputKey}
          type="file"
          accept="image/*"
          aria-busy={busy || undefined}
          className={fileClasses}
          onChange={(event) => void choose(event)}
        />
      </Field>
    </div>
  );
}
