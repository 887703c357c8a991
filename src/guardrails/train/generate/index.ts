// Lintel's generated prompt sets (templates × varied content, fixed seeds). `guard generate`
// rewrites train/generated/*.jsonl; a test checks the files still equal this output.

import { readFileSync, writeFileSync } from 'node:fs';
import { HARMFUL_SLOTS, HARMFUL_TEMPLATES } from './harmful.ts';
import { HOWTO_SLOTS, HOWTO_TEMPLATES } from './howto.ts';
import { jailbreakItems } from './jailbreak.ts';
import { type Generated, generate } from './pick.ts';
import { ROLEPLAY_SLOTS, ROLEPLAY_SLOTS_BY_LANG, ROLEPLAY_TEMPLATES } from './roleplay.ts';
import { SENSITIVE_SLOTS, SENSITIVE_TEMPLATES } from './sensitive.ts';
import { TRIGGER_SLOTS, TRIGGER_SLOTS_BY_LANG, TRIGGER_TEMPLATES } from './trigger.ts';

export interface GeneratedSet {
  /** Source name in training and evaluation tables. */
  source: string;
  file: string;
  /** 1 = attack / harmful, 0 = benign. */
  label: 0 | 1;
  items: () => Generated[];
}

export const GENERATED_SETS: readonly GeneratedSet[] = [
  {
    source: 'lintel-roleplay',
    file: 'roleplay.jsonl',
    label: 0,
    items: () => generate('roleplay', 360, 1501, ROLEPLAY_TEMPLATES, ROLEPLAY_SLOTS, ROLEPLAY_SLOTS_BY_LANG),
  },
  {
    source: 'lintel-trigger',
    file: 'trigger-words.jsonl',
    label: 0,
    items: () => generate('trigger-words', 330, 1502, TRIGGER_TEMPLATES, TRIGGER_SLOTS, TRIGGER_SLOTS_BY_LANG),
  },
  {
    source: 'lintel-sensitive',
    file: 'sensitive.jsonl',
    label: 0,
    items: () => generate('sensitive', 240, 1503, SENSITIVE_TEMPLATES, SENSITIVE_SLOTS),
  },
  {
    source: 'lintel-harmful',
    file: 'harmful-behaviours.jsonl',
    label: 1,
    items: () => generate('harmful', 220, 1504, HARMFUL_TEMPLATES, HARMFUL_SLOTS),
  },
  {
    // Benign for the harmful concept only (the injection corpus does not read it).
    source: 'lintel-howto',
    file: 'howto.jsonl',
    label: 0,
    items: () => generate('howto', 400, 1505, HOWTO_TEMPLATES, HOWTO_SLOTS),
  },
  {
    // Injection attacks by tactic family (jailbreak.ts), composed rather than one template per item.
    source: 'lintel-jailbreak',
    file: 'jailbreak.jsonl',
    label: 1,
    items: () => jailbreakItems(1505),
  },
];

export const GENERATED_DIR = new URL('../generated/', import.meta.url);

export const toJsonl = (items: readonly Generated[]): string => items.map((g) => `${JSON.stringify(g)}\n`).join('');

export function writeGeneratedSets(): { file: string; n: number }[] {
  return GENERATED_SETS.map((s) => {
    const items = s.items();
    writeFileSync(new URL(s.file, GENERATED_DIR), toJsonl(items));
    return { file: s.file, n: items.length };
  });
}

/** The shipped file of a set (what training reads). */
export function readGeneratedSet(s: GeneratedSet): Generated[] {
  return readFileSync(new URL(s.file, GENERATED_DIR), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Generated);
}

if (process.argv[1]?.endsWith('generate/index.ts')) {
  for (const r of writeGeneratedSets()) process.stdout.write(`${r.file}: ${r.n}\n`);
}
