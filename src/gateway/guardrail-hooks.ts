// Guardrails in the request pipeline: input guards (block / redact / flag) before the upstream call,
// output guards on complete answers and, in overlapping windows, on streams. Decisions go to the record
// as offsets only; blocks are audited; reversible redaction restores values in this request's answer.
import { LintelError } from '../errors/lintel-error.ts';
import { validateJsonOutput } from '../guardrails/detectors/output/json-schema.ts';
import type { GuardRegistry } from '../guardrails/engine/compile.ts';
import { runMessages } from '../guardrails/engine/messages.ts';
import type { GuardPipeline } from '../guardrails/engine/pipeline.ts';
import { RedactionVault } from '../guardrails/redact/vault.ts';
import { createOutputStreamGuard, type StreamStep } from '../guardrails/stream/output-guard.ts';
import type { GuardContext, GuardDecision } from '../guardrails/types.ts';
import type { ChatResponse, ContentPart } from '../spec/chat.ts';
import type { GuardDecisionRecord } from '../spec/record.ts';
import type { Json } from '../spec/translate.ts';
import type { RequestContext } from './context.ts';
import type { GatewayHooks, OutputStreamFilter } from './hooks.ts';
import { messageTexts } from './message-texts.ts';

/** A json_schema output guard failed and a repair retry is allowed: the gateway asks the model once more. */
export class JsonRepairNeeded extends Error {
  constructor(
    readonly answer: string,
    readonly errors: string[],
  ) {
    super('answer does not match the response schema');
  }
}

export interface GuardrailHookOptions {
  /** One repair retry when a json_schema output guard blocks a non-streamed answer. */
  jsonRepair?: boolean;
  registry: GuardRegistry;
  /** Guard set names for this request (route, then global default). Empty = no guardrails. */
  setsFor(ctx: RequestContext): readonly string[];
  /** Called for every block (input or output), off the response path. */
  onBlock?(ctx: RequestContext, d: { guard: string; detector: string; stage: string }): void;
}

interface GuardState {
  pipeline: GuardPipeline;
  gctx: GuardContext;
  vault: RedactionVault;
}

const states = new WeakMap<RequestContext, GuardState>();
/** Requests that already used their one repair retry. */
const repaired = new WeakSet<RequestContext>();

function toRecord(d: GuardDecision): GuardDecisionRecord {
  return {
    guard: d.guard,
    detector: d.detector,
    stage: d.stage === 'output' ? 'output' : 'input',
    action: d.action,
    score: d.score,
    spans: d.spans.map((s) => ({ start: s.start, end: s.end, type: s.type })),
    latencyMs: d.latencyMs,
    ...(d.channel !== undefined ? { channel: d.channel } : {}),
    ...(d.error !== undefined ? { error: d.error } : {}),
  };
}

function addHeader(ctx: RequestContext, value: string): void {
  ctx.responseHeaders = { ...(ctx.responseHeaders ?? {}), 'x-lintel-guardrails': value };
}

function blocked(
  ctx: RequestContext,
  opts: GuardrailHookOptions,
  b: { guard: string; detector: string; reason?: string },
  stage: string,
): LintelError {
  opts.onBlock?.(ctx, { guard: b.guard, detector: b.detector, stage });
  ctx.checks.push({ stage: `guardrails.${stage}`, outcome: `blocked by ${b.guard} (${b.detector})` });
  return new LintelError(
    'guardrail_blocked',
    `Blocked by guardrail "${b.guard}" (${b.detector})${b.reason ? `: ${b.reason}` : ''}.`,
    { headers: { 'x-lintel-guardrails': `blocked; guard=${b.guard}` } },
  );
}

export function createGuardrailHooks(
  opts: GuardrailHookOptions,
): Pick<GatewayHooks, 'guardInput' | 'outputGuard' | 'streamGuard'> {
  const pipelines = new Map<string, GuardPipeline>();
  const pipelineFor = (names: readonly string[]): GuardPipeline => {
    const key = names.join(',');
    let p = pipelines.get(key);
    if (!p) {
      p = opts.registry.get(names);
      pipelines.set(key, p);
    }
    return p;
  };

  return {
    async guardInput(ctx, body) {
      const names = opts.setsFor(ctx);
      if (names.length === 0) return body;
      const pipeline = pipelineFor(names);
      const mt = messageTexts(ctx.dialect, body);
      const vault = new RedactionVault();
      const rf = body.response_format as Json | undefined;
      const schema = (rf?.json_schema as Json | undefined)?.schema as Record<string, unknown> | undefined;
      const gctx: GuardContext = {
        vault,
        systemPrompt: mt.system || undefined,
        responseSchema: schema,
        requestId: ctx.id,
      };
      states.set(ctx, { pipeline, gctx, vault });
      if (pipeline.guardsFor('input').length === 0 || mt.texts.length === 0) return body;
      const r = await runMessages(pipeline, mt.texts, gctx, 'input', mt.channels);
      for (const d of r.decisions) ctx.guardrails.push(toRecord(d));
      if (r.blocked && r.blockedBy) throw blocked(ctx, opts, r.blockedBy, 'input');
      const changed = r.texts.some((t, i) => t !== mt.texts[i]);
      if (r.flagged) {
        const guards = [...new Set(r.decisions.filter((d) => d.action === 'flag').map((d) => d.guard))];
        addHeader(ctx, `flagged; guards=${guards.join(',')}`);
      }
      ctx.checks.push({
        stage: 'guardrails.input',
        outcome: `${r.decisions.length} decision(s)${changed ? ', redacted' : ''}${r.flagged ? ', flagged' : ''}`,
      });
      return changed ? mt.replace(r.texts) : body;
    },

    outputGuard(ctx) {
      const st = states.get(ctx);
      if (!st) return null;
      const hasOutput = st.pipeline.guardsFor('output').length > 0;
      if (!hasOutput && !st.vault.reversible) return null;
      return async (response: ChatResponse) => {
        for (const choice of response.choices) {
          const text = choice.content
            .filter((p) => p.type === 'text')
            .map((p) => (p as { text: string }).text)
            .join('');
          if (text === '') continue;
          let out = text;
          if (hasOutput) {
            const o = await st.pipeline.runOutput(text, st.gctx);
            for (const d of o.decisions) ctx.guardrails.push(toRecord(d));
            if (o.blocked && o.blockedBy) {
              const schema = st.gctx.responseSchema;
              if (o.blockedBy.detector === 'json_schema' && opts.jsonRepair && schema && !repaired.has(ctx)) {
                repaired.add(ctx);
                const v = validateJsonOutput(schema, text);
                throw new JsonRepairNeeded(text, v.ok ? ['does not match the schema'] : v.errors);
              }
              throw blocked(ctx, opts, o.blockedBy, 'output');
            }
            out = o.text;
          }
          if (st.vault.reversible) out = st.vault.restore(out);
          if (out !== text) {
            const first = choice.content.findIndex((p) => p.type === 'text');
            const rest = choice.content.filter((p, i) => p.type !== 'text' || i === first);
            choice.content = rest.map((p): ContentPart => (p.type === 'text' ? { type: 'text', text: out } : p));
          }
        }
        return response;
      };
    },

    streamGuard(ctx) {
      const st = states.get(ctx);
      if (!st) return null;
      const hasOutput = st.pipeline.guardsFor('output').length > 0;
      if (!hasOutput && !st.vault.reversible) return null;
      const guards = new Map<number, ReturnType<typeof createOutputStreamGuard>>();
      const guardFor = (choice: number) => {
        let g = guards.get(choice);
        if (!g) {
          g = createOutputStreamGuard(st.pipeline, { ctx: st.gctx, restore: st.vault.reversible });
          guards.set(choice, g);
        }
        return g;
      };
      const collected = new Map<number, number>();
      const collect = (choice: number) => {
        const all = guardFor(choice).decisions();
        for (const d of all.slice(collected.get(choice) ?? 0)) ctx.guardrails.push(toRecord(d));
        collected.set(choice, all.length);
      };
      const step = (choice: number, r: StreamStep) => {
        if (r.blocked) {
          collect(choice);
          return { emit: r.emit, block: blocked(ctx, opts, r.blocked, 'output') };
        }
        return { emit: r.emit };
      };
      const ended = (choice: number, r: StreamStep) => {
        collect(choice);
        return r.blocked ? { emit: r.emit, block: blocked(ctx, opts, r.blocked, 'output') } : { emit: r.emit };
      };
      const filter: OutputStreamFilter = {
        push(choice, text) {
          const g = guardFor(choice);
          return g.async ? g.pushAsync(text).then((r) => step(choice, r)) : step(choice, g.push(text));
        },
        end(choice) {
          const g = guardFor(choice);
          return g.async ? g.endAsync().then((r) => ended(choice, r)) : ended(choice, g.end());
        },
        async settle() {
          if (!st.pipeline.hasAsync('output')) return;
          for (const [choice, g] of guards) {
            try {
              await g.settle();
            } catch (err) {
              ctx.notes.push(`async output guard failed after the stream: ${(err as Error).message}`);
            }
            collect(choice);
          }
        },
      };
      return filter;
    },
  };
}
