// The scorer contract: a pure-ish function of one answer returning {score in 0..1, pass, reason}.
// A scorer that cannot judge (malformed judge reply, embeddings call failed) throws; the item is then an error,
// never a silent pass.
import type { GatewayCallOptions, GatewayResponse } from '../../../server/areas.ts';
import type { DatasetItem } from '../dataset.ts';

export interface ToolCall {
  name: string;
  arguments: unknown;
}

export interface ScoreInput {
  /** The answer text ('' when the model answered only with tool calls). */
  output: string;
  toolCalls: ToolCall[];
  item: DatasetItem;
  /** The prompt as sent (for judges). */
  prompt: string;
}

export interface ScoreResult {
  score: number;
  pass: boolean;
  reason?: string;
}

export interface ScorerDeps {
  gateway(path: string, body: unknown, opts?: GatewayCallOptions): Promise<GatewayResponse>;
  /** Tags for the scorers' own gateway calls (judge, embeddings), e.g. the run id. */
  tags: Record<string, string>;
}

export interface Scorer {
  /** Unique within a run: the type, or the spec's `name`. */
  name: string;
  /** Needs a reference on each item. */
  needsReference: boolean;
  score(input: ScoreInput, deps: ScorerDeps): Promise<ScoreResult> | ScoreResult;
}

export type ScorerSpec = { type: string; name?: string } & Record<string, unknown>;

export function referenceText(item: DatasetItem): string {
  const r = item.reference;
  return typeof r === 'string' ? r : JSON.stringify(r ?? '');
}
