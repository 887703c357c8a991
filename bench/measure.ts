// Runs one scenario: drives the load from the load process and reads the gateway's CPU and peak RSS
// from /proc around the measured window.
import type { LoadDriver } from './load/driver.ts';
import type { LoadJob, LoadResult, Shape } from './load/types.ts';
import { cpuMs, peakRssBytes, processTree, RssSampler, resetPeakRss, rssBytes } from './proc-stats.ts';

export const CHAT_PATH = '/v1/chat/completions';

/** The same small chat request everywhere; only the model name differs (alias through Lintel). */
export function chatBody(model: string, shape: Shape): string {
  return JSON.stringify({
    model,
    messages: [
      { role: 'system', content: 'You are a concise assistant.' },
      { role: 'user', content: 'Give me one short sentence about load testing.' },
    ],
    max_tokens: 32,
    ...(shape === 'stream' ? { stream: true } : {}),
  });
}

export interface GatewayUsage {
  cpuMs: number;
  cpuMsPerRequest: number;
  /** CPU time over wall time of the window, in % of one core (100 = one core busy throughout). */
  cpuPercent: number;
  /** Peak RSS in the measured window (VmHWM after a reset; sampled maximum where a reset is refused). */
  peakRssBytes: number;
  peakRssMethod: 'VmHWM' | 'sampled';
  rssAfterBytes: number;
  processes: number;
}

export interface Measured {
  load: LoadResult;
  /** Lintel's process tree (null for direct runs). */
  gateway: GatewayUsage | null;
  /** The simulator's CPU per request, for context: the upstream shares the same two cores. */
  simulatorCpuMsPerRequest: number;
}

export async function measure(
  driver: LoadDriver,
  job: LoadJob,
  gatewayPid: number | null,
  simulatorPid: number,
  onWindowStart: () => void = () => {},
): Promise<Measured> {
  let pids: number[] = [];
  let cpu0 = 0;
  let sim0 = 0;
  let hwmReset = false;
  let sampler: RssSampler | null = null;
  const load = await driver.run(job, () => {
    if (gatewayPid !== null) {
      pids = processTree(gatewayPid);
      hwmReset = resetPeakRss(pids);
      sampler = new RssSampler(() => pids);
      sampler.start();
      cpu0 = cpuMs(pids);
    }
    sim0 = cpuMs([simulatorPid]);
    onWindowStart();
  });
  const simCpu = cpuMs([simulatorPid]) - sim0;
  const perRequest = (ms: number) => (load.requests > 0 ? ms / load.requests : Number.NaN);
  if (gatewayPid === null) return { load, gateway: null, simulatorCpuMsPerRequest: perRequest(simCpu) };
  const used = cpuMs(pids) - cpu0;
  const sampled = (sampler as RssSampler | null)?.stop() ?? 0;
  return {
    load,
    gateway: {
      cpuMs: used,
      cpuMsPerRequest: perRequest(used),
      cpuPercent: used / load.elapsedS / 10,
      peakRssBytes: hwmReset ? peakRssBytes(pids) : sampled,
      peakRssMethod: hwmReset ? 'VmHWM' : 'sampled',
      rssAfterBytes: rssBytes(pids),
      processes: pids.length,
    },
    simulatorCpuMsPerRequest: perRequest(simCpu),
  };
}
