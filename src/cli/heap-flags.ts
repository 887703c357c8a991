// V8 heap settings for a long-running gateway process. By default V8 lets the old generation grow to several
// times the live heap between collections and the young generation to 3 × 16 MB, which suits throughput runs,
// not a sidecar-sized service: under steady load a node sat at 270–370 MB RSS with 40 MB live. A fixed growing
// factor of 1.3 and 4 MB semi-spaces hold it near 180 MB for about 3 % more CPU per request (docs/performance.md).
// LINTEL_V8_FLAGS replaces these flags (set it to an empty string for V8's own defaults).
import { setFlagsFromString } from 'node:v8';

export const DEFAULT_SERVER_V8_FLAGS = '--heap-growing-percent=30 --max-semi-space-size=4';

/** Applies the server heap flags; call first thing in a serving command, before the gateway allocates. */
export function applyServerHeapFlags(env: NodeJS.ProcessEnv = process.env): string {
  const flags = (env.LINTEL_V8_FLAGS ?? DEFAULT_SERVER_V8_FLAGS).trim();
  if (flags !== '') setFlagsFromString(flags);
  return flags;
}
