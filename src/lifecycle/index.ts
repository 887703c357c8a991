// The model lifecycle area: registry, evaluations, gates, deployments. Plugged into the node through AREAS
// (src/server/areas.ts): its migrations, the pickVersion gateway hook, admin routes, and the eval job queue.
import type { Area } from '../server/areas.ts';
import { deploymentRoutes } from './deployments/routes.ts';
import { evalRoutes } from './evals/routes.ts';
import { Lifecycle } from './lifecycle.ts';
import { lifecycleMigrations } from './migrations.ts';
import { registerLifecycleOpenApi } from './openapi.ts';
import { registryRoutes } from './registry/routes.ts';

export { lifecycleClock } from './lifecycle.ts';

export const lifecycleArea: Area = {
  name: 'lifecycle',
  migrations: lifecycleMigrations,
  async start(ctx) {
    const lc = new Lifecycle(ctx);
    await lc.start();
    registerLifecycleOpenApi();
    return {
      hooks: {
        pickVersion: (c, model, route, body) => lc.picker.pickVersion(c, model, route, body),
        predict: (_c, model) => lc.onnx.plan(model),
      },
      plugin(app) {
        registryRoutes(app, lc, ctx.authorize);
        evalRoutes(app, lc, ctx.authorize);
        deploymentRoutes(app, lc, ctx.authorize);
      },
      close: () => lc.close(),
    };
  },
};
