// What a request may cost before it runs: prompt tokens plus the most it may generate, priced at the dearest target
// of its route (a fallback may serve it). Works on the raw body of either dialect. Prompt tokens use the one-pass
// character-class estimate (within ~10% on prose), not the BPE: this runs on every admitted request, and the
// reservation is settled with the upstream's real usage afterwards, so exactness would buy nothing.
import { computeCost, type PriceBook } from '../cost/price-book.ts';
import { estimateTokensFast } from '../cost/tokens.ts';
import type { CompiledRoute } from '../routing/router.ts';
import type { Json } from '../spec/translate.ts';

const PER_MESSAGE = 4;
const REPLY_PRIMING = 3;

export interface Estimate {
  promptTokens: number;
  maxOutputTokens: number;
  /** null when no target of the route has a known price. */
  costUsd: number | null;
}

/** Tokens of every string in a message's content (text parts, tool arguments and results alike). */
function textTokens(v: unknown): number {
  if (typeof v === 'string') return estimateTokensFast(v);
  if (Array.isArray(v)) {
    let n = 0;
    for (const x of v) n += textTokens(x);
    return n;
  }
  if (v !== null && typeof v === 'object') {
    let n = 0;
    for (const [k, x] of Object.entries(v as Json)) {
      // Image payloads are not text; a flat charge stands in for them.
      if (k === 'image_url' || k === 'source') n += 765;
      else if (k !== 'type' && k !== 'role' && k !== 'cache_control') n += textTokens(x);
    }
    return n;
  }
  return 0;
}

export function estimatePromptTokens(body: Json): number {
  let total = REPLY_PRIMING;
  const messages = body.messages;
  if (Array.isArray(messages)) for (const m of messages) total += PER_MESSAGE + textTokens(m);
  if (body.system !== undefined) total += PER_MESSAGE + textTokens(body.system);
  if (body.tools !== undefined) total += textTokens(body.tools);
  if (body.input !== undefined) total += textTokens(body.input);
  return total;
}

function positiveInt(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

export function estimateRequest(
  body: Json,
  route: CompiledRoute,
  prices: PriceBook,
  defaultMaxOutput: number,
  now = Date.now(),
): Estimate {
  const promptTokens = estimatePromptTokens(body);
  // Embeddings generate nothing; chat generates up to max tokens per choice.
  const embedding = body.input !== undefined && body.messages === undefined;
  const perChoice = embedding
    ? 0
    : (positiveInt(body.max_completion_tokens) ?? positiveInt(body.max_tokens) ?? defaultMaxOutput);
  const maxOutputTokens = perChoice * (positiveInt(body.n) ?? 1);
  let costUsd: number | null = null;
  for (const t of route.targets) {
    const price = prices.price(t.upstreamModel, now, t.provider.name);
    if (!price) continue;
    const c = computeCost(price, { inputTokens: promptTokens, outputTokens: maxOutputTokens }).costUsd ?? 0;
    if (costUsd === null || c > costUsd) costUsd = c;
  }
  return { promptTokens, maxOutputTokens, costUsd };
}
