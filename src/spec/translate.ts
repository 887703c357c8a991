// Contracts of the dialect converters (implemented in src/api/openai and src/api/anthropic).
// A dialect converts its wire JSON to and from the neutral spec, for requests, responses and stream events.
import type { ChatRequest, ChatResponse, StreamPart } from './chat.ts';

export type Json = Record<string, unknown>;

/** Stateful: one instance per stream. Consumes one parsed upstream SSE event at a time. */
export interface StreamDecoder {
  /** `event` is the SSE `event:` field (Anthropic) or undefined; `data` is the parsed JSON of `data:`. */
  decode(event: string | undefined, data: Json): StreamPart[];
}

/** Stateful: one instance per stream. Produces SSE frames (complete `event:`/`data:` text with the blank line). */
export interface StreamEncoder {
  encode(part: StreamPart): string; // '' when the part produces no frame
  /** Frames to send after the last part (OpenAI: `data: [DONE]`). */
  end(): string;
}

export interface DialectCodec {
  /** Wire request (already validated) → spec. */
  requestToSpec(body: Json): ChatRequest;
  /** spec → wire request to send upstream (model already set to the upstream model). */
  requestFromSpec(req: ChatRequest): Json;
  responseToSpec(body: Json): ChatResponse;
  responseFromSpec(res: ChatResponse): Json;
  streamDecoder(): StreamDecoder;
  /** `requestModel` is the model name the caller asked for (echoed in the events). */
  streamEncoder(opts: { includeUsage: boolean; requestModel: string }): StreamEncoder;
}

/**
 * A client format answered from a Chat Completions pipeline (the Responses API): the request was turned into an
 * OpenAI chat body up front; the answer — JSON or stream — is encoded from the spec in the client's format.
 */
export interface Egress {
  responseFromSpec(res: ChatResponse): Json;
  streamEncoder(): StreamEncoder;
  /** Runs once the complete answer is known and before its last bytes go out (e.g. storing it). */
  beforeFinish?(): Promise<void>;
}
