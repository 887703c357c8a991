// Similarity to reference answers: the best cosine over `references` (or the item's reference), with
// embeddings through a route of the gateway, or — without a route — hashed word n-gram vectors (no model,
// no call; the same feature space monitoring's text drift uses).
import { LintelError } from '../../../errors/lintel-error.ts';
import { hashedNgrams } from '../../../monitoring/text/hash.ts';
import { referenceText, type Scorer, type ScorerSpec } from './types.ts';

export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Cosine of two sets of feature indices (binary vectors). */
export function cosineSparse(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  let dot = 0;
  for (const x of a) if (sb.has(x)) dot++;
  return dot / Math.sqrt(a.length * b.length);
}

/** `tag` names the scorer in its gateway calls' tags. */
export function similarity(spec: ScorerSpec, i: number, tag = 'similarity'): Scorer {
  const fixed = spec.references;
  if (
    fixed !== undefined &&
    (!Array.isArray(fixed) || fixed.length === 0 || fixed.some((r) => typeof r !== 'string'))
  ) {
    throw new LintelError('invalid_request', 'similarity: "references" must be a non-empty list of strings', {
      param: `scorers.${i}.references`,
    });
  }
  if (spec.route !== undefined && (typeof spec.route !== 'string' || !spec.route)) {
    throw new LintelError('invalid_request', 'similarity: "route" must name an embeddings route', {
      param: `scorers.${i}.route`,
    });
  }
  const route = spec.route as string | undefined;
  const threshold = typeof spec.threshold === 'number' ? spec.threshold : 0.5;
  return {
    name: spec.name ?? 'similarity',
    needsReference: fixed === undefined,
    async score({ output, item }, deps) {
      const refs = (fixed as string[] | undefined) ?? [referenceText(item)];
      let sims: number[];
      if (route) {
        const r = await deps.gateway(
          '/v1/embeddings',
          { model: route, input: [output || ' ', ...refs.map((x) => x || ' ')] },
          { tags: { ...deps.tags, scorer: tag } },
        );
        const data = (r.json as { data?: { embedding?: number[] }[] } | undefined)?.data;
        if (
          r.status !== 200 ||
          !Array.isArray(data) ||
          data.length !== refs.length + 1 ||
          data.some((d) => !d?.embedding)
        ) {
          throw new Error(`embeddings route "${route}" answered ${r.status}`);
        }
        const v = data.map((d) => d.embedding as number[]);
        sims = refs.map((_, k) => Math.max(0, cosine(v[0], v[k + 1])));
      } else {
        const v = hashedNgrams(output);
        sims = refs.map((ref) => cosineSparse(v, hashedNgrams(ref)));
      }
      let at = -1;
      let best = 0;
      sims.forEach((s, k) => {
        if (s > best) {
          best = s;
          at = k;
        }
      });
      return {
        score: best,
        pass: best >= threshold,
        reason: at >= 0 ? `cosine ${best.toFixed(3)} to reference #${at + 1}` : 'no overlap with any reference',
      };
    },
  };
}
