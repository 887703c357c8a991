// The fresh persona set (train/persona-benign-fresh.jsonl, persona-attack-fresh.jsonl): benign
// "I want you to act as …" persona prompts, consoles and interpreters with strict output formats,
// fiction / hypothetical / role-play frames and the same in de/es/fr/it/pt, plus attack twins that
// carry an override of the system or developer instructions, a system-prompt exfiltration or a
// harmful goal inside the same frames. Written before any detector output was read; split by
// train/dev-test.ts (halfOf). Detectors may be tuned on the dev half only; the test half is pinned
// by digest (persona.test.ts) and is the held-out figure. `guard eval --task persona-fresh`.

import { createInjectionDetector } from '../detectors/injection/index.ts';
import { createHarmfulDetector } from '../detectors/topics/index.ts';
import { createTextView } from '../normalize/view.ts';
import { type Half, halfOf } from '../train/dev-test.ts';
import { type HandwrittenItem, readHandwritten } from '../train/handwritten.ts';
import type { Channel } from '../engine/channels.ts';
import type { SyncDetector } from '../types.ts';
import { countsAt, rates } from './metrics.ts';
import { benignRow, type EvalRow } from './report.ts';

export const PERSONA_BENIGN_FILE = 'persona-benign-fresh.jsonl';
export const PERSONA_ATTACK_FILE = 'persona-attack-fresh.jsonl';

/** The items of one persona file in one half (both halves without `half`). */
export function personaItems(file: string, half?: Half): HandwrittenItem[] {
  return readHandwritten(file).filter((it) => half === undefined || halfOf(it.text) === half);
}

/**
 * Flags of the shipped detectors (injection as in the default guard set, harmful as in the topics
 * set), per text: `injection`, `harmful`, and `any` (either fires). `channel`: the text is scanned as
 * that message kind (eval/cards-fresh.ts scans each setup as a user and as a system message).
 */
export function personaScorer(
  channel?: Channel,
): (text: string) => { injection: boolean; harmful: boolean; any: boolean } {
  const ctx = channel === undefined ? {} : { channel };
  const fires = (det: SyncDetector) => (text: string) =>
    det.detect({ view: createTextView(text), stage: 'input', ctx }).length > 0;
  const inj = fires(createInjectionDetector());
  const harm = fires(createHarmfulDetector());
  return (text) => {
    const injection = inj(text);
    const harmful = harm(text);
    return { injection, harmful, any: injection || harmful };
  };
}

const GUARDS = ['injection', 'harmful', 'any'] as const;

export function evalPersonaFresh(sample?: number): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const benign = personaItems(PERSONA_BENIGN_FILE, half).slice(0, sample);
    const attacks = personaItems(PERSONA_ATTACK_FILE, half).slice(0, sample);
    const b = benign.map((it) => ({ it, s: score(it.text) }));
    const a = attacks.map((it) => ({ it, s: score(it.text) }));
    const groups: [string, (it: HandwrittenItem) => boolean][] = [
      ['', () => true],
      [' de/es/fr/it/pt', (it) => it.lang !== 'en'],
    ];
    for (const [suffix, keep] of groups) {
      for (const g of GUARDS) {
        const neg = b.filter((x) => keep(x.it)).map((x) => (x.s[g] ? 1 : 0));
        rows.push(
          benignRow(
            g === 'any' ? 'injection+harmful' : g,
            'shipped',
            `persona-fresh [${tag}]${suffix}`,
            neg.length,
            rates(countsAt([], neg, 1)).fpr,
          ),
        );
      }
    }
    // Attack twins: caught when the guard meant for their kind fires, or either guard (`any`).
    for (const cat of ['override', 'exfil', 'harmful', 'all']) {
      const sel = a.filter((x) => cat === 'all' || x.it.category === cat);
      const pos = sel.map((x) => (x.s.any ? 1 : 0));
      rows.push({
        task: 'injection+harmful',
        variant: 'shipped',
        dataset: `persona-fresh attacks [${tag}] ${cat}`,
        n: pos.length,
        ...rates(countsAt(pos, [], 1)),
        recallAt1: null,
      });
    }
  }
  return rows;
}
