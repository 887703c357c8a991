// The request path of the registry (GatewayHooks.pickVersion): resolves `registry:` routes and models to a version,
// chooses a deployment arm, builds the target and applies the version's defaults (system prompt, parameters).
// Everything is read from memory (LifecycleState); nothing here awaits.
import { createHash } from 'node:crypto';
import { type LintelConfig, routeSchema } from '../../config/schema.ts';
import { LintelError } from '../../errors/lintel-error.ts';
import type { RequestContext } from '../../gateway/context.ts';
import type { VersionPick } from '../../gateway/hooks.ts';
import { CircuitBreaker } from '../../routing/circuit-breaker.ts';
import type { CompiledRoute, PlanStep, Router, Target } from '../../routing/router.ts';
import type { Json } from '../../spec/translate.ts';
import type { Arm, Deployment } from '../deployments/types.ts';
import { resolveAliasChain } from '../registry/service.ts';
import type { UpstreamSpec } from '../registry/types.ts';
import type { LifecycleState } from '../state.ts';

/** What the lifecycle area remembers about a picked request until it finishes. */
export interface PickedRequest {
  model: string;
  version: number;
  deployment: Deployment | null;
  arm: Arm | null;
  /** Shadow: the candidate gets a copy of this body after the client's answer. */
  shadowBody: Json | null;
}

export interface Picker {
  pickVersion(ctx: RequestContext, model: string, route: CompiledRoute | undefined, body: Json): VersionPick | null;
  /** Picks made for requests still in flight (read and removed by the finish listener). */
  take(requestId: string): PickedRequest | undefined;
}

/** A reference in the `model` field: registry:NAME@ALIAS or registry:NAME/VERSION. */
export function parseModelRef(model: string): { name: string; alias?: string; version?: number } | null {
  if (!model.startsWith('registry:')) return null;
  const ref = model.slice('registry:'.length);
  const at = ref.lastIndexOf('@');
  if (at > 0) return { name: ref.slice(0, at), alias: ref.slice(at + 1) };
  const slash = ref.lastIndexOf('/');
  const v = Number(ref.slice(slash + 1));
  if (slash > 0 && Number.isInteger(v) && v > 0) return { name: ref.slice(0, slash), version: v };
  throw new LintelError('model_not_found', `"${model}": use registry:NAME@ALIAS or registry:NAME/VERSION.`, {
    param: 'model',
  });
}

/** Uniform in [0, 1) from a string: the same sticky key always lands on the same arm of a deployment. */
export function stickyDraw(s: string): number {
  return createHash('sha256').update(s).digest().readUInt32BE(0) / 4294967296;
}

export function chooseArm(d: Deployment, ctx: RequestContext, random: () => number = Math.random): Arm {
  if (d.strategy === 'shadow' || d.weight <= 0) return 'baseline';
  if (d.weight >= 1) return 'candidate';
  const key =
    d.config.sticky === 'end_user' ? ctx.endUser : d.config.sticky === 'key' ? ctx.principal.keyId : undefined;
  const u = key ? stickyDraw(`${d.id}\u0000${key}`) : random();
  return u < d.weight ? 'candidate' : 'baseline';
}

/** The version's defaults under the caller's own values: parameters, then a system prompt if none was sent. */
export function applyDefaults(body: Json, spec: UpstreamSpec, dialect: 'openai' | 'anthropic'): Json {
  const out: Json = { ...body };
  for (const [k, v] of Object.entries(spec.params)) if (out[k] === undefined) out[k] = v as Json[string];
  if (spec.system_prompt) {
    if (dialect === 'anthropic') {
      if (out.system === undefined) out.system = spec.system_prompt;
    } else {
      const msgs = Array.isArray(out.messages) ? (out.messages as Json[]) : [];
      if (!msgs.some((m) => m?.role === 'system' || m?.role === 'developer')) {
        out.messages = [{ role: 'system', content: spec.system_prompt }, ...msgs];
      }
    }
  }
  return out;
}

export function createPicker(opts: {
  state: LifecycleState;
  router(): Router;
  config(): LintelConfig;
  random?: () => number;
}): Picker {
  const inflight = new Map<string, PickedRequest>();
  // Targets (with their breakers) per router instance and serving route: a config reload starts fresh ones, as the
  // router does, and each route's breaker settings (e.g. `enabled: false`) apply to the versions it serves.
  const targets = new WeakMap<Router, Map<string, Target>>();
  const random = opts.random ?? Math.random;

  const targetFor = (router: Router, route: CompiledRoute, spec: UpstreamSpec): Target => {
    let byId = targets.get(router);
    if (!byId) {
      byId = new Map();
      targets.set(router, byId);
    }
    const id = `${spec.provider}/${spec.model}`;
    const key = `${route.model}\u0000${id}`;
    let t = byId.get(key);
    if (!t) {
      const provider = router.providers.get(spec.provider);
      if (!provider) {
        throw new LintelError('upstream_unavailable', `The provider "${spec.provider}" is not in the running config.`);
      }
      t = {
        id,
        provider,
        upstreamModel: spec.model,
        weight: 1,
        breaker: new CircuitBreaker(route.circuitBreaker),
        latencyEwma: null,
      };
      byId.set(key, t);
    }
    return t;
  };

  // A call by explicit version (registry:NAME/VERSION, e.g. a shadow or eval call) has no route of its own: it runs
  // under the settings (retry, timeouts, breaker, guards) of the route that serves NAME, else the defaults.
  const servingRoutes = new WeakMap<Router, Map<string, CompiledRoute>>();
  const servingRoute = (router: Router, name: string): CompiledRoute | undefined => {
    let byName = servingRoutes.get(router);
    if (!byName) {
      byName = new Map();
      for (const m of router.models()) {
        const r = router.resolve(m);
        if (r?.registry && !byName.has(r.registry.model)) byName.set(r.registry.model, r);
      }
      servingRoutes.set(router, byName);
    }
    return byName.get(name);
  };
  const adHocRoute = (router: Router, model: string, name: string): CompiledRoute => {
    const serving = servingRoute(router, name);
    if (serving) {
      const { registry: _served, ...settings } = serving;
      return { ...settings, model, targets: [] };
    }
    const cfg = opts.config();
    const d = routeSchema.parse({ model, registry: 'x@y' });
    return {
      model,
      strategy: 'priority',
      targets: [],
      retry: d.retry,
      timeout: d.timeout,
      circuitBreaker: d.circuit_breaker,
      guardrails: cfg.guardrails.apply,
      recordBodies: cfg.recording.bodies,
    };
  };

  return {
    take(id) {
      const p = inflight.get(id);
      inflight.delete(id);
      return p;
    },
    pickVersion(ctx, model, route, body) {
      let name: string;
      let alias: string | undefined;
      let version: number | undefined;
      if (route?.registry) {
        name = route.registry.model;
        alias = route.registry.alias;
      } else {
        const ref = parseModelRef(model);
        if (!ref) return null;
        ({ name, alias, version } = ref);
      }
      const { state } = opts;
      const aliases = state.aliases.get(name);
      if (alias !== undefined) {
        if (!aliases && ![...state.versions.keys()].some((k) => k.startsWith(`${name}/`))) {
          throw new LintelError('model_not_found', `No registered model named "${name}".`, { param: 'model' });
        }
        version = resolveAliasChain(aliases ?? new Map(), name, alias);
      }
      const router = opts.router();
      const base = route ?? adHocRoute(router, model, name);
      let deployment: Deployment | null = route ? (state.deployments.get(route.model) ?? null) : null;
      if (deployment && (deployment.model !== name || deployment.alias !== alias)) deployment = null;
      let arm: Arm | null = null;
      let why = `registry ${name}${alias ? `@${alias}` : ''} → v${version}`;
      if (deployment) {
        arm = chooseArm(deployment, ctx, random);
        version = arm === 'candidate' ? deployment.candidate : deployment.baseline;
        why = `registry ${name}@${alias}, deployment ${deployment.id} (${deployment.strategy}, candidate weight ${deployment.weight}): arm ${arm} → v${version}`;
      }
      const v = state.version(name, version as number);
      if (!v) {
        throw new LintelError('model_not_found', `The registered model "${name}" has no version ${version}.`, {
          param: 'model',
        });
      }
      if (v.spec.kind !== 'upstream') {
        throw new LintelError(
          'invalid_request',
          `${name}/${v.version} is an ONNX model; call POST /v1/predict/${name} instead.`,
          { param: 'model' },
        );
      }
      const target = targetFor(router, base, v.spec);
      const plan: PlanStep[] = [
        { target, why },
        ...base.targets.map((t) => ({ target: t, why: 'route fallback after the registry version' })),
      ];
      ctx.checks.push({ stage: 'registry', outcome: why });
      ctx.tags['lintel.model_version'] = `${name}/${v.version}`;
      let shadowBody: Json | null = null;
      if (deployment) {
        ctx.tags['lintel.deployment'] = deployment.id;
        ctx.tags['lintel.arm'] = arm as string;
        // Shadow copies are chat calls: an embeddings request is not shadowed.
        if (
          deployment.strategy === 'shadow' &&
          ctx.endpoint !== 'embeddings' &&
          random() < deployment.config.sample_rate
        ) {
          shadowBody = body;
          ctx.checks.push({ stage: 'deployment', outcome: `shadow copy to v${deployment.candidate} after the answer` });
        }
      }
      inflight.set(ctx.id, { model: name, version: v.version, deployment, arm, shadowBody });
      const picked: CompiledRoute = {
        ...base,
        targets: [target, ...base.targets],
        // A shadowed request keeps the client's answer so both answers can be compared; an eval call keeps its
        // answer so a run resumed after its node died reuses it instead of calling again.
        recordBodies: base.recordBodies || shadowBody !== null || ctx.tags.eval_run !== undefined,
      };
      // A version's defaults are chat defaults (system prompt, sampling parameters): embeddings go out as sent.
      const out = ctx.endpoint === 'embeddings' ? body : applyDefaults(body, v.spec, ctx.dialect);
      return { route: picked, plan, body: out };
    },
  };
}
