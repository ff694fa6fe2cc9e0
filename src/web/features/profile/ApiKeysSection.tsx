import { useQuery } from '@tanstack/react-query';
import type { ApiKey } from '../../api/types';
import { Alert } from '../../components/ui/Alert';
import { Card } from '../../components/ui/Card';
import { Skeleton } from '../../components/ui/Skeleton';
import { useT } from '../../i18n';
import { apiKeysQuery } from './api';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';
import { RevokeApiKeyDialog } from './RevokeApiKeyDialog';

const formatDate = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The viewer's keys for integrations: recognised by name and prefix, since the key itself is shown only once. */
export function ApiKeysSection() {
  const t = useT();
  const keys = useQuery(apiKeysQuery);

  return (
    <Card title={t('apiKeys.title')} action={<CreateApiKeyDialog />}>
      <p className="mb-4 text-muted">{t('apiKeys.intro')}</p>
      {keys.isPending && (
        <div className="flex flex-col gap-2">
          <span role="status" className="sr-only">
            {t('common.loading')}
          </span>
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-4 w-56" />
        </div>
      )}
      {keys.isError && (
        <Alert tone="error" title={t('apiKeys.loadFailed')}>
          {keys.error.message}
        </Alert>
      )}
      {keys.data?.length === 0 && <p className="text-muted">{t('apiKeys.empty')}</p>}
      {keys.data && keys.data.length > 0 && (
        <ul className="flex flex-col divide-y divide-line rounded-lg border border-line">
          {keys.data.map((key) => (
            <ApiKeyItem key={key.id} apiKey={key} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function ApiKeyItem({ apiKey }: { apiKey: ApiKey }) {
  const t = useT();
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
      <div className="min-w-0">
        <h3 className="font-semibold break-words">{apiKey.name}</h3>
        <p className="text-small text-muted">
          {t('apiKeys.prefix')} <code className="font-mono text-ink">{apiKey.prefix}…</code>
        </p>
        <p className="text-small text-muted">
          {t('apiKeys.created', { date: formatDate(apiKey.createdAt) })}
          {' · '}
          {apiKey.lastUsedAt ? t('apiKeys.lastUsed', { date: formatDate(apiKey.lastUsedAt) }) : t('apiKeys.neverUsed')}
        </p>
      </div>
      <RevokeApiKeyDialog apiKey={apiKey} />
    </li>
  );
}
