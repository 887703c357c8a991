// Turns the first zod issue into an OpenAI-style `{param, message}` pair, shared by both ingress dialects.
// `param` is a dotted path (`messages[0].content[1].type`); '' means the body itself.
// Messages are plain sentences that name the field, say what was expected and what arrived.
import type { z } from 'zod';

export type ValidationResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; param: string; message: string };

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export function validateWith(schema: z.ZodType, body: unknown): ValidationResult {
  const result = schema.safeParse(body, { reportInput: true });
  // The parsed copy is discarded: the caller keeps the original body so pass-through stays untouched.
  if (result.success) return { ok: true, value: body as Record<string, unknown> };
  const issue = result.error.issues[0]!;
  return report(issue, issue.path);
}

function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function report(issue: Issue, path: Path): { ok: false; param: string; message: string } {
  if (issue.code === 'invalid_union') {
    const inner = pickUnionBranch(issue);
    if (inner) return report(inner, [...path, ...inner.path]);
  }
  const param = formatPath(path);
  return { ok: false, param, message: `${param === '' ? 'request body' : param} ${phrase(issue)}` };
}

/**
 * A union fails in every branch; the useful report is the one branch whose type matched the input
 * (an object branch failing on a field, an enum failing on a string). None or several: no pick.
 */
function pickUnionBranch(issue: z.core.$ZodIssueInvalidUnion): Issue | undefined {
  const matched = issue.errors.filter((branch) => !isTypeMismatch(branch[0]!));
  return matched.length === 1 ? matched[0]![0] : undefined;
}

function isTypeMismatch(issue: Issue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return true;
  // An enum reports any input as a wrong value; it only matched when the input has the values' type.
  return issue.code === 'invalid_value' && typeof issue.input !== typeof issue.values[0];
}

function phrase(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      // A literal like 1e400 parses as Infinity (zod's number refuses it); JSON would show it as null.
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input))
        return 'must be a finite number; got a number out of range';
      return `must be ${article(issue.expected)}; got ${kindOf(issue.input)}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}; got ${show(issue.input)}`;
      return `must be one of ${issue.values.join(', ')}; got ${show(issue.input)}`;
    case 'invalid_union':
      return unionPhrase(issue);
    case 'too_small':
      return sizePhrase(issue.origin, 'at least', issue.minimum, issue.inclusive, issue.input);
    case 'too_big':
      return sizePhrase(issue.origin, 'at most', issue.maximum, issue.inclusive, issue.input);
    default:
      return issue.message;
  }
}

function unionPhrase(issue: z.core.$ZodIssueInvalidUnion): string {
  // zod reports a discriminated union's accepted values in `options`, not declared on the issue type.
  const options = (issue as { options?: unknown[] }).options;
  if (issue.discriminator !== undefined && options) {
    const value = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
    if (value === undefined) return 'is required';
    return `must be one of ${options.map(String).join(', ')}; got ${show(value)}`;
  }
  const expected = issue.errors.flatMap((branch) => {
    const first = branch[0];
    if (first?.path.length !== 0) return [];
    if (first.code === 'invalid_type') return [article(first.expected)];
    if (first.code === 'invalid_value') return [`one of ${first.values.join(', ')}`];
    return [];
  });
  if (issue.input === undefined) return 'is required';
  // Several branches matched the input's type and failed deeper: the schema's own message is the best summary.
  if (expected.length < issue.errors.length) return issue.message === 'Invalid input' ? 'is not valid' : issue.message;
  return `must be ${expected.join(' or ')}; got ${kindOf(issue.input)}`;
}

function sizePhrase(origin: string, bound: string, limit: number | bigint, inclusive = true, input: unknown): string {
  const n = Number(limit);
  if (origin === 'array') {
    if (bound === 'at least' && n === 1) return 'must be a non-empty array';
    return `must have ${bound} ${n} item${n === 1 ? '' : 's'}; got ${(input as unknown[]).length}`;
  }
  if (origin === 'string') {
    if (bound === 'at least' && n === 1) return 'must be a non-empty string';
    return `must have ${bound} ${n} characters`;
  }
  const op = bound === 'at least' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
  return `must be ${op} ${n}; got ${show(input)}`;
}

function article(expected: string): string {
  if (expected === 'int') return 'an integer';
  if (expected === 'array' || expected === 'object') return `an ${expected}`;
  if (expected === 'record') return 'an object';
  if (expected === 'null' || expected === 'undefined') return expected;
  return `a ${expected}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${show(value)}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
