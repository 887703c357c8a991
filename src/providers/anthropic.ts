import type { ProviderConfig } from '../config/schema.ts';
import type { ProviderAdapter } from './types.ts';

/** Anthropic Messages API: base URL without /v1 (https://api.anthropic.com); /v1 is tolerated. */
export function anthropicAdapter(cfg: ProviderConfig): ProviderAdapter {
  const base = new URL(cfg.base_url).pathname.replace(/\/+$/, '').replace(/\/v1$/, '');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'anthropic-version': '2023-06-01',
    ...cfg.headers,
  };
  if (cfg.api_key) headers['x-api-key'] = cfg.api_key;
  return {
    kind: 'anthropic',
    dialect: 'anthropic',
    path: (e) =>
      e === 'chat'
        ? `${base}/v1/messages`
        : e === 'models'
          ? `${base}/v1/models`
          : e === 'count_tokens'
            ? `${base}/v1/messages/count_tokens`
            : null,
    headers: () => headers,
    authHeaders: (apiKey) => ({ 'x-api-key': apiKey }),
  };
}
