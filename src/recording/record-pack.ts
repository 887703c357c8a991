// A batch of records as the embedded store's writer binds it: one flat array, STRIDE cells a record (the `requests`
// row in column order with its JSON columns already text, then the explanation's JSON, then the two bodies).
// Handing the writer thread this array instead of the records costs the server's thread about what cloning the
// records did (the JSON text is made there instead of cloned as nested objects), and spares the writer thread
// rebuilding every record from its clone and serialising its JSON columns (≈ 5 µs of its CPU a search record;
// bench/recorder-cost.ts). Strings and numbers only: the structured clone of it is one flat walk.
import type { RollupFacts } from './rollup.ts';
import { pushRowValues, REQUEST_COLUMNS } from './rows.ts';
import type { RecordItem } from './sink.ts';

/** The request row's cells, then these three. */
export const ROW_CELLS = REQUEST_COLUMNS.length;
export const EXPLANATION_CELL = ROW_CELLS;
export const REQUEST_BODY_CELL = ROW_CELLS + 1;
export const RESPONSE_BODY_CELL = ROW_CELLS + 2;
export const STRIDE = ROW_CELLS + 3;
/** The id is the row's first cell; its receipt time is here. */
export const RECEIVED_AT_CELL = REQUEST_COLUMNS.indexOf('received_at');

export interface PackedBatch {
  /** Records in the batch. */
  n: number;
  /** n × STRIDE cells; absent explanation or body = null. */
  cells: unknown[];
}

/** `explanations`: keep each record's explanation (the writer thread stores them); else its cell is null. */
export function packBatch(items: readonly RecordItem[], explanations: boolean): PackedBatch {
  const cells: unknown[] = [];
  for (const { record, bodies } of items) {
    pushRowValues(cells, record);
    cells.push(
      explanations && record.explanation ? JSON.stringify(record.explanation) : null,
      bodies?.request ?? null,
      bodies?.response ?? null,
    );
  }
  return { n: items.length, cells };
}

const col = (name: (typeof REQUEST_COLUMNS)[number]): number => REQUEST_COLUMNS.indexOf(name);
const C = {
  receivedAt: col('received_at'),
  doneAt: col('done_at'),
  tenant: col('tenant'),
  team: col('team'),
  keyId: col('key_id'),
  route: col('route'),
  modelRequested: col('model_requested'),
  modelServed: col('model_served'),
  provider: col('provider'),
  status: col('status'),
  inputTokens: col('input_tokens'),
  outputTokens: col('output_tokens'),
  cachedInputTokens: col('cached_input_tokens'),
  cacheWriteTokens: col('cache_write_tokens'),
  reasoningTokens: col('reasoning_tokens'),
  costUsd: col('cost_usd'),
  ttftMs: col('ttft_ms'),
};

/** What the rollups read of the record packed at `base` (its first cell). */
export function rollupFactsAt(cells: readonly unknown[], base: number): RollupFacts {
  const v = <T>(i: number) => cells[base + i] as T;
  return {
    receivedAt: v(C.receivedAt),
    doneAt: v(C.doneAt),
    tenant: v(C.tenant),
    team: v(C.team),
    keyId: v(C.keyId),
    route: v(C.route),
    modelRequested: v(C.modelRequested),
    modelServed: v(C.modelServed),
    provider: v(C.provider),
    status: v(C.status),
    inputTokens: v(C.inputTokens),
    outputTokens: v(C.outputTokens),
    cachedInputTokens: v(C.cachedInputTokens),
    cacheWriteTokens: v(C.cacheWriteTokens),
    reasoningTokens: v(C.reasoningTokens),
    costUsd: v(C.costUsd),
    ttftMs: v(C.ttftMs),
  };
}
