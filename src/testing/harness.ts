// Test harness: a simulator and a real Lintel node on random ports, wired by a config text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfigText } from '../config/load.ts';
import type { RequestContext } from '../gateway/context.ts';
import type { RequestRecord } from '../spec/record.ts';
import { type LintelRuntime, type RuntimeOptions, startRuntime } from '../server/runtime.ts';
import { type Simulator, type SimulatorOptions, startSimulator } from '../simulator/index.ts';

export const TEST_KEY = 'lk-test-master-key-0123456789';
export const TEST_SECRET = 'test-secret-key-0123456789abcdef';

export interface Harness {
  sim: Simulator;
  lintel: LintelRuntime;
  url: string;
  key: string;
  finished: RequestContext[];
  /** The record of every finished request, as handed to the recorder. */
  records: RequestRecord[];
  /**
   * The first finished request from index `since` on (take `h.finished.length` before the call) that matches, waiting
   * for it: the gateway finishes a request after the client has its response, so "the last record" may not be there
   * yet — or may belong to an earlier test.
   */
  finishedAfter(since: number, match: (ctx: RequestContext) => boolean, timeoutMs?: number): Promise<RequestContext>;
  close(): Promise<void>;
}

/** `configFor(simUrl)` returns lintel.yaml text. */
export async function startHarness(
  configFor: (simUrl: string) => string,
  opts: { sim?: SimulatorOptions; runtime?: RuntimeOptions } = {},
): Promise<Harness> {
  const sim = await startSimulator({ port: 0, quiet: true, ...opts.sim });
  const dataDir = mkdtempSync(join(tmpdir(), 'lintel-test-'));
  const finished: RequestContext[] = [];
  const records: RequestRecord[] = [];
  const loaded = parseConfigText(configFor(sim.url), 'test.yaml');
  const lintel = await startRuntime(loaded, {
    port: 0,
    host: '127.0.0.1',
    masterKey: TEST_KEY,
    secretKey: TEST_SECRET,
    dataDir,
    ...opts.runtime,
    onFinish: (ctx, record) => {
      finished.push(ctx);
      records.push(record);
      opts.runtime?.onFinish?.(ctx, record);
    },
  });
  return {
    sim,
    lintel,
    url: lintel.url,
    key: TEST_KEY,
    finished,
    records,
    async finishedAfter(since, match, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = finished.slice(since).find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no finished request matched within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    async close() {
      await lintel.close();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Providers `sim` (OpenAI format) and `sim-anthropic` (Anthropic format) on one simulator. */
export function simProviders(simUrl: string): string {
  return `providers:
  sim:
    kind: openai-compatible
    base_url: ${simUrl}/v1
  sim-anthropic:
    kind: anthropic
    base_url: ${simUrl}
`;
}
