// The load generator, run in its own process so it never shares an event loop with the
// harness or the server under test. Input: one JSON LoadSpec (argv[2], or stdin when absent).
// Output: one JSON LoadResult line on stdout.
import autocannon from 'autocannon';
import { createHistogram, type RecordableHistogram } from 'node:perf_hooks';
import { text } from 'node:stream/consumers';

export type LoadSpec = {
  url: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  /** Requests taken in turn (path, headers and body each override the above): many callers, many ideas. */
  variants?: LoadVariant[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
};

export type LoadVariant = { path?: string; headers?: Record<string, string>; body?: string };

export type LoadResult = {
  rps: number; // mean requests per second
  p50: number; // latency of every response, ms (µs precision; autocannon's own is whole ms)
  p99: number; // latency, ms
  total: number; // completed requests
  non2xx: number;
  errors: number;
  timeouts: number;
};

function fire(spec: LoadSpec, seconds: number, latencyUs?: RecordableHistogram): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const options: autocannon.Options = {
      url: spec.url,
      method: spec.method,
      headers: spec.headers ?? {},
      connections: spec.connections,
      duration: seconds,
    };
    if (spec.body !== undefined) options.body = spec.body;
    const variants = spec.variants;
    if (variants?.length) {
      // One shared turn counter: concurrent connections take different variants, never the same one in step.
      let turn = 0;
      options.requests = [
        {
          setupRequest: (request) => {
            const variant = variants[turn++ % variants.length]!;
            return {
              ...request,
              ...(variant.path ? { path: variant.path } : {}),
              ...(variant.body !== undefined ? { body: variant.body } : {}),
              headers: { ...request.headers, ...variant.headers },
            };
          },
        },
      ];
    }
    const instance = autocannon(options, (error: unknown, result) => (error ? reject(error) : resolve(result)));
    if (latencyUs) instance.on('response', (_client, _status, _bytes, ms) => latencyUs.record(Math.max(1, Math.round(ms * 1000))));
  });
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? (await text(process.stdin))) as LoadSpec;
  if (spec.warmupSeconds > 0) await fire(spec, spec.warmupSeconds);
  const latencyUs = createHistogram();
  const r = await fire(spec, spec.durationSeconds, latencyUs);
  const result: LoadResult = {
    rps: r.requests.mean,
    p50: latencyUs.count ? latencyUs.percentile(50) / 1000 : 0,
    p99: latencyUs.count ? latencyUs.percentile(99) / 1000 : 0,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error('bench/load:', error);
  process.exit(1);
});
