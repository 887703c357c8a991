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
  return describe(issue, issue.path);
}

export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describe(issue: Issue, path: Path): { ok: false; param: string; message: string } {
  if (issue.code === 'invalid_union') {
    const inner = pickUnionBranch(issue);
    if (inner) return describe(inner, [...path, ...inner.path]);
  }
  const param = formatPath(path);
  return { ok: false, param, message: `${param === '' ? 'request body' : param} ${phrase(issue)}` };
}

/**
 * A union fails in every branch; the useful report is the branch whose type matched the input
 * (its issue sits deeper than the root). When every branch is a plain type mismatch there is none.
 */
function pickUnionBranch(issue: z.core.$ZodIssueInvalidUnion): Issue | undefined {
  const deeper = issue.errors.filter((branch) => !(branch.length === 1 && isRootTypeMismatch(branch[0]!)));
  return deeper.length === 1 ? deeper[0]![0] : undefined;
}

function isRootTypeMismatch(issue: Issue): boolean {
  return issue.path.length === 0 && issue.code === 'invalid_type';
}

function phrase(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
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
  const expected = issue.errors.flatMap((branch) =>
    branch[0]?.code === 'invalid_type' && branch[0].path.length === 0 ? [article(branch[0].expected)] : [],
  );
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
  if (typeof value === 'number' && !Number.isInteger(value)) return `number ${value}`;
  return `${typeof value} ${show(value)}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
