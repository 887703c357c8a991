// RFC 8785 (JSON Canonicalization Scheme): one byte-exact text per JSON value, so hashes and
// signatures over JSON agree across implementations.

/** A value that has a JSON form. Objects with `toJSON` (e.g. Date) are serialised through it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export class CanonicalJsonError extends Error {}

// Lone surrogates: with the `u` flag a well-formed pair is one code point, so only unpaired halves match.
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;

export interface CanonicalOptions {
  /**
   * An unpaired surrogate (valid in a JSON text as `\ud800`, but no Unicode character): 'throw' (RFC 8785, the
   * default) or 'replace' it with U+FFFD, for hashing what a client sent (the audit), where refusing is no option.
   */
  loneSurrogates?: 'throw' | 'replace';
}

/** The RFC 8785 canonical text of `value`. Throws CanonicalJsonError on values JSON cannot carry. */
export function canonicalize(value: unknown, options: CanonicalOptions = {}): string {
  const out: string[] = [];
  write(value, out, new Set(), options.loneSurrogates === 'replace');
  return out.join('');
}

function write(value: unknown, out: string[], open: Set<object>, replace: boolean): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      out.push(serializeNumber(value));
      return;
    case 'string':
      out.push(serializeString(value, replace));
      return;
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`cannot canonicalize a ${typeof value}`);
  }
  const obj = value as { toJSON?: () => unknown };
  if (typeof obj.toJSON === 'function') {
    write(obj.toJSON(), out, open, replace);
    return;
  }
  if (open.has(obj)) throw new CanonicalJsonError('cannot canonicalize a cyclic structure');
  open.add(obj);
  if (Array.isArray(obj)) {
    out.push('[');
    obj.forEach((item, i) => {
      if (i > 0) out.push(',');
      if (item === undefined) throw new CanonicalJsonError(`array element ${i} is undefined`);
      write(item, out, open, replace);
    });
    out.push(']');
  } else {
    // Default sort compares UTF-16 code units, which is exactly the order RFC 8785 §3.2.3 asks for.
    const record = obj as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    out.push('{');
    keys.forEach((key, i) => {
      if (i > 0) out.push(',');
      out.push(serializeString(key, replace), ':');
      write(record[key], out, open, replace);
    });
    out.push('}');
  }
  open.delete(obj);
}

/** ECMAScript Number serialisation (RFC 8785 §3.2.2.3); -0 becomes 0. */
export function serializeNumber(n: number): string {
  if (!Number.isFinite(n)) throw new CanonicalJsonError(`cannot canonicalize the number ${n}`);
  return Object.is(n, -0) ? '0' : String(n);
}

/** `s` with each unpaired surrogate replaced by U+FFFD (what a UTF-8 encoder stores for one anyway). */
export function wellFormed(s: string): string {
  return LONE_SURROGATE.test(s) ? s.replace(LONE_SURROGATES, '\ufffd') : s;
}

/** JSON string with the minimal escaping of RFC 8785 §3.2.2.2. */
export function serializeString(s: string, replaceLoneSurrogates = false): string {
  if (LONE_SURROGATE.test(s)) {
    if (!replaceLoneSurrogates) throw new CanonicalJsonError('cannot canonicalize a string with a lone surrogate');
    return JSON.stringify(wellFormed(s));
  }
  // JSON.stringify escapes exactly ", \, \b \t \n \f \r and other C0 controls as lowercase \u00xx,
  // and (with no lone surrogates left) nothing else — the same rule as RFC 8785.
  return JSON.stringify(s);
}
