// The secrets detector: known key formats first, then high-entropy tokens.

import type { SyncDetector } from '../../types.ts';
import { type Finder, resolveOverlaps, runFinders } from '../finder.ts';
import { createEntropyFinder, type EntropyOptions } from './entropy.ts';
import { findKnownSecrets } from './patterns.ts';

export interface SecretsOptions extends EntropyOptions {
  /** Also flag unknown high-entropy tokens (default true). */
  entropy?: boolean;
  decoded?: boolean;
  threshold?: number;
}

export function createSecretsDetector(opts: SecretsOptions = {}, id = 'secrets'): SyncDetector {
  const finders: Finder[] = [findKnownSecrets];
  if (opts.entropy ?? true) finders.push(createEntropyFinder(opts));
  const minScore = opts.threshold ?? 0.5;
  const decoded = opts.decoded ?? true;
  const rank = (t: string): number => (t === 'high_entropy' ? 1 : 0);
  return {
    id,
    kind: 'sync',
    detect({ view }) {
      return resolveOverlaps(runFinders(id, view, finders, { decoded, minScore }), rank);
    },
  };
}
