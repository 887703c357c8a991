import type { ProviderConfig } from '../config/schema.ts';
import type { Endpoint, ProviderAdapter } from './types.ts';

/** OpenAI and every OpenAI-compatible server (vLLM, Ollama, llama.cpp, TGI): base URL ends in /v1. */
export function openaiAdapter(cfg: ProviderConfig): ProviderAdapter {
  const base = new URL(cfg.base_url).pathname.replace(/\/+$/, '');
  const paths: Record<Endpoint, string | null> = {
    chat: `${base}/chat/completions`,
    embeddings: `${base}/embeddings`,
    models: `${base}/models`,
    count_tokens: null, // OpenAI has no token-counting endpoint: Lintel estimates
  };
  const headers: Record<string, string> = { 'content-type': 'application/json', ...cfg.headers };
  if (cfg.api_key) headers.authorization = `Bearer ${cfg.api_key}`;
  return {
    kind: cfg.kind,
    dialect: 'openai',
    path: (e) => paths[e],
    headers: () => headers,
    authHeaders: (apiKey) => ({ authorization: `Bearer ${apiKey}` }),
  };
}
