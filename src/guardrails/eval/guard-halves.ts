// The rows of a fresh set of attacks (label 1) and benign twins (label 0) that both guards are asked about: the
// default injection guard, the harmful guard and either (persona.ts's scorer), per half — the test half first,
// held out — and per group of items (the whole half, then the set's own groups: languages, kinds, tactics …).

import type { Channel } from '../engine/channels.ts';
import type { Half } from '../train/dev-test.ts';
import { personaScorer } from './persona.ts';
import { type EvalRow, shippedRows } from './report.ts';

type Guard = 'injection' | 'harmful' | 'any';

/** A group of a half's rows: its name suffix and which items it holds. */
export type Group<T> = [string, (it: T) => boolean];

/** One group per value of an item field, named " <value>", in the order given. */
export function groupsBy<T, K extends keyof T>(field: K, values: readonly T[K][]): Group<T>[] {
  return values.map((v): Group<T> => [` ${String(v)}`, (it) => it[field] === v]);
}

/** English, then German, Spanish, French and Italian together. */
export function languageGroups<T extends { lang: string }>(): Group<T>[] {
  return [
    [' en', (it) => it.lang === 'en'],
    [' de/es/fr/it', (it) => it.lang !== 'en'],
  ];
}
const TASK: Record<Guard, string> = { injection: 'injection', harmful: 'harmful', any: 'injection+harmful' };

export interface GuardHalvesSpec<T> {
  /** The set's name in the rows: `<name> [test, held out]<group suffix>: <label>`. */
  name: string;
  items(half: Half): T[];
  /** The groups after the whole half, as [suffix, filter], per half (e.g. per-tactic groups on the dev half only). */
  groups(half: Half): Group<T>[];
  /** Row labels of the attacks and of the benign twins. */
  labels: { attacks: string; benign: string };
  /** The guards' row order within a group (default injection, harmful, either). */
  guards?: readonly Guard[];
  /** The message kind each item is scanned as (default: none given, as a user's text). */
  channel?: (it: T) => Channel;
}

/** One list of items scored and reported under one name (a half, or a whole set nobody tunes on). */
export interface GuardRowsSpec<T> {
  /** The rows' dataset name before the group suffix: `<name><group suffix>: <label>`. */
  name: string;
  items: readonly T[];
  /** The groups after the whole list, as [suffix, filter]. */
  groups: Group<T>[];
  labels: GuardHalvesSpec<T>['labels'];
  guards?: readonly Guard[];
  channel?: (it: T) => Channel;
}

/** Recall on the attacks and flagged rate of the twins, per group and guard; at most `sample` of each label. */
export function guardRows<T extends { text: string; label: 0 | 1 }>(
  spec: GuardRowsSpec<T>,
  sample?: number,
): EvalRow[] {
  const scorers = new Map<Channel | undefined, ReturnType<typeof personaScorer>>();
  const score = (it: T) => {
    const ch = spec.channel?.(it);
    let s = scorers.get(ch);
    if (!s) {
      s = personaScorer(ch);
      scorers.set(ch, s);
    }
    return s(it.text);
  };
  const scored = [
    ...spec.items.filter((it) => it.label === 1).slice(0, sample),
    ...spec.items.filter((it) => it.label === 0).slice(0, sample),
  ].map((it) => ({ it, s: score(it) }));
  const rows: EvalRow[] = [];
  for (const [suffix, keep] of [['', () => true] as Group<T>, ...spec.groups]) {
    const sel = scored.filter((x) => keep(x.it));
    for (const g of spec.guards ?? (['injection', 'harmful', 'any'] as const)) {
      const flags = (label: 0 | 1) => sel.filter((x) => x.it.label === label).map((x) => (x.s[g] ? 1 : 0));
      rows.push(
        ...shippedRows(
          TASK[g],
          `${spec.name}${suffix}`,
          { label: spec.labels.attacks, flags: flags(1) },
          { label: spec.labels.benign, flags: flags(0) },
        ),
      );
    }
  }
  return rows;
}

/** Recall on the attacks and flagged rate of the twins, per half, group and guard; at most `sample` of each label. */
export function guardRowsByHalf<T extends { text: string; label: 0 | 1 }>(
  spec: GuardHalvesSpec<T>,
  sample?: number,
): EvalRow[] {
  return (['test', 'dev'] as const).flatMap((half) =>
    guardRows(
      {
        name: `${spec.name} [${half === 'test' ? 'test, held out' : 'dev, in-sample'}]`,
        items: spec.items(half),
        groups: spec.groups(half),
        labels: spec.labels,
        guards: spec.guards,
        channel: spec.channel,
      },
      sample,
    ),
  );
}
