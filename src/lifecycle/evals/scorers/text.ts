// Text scorers: exact match, substring, regular expression.
import { LintelError } from '../../../errors/lintel-error.ts';
import { referenceText, type Scorer, type ScorerSpec } from './types.ts';

const norm = (s: string, ci: boolean) => (ci ? s.trim().toLowerCase() : s.trim());

export function exact(spec: ScorerSpec): Scorer {
  const ci = spec.case_insensitive === true;
  return {
    name: spec.name ?? 'exact',
    needsReference: true,
    score: ({ output, item }) => {
      const pass = norm(output, ci) === norm(referenceText(item), ci);
      return { score: pass ? 1 : 0, pass };
    },
  };
}

export function contains(spec: ScorerSpec): Scorer {
  const ci = spec.case_insensitive === true;
  return {
    name: spec.name ?? 'contains',
    needsReference: true,
    score: ({ output, item }) => {
      const pass = norm(output, ci).includes(norm(referenceText(item), ci));
      return { score: pass ? 1 : 0, pass, reason: pass ? undefined : 'reference not found in the answer' };
    },
  };
}

/** A scorer's regular expression, or a 400 naming the field when it does not compile. */
export function compilePattern(pattern: string, flags: string, param: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch (err) {
    throw new LintelError('invalid_request', `invalid pattern: ${(err as Error).message}`, { param });
  }
}

export function regex(spec: ScorerSpec, i: number): Scorer {
  if (typeof spec.pattern !== 'string') {
    throw new LintelError('invalid_request', 'regex needs a "pattern"', { param: `scorers.${i}.pattern` });
  }
  const re = compilePattern(spec.pattern, typeof spec.flags === 'string' ? spec.flags : '', `scorers.${i}.pattern`);
  return {
    name: spec.name ?? 'regex',
    needsReference: false,
    score: ({ output }) => {
      const pass = re.test(output);
      return { score: pass ? 1 : 0, pass };
    },
  };
}
