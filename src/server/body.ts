// JSON body parsing for every route: strict UTF-8, bounded nesting, errors as LintelErrors.
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import { LintelError } from '../errors/lintel-error.ts';

/** Default bound on JSON nesting (objects and arrays); `server.max_json_depth` changes it. */
export const DEFAULT_MAX_JSON_DEPTH = 128;

/**
 * The deepest nesting of objects/arrays in a JSON text, stopping early once it passes `limit`. One pass over the
 * bytes, strings skipped, so a body nested 100 000 levels deep is refused before JSON.parse, validation or
 * JSON.stringify (recursive, would overflow the stack) ever see it.
 */
export function jsonDepthExceeds(bytes: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

export function registerJsonParser(app: FastifyInstance, maxDepth = DEFAULT_MAX_JSON_DEPTH): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, buf, done) => {
    const bytes = buf as Buffer;
    // Clients often send a JSON content type on bodiless DELETE/GET; only a body-carrying method needs one.
    if (bytes.length === 0 && (req.method === 'DELETE' || req.method === 'GET')) return done(null, undefined);
    if (bytes.length === 0)
      return done(new LintelError('invalid_json', 'The request body is empty; send a JSON object.'), undefined);
    // Bodies are read as sent: a compressed one would otherwise be reported as bad UTF-8 or bad JSON (RFC 9110: 415).
    const coding = req.headers['content-encoding']?.trim().toLowerCase();
    if (coding && coding !== 'identity')
      return done(
        new LintelError(
          'unsupported_media_type',
          `Content-Encoding "${coding.slice(0, 32)}" is not supported; send the JSON body uncompressed.`,
        ),
        undefined,
      );
    if (!isUtf8(bytes)) return done(new LintelError('invalid_utf8'), undefined);
    if (jsonDepthExceeds(bytes, maxDepth))
      return done(
        new LintelError(
          'invalid_request',
          `The request body nests objects/arrays deeper than ${maxDepth} levels (the server.max_json_depth limit).`,
        ),
        undefined,
      );
    try {
      done(null, JSON.parse(bytes.toString('utf8')));
    } catch (err) {
      done(new LintelError('invalid_json', `The request body is not valid JSON: ${(err as Error).message}`), undefined);
    }
  });
}
