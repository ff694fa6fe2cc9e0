/** Query keys for everything the web app caches; mutations invalidate exactly these. */
export const queryKeys = {
  status: ['status'] as const,
};
