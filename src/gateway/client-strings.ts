// Bounds on what a client sends that Lintel echoes back or stores: model names, tags, end-user ids, output
// token counts. Over a bound is a 400 that names the field and the limit; nothing is silently truncated.
import { LintelError } from '../errors/lintel-error.ts';

export const CLIENT_LIMITS = {
  /** model names are echoed in errors and stored in every record */
  modelChars: 256,
  endUserChars: 256,
  tags: 32,
  tagKeyChars: 64,
  tagValueChars: 512,
  /** max_tokens / max_completion_tokens: far above any model's output window, below overflow territory */
  maxOutputTokens: 1_048_576,
} as const;

function tooLong(param: string, what: string, limit: number): LintelError {
  return new LintelError('invalid_request', `${what} is longer than ${limit} characters (Lintel's limit).`, { param });
}

/**
 * A header value as the client wrote it. Node hands header bytes over as Latin-1 (one char per byte); clients
 * send UTF-8 (`team=Zürich`), so a value whose bytes are valid UTF-8 is read as UTF-8. Anything else stays as is.
 */
export function headerText(value: string): string {
  if (!/[^\x00-\x7f]/.test(value) || /[^\x00-\xff]/.test(value)) return value;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

/** `x-lintel-tags: team=search,env=prod` → tag map; refuses more tags or longer keys/values than the limits. */
export function parseTags(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of headerText(header).split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const k = pair.slice(0, eq).trim();
    if (k) addTag(out, k, pair.slice(eq + 1).trim(), 'x-lintel-tags');
  }
  return out;
}

/** Adds one client tag (header or request metadata) to `tags`, within the limits. */
export function addTag(tags: Record<string, string>, key: string, value: string, param: string): void {
  const L = CLIENT_LIMITS;
  if (key.length > L.tagKeyChars) throw tooLong(param, `The tag name "${key.slice(0, 32)}…"`, L.tagKeyChars);
  // Lintel's own tags (lintel.model_version, lintel.deployment) are facts its lineage reads: a client may not plant one.
  if (key.toLowerCase().startsWith('lintel.'))
    throw new LintelError('invalid_request', `The tag name "${key}" is reserved: Lintel sets the "lintel." tags.`, {
      param,
    });
  if (value.length > L.tagValueChars) throw tooLong(param, `The value of tag "${key}"`, L.tagValueChars);
  if (!(key in tags) && Object.keys(tags).length >= L.tags)
    throw new LintelError('invalid_request', `At most ${L.tags} tags per request (Lintel's limit).`, { param });
  tags[key] = value;
}

/** Checks the strings and numbers of a validated request body that Lintel echoes or stores. */
export function checkBodyBounds(body: Record<string, unknown>): void {
  const L = CLIENT_LIMITS;
  if (typeof body.model === 'string' && body.model.length > L.modelChars)
    throw tooLong('model', 'The model name', L.modelChars);
  if (typeof body.user === 'string' && body.user.length > L.endUserChars)
    throw tooLong('user', 'The user id', L.endUserChars);
  for (const field of ['max_tokens', 'max_completion_tokens']) {
    const n = body[field];
    if (typeof n === 'number' && n > L.maxOutputTokens)
      throw new LintelError('invalid_request', `${field} must be at most ${L.maxOutputTokens}.`, { param: field });
  }
}

/** The x-lintel-end-user header, bounded. */
export function endUserHeader(header: string): string {
  const value = headerText(header);
  if (value.length > CLIENT_LIMITS.endUserChars)
    throw tooLong('x-lintel-end-user', 'The x-lintel-end-user header', CLIENT_LIMITS.endUserChars);
  return value;
}
