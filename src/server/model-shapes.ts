// /v1/models answers in the caller's format: Anthropic's when it sends `anthropic-version` (as the Anthropic SDKs
// always do), OpenAI's otherwise. Routed model names are the ids; timestamps are when this list was made.
import type { IncomingHttpHeaders } from 'node:http';

export function speaksAnthropic(headers: IncomingHttpHeaders): boolean {
  return typeof headers['anthropic-version'] === 'string';
}

export function modelList(ids: string[], anthropic: boolean): Record<string, unknown> {
  const data = ids.map((id) => model(id, anthropic));
  if (!anthropic) return { object: 'list', data };
  return { data, has_more: false, first_id: ids[0] ?? null, last_id: ids.at(-1) ?? null };
}

export function model(id: string, anthropic: boolean): Record<string, unknown> {
  const now = Date.now();
  if (anthropic) return { type: 'model', id, display_name: id, created_at: new Date(now).toISOString() };
  return { id, object: 'model', created: Math.floor(now / 1000), owned_by: 'lintel' };
}
