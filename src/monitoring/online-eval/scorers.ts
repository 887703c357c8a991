// Scorers for online evaluation, one small function each returning {score, reason} with score in [0, 1] —
// or an error, never a silent pass (a malformed judge reply is an error, not a score). Kept behind this
// interface so they can be unified with the offline evaluation scorers (src/lifecycle/evals/).
import type { GatewayResponse } from '../../server/areas.ts';
import { hashedNgrams } from '../text/hash.ts';
import type { OnlineEvalSpec } from '../definitions.ts';

export type ScorerSpec = OnlineEvalSpec['scorers'][number];

export interface ScoreInput {
  prompt: string;
  answer: string;
}

export type ScoreOutcome = { ok: true; score: number; reason: string } | { ok: false; error: string };

export interface ScorerDeps {
  /** Calls the node's own gateway (judge and embedding routes). */
  gateway(path: string, body: unknown): Promise<GatewayResponse>;
}

function stripFences(s: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(s);
  return m ? m[1] : s;
}

export function jsonValid(input: ScoreInput): ScoreOutcome {
  try {
    JSON.parse(stripFences(input.answer));
    return { ok: true, score: 1, reason: 'valid JSON' };
  } catch (err) {
    return { ok: true, score: 0, reason: `invalid JSON: ${(err as Error).message.slice(0, 120)}` };
  }
}

export function rule(spec: Extract<ScorerSpec, { type: 'rule' }>, input: ScoreInput): ScoreOutcome {
  const a = input.answer;
  const failed: string[] = [];
  for (const c of spec.contains ?? []) if (!a.includes(c)) failed.push(`missing "${c}"`);
  for (const c of spec.not_contains ?? []) if (a.includes(c)) failed.push(`contains "${c}"`);
  if (spec.regex !== undefined && !new RegExp(spec.regex).test(a)) failed.push(`does not match /${spec.regex}/`);
  if (spec.min_chars !== undefined && a.length < spec.min_chars) failed.push(`shorter than ${spec.min_chars}`);
  if (spec.max_chars !== undefined && a.length > spec.max_chars) failed.push(`longer than ${spec.max_chars}`);
  return {
    ok: true,
    score: failed.length === 0 ? 1 : 0,
    reason: failed.length === 0 ? 'all rules pass' : failed.join('; '),
  };
}

export const JUDGE_SYSTEM =
  'You are a strict evaluator. Rate the ANSWER to the QUESTION against the CRITERIA on a scale from 1 (bad) to 5 ' +
  '(excellent). Reply with JSON only: {"score": <1-5>, "reason": "<one sentence>"}.';

/** The judge's 1–5 rating from its reply (JSON, or "score: n"); null when it gave none. */
export function parseJudgeReply(text: string): { rating: number; reason: string } | null {
  try {
    const j = JSON.parse(stripFences(text)) as { score?: unknown; reason?: unknown };
    const n = Number(j.score);
    if (Number.isFinite(n) && n >= 1 && n <= 5) return { rating: n, reason: String(j.reason ?? '') };
  } catch {
    // not JSON: look for "score: n"
  }
  const m = /score["'\s]*[:=]\s*([1-5](?:\.\d+)?)/i.exec(text);
  return m ? { rating: Number(m[1]), reason: text.slice(0, 200) } : null;
}

export async function judge(
  spec: Extract<ScorerSpec, { type: 'judge' }>,
  input: ScoreInput,
  deps: ScorerDeps,
): Promise<ScoreOutcome> {
  const res = await deps.gateway('/v1/chat/completions', {
    model: spec.judge_route,
    temperature: 0,
    messages: [
      { role: 'system', content: JUDGE_SYSTEM },
      {
        role: 'user',
        content: `CRITERIA: ${spec.criteria}\n\nQUESTION:\n${input.prompt.slice(0, 8000)}\n\nANSWER:\n${input.answer.slice(0, 8000)}`,
      },
    ],
  });
  if (res.status !== 200) return { ok: false, error: `judge route answered ${res.status}` };
  const content = (res.json as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message?.content;
  const parsed = typeof content === 'string' ? parseJudgeReply(content) : null;
  if (!parsed) return { ok: false, error: 'judge reply had no 1–5 score' };
  return { ok: true, score: (parsed.rating - 1) / 4, reason: parsed.reason };
}

function cosineSparse(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  let dot = 0;
  for (const x of a) if (sb.has(x)) dot++;
  return dot / Math.sqrt(a.length * b.length);
}

function cosineDense(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Best cosine similarity to the reference answers: embeddings through a route, or hashed word n-grams. */
export async function similarity(
  spec: Extract<ScorerSpec, { type: 'similarity' }>,
  input: ScoreInput,
  deps: ScorerDeps,
): Promise<ScoreOutcome> {
  let sim: (i: number) => number;
  if (spec.embedding_route) {
    const res = await deps.gateway('/v1/embeddings', {
      model: spec.embedding_route,
      input: [input.answer, ...spec.references],
    });
    const data = (res.json as { data?: { embedding?: unknown }[] })?.data;
    if (res.status !== 200 || !Array.isArray(data) || data.length !== spec.references.length + 1) {
      return { ok: false, error: `embedding route answered ${res.status}` };
    }
    const vecs = data.map((d) => d.embedding as number[]);
    sim = (i) => cosineDense(vecs[0], vecs[i + 1]);
  } else {
    const v = hashedNgrams(input.answer);
    sim = (i) => cosineSparse(v, hashedNgrams(spec.references[i]));
  }
  let best = 0;
  let at = -1;
  spec.references.forEach((_, i) => {
    const s = sim(i);
    if (s > best) {
      best = s;
      at = i;
    }
  });
  return {
    ok: true,
    score: best,
    reason: at >= 0 ? `closest to reference #${at + 1}` : 'no overlap with any reference',
  };
}

export async function runScorer(spec: ScorerSpec, input: ScoreInput, deps: ScorerDeps): Promise<ScoreOutcome> {
  switch (spec.type) {
    case 'json_valid':
      return jsonValid(input);
    case 'rule':
      return rule(spec, input);
    case 'judge':
      return judge(spec, input, deps);
    case 'similarity':
      return similarity(spec, input, deps);
  }
}
