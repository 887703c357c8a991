// The price book: resolves a model id and a date to a price and turns usage into USD.

import type { Usage } from '../spec/chat.ts';
import defaultPriceFile from './default-prices.json' with { type: 'json' };
import { candidateKeys } from './model-name.ts';
import { type DefaultPrice, defaultPriceFileSchema, type PriceOverride, priceOverridesSchema } from './schema.ts';

/** USD per million tokens. */
export interface Price {
  inputPerMTok: number;
  outputPerMTok: number;
  cachedInputPerMTok?: number;
  cacheWritePerMTok?: number;
}

export interface CostResult {
  /** null when no price is known for the model: never a silent zero. */
  costUsd: number | null;
  /**
   * true when an approximation was made: a cache price was missing (input price used), the usage was
   * inconsistent (cached > input), or `at` precedes the model's first listed price (the first price used).
   */
  estimated?: boolean;
}

/** Enough of a pino logger to warn once per unpriced model. */
export interface WarnLogger {
  warn(obj: object, msg: string): void;
}

export interface PriceBookOptions {
  logger?: WarnLogger;
  /** Replaces the shipped table (tests); overrides still apply on top. */
  defaults?: readonly DefaultPrice[];
}

export interface PriceBook {
  /** Cost of `usage` on `model` at `at` (default now). `provider` selects provider-scoped override prices. */
  cost(model: string, usage: Usage, at?: Date | number, provider?: string): CostResult;
  /** The price in force, or null when the model is unknown (not counted as unknown). */
  price(model: string, at?: Date | number, provider?: string): Price | null;
  /** Models priced as unknown, with how often; capped, the overflow counted under "(other)". */
  unknownModels(): Map<string, number>;
}

interface DatedPrice extends Price {
  fromMs: number;
}

interface ModelPrices {
  any: DatedPrice[]; // sorted by fromMs, ascending
  byProvider: Map<string, DatedPrice[]> | null;
}

const MAX_UNKNOWN_MODELS = 1000;
const MAX_RESOLVED_CACHE = 4096;
const OTHER = '(other)';

/** Builds a price book from the shipped defaults and optional config overrides (validated here too). */
export function createPriceBook(overrides?: readonly PriceOverride[], options: PriceBookOptions = {}): PriceBook {
  const defaults = options.defaults ?? loadDefaults();
  const checkedOverrides = overrides ? priceOverridesSchema.parse(overrides) : [];
  const table = buildTable(defaults, checkedOverrides);
  const resolved = new Map<string, ModelPrices | null>();
  const unknown = new Map<string, number>();
  const logger = options.logger;

  function resolve(model: string): ModelPrices | null {
    const cached = resolved.get(model);
    if (cached !== undefined) return cached;
    let found: ModelPrices | null = null;
    for (const key of candidateKeys(model)) {
      const hit = table.get(key);
      if (hit) {
        found = hit;
        break;
      }
    }
    // Model ids come from upstreams and clients: stop caching rather than grow without bound.
    if (resolved.size < MAX_RESOLVED_CACHE) resolved.set(model, found);
    return found;
  }

  function lookup(model: string, at: Date | number | undefined, provider: string | undefined) {
    const prices = resolve(model);
    if (!prices) return null;
    const list = (provider !== undefined && prices.byProvider?.get(provider)) || prices.any;
    if (list.length === 0) return null;
    const atMs = at === undefined ? Date.now() : typeof at === 'number' ? at : at.getTime();
    return { entry: pickInForce(list, atMs), beforeFirst: atMs < list[0].fromMs };
  }

  function noteUnknown(model: string): void {
    const count = unknown.get(model);
    if (count !== undefined) {
      unknown.set(model, count + 1);
      return;
    }
    if (unknown.size >= MAX_UNKNOWN_MODELS) {
      unknown.set(OTHER, (unknown.get(OTHER) ?? 0) + 1);
      return;
    }
    unknown.set(model, 1);
    logger?.warn({ model }, 'no price for model: cost recorded as null');
  }

  return {
    cost(model, usage, at, provider) {
      const found = lookup(model, at, provider);
      if (!found) {
        noteUnknown(model);
        return { costUsd: null };
      }
      const result = computeCost(found.entry, usage);
      if (found.beforeFirst) result.estimated = true;
      return result;
    },
    price(model, at, provider) {
      const found = lookup(model, at, provider);
      if (!found) return null;
      const { fromMs: _, ...price } = found.entry;
      return price;
    },
    unknownModels() {
      return new Map(unknown);
    },
  };
}

/** Latest entry with fromMs <= at; before the first entry the first price applies (a model has no earlier one). */
function pickInForce(list: readonly DatedPrice[], atMs: number): DatedPrice {
  for (let i = list.length - 1; i > 0; i--) {
    if (list[i].fromMs <= atMs) return list[i];
  }
  return list[0];
}

/**
 * usage.inputTokens includes cache reads and writes: the rest is billed at the input price. A missing cache price
 * falls back to the input price and marks the result estimated. Reasoning tokens are already in outputTokens.
 */
export function computeCost(price: Price, usage: Usage): CostResult {
  const cached = usage.cachedInputTokens ?? 0;
  const written = usage.cacheWriteTokens ?? 0;
  let estimated = false;
  let uncached = usage.inputTokens - cached - written;
  if (uncached < 0) {
    uncached = 0;
    estimated = true;
  }
  let cachedPrice = price.inputPerMTok;
  if (cached > 0) {
    if (price.cachedInputPerMTok !== undefined) cachedPrice = price.cachedInputPerMTok;
    else estimated = true;
  }
  let writePrice = price.inputPerMTok;
  if (written > 0) {
    if (price.cacheWritePerMTok !== undefined) writePrice = price.cacheWritePerMTok;
    else estimated = true;
  }
  const micro =
    uncached * price.inputPerMTok +
    cached * cachedPrice +
    written * writePrice +
    usage.outputTokens * price.outputPerMTok;
  // Round to a nano-dollar so sums of float products compare cleanly.
  const costUsd = Math.round(micro * 1000) / 1e9;
  return estimated ? { costUsd, estimated } : { costUsd };
}

function loadDefaults(): DefaultPrice[] {
  return defaultPriceFileSchema.parse(defaultPriceFile).prices;
}

function dayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function dated(p: Price & { effectiveFrom: string }): DatedPrice {
  const out: DatedPrice = {
    fromMs: dayMs(p.effectiveFrom),
    inputPerMTok: p.inputPerMTok,
    outputPerMTok: p.outputPerMTok,
  };
  if (p.cachedInputPerMTok !== undefined) out.cachedInputPerMTok = p.cachedInputPerMTok;
  if (p.cacheWritePerMTok !== undefined) out.cacheWritePerMTok = p.cacheWritePerMTok;
  return out;
}

function byDate(a: DatedPrice, b: DatedPrice): number {
  return a.fromMs - b.fromMs;
}

function buildTable(defaults: readonly DefaultPrice[], overrides: readonly PriceOverride[]): Map<string, ModelPrices> {
  const table = new Map<string, ModelPrices>();
  const slot = (key: string): ModelPrices => {
    let s = table.get(key);
    if (!s) {
      s = { any: [], byProvider: null };
      table.set(key, s);
    }
    return s;
  };

  for (const d of defaults) {
    const entry = dated(d);
    for (const name of [d.model, ...(d.aliases ?? [])]) slot(name.toLowerCase()).any.push(entry);
  }

  // Any override for a model replaces its shipped history, so a configured price wins whatever its date.
  const replaced = new Set<string>();
  for (const o of overrides) {
    const key = o.model.toLowerCase();
    const s = slot(key);
    const entry = dated(o);
    if (o.provider === undefined) {
      if (!replaced.has(key)) {
        replaced.add(key);
        s.any = [];
      }
      s.any.push(entry);
    } else {
      s.byProvider ??= new Map();
      const list = s.byProvider.get(o.provider);
      if (list) list.push(entry);
      else s.byProvider.set(o.provider, [entry]);
    }
  }

  for (const s of table.values()) {
    s.any.sort(byDate);
    if (s.byProvider) for (const list of s.byProvider.values()) list.sort(byDate);
  }
  return table;
}
