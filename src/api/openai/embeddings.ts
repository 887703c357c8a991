// OpenAI embeddings request/response ⇄ spec. Anthropic has no embeddings endpoint, so embeddings only
// ever pass through to OpenAI-compatible upstreams; these helpers give routing, recording and caching
// a typed view and rebuild a clean wire body.
import type { EmbeddingRequest, EmbeddingResponse } from '../../spec/chat.ts';
import type { Json } from '../../spec/translate.ts';

interface OpenAIEmbeddingRequest {
  model: string;
  input: EmbeddingRequest['input'];
  encoding_format?: 'float' | 'base64';
  dimensions?: number;
  user?: string;
}

interface OpenAIEmbeddingResponse {
  object: 'list';
  data: { object: 'embedding'; index: number; embedding: number[] | string }[];
  model: string;
  usage?: { prompt_tokens: number; total_tokens: number };
}

/** Body already validated by `validateEmbeddingRequest`. */
export function embeddingRequestToSpec(body: Json): EmbeddingRequest {
  const wire = body as unknown as OpenAIEmbeddingRequest;
  const req: EmbeddingRequest = { model: wire.model, input: wire.input };
  if (wire.encoding_format) req.encodingFormat = wire.encoding_format;
  if (wire.dimensions !== undefined) req.dimensions = wire.dimensions;
  if (wire.user) req.user = wire.user;
  return req;
}

export function embeddingRequestFromSpec(req: EmbeddingRequest): Json {
  const body: Json = { model: req.model, input: req.input };
  if (req.encodingFormat) body.encoding_format = req.encodingFormat;
  if (req.dimensions !== undefined) body.dimensions = req.dimensions;
  if (req.user) body.user = req.user;
  return body;
}

export function embeddingResponseToSpec(body: Json): EmbeddingResponse {
  const wire = body as unknown as OpenAIEmbeddingResponse;
  return {
    model: wire.model,
    data: wire.data.map((d) => ({ index: d.index, embedding: d.embedding })),
    // Some compatible servers omit usage; zero is "unknown", never a guess.
    usage: { inputTokens: wire.usage?.prompt_tokens ?? 0 },
  };
}

export function embeddingResponseFromSpec(res: EmbeddingResponse): Json {
  return {
    object: 'list',
    data: res.data.map((d) => ({ object: 'embedding', index: d.index, embedding: d.embedding })),
    model: res.model,
    usage: { prompt_tokens: res.usage.inputTokens, total_tokens: res.usage.inputTokens },
  };
}

/** Number of inputs in a request (one vector comes back per input). */
export function embeddingInputCount(input: EmbeddingRequest['input']): number {
  if (typeof input === 'string') return 1;
  if (input.length > 0 && typeof input[0] === 'number') return 1; // one tokenised input
  return input.length;
}
