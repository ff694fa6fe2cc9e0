import { useState, type ChangeEvent } from 'react';
import { Button } from '../../components/ui/Button';
import { Field, Input } from '../../components/ui/Field';
import { useT } from '../../i18n';

const TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'];
/** The server stores the logo as a data URL of at most 200,000 characters (about 150 KB of image). */
const MAX_DATA_URL_CHARS = 200_000;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Picks a logo, checks type and size in the browser, and previews it before saving. */
export function LogoField({
  value,
  onChange,
  serverError,
}: {
  value: string | null;
  onChange: (dataUrl: string | null) => void;
  serverError: { error: string | undefined; onEdit: () => void };
}) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  // Remounting the input clears the chosen file after "Remove logo".
  const [inputKey, setInputKey] = useState(0);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    serverError.onEdit();
    setProblem(null);
    if (!file) return;
    if (!TYPES.includes(file.type)) return setProblem(t('organisation.logoType'));
    const kilobytes = Math.ceil(file.size / 1024);
    if (file.size > MAX_DATA_URL_CHARS) return setProblem(t('organisation.logoTooBig', { size: kilobytes }));
    try {
      const dataUrl = await readAsDataUrl(file);
      if (dataUrl.length > MAX_DATA_URL_CHARS) return setProblem(t('organisation.logoTooBig', { size: kilobytes }));
      onChange(dataUrl);
    } catch {
      setProblem(t('organisation.logoUnreadable'));
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <Field label={t('organisation.logo')} hint={t('organisation.logoHint')} error={problem ?? serverError.error}>
        <Input
          key={inputKey}
          type="file"
          accept={TYPES.join(',')}
          className="py-2 file:mr-3 file:rounded-md file:border-0 file:bg-sunken file:px-3 file:py-1.5 file:font-medium file:text-ink"
          onChange={(event) => void choose(event)}
        />
      </Field>
      {value && (
        <div className="flex flex-wrap items-center gap-4 rounded-lg border border-line p-3">
          <img src={value} alt={t('organisation.logoPreview')} className="h-14 max-w-48 object-contain" />
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              onChange(null);
              setInputKey((key) => key + 1);
            }}
          >
            {t('organisation.removeLogo')}
          </Button>
        </div>
      )}
    </div>
  );
}
