import type { ProviderConfig } from '../config/schema.ts';
import { anthropicAdapter } from './anthropic.ts';
import { openaiAdapter } from './openai.ts';
import type { ProviderAdapter } from './types.ts';

export type { Endpoint, ProviderAdapter } from './types.ts';

export function createAdapter(cfg: ProviderConfig): ProviderAdapter {
  return cfg.kind === 'anthropic' ? anthropicAdapter(cfg) : openaiAdapter(cfg);
}
