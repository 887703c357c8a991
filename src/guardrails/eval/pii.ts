// PII span-level evaluation on the Presidio synthetic texts. A predicted span counts for
// precision when it overlaps a gold span of the matching entity; a gold span counts as found when
// a prediction of the matching entity overlaps it. Exact-boundary recall is reported as a note.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPiiDetector, DEFAULT_PII_ENTITIES, PII_ENTITIES, type PiiEntity } from '../detectors/pii/index.ts';
import { createTextView } from '../normalize/view.ts';
import type { SyncDetector } from '../types.ts';
import { loadPresidio, type PiiText } from '../train/datasets.ts';
import { overlaps, rates } from './metrics.ts';
import { presidioHalf } from './pii-split.ts';
import { benignRow, type EvalRow } from './report.ts';

const GOLD: Partial<Record<PiiEntity, string>> = {
  email: 'EMAIL_ADDRESS',
  phone: 'PHONE_NUMBER',
  credit_card: 'CREDIT_CARD',
  iban: 'IBAN_CODE',
  us_ssn: 'US_SSN',
  ip_address: 'IP_ADDRESS',
  driver_license: 'US_DRIVER_LICENSE',
  person: 'PERSON',
  street_address: 'STREET_ADDRESS',
  date_of_birth: 'DATE_TIME',
};

type Stats = { tp: number; fp: number; goldFound: number; gold: number; exact: number };

/** Entities whose heuristics are tuned on the dev half: reported per half as well. */
const TUNED: readonly PiiEntity[] = ['street_address', 'person'];

function score(texts: readonly PiiText[], det: SyncDetector): Map<PiiEntity, Stats> {
  const stats = new Map<PiiEntity, Stats>();
  for (const e of PII_ENTITIES) stats.set(e, { tp: 0, fp: 0, goldFound: 0, gold: 0, exact: 0 });
  for (const t of texts) {
    const preds = det.detect({ view: createTextView(t.text), stage: 'input', ctx: {} });
    for (const [entity, goldType] of Object.entries(GOLD) as [PiiEntity, string][]) {
      const st = stats.get(entity)!;
      const gold = t.spans.filter((s) => s.type === goldType);
      const mine = preds.filter((p) => p.type === entity);
      for (const p of mine) gold.some((g) => overlaps(g, p)) ? st.tp++ : st.fp++;
      st.gold += gold.length;
      for (const g of gold) {
        if (mine.some((p) => overlaps(g, p))) st.goldFound++;
        if (mine.some((p) => p.start === g.start && p.end === g.end)) st.exact++;
      }
    }
  }
  return stats;
}

function row(entity: PiiEntity, st: Stats, part: string): EvalRow {
  const goldType = GOLD[entity]!;
  const r = rates({ tp: st.tp, fp: st.fp, fn: 0, tn: 0 });
  const recall = entity === 'date_of_birth' || st.gold === 0 ? null : st.goldFound / st.gold;
  const precision = r.precision;
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return {
    task: 'pii',
    variant: 'span overlap',
    dataset: `presidio${part} ${goldType} → ${entity}`,
    n: st.gold,
    precision,
    recall,
    f1,
    fpr: null,
    recallAt1: null,
    note:
      entity === 'date_of_birth'
        ? 'gold marks every date; only precision is meaningful'
        : `exact-boundary recall ${st.gold ? (st.exact / st.gold).toFixed(3) : '–'}, predicted ${st.tp + st.fp}`,
  };
}

export function evalPii(o: { dataDir: string; sample?: number }): EvalRow[] {
  const texts = loadPresidio(o.dataDir).slice(0, o.sample ?? Number.POSITIVE_INFINITY);
  const det = createPiiDetector({ entities: PII_ENTITIES });
  const rows: EvalRow[] = [];
  for (const [entity, st] of score(texts, det)) if (GOLD[entity]) rows.push(row(entity, st, ''));
  // Person and address heuristics were tuned on dev-half misses: the test half is the honest figure.
  for (const [half, label] of [
    ['test', ' test half (held out)'],
    ['dev', ' dev half (in-sample)'],
  ] as const) {
    const stats = score(
      texts.filter((t) => presidioHalf(t) === half),
      det,
    );
    for (const e of TUNED) rows.push(row(e, stats.get(e)!, label));
  }
  rows.push(...benignPiiRows(o));
  return rows;
}

/** Share of benign alpaca-eval texts (prompts and answers) on which PII entities fire. */
function benignPiiRows(o: { dataDir: string; sample?: number }): EvalRow[] {
  const path = join(o.dataDir, 'alpaca-eval/alpaca_eval.jsonl');
  if (!existsSync(path)) return [];
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, o.sample ?? Number.POSITIVE_INFINITY)
    .flatMap((l) => {
      const r = JSON.parse(l) as { instruction: string; output: string };
      return [r.instruction, r.output];
    });
  const benign = (variant: string, entities: readonly PiiEntity[], note: string): EvalRow => {
    const det = createPiiDetector({ entities });
    let fired = 0;
    let findings = 0;
    for (const t of rows) {
      const n = det.detect({ view: createTextView(t), stage: 'input', ctx: {} }).length;
      findings += n;
      if (n > 0) fired++;
    }
    return {
      ...benignRow(
        'pii',
        variant,
        'alpaca-eval prompts+answers',
        rows.length,
        rows.length ? fired / rows.length : null,
      ),
      note: `texts with any detection (${findings} findings); ${note}`,
    };
  };
  return [
    benign('default entities', DEFAULT_PII_ENTITIES, 'includes the few real contact details in answers'),
    benign('person + address', ['person', 'street_address'], 'answers name real people and places'),
  ];
}
