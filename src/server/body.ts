// JSON body parsing for every route: strict UTF-8, objects only, errors as LintelErrors.
import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import { LintelError } from '../errors/lintel-error.ts';

export function registerJsonParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, buf, done) => {
    const bytes = buf as Buffer;
    // Clients often send a JSON content type on bodiless DELETE/GET; only a body-carrying method needs one.
    if (bytes.length === 0 && (req.method === 'DELETE' || req.method === 'GET')) return done(null, undefined);
    if (bytes.length === 0)
      return done(new LintelError('invalid_json', 'The request body is empty; send a JSON object.'), undefined);
    if (!isUtf8(bytes)) return done(new LintelError('invalid_utf8'), undefined);
    try {
      done(null, JSON.parse(bytes.toString('utf8')));
    } catch (err) {
      done(new LintelError('invalid_json', `The request body is not valid JSON: ${(err as Error).message}`), undefined);
    }
  });
}
