// The harmful-topic detector over the normalised text.

import type { SyncDetector } from '../../types.ts';
import { resolveOverlaps, runFinders } from '../finder.ts';
import { findHarmfulTopics, type HarmCategory } from './harmful.ts';

export interface HarmfulOptions {
  categories?: readonly HarmCategory[];
  threshold?: number;
  decoded?: boolean;
}

export function createHarmfulDetector(o: HarmfulOptions = {}, id = 'harmful'): SyncDetector {
  const cats = o.categories ? new Set(o.categories) : undefined;
  const minScore = o.threshold ?? 0.5;
  const decoded = o.decoded ?? true;
  return {
    id,
    kind: 'sync',
    detect({ view }) {
      return resolveOverlaps(runFinders(id, view, [(t) => findHarmfulTopics(t, cats)], { decoded, minScore }), () => 0);
    },
  };
}
