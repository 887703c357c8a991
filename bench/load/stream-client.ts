// Streaming load with a small undici client: `connections` concurrent loops, each sending
// `stream: true` requests back to back, timing the first `data:` event (TTFT) and the whole stream.
import { Pool } from 'undici';
import { Samples, summarize } from '../stats.ts';
import type { LoadJob, LoadResult } from './types.ts';

const END_MARKER = '[DONE]';

interface Tally {
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  latency: Samples;
  ttft: Samples;
  statuses: Record<string, number>;
}

function oneStream(pool: Pool, job: LoadJob, t: Tally): Promise<void> {
  const t0 = performance.now();
  return new Promise<void>((resolve) => {
    pool.request(
      {
        path: job.path,
        method: 'POST',
        headers: { ...job.headers, 'content-type': 'application/json' },
        body: job.body,
      },
      (err, data) => {
        if (err || !data) {
          t.errors++;
          return resolve();
        }
        const { statusCode, body } = data;
        let head = '';
        let firstAt = -1;
        let tail = '';
        body.on('data', (chunk: Buffer) => {
          const s = chunk.toString('latin1');
          if (firstAt < 0) {
            head += s;
            if (head.includes('data:')) firstAt = performance.now() - t0;
            else head = head.slice(-8);
          }
          tail = (tail + s).slice(-64);
        });
        body.once('error', () => {
          t.requests++;
          t.errors++;
          resolve();
        });
        body.once('end', () => {
          t.requests++;
          t.statuses[statusCode] = (t.statuses[statusCode] ?? 0) + 1;
          if (statusCode < 200 || statusCode >= 300) t.non2xx++;
          else if (!tail.includes(END_MARKER) || firstAt < 0) t.errors++;
          else {
            t.ok++;
            t.latency.push(performance.now() - t0);
            t.ttft.push(firstAt);
          }
          resolve();
        });
      },
    );
  });
}

export async function runStreamClient(job: LoadJob, durationS: number, pool: Pool): Promise<LoadResult> {
  const t: Tally = {
    requests: 0,
    ok: 0,
    non2xx: 0,
    errors: 0,
    latency: new Samples(),
    ttft: new Samples(),
    statuses: {},
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const end = t0 + durationS * 1000;
  const loop = async () => {
    while (performance.now() < end) await oneStream(pool, job, t);
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
  const elapsedS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    requests: t.requests,
    ok: t.ok,
    non2xx: t.non2xx,
    errors: t.errors,
    elapsedS,
    rps: t.requests / elapsedS,
    latency: summarize(t.latency.values()),
    ttft: summarize(t.ttft.values()),
    clientCpuMs: (cpu.user + cpu.system) / 1000,
    statuses: t.statuses,
    tool: 'undici-stream-client',
  };
}

export function streamPool(job: LoadJob): Pool {
  return new Pool(job.url, { connections: job.connections, pipelining: 1, keepAliveTimeout: 30_000 });
}
