// The OpenAI Chat Completions dialect: wire JSON and SSE ⇄ neutral spec.
import type { DialectCodec } from '../../spec/translate.ts';
import { openaiRequestFromSpec, openaiRequestToSpec } from './convert-request.ts';
import { openaiResponseFromSpec, openaiResponseToSpec } from './convert-response.ts';
import { OpenAIStreamDecoder } from './stream-decoder.ts';
import { OpenAIStreamEncoder } from './stream-encoder.ts';

export const openaiCodec: DialectCodec = {
  requestToSpec: openaiRequestToSpec,
  requestFromSpec: openaiRequestFromSpec,
  responseToSpec: openaiResponseToSpec,
  responseFromSpec: openaiResponseFromSpec,
  streamDecoder: () => new OpenAIStreamDecoder(),
  streamEncoder: (opts) => new OpenAIStreamEncoder(opts),
};
