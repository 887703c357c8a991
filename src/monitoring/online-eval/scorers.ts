// Online evaluation's scorers are the evaluation scorers of src/lifecycle/evals/scorers (one implementation
// for offline runs and online sampling). This module only maps the online spec's field names onto them and
// turns a scorer that throws (judge reply without a score, embeddings call failed) into an error outcome —
// never a silent pass.
import type { DatasetItem } from '../../lifecycle/evals/dataset.ts';
import { compileScorers, type Scorer, type ScorerDeps, type ScorerSpec } from '../../lifecycle/evals/scorers/index.ts';
import type { OnlineEvalSpec } from '../definitions.ts';

export type OnlineScorerSpec = OnlineEvalSpec['scorers'][number];
export type { Scorer, ScorerDeps };

/** The online spec of one scorer as an evaluation scorer spec. */
export function toEvalSpec(s: OnlineScorerSpec): ScorerSpec {
  switch (s.type) {
    case 'json_valid':
      return { type: 'json_valid', name: s.name, allow_fences: true };
    case 'json_schema':
      return { type: 'json_schema', name: s.name, schema: s.schema, allow_fences: true };
    case 'rule': {
      const { type: _, ...rules } = s;
      return { type: 'rule', ...rules };
    }
    case 'judge':
      // Ratings 1–5, normalised to 0–1 by the judge scorer.
      return { type: 'judge', name: s.name, route: s.judge_route, rubric: s.criteria, min: 1, max: 5 };
    case 'similarity':
      return { type: 'similarity', name: s.name, references: s.references, route: s.embedding_route };
  }
}

/** Compiles an online evaluation's scorers (throws the evaluation scorers' 400 naming the field). */
export function compileOnlineScorers(scorers: OnlineScorerSpec[]): Scorer[] {
  return compileScorers(scorers.map(toEvalSpec));
}

export type ScoreOutcome = { ok: true; score: number; reason: string } | { ok: false; error: string };

export async function runScorer(
  scorer: Scorer,
  input: { prompt: string; answer: string },
  deps: ScorerDeps,
): Promise<ScoreOutcome> {
  const item: DatasetItem = { messages: [{ role: 'user', content: input.prompt }] };
  try {
    const r = await scorer.score({ output: input.answer, toolCalls: [], item, prompt: input.prompt }, deps);
    return { ok: true, score: r.score, reason: r.reason ?? (r.pass ? 'pass' : 'fail') };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}
