// The web console as a product area: its session tables, the session hook (cookie → the same caller a key
// is), sign-in/out, OpenID Connect single sign-on, the admin endpoints its pages need, and the built UI at /ui.
import type { Area } from '../server/areas.ts';
import { registerConsoleAdminRoutes } from './admin-routes.ts';
import { registerAuthRoutes } from './auth-routes.ts';
import { consoleMigrations } from './migrations.ts';
import { createOidc } from './oidc.ts';
import { registerConsoleOpenApi } from './openapi.ts';
import { installSessionHook } from './session-hook.ts';
import { SessionStore } from './sessions.ts';
import { registerStaticUi, uiDir } from './static.ts';

export const consoleArea: Area = {
  name: 'console',
  migrations: consoleMigrations,
  async start(ctx) {
    const cfg = ctx.config().config.console;
    if (!cfg.enabled) return {};
    const ttlMs = cfg.session_ttl_minutes * 60_000;
    const store = new SessionStore(ctx.database, ctx.secret, ttlMs);
    await store.purge();
    const purge = setInterval(() => {
      store.purge().catch((err) => ctx.logger.warn({ err }, 'console session purge failed'));
    }, 3_600_000);
    purge.unref();
    const oidc = cfg.oidc
      ? createOidc(cfg.oidc, store, ctx.database, ttlMs, ctx.logger, ctx.audit, ctx.ssoDeveloperKey)
      : null;
    registerConsoleOpenApi();
    return {
      plugin(app) {
        installSessionHook(app, store);
        registerAuthRoutes(app, store, ttlMs, ctx.audit, () => ({
          enabled: oidc !== null,
          label: cfg.oidc?.label ?? '',
        }));
        oidc?.register(app);
        registerConsoleAdminRoutes(app, ctx);
        registerStaticUi(app, uiDir());
      },
      async close() {
        clearInterval(purge);
      },
    };
  },
};
