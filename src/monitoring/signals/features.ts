// What monitoring reads from a finished request: its dimensions and the few text-derived features, from
// references the gateway left on the context (no copies, no parsing unless a listener asks).
import { stopReasonToSpec } from '../../api/anthropic/mapping.ts';
import { finishReasonToSpec } from '../../api/openai/mapping.ts';
import type { RequestContext } from '../../gateway/context.ts';
import type { RequestRecord } from '../../spec/record.ts';

export interface Dimensions {
  route: string;
  model: string;
  /** Deployment arm: the `arm` tag when the caller or a rollout set one, else the target that answered. */
  arm: string;
  tenant: string;
}

export function dimensionsOf(r: RequestRecord): Dimensions {
  const last = r.attempts.length > 0 ? r.attempts[r.attempts.length - 1].target : '';
  return {
    route: r.route ?? '',
    model: r.modelServed ?? r.modelRequested ?? '',
    arm: r.tags.arm ?? last,
    tenant: r.tenant ?? '',
  };
}

export function dimensionKey(d: Dimensions): string {
  return `${d.route}\u0001${d.model}\u0001${d.arm}\u0001${d.tenant}`;
}

type J = Record<string, unknown>;

/** The answer's text and finish reason (spec vocabulary), or null when the request produced none. */
export function answerOf(ctx: RequestContext): { text: string; finishReason: string | null } | null {
  if (ctx.answer) return ctx.answer;
  const a = ctx.answerJson;
  if (!a || typeof a.json !== 'object' || a.json === null) return null;
  const json = a.json as J;
  if (a.dialect === 'openai') {
    const c = (json.choices as J[] | undefined)?.[0];
    if (!c) return null;
    const m = c.message as J | undefined;
    const content = m?.content;
    const hasTools = Array.isArray(m?.tool_calls) && (m?.tool_calls as unknown[]).length > 0;
    return {
      text: typeof content === 'string' ? content : typeof m?.refusal === 'string' ? (m.refusal as string) : '',
      finishReason: hasTools ? 'tool_calls' : finishReasonToSpec(c.finish_reason as string | null),
    };
  }
  let text = '';
  for (const b of (json.content as J[] | undefined) ?? []) if (b.type === 'text') text += b.text as string;
  return { text, finishReason: stopReasonToSpec(json.stop_reason as string | null) };
}

/** The last user message's text (what the prompt is about), bounded. */
export function promptOf(ctx: RequestContext): string {
  const msgs = ctx.requestJson?.messages;
  if (!Array.isArray(msgs)) return '';
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i] as J;
    if (m?.role !== 'user') continue;
    if (typeof m.content === 'string') return m.content;
    if (Array.isArray(m.content)) {
      let t = '';
      for (const p of m.content as J[]) if (p?.type === 'text' && typeof p.text === 'string') t += p.text;
      return t;
    }
  }
  return '';
}

/** Feedback attached at request time: tags `feedback.<name>` = up | down | a number | a label. */
export function requestTimeFeedback(tags: Record<string, string>): { name: string; raw: string }[] {
  const out: { name: string; raw: string }[] = [];
  for (const k in tags) if (k.startsWith('feedback.')) out.push({ name: k.slice(9), raw: tags[k] });
  return out;
}
