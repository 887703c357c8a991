// Rule checks on the answer alone (no reference): required and forbidden substrings, a pattern, a length
// range. Score 1 when every rule holds, else 0 with the failed rules as the reason.
import { LintelError } from '../../../errors/lintel-error.ts';
import { compilePattern } from './text.ts';
import type { Scorer, ScorerSpec } from './types.ts';

function strings(spec: ScorerSpec, key: string, i: number): string[] {
  const v = spec[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new LintelError('invalid_request', `rule: "${key}" must be a list of strings`, {
      param: `scorers.${i}.${key}`,
    });
  }
  return v as string[];
}

function count(spec: ScorerSpec, key: string, i: number): number | undefined {
  const v = spec[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new LintelError('invalid_request', `rule: "${key}" must be a whole number ≥ 0`, {
      param: `scorers.${i}.${key}`,
    });
  }
  return v;
}

export function rule(spec: ScorerSpec, i: number): Scorer {
  const contains = strings(spec, 'contains', i);
  const notContains = strings(spec, 'not_contains', i);
  const minChars = count(spec, 'min_chars', i);
  const maxChars = count(spec, 'max_chars', i);
  const re = spec.regex === undefined ? null : compilePattern(String(spec.regex), '', `scorers.${i}.regex`);
  return {
    name: spec.name ?? 'rule',
    needsReference: false,
    score: ({ output: a }) => {
      const failed: string[] = [];
      for (const c of contains) if (!a.includes(c)) failed.push(`missing "${c}"`);
      for (const c of notContains) if (a.includes(c)) failed.push(`contains "${c}"`);
      if (re && !re.test(a)) failed.push(`does not match /${re.source}/`);
      if (minChars !== undefined && a.length < minChars) failed.push(`shorter than ${minChars}`);
      if (maxChars !== undefined && a.length > maxChars) failed.push(`longer than ${maxChars}`);
      const pass = failed.length === 0;
      return { score: pass ? 1 : 0, pass, reason: pass ? 'all rules pass' : failed.join('; ') };
    },
  };
}
