// Masks every secret in a config text before it is stored as a version, by walking the YAML document beside the
// zod schema: a value is masked because its field is declared secret (config/secret-fields.ts), wherever and
// however it is written (block or flow style, quoted, anchored). Comments and layout survive, but a comment is
// free text the schema cannot describe (often an old key left commented out), so in comments a value after a
// secret-looking name, a URL's password and anything shaped like a known token are masked. Inside free-form
// parts the schema cannot describe (guard detector `options`), values under secret-looking names and every
// `headers` value are masked. Anywhere, a password inside a URL is masked. A `${ENV}` reference is kept as written.
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, parseDocument, Scalar, visit } from 'yaml';
import type { z } from 'zod';
import { configSchema } from '../../config/schema.ts';
import { type SecretKind, secretKindOf } from '../../config/secret-fields.ts';

export const MASK = '***';
const ENV_ONLY = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;
const ENV_DEFAULT = /^\$\{([A-Za-z_][A-Za-z0-9_]*):-[^}]*\}$/;
const SECRETISH =
  /(^|[_-])(api[_-]?key|secret|password|passwd|token|authorization|credentials?|private[_-]?key)($|[_-])/i;
const OPAQUE = new Set(['unknown', 'any']);
const WITHHELD = '# Lintel withheld this config text: it could not be parsed to mask its secrets.\n';

// biome-ignore lint/suspicious/noExplicitAny: zod's internal definition, read only to walk the schema
type Def = any;
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** A schema with its wrappers (optional, default, nullable, pipe, …) removed, and any secret mark met on the way. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; kind: SecretKind | undefined } {
  let s = schema;
  let kind = secretKindOf(s);
  for (let i = 0; i < 16; i++) {
    const d = defOf(s);
    const inner =
      d.innerType ?? (d.type === 'pipe' ? d.in : undefined) ?? (d.type === 'lazy' ? d.getter?.() : undefined);
    if (!inner) break;
    s = inner;
    kind ??= secretKindOf(s);
  }
  return { schema: s, kind };
}

function maskEnv(value: string): string | null {
  if (ENV_ONLY.test(value)) return value;
  const m = ENV_DEFAULT.exec(value);
  return m ? `\${${m[1]}:-${MASK}}` : null;
}

/** Masks a URL's password (unless a ${ENV} reference) and query values; `whole` masks the path too. */
export function maskUrl(value: string, whole: boolean): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(?:([^:@/?#]*)(?::([^@/?#]*))?@)?([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(value);
  if (!m) return value;
  const [, scheme, user, pass, host, path, query, hash] = m;
  let out = scheme;
  if (user !== undefined) {
    out += user;
    if (pass !== undefined) out += `:${ENV_ONLY.test(pass) ? pass : MASK}`;
    out += '@';
  }
  out += host;
  out += whole && path !== '' && path !== '/' ? `/${MASK}` : path;
  if (query) {
    out += `?${query
      .slice(1)
      .split('&')
      .map((kv) => (kv.includes('=') ? `${kv.slice(0, kv.indexOf('='))}=${MASK}` : kv))
      .join('&')}`;
  }
  return out + (hash ?? '');
}

function maskValue(value: string, kind: SecretKind): string {
  const env = maskEnv(value);
  if (env !== null) return env;
  if (kind === 'secret') return MASK;
  return maskUrl(value, kind === 'secret-url');
}

const hasUrlPassword = (v: string) => /^[a-z][a-z0-9+.-]*:\/\/[^/?#@]*:[^/?#@]*@/i.test(v);

/** The object member of a (discriminated) union whose literal fields match the map, e.g. a sink's `type`. */
function unionMember(d: Def, node: { items: unknown[] }): Def | null {
  const values = new Map<string, unknown>();
  for (const pair of node.items) {
    if (isPair(pair) && isScalar(pair.key) && isScalar(pair.value))
      values.set(String(pair.key.value), pair.value.value);
  }
  for (const option of d.options as z.ZodType[]) {
    const od = defOf(unwrap(option).schema);
    if (od.type !== 'object') continue;
    const literals = Object.entries(od.shape as Record<string, z.ZodType>)
      .map(([k, v]) => [k, defOf(unwrap(v).schema)] as const)
      .filter(([, vd]) => vd.type === 'literal');
    if (literals.length > 0 && literals.every(([k, vd]) => (vd.values as unknown[]).includes(values.get(k)))) return od;
  }
  return null;
}

/** Returns a replacement node when `node` itself must change (scalars, aliases into secret fields). */
function walk(node: unknown, schema: z.ZodType | null, kind: SecretKind | undefined): Node | undefined {
  if (isAlias(node)) return kind ? new Scalar(MASK) : undefined;
  if (isScalar(node)) {
    if (typeof node.value !== 'string') return kind ? new Scalar(MASK) : undefined;
    if (kind) node.value = maskValue(node.value, kind);
    else if (hasUrlPassword(node.value)) node.value = maskUrl(node.value, false);
    return undefined;
  }
  let d = schema ? defOf(schema) : null;
  if (d?.type === 'union' && isMap(node)) d = unionMember(d, node);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      let child: { schema: z.ZodType | null; kind: SecretKind | undefined } = { schema: null, kind: undefined };
      if (d?.type === 'object' && d.shape[name]) child = unwrap(d.shape[name]);
      else if (d?.type === 'record') child = unwrap(d.valueType);
      if (child.schema && OPAQUE.has(defOf(child.schema).type)) child.schema = null;
      // Free-form (unknown to the schema): the enclosing secret, else the name, decides.
      if (child.schema === null) {
        child.kind ??= kind ?? (name === 'headers' || SECRETISH.test(name) ? 'secret' : undefined);
      }
      const replaced = walk(pair.value, child.schema, child.kind);
      if (replaced) pair.value = replaced;
    }
    return undefined;
  }
  if (isSeq(node)) {
    const el = d?.type === 'array' ? unwrap(d.element) : { schema: null, kind };
    node.items = node.items.map((item) => walk(item, el.schema, el.kind ?? (d === null ? kind : undefined)) ?? item);
  }
  return undefined;
}

const COMMENT_ASSIGNMENT =
  /([\w-]*(?:api[_-]?key|secret|password|passwd|token|authorization|credentials?|private[_-]?key)[\w-]*)(["']?\s*[:=]\s*)(?:(?:Bearer|Basic)\s+)?(\$\{[^}\s]*\}|[^\s,;}"']+)/gi;
const COMMENT_URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;
// Prefixes of widely used credentials: OpenAI/Anthropic/Lintel keys, Stripe, Slack, GitHub, AWS access keys, JWTs.
const COMMENT_TOKEN =
  /\b(?:sk|lk|pk|rk)[-_][A-Za-z0-9_-]{8,}|\bxox[abpr]-[A-Za-z0-9-]{8,}|\bgh[pousr]_[A-Za-z0-9]{16,}|\bAKIA[0-9A-Z]{16}\b|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/** A comment with what looks like a secret masked (see the header). */
export function maskComment(comment: string): string {
  return comment
    .replace(COMMENT_URL, (u) => maskUrl(u, false))
    .replace(COMMENT_ASSIGNMENT, (whole, name: string, sep: string, value: string) =>
      ENV_ONLY.test(value) || value === MASK ? whole : `${name}${sep}${MASK}`,
    )
    .replace(COMMENT_TOKEN, MASK);
}

type Commented = { commentBefore?: string | null; comment?: string | null };
function maskComments(target: Commented): void {
  if (target.commentBefore) target.commentBefore = maskComment(target.commentBefore);
  if (target.comment) target.comment = maskComment(target.comment);
}

/** The config text with every secret masked; a text that does not parse is withheld entirely. */
export function maskConfigText(text: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return WITHHELD;
  const root = unwrap(configSchema as unknown as z.ZodType);
  walk(doc.contents, root.schema, root.kind); // the root is a map: changes happen in place
  maskComments(doc as Commented);
  visit(doc, {
    Node: (_, node) => maskComments(node as Commented),
    Pair: (_, pair) => {
      if (pair.key && typeof pair.key === 'object') maskComments(pair.key as Commented);
    },
  });
  return doc.toString({ lineWidth: 0 });
}
