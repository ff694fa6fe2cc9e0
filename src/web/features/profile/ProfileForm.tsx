import { useState, type FormEvent } from 'react';
import type { MeView } from '../../api/types';
import { useFormErrors } from '../../api/useFormErrors';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Field, Input } from '../../components/ui/Field';
import { useToast } from '../../components/ui/Toast';
import { useT } from '../../i18n';
import { useUpdateProfile, type ProfilePatch } from './api';
import { AvatarField } from './AvatarField';

const FIELDS = ['name', 'image'] as const;

/** Name and picture, as colleagues see them; sends only what changed. */
export function ProfileForm({ me }: { me: MeView }) {
  const t = useT();
  const toast = useToast();
  const form = useFormErrors(FIELDS);
  const update = useUpdateProfile();
  const [name, setName] = useState(me.name);
  const [image, setImage] = useState(me.image);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return form.showFields({ name: t('profile.nameRequired') });
    form.reset();
    const patch: ProfilePatch = { name: name.trim() };
    if (image !== me.image) patch.image = image;
    update.mutate(patch, {
      onSuccess: () => toast({ title: t('profile.saved'), tone: 'success' }),
      onError: form.showFrom,
    });
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <AvatarField name={name || me.name} value={image} onChange={setImage} serverError={form.bind('image')} />
      <Field label={t('profile.name')} {...form.bind('name')}>
        <Input autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} />
      </Field>
      {form.formError && <Alert tone="error">{form.formError}</Alert>}
      <Button type="submit" className="self-start" loading={update.isPending}>
        {t('profile.save')}
      </Button>
    </form>
  );
}
