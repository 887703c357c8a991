// The monitoring area: tables, the service (hot-path collector, flushes, the evaluation tick; online
// evaluation, notifications and compaction on the job runner) and its routes. `createMonitoringArea({ clock })` lets tests and simulations
// drive time; `area.service` is the started service.
import type { Area } from '../server/areas.ts';
import { definitionRoutes } from './admin/definition-routes.ts';
import { queryRoutes } from './admin/query-routes.ts';
import { feedbackRoutes } from './feedback/routes.ts';
import { type MonitoringOptions, MonitoringService } from './service.ts';
import { monitoringMigrations } from './store/migrations.ts';

export interface MonitoringArea extends Area {
  /** Set once the area started. */
  service: MonitoringService | null;
}

function envNumber(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number of days, got "${v}"`);
  return n;
}

export function createMonitoringArea(opts: MonitoringOptions = {}): MonitoringArea {
  const area: MonitoringArea = {
    name: 'monitoring',
    migrations: monitoringMigrations,
    service: null,
    async start(ctx) {
      const svc = new MonitoringService(ctx, {
        ...opts,
        evaluator: opts.evaluator ?? process.env.LINTEL_MONITOR_EVALUATE !== '0',
        compactAfterDays: opts.compactAfterDays ?? envNumber('LINTEL_MONITOR_COMPACT_AFTER_DAYS'),
        retentionDays: opts.retentionDays ?? envNumber('LINTEL_MONITOR_RETENTION_DAYS'),
      });
      await svc.start();
      area.service = svc;
      const plugins = [feedbackRoutes(ctx, svc), definitionRoutes(ctx, svc), queryRoutes(ctx, svc)];
      return {
        plugin: (app) => {
          for (const p of plugins) p(app);
        },
        close: () => svc.close(),
      };
    },
  };
  return area;
}
