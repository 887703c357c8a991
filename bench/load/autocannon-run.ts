// Non-streaming load with autocannon. Its own percentiles are whole milliseconds, too coarse for a
// sub-millisecond overhead, so each response time (fractional ms) is recorded from its events here.
import { createRequire } from 'node:module';
import { Samples, summarize } from '../stats.ts';
import type { LoadJob, LoadResult } from './types.ts';

interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
}

interface AutocannonInstance {
  on(
    event: 'response',
    fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
  ): void;
}

type Autocannon = (
  opts: Record<string, unknown>,
  done: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export function runAutocannon(job: LoadJob, durationS: number): Promise<LoadResult> {
  const latencies = new Samples();
  let requests = 0;
  let ok = 0;
  const statuses: Record<string, number> = {};
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url + job.path,
        method: 'POST',
        headers: { ...job.headers, 'content-type': 'application/json' },
        body: job.body,
        connections: job.connections,
        pipelining: 1,
        duration: durationS,
        // autocannon stops on its next sample tick after the duration: tick often so it stops on time.
        sampleInt: 100,
        timeout: 30,
      },
      (err, r) => {
        if (err) return reject(err);
        const elapsedS = (performance.now() - t0) / 1000;
        const cpu = process.cpuUsage(cpu0);
        resolve({
          requests,
          ok,
          non2xx: r.non2xx,
          errors: r.errors + r.resets,
          elapsedS,
          rps: requests / elapsedS,
          latency: summarize(latencies.values()),
          ttft: null,
          clientCpuMs: (cpu.user + cpu.system) / 1000,
          statuses,
          tool: 'autocannon',
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      requests++;
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) {
        ok++;
        latencies.push(responseTime);
      }
    });
  });
}
