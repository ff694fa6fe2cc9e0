import { useRef, useState } from 'react';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';
import { Field, Input } from '../../components/ui/Field';
import { CheckIcon, CopyIcon } from '../../components/ui/icons';
import { useT } from '../../i18n';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The new key, shown this once: a copy button, and a read-only field that selects itself for
 * copying by hand when the clipboard is not available (an insecure origin, a refused permission).
 */
export function NewApiKey({ secret }: { secret: string }) {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  const copyKey = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <Alert title={t('apiKeys.onceTitle')}>{t('apiKeys.onceDetail')}</Alert>
      <Field label={t('apiKeys.keyLabel')}>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Input
            ref={inputRef}
            readOnly
            autoFocus
            value={secret}
            spellCheck={false}
            className="font-mono text-small"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button variant="secondary" className="shrink-0" onClick={() => void copyKey()}>
            {copy === 'copied' ? <CheckIcon /> : <CopyIcon />}
            {copy === 'copied' ? t('apiKeys.copied') : t('apiKeys.copy')}
          </Button>
        </div>
      </Field>
      {/* Always mounted, so screen readers announce the change when it comes. */}
      <p role="status" className="-mt-2 text-small text-muted">
        {copy === 'copied' && t('apiKeys.copiedStatus')}
        {copy === 'failed' && t('apiKeys.copyFailed')}
      </p>
      <div className="flex flex-col gap-2">
        <p>{t('apiKeys.usage')}</p>
        <pre className="rounded-lg bg-sunken px-3 py-2 font-mono text-small break-all whitespace-pre-wrap">
          <code>{t('apiKeys.usageHeader')}</code>
        </pre>
        <a href="/api/docs">{t('apiKeys.docs')}</a>
      </div>
    </div>
  );
}
