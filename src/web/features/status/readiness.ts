import { useQuery } from '@tanstack/react-query';
import { ApiError, apiFetch } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { ReadyBody } from '../../../server/system/schema';

export type { ReadyBody };

/** A 503 from `/readyz` is an answer, not a failure: the server is up but not ready. */
export type Readiness = ({ ready: true } & ReadyBody) | { ready: false; detail: string };

const REFRESH_MS = 15_000;

async function fetchReadiness(): Promise<Readiness> {
  try {
    const body = await apiFetch<ReadyBody>('/readyz', { cache: 'no-store' });
    return { ready: true, ...body };
  } catch (error) {
    if (error instanceof ApiError && error.status === 503) {
      return { ready: false, detail: error.detail ?? error.title };
    }
    throw error;
  }
}

export function useReadiness() {
  return useQuery({
    queryKey: queryKeys.status,
    queryFn: fetchReadiness,
    refetchInterval: REFRESH_MS,
    staleTime: 0,
  });
}
