// A provider adapter describes how to reach one kind of upstream: its wire dialect, paths and auth headers.
// Translation between dialects lives in src/api/*; adapters stay tiny and declarative.
import type { ProviderConfig } from '../config/schema.ts';
import type { Dialect } from '../spec/chat.ts';

export type Endpoint = 'chat' | 'embeddings' | 'models' | 'count_tokens';

export interface ProviderAdapter {
  readonly kind: ProviderConfig['kind'];
  readonly dialect: Dialect;
  /** Upstream path for an endpoint, or null when the provider has none (Anthropic embeddings). */
  path(endpoint: Endpoint): string | null;
  /** Static request headers (auth, version, user headers), computed once per provider at load. */
  headers(): Record<string, string>;
  /** The auth header(s) carrying `apiKey` (for credentials resolved per request). */
  authHeaders(apiKey: string): Record<string, string>;
}
