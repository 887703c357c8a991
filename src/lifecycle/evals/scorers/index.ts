// The scorer registry: type → factory — one set of implementations for offline evaluation runs and for
// monitoring's online evaluation (src/monitoring/online-eval/scorers.ts adapts its specs to these). Specs are compiled once per run; an unknown type or a bad option is a 400
// naming the scorer's position, before anything is stored.
import { LintelError } from '../../../errors/lintel-error.ts';
import { jsonSchema, jsonValid } from './json.ts';
import { embedding, judge } from './model-graded.ts';
import { numeric } from './numeric.ts';
import { rule } from './rule.ts';
import { similarity } from './similarity.ts';
import { bleuScorer, rougeLScorer } from './overlap.ts';
import { contains, exact, regex } from './text.ts';
import { toolCall } from './tool-call.ts';
import type { Scorer, ScorerSpec } from './types.ts';

export type { Scorer, ScorerSpec, ScoreInput, ScoreResult, ScorerDeps, ToolCall } from './types.ts';

const FACTORIES: Record<string, (spec: ScorerSpec, i: number) => Scorer> = {
  exact,
  contains,
  regex,
  json_valid: jsonValid,
  json_schema: jsonSchema,
  numeric,
  rouge_l: rougeLScorer,
  bleu: bleuScorer,
  tool_call: toolCall,
  embedding,
  similarity,
  judge,
  rule,
};

export const SCORER_TYPES = Object.keys(FACTORIES);

export function compileScorers(specs: unknown): Scorer[] {
  if (!Array.isArray(specs) || specs.length === 0) {
    throw new LintelError('invalid_request', 'give at least one scorer', { param: 'scorers' });
  }
  const out: Scorer[] = [];
  specs.forEach((spec, i) => {
    const type = (spec as ScorerSpec | null)?.type;
    const factory = typeof type === 'string' ? FACTORIES[type] : undefined;
    if (!factory) {
      throw new LintelError('invalid_request', `unknown scorer "${String(type)}" (known: ${SCORER_TYPES.join(', ')})`, {
        param: `scorers.${i}.type`,
      });
    }
    const s = factory(spec as ScorerSpec, i);
    if (out.some((o) => o.name === s.name)) {
      throw new LintelError('invalid_request', `two scorers named "${s.name}"; give one a "name"`, {
        param: `scorers.${i}.name`,
      });
    }
    out.push(s);
  });
  return out;
}
