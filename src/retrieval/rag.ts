// RAG on routes: a route with `rag: {collection, …}` retrieves for the last user message and injects the top chunks.
// OpenAI-format calls get a system message with numbered sources (template configurable). Anthropic-format calls get
// the chunks as `search_result` blocks (citations enabled) before the user's text in the last user turn, so Claude
// answers with `citations` (search_result_location) on its text blocks and `citations_delta` in streams, relayed
// as sent; `anthropic: system` puts the template into `system` instead. Every call also gets the citations in the
// `x-lintel-citations` response header (JSON), OpenAI-format JSON answers in a top-level `lintel_citations` field
// too, and the chunks used are in the request's explanation (stage "rag").
import { z } from 'zod';
import type { RequestContext } from '../gateway/context.ts';
import type { Json } from '../spec/translate.ts';
import type { RetrievalService, RetrievedChunk } from './service.ts';

export const ragRouteSchema = z
  .object({
    collection: z.string().min(1),
    /** Tenant of the collection; default the caller's tenant (global keys: "default"). */
    tenant: z.string().min(1).optional(),
    k: z.number().int().min(1).max(50).default(4),
    mode: z.enum(['lexical', 'dense', 'hybrid']).optional(),
    /** `{context}` is replaced by the numbered sources. */
    template: z
      .string()
      .default('Answer using the sources below and cite them by their markers, e.g. [1].\n\nSources:\n{context}'),
    /** One source; `{n}`, `{title}`, `{text}` (chunks start with their heading path), `{doc_key}`. */
    source_template: z.string().default('[{n}] {text}'),
    /** Anthropic-format calls: sources as search_result blocks (native citations) or in the system prompt. */
    anthropic: z.enum(['search_results', 'system']).default('search_results'),
  })
  .strict();

export type RagRoute = z.infer<typeof ragRouteSchema>;

export interface Citation {
  marker: string;
  chunk: string;
  doc_key: string;
  title: string;
  score: number;
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content
      .map((p) =>
        p && typeof p === 'object' && (p as { type?: string }).type === 'text'
          ? String((p as { text?: unknown }).text ?? '')
          : '',
      )
      .join(' ');
  return '';
}

export function lastUserText(body: Json): string {
  const messages = Array.isArray(body.messages) ? (body.messages as Json[]) : [];
  for (let i = messages.length - 1; i >= 0; i--)
    if (messages[i]?.role === 'user') return textOf(messages[i]?.content).trim();
  return '';
}

export function renderContext(rag: RagRoute, chunks: RetrievedChunk[]): string {
  const sources = chunks
    .map((c, i) =>
      rag.source_template
        .replaceAll('{n}', String(i + 1))
        .replaceAll('{title}', c.title || c.doc_key)
        .replaceAll('{doc_key}', c.doc_key)
        .replaceAll('{text}', c.text),
    )
    .join('\n\n');
  return rag.template.replaceAll('{context}', sources);
}

/** Returns the body with the retrieved context injected (same dialect as the caller's). */
export async function augment(
  service: RetrievalService,
  rag: RagRoute,
  ctx: RequestContext,
  body: Json,
  dialect: 'openai' | 'anthropic',
): Promise<Json> {
  const query = lastUserText(body);
  if (!query) {
    ctx.checks.push({ stage: 'rag', outcome: 'skipped: no user text to retrieve for' });
    return body;
  }
  const tenant = rag.tenant ?? ctx.principal.tenant ?? 'default';
  const r = await service.retrieve({ tenant, collection: rag.collection, query, k: rag.k, mode: rag.mode });
  const citations: Citation[] = r.results.map((c, i) => ({
    marker: `[${i + 1}]`,
    chunk: c.id,
    doc_key: c.doc_key,
    title: c.title,
    score: c.score,
  }));
  ctx.checks.push({
    stage: 'rag',
    outcome: `retrieved ${citations.length} chunks from ${tenant}/${rag.collection} (index v${r.index_version}, keys v${r.key_version}): ${citations.map((c) => `${c.marker} ${c.chunk} ${c.doc_key}`).join('; ')}`,
  });
  // Header-safe JSON: non-ASCII escaped as \uXXXX.
  const header = JSON.stringify(citations).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  ctx.responseHeaders = { ...(ctx.responseHeaders ?? {}), 'x-lintel-citations': header };
  // OpenAI-format JSON answers also carry them in the body (`lintel_citations`); streams have the header.
  if (dialect === 'openai') ctx.responseExtensions = { ...(ctx.responseExtensions ?? {}), lintel_citations: citations };
  if (citations.length === 0) return body;
  if (dialect === 'anthropic' && rag.anthropic === 'search_results') return withSearchResults(body, r.results);
  const context = renderContext(rag, r.results);
  if (dialect === 'anthropic') {
    const system = body.system;
    const merged =
      typeof system === 'string'
        ? `${system}\n\n${context}`
        : Array.isArray(system)
          ? [...system, { type: 'text', text: context }]
          : context;
    return { ...body, system: merged } as Json;
  }
  const messages = Array.isArray(body.messages) ? (body.messages as Json[]) : [];
  return { ...body, messages: [{ role: 'system', content: context }, ...messages] } as Json;
}

/** Anthropic search results: one block per chunk (source = doc_key), placed before the last user turn's content. */
export function withSearchResults(body: Json, chunks: RetrievedChunk[]): Json {
  const messages = Array.isArray(body.messages) ? [...(body.messages as Json[])] : [];
  let i = messages.length - 1;
  while (i >= 0 && messages[i]?.role !== 'user') i--;
  if (i < 0) return body;
  const m = messages[i] as Json;
  const own = typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : (m.content as unknown[]);
  const results = chunks.map((c) => ({
    type: 'search_result',
    source: c.doc_key,
    title: c.title || c.doc_key,
    content: [{ type: 'text', text: c.text }],
    citations: { enabled: true },
  }));
  messages[i] = { ...m, content: [...results, ...own] };
  return { ...body, messages } as Json;
}

/** Chains RAG after the input guardrails: the user's text is checked first, then the sources are added. */
export function withRag(
  guardInput: ((ctx: RequestContext, body: Json) => Promise<Json>) | undefined,
  ragFor: (route: string | null) => RagRoute | undefined,
  service: () => RetrievalService | null,
): (ctx: RequestContext, body: Json) => Promise<Json> {
  return async (ctx, body) => {
    const checked = guardInput ? await guardInput(ctx, body) : body;
    const rag = ragFor(ctx.route);
    const svc = service();
    if (!rag || !svc) return checked;
    return augment(svc, rag, ctx, checked, ctx.dialect === 'anthropic' ? 'anthropic' : 'openai');
  };
}
