import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { queryKeys } from './keys';

const MAX_RETRIES = 2;

/** A 4xx will not change by asking again; network failures and 5xx might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export interface QueryClientOptions {
  /** Called when a signed-in session stops working (expired, revoked, account deactivated). */
  onSessionLost?: () => void;
}

export function createQueryClient({ onSessionLost }: QueryClientOptions = {}): QueryClient {
  // A 401 only means "session lost" while we believe someone is signed in; a wrong password on
  // the sign-in page is a 401 too and must not trigger anything.
  const onError = (error: unknown) => {
    if (!(error instanceof ApiError) || error.status !== 401) return;
    if (!client.getQueryData(queryKeys.me)) return;
    client.setQueryData(queryKeys.me, null);
    onSessionLost?.();
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
  return client;
}
