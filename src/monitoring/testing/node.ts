// A real node + simulator with the monitoring area on an injected clock (evaluation and flushes only when
// the test asks), for the monitoring tests.
import { type Harness, startHarness } from '../../testing/harness.ts';
import { createMonitoringArea, type MonitoringArea } from '../area.ts';
import { ManualClock } from '../clock.ts';
import type { Area } from '../../server/areas.ts';
import type { MonitoringService } from '../service.ts';

export interface MonitoringNode {
  h: Harness;
  clock: ManualClock;
  area: MonitoringArea;
  svc: MonitoringService;
}

/** Starts at 2026-01-01T00:00:00Z unless told otherwise; `areas` run beside monitoring (e.g. the console). */
export async function startMonitoringNode(
  config: (simUrl: string) => string,
  opts: { start?: number; seed?: number; runtime?: Parameters<typeof startHarness>[1]; areas?: Area[] } = {},
): Promise<MonitoringNode> {
  const clock = new ManualClock(opts.start ?? Date.UTC(2026, 0, 1));
  const area = createMonitoringArea({
    clock,
    flushIntervalMs: 0,
    evaluateIntervalMs: 0,
    delivery: { backoffMs: 1, attempts: 4 },
  });
  const h = await startHarness(config, {
    sim: { seed: opts.seed ?? 1 },
    runtime: { areas: [area, ...(opts.areas ?? [])], ...opts.runtime?.runtime },
  });
  if (!area.service) throw new Error('monitoring did not start');
  return { h, clock, area, svc: area.service };
}
