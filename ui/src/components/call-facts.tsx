// The latency, tokens and cost of one recorded call, as <dt>/<dd> pairs for a key-value list (request detail,
// playground).
import { fmtInt, fmtMs, fmtUsd } from '../format.ts';
import type { RequestRecord } from '../types.ts';

export function CallFacts({ r }: { r: RequestRecord }) {
  return (
    <>
      <dt>Latency</dt>
      <dd>
        {fmtMs(r.doneAt - r.receivedAt)}
        {r.ttftMs !== null ? ` · TTFT ${fmtMs(r.ttftMs)}` : ''}
      </dd>
      <dt>Tokens</dt>
      <dd>
        {fmtInt(r.inputTokens ?? null)} in · {fmtInt(r.outputTokens ?? null)} out
      </dd>
      <dt>Cost</dt>
      <dd>{fmtUsd(r.costUsd)}</dd>
    </>
  );
}
