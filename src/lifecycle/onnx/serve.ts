// ONNX versions served by Lintel, behind the gateway's POST /v1/predict and /v1/predict/{model} (src/gateway/predict.ts)
// with model = NAME (its @champion), NAME@ALIAS or NAME/VERSION. Sessions load once per version; requests are
// micro-batched.
import ort from 'onnxruntime-node';
import { LintelError } from '../../errors/lintel-error.ts';
import { routeSchema } from '../../config/schema.ts';
import type { PredictPlan } from '../../gateway/hooks.ts';
import type { CompiledRoute } from '../../routing/router.ts';
import type { Json } from '../../spec/translate.ts';
import { resolveAliasChain } from '../registry/service.ts';
import type { OnnxSpec } from '../registry/types.ts';
import type { LifecycleState } from '../state.ts';
import { MicroBatcher } from './batcher.ts';
import { validateInputs } from './validate.ts';

export async function loadOnnx(spec: OnnxSpec): Promise<ort.InferenceSession> {
  try {
    return await ort.InferenceSession.create(Buffer.from(spec.onnx_base64, 'base64'));
  } catch (err) {
    throw new LintelError('invalid_request', `The ONNX model does not load: ${(err as Error).message}`, {
      param: 'spec.onnx_base64',
    });
  }
}

interface Served {
  session: ort.InferenceSession;
  batcher: MicroBatcher;
}

export class OnnxServing {
  private readonly served = new Map<string, Promise<Served>>();

  constructor(private readonly state: LifecycleState) {}

  /** Batching counters per version (metrics, tests). */
  stats(model: string, version: number): Promise<MicroBatcher['stats'] | null> {
    const s = this.served.get(`${model}/${version}`);
    return s ? s.then((x) => x.batcher.stats) : Promise.resolve(null);
  }

  private resolve(ref: string): { name: string; version: number; spec: OnnxSpec } {
    const slash = ref.lastIndexOf('/');
    const at = ref.lastIndexOf('@');
    const name = registryName(ref);
    let version: number;
    if (slash > 0) version = Number(ref.slice(slash + 1));
    else
      version = resolveAliasChain(
        this.state.aliases.get(name) ?? new Map(),
        name,
        at > 0 ? ref.slice(at + 1) : 'champion',
      );
    const v = this.state.version(name, version);
    if (!v) throw new LintelError('model_not_found', `No registered version "${ref}".`, { param: 'model' });
    if (v.spec.kind !== 'onnx') {
      throw new LintelError('invalid_request', `${name}/${version} is not an ONNX model; use /v1/chat/completions.`, {
        param: 'model',
      });
    }
    return { name, version, spec: v.spec };
  }

  private session(name: string, version: number, spec: OnnxSpec): Promise<Served> {
    const key = `${name}/${version}`;
    let s = this.served.get(key);
    if (!s) {
      s = loadOnnx(spec).then((session) => ({
        session,
        batcher: new MicroBatcher(session, spec.max_batch_delay_ms, spec.max_batch_size),
      }));
      s.catch(() => this.served.delete(key));
      this.served.set(key, s);
    }
    return s;
  }

  /**
   * The gateway's predict hook: resolves NAME / NAME@ALIAS / NAME/VERSION to an ONNX version. The route it admits
   * against is named after the registered model (what key allow-lists match); null for names that are not in the
   * registry, so the gateway answers 404.
   */
  plan(model: string): PredictPlan | null {
    const ref = model.startsWith('registry:') ? model.slice('registry:'.length) : model;
    const name = registryName(ref);
    if (!this.state.aliases.has(name) && ![...this.state.versions.keys()].some((k) => k.startsWith(`${name}/`))) {
      return null;
    }
    const { version, spec } = this.resolve(ref);
    return {
      route: predictRoute(name),
      modelVersion: `${name}/${version}`,
      run: async (body) => {
        const served = await this.session(name, version, spec);
        const input = validateInputs(served.session, body);
        const started = performance.now();
        const r = await served.batcher.run(input);
        return {
          json: {
            object: 'prediction',
            model: `${name}/${version}`,
            outputs: Object.fromEntries(Object.entries(r.outputs).map(([k, o]) => [k, reshape(o.data, o.shape)])),
            latency_ms: Math.round((performance.now() - started) * 100) / 100,
          } as Json,
          headers: { 'x-lintel-model-version': `${name}/${version}`, 'x-lintel-batch-size': String(r.batchSize) },
        };
      },
    };
  }

  async close(): Promise<void> {
    for (const s of this.served.values()) await s.then((x) => x.session.release()).catch(() => {});
  }
}

/** NAME of NAME, NAME@ALIAS or NAME/VERSION. */
function registryName(ref: string): string {
  const slash = ref.lastIndexOf('/');
  const at = ref.lastIndexOf('@');
  return slash > 0 ? ref.slice(0, slash) : at > 0 ? ref.slice(0, at) : ref;
}

/** The route a predict call is admitted and recorded under: no upstream targets, no guardrails (tensors). */
function predictRoute(name: string): CompiledRoute {
  const d = routeSchema.parse({ model: name, registry: 'x@y' });
  return {
    model: name,
    strategy: 'priority',
    targets: [],
    retry: d.retry,
    timeout: d.timeout,
    circuitBreaker: d.circuit_breaker,
    guardrails: [],
    recordBodies: false,
  };
}

function reshape(data: number[], shape: number[]): unknown {
  if (shape.length <= 1) return data;
  const per = shape.slice(1).reduce((a, b) => a * b, 1);
  return Array.from({ length: shape[0] }, (_, i) => reshape(data.slice(i * per, (i + 1) * per), shape.slice(1)));
}
