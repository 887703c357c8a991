// The monitoring area: tables, the service (hot-path collector, flushes, evaluation timer, online
// evaluation on the job runner) and its routes. `createMonitoringArea({ clock })` lets tests and simulations
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

export function createMonitoringArea(opts: MonitoringOptions = {}): MonitoringArea {
  const area: MonitoringArea = {
    name: 'monitoring',
    migrations: monitoringMigrations,
    service: null,
    async start(ctx) {
      const svc = new MonitoringService(ctx, {
        ...opts,
        evaluateIntervalMs: opts.evaluateIntervalMs ?? (process.env.LINTEL_MONITOR_EVALUATE === '0' ? 0 : undefined),
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
