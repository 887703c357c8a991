// Shared GenAI semantic-convention mapping for metrics and traces.

import type { RequestRecord } from '../spec/record.ts';

export type GenAiOperation = 'chat' | 'embeddings';

/** Maps a configured provider name to `gen_ai.provider.name` (openai, anthropic, aws.bedrock, …). */
export type ProviderKindFn = (provider: string) => string;

export const identityProviderKind: ProviderKindFn = (provider) => provider;

/** Both chat dialects are the `chat` operation. */
export function operationOf(endpoint: RequestRecord['endpoint']): GenAiOperation {
  return endpoint === 'embeddings' ? 'embeddings' : 'chat';
}

/** `error.type` for a finished request: the Lintel error code, else the HTTP status for failures. */
export function errorTypeOf(record: RequestRecord): string | undefined {
  if (record.errorType) return record.errorType;
  return record.status >= 400 ? String(record.status) : undefined;
}
