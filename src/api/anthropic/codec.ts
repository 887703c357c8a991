// The Anthropic Messages dialect: wire JSON and SSE ⇄ neutral spec.
import type { DialectCodec } from '../../spec/translate.ts';
import { anthropicRequestFromSpec, anthropicRequestToSpec } from './convert-request.ts';
import { anthropicResponseFromSpec, anthropicResponseToSpec } from './convert-response.ts';
import { AnthropicStreamDecoder } from './stream-decoder.ts';
import { AnthropicStreamEncoder } from './stream-encoder.ts';

export const anthropicCodec: DialectCodec = {
  requestToSpec: anthropicRequestToSpec,
  requestFromSpec: anthropicRequestFromSpec,
  responseToSpec: anthropicResponseToSpec,
  responseFromSpec: anthropicResponseFromSpec,
  streamDecoder: () => new AnthropicStreamDecoder(),
  // Anthropic streams always carry usage, so includeUsage does not apply.
  streamEncoder: ({ requestModel }) => new AnthropicStreamEncoder({ requestModel }),
};
