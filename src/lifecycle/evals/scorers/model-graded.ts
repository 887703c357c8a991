// Scorers that call a model through the gateway itself (limits, cost and the request log apply):
// embedding similarity through an embeddings route, and an LLM judge through a chat route with a rubric.
import { LintelError } from '../../../errors/lintel-error.ts';
import { similarity } from './similarity.ts';
import { referenceText, type Scorer, type ScorerSpec } from './types.ts';

function needRoute(spec: ScorerSpec, i: number): string {
  if (typeof spec.route !== 'string' || !spec.route) {
    throw new LintelError('invalid_request', `${spec.type} needs a "route" (a model routed by this gateway)`, {
      param: `scorers.${i}.route`,
    });
  }
  return spec.route;
}

/** Embedding similarity to the item's reference through an embeddings route (the similarity scorer with a route). */
export function embedding(spec: ScorerSpec, i: number): Scorer {
  const route = needRoute(spec, i);
  return similarity(
    {
      ...spec,
      route,
      name: spec.name ?? 'embedding',
      threshold: typeof spec.threshold === 'number' ? spec.threshold : 0.8,
    },
    i,
    'embedding',
  );
}

const JUDGE_SCHEMA = {
  type: 'object',
  properties: { score: { type: 'number' }, reason: { type: 'string' } },
  required: ['score', 'reason'],
  additionalProperties: false,
};

/** {"score": n, "reason": "..."} (or a bare "score: n" line); anything else is an error, never a pass. */
export function parseJudgement(text: string): { score: number; reason: string } {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start >= 0 && end > start) {
    try {
      const j = JSON.parse(text.slice(start, end + 1)) as { score?: unknown; reason?: unknown };
      if (typeof j.score === 'number' && Number.isFinite(j.score)) {
        return { score: j.score, reason: typeof j.reason === 'string' ? j.reason : '' };
      }
    } catch {
      /* fall through to the line form */
    }
  }
  const m = /score\s*[:=]\s*(-?\d+(?:\.\d+)?)/i.exec(text);
  if (m) return { score: Number(m[1]), reason: text.trim().slice(0, 500) };
  throw new Error(`judge reply has no score: ${JSON.stringify(text.slice(0, 200))}`);
}

export function judge(spec: ScorerSpec, i: number): Scorer {
  const route = needRoute(spec, i);
  if (typeof spec.rubric !== 'string' || spec.rubric.length < 3) {
    throw new LintelError('invalid_request', 'judge needs a "rubric"', { param: `scorers.${i}.rubric` });
  }
  const rubric = spec.rubric;
  const min = typeof spec.min === 'number' ? spec.min : 1;
  const max = typeof spec.max === 'number' ? spec.max : 5;
  if (!(max > min))
    throw new LintelError('invalid_request', 'judge: max must exceed min', { param: `scorers.${i}.max` });
  const threshold = typeof spec.threshold === 'number' ? spec.threshold : 0.6;
  return {
    name: spec.name ?? 'judge',
    needsReference: false,
    async score({ output, item, prompt }, deps) {
      const reference = item.reference === undefined ? '' : `\nReference answer:\n${referenceText(item)}\n`;
      const r = await deps.gateway(
        '/v1/chat/completions',
        {
          model: route,
          temperature: 0,
          messages: [
            {
              role: 'system',
              content: `You grade answers. Rubric: ${rubric}\nReply with JSON {"score": number from ${min} to ${max}, "reason": string}.`,
            },
            { role: 'user', content: `Question:\n${prompt}\n${reference}\nAnswer to grade:\n${output}` },
          ],
          response_format: { type: 'json_schema', json_schema: { name: 'judgement', schema: JUDGE_SCHEMA } },
        },
        { tags: { ...deps.tags, scorer: 'judge' } },
      );
      const content = (r.json as { choices?: { message?: { content?: string } }[] } | undefined)?.choices?.[0]?.message
        ?.content;
      if (r.status !== 200 || typeof content !== 'string')
        throw new Error(`judge route "${route}" answered ${r.status}`);
      const j = parseJudgement(content);
      if (j.score < min || j.score > max) throw new Error(`judge score ${j.score} outside ${min}..${max}`);
      const s = (j.score - min) / (max - min);
      return { score: s, pass: s >= threshold, reason: j.reason };
    },
  };
}
