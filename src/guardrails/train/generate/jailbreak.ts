// Lintel's generated jailbreak and injection attacks: every item overrides the system or developer,
// lifts the model's rules or extracts its prompt (the injection concept), dressed by one tactic
// family. Items are composed from phrase banks (jailbreak-en.ts, jailbreak-intl.ts): a family picks a
// variable number of sentences, separators and transforms with a seeded PRNG, so items differ in
// length (one line to several paragraphs) and wording rather than in one slot. Benign role-play and
// plain harmful questions are other sets (roleplay.ts, harmful.ts): a persona here always comes with
// rule-lifting, a request always with an override.

import { createRng, type Rng } from '../../../util/prng.ts';
import { EN } from './jailbreak-en.ts';
import { DE, ES, FR } from './jailbreak-intl.ts';
import type { Generated } from './pick.ts';

type List = readonly string[];

/** Phrase banks of one language; `{name}`-style placeholders are filled by the composers below. */
export interface Bank {
  names: List;
  models: List;
  companies: List;
  personaIntro: List;
  acronyms: List;
  personaTraits: List;
  dualFormat: List;
  enforcement: List;
  confirm: List;
  modeIntro: List;
  modes: List;
  modeCmds: List;
  modeTraits: List;
  fakeSystemWrap: List;
  authorityBody: List;
  authorityClaim: List;
  fakeContext: List;
  contextThen: List;
  tasks: List;
  taskText: List;
  hijack: List;
  forced: List;
  brands: List;
  politicians: List;
  opinion: List;
  extraction: List;
  extractionLead: List;
  docKinds: List;
  docIntro: List;
  docBefore: List;
  docInjected: List;
  docAfter: List;
  refusalRules: List;
  refusalFrame: List;
  requests: List;
  overrides: List;
  obfuscationFrame: List;
  prefix?: List;
  splitting?: List;
  fiction?: List;
}

const BANKS: Record<string, Bank> = { en: EN, de: DE, es: ES, fr: FR };

const one = (rng: Rng, xs: List): string => xs[Math.floor(rng() * xs.length)];
const chance = (rng: Rng, p: number): boolean => rng() < p;

/** `min`–`max` distinct entries of `xs` in random order. */
function some(rng: Rng, xs: List, min: number, max: number): string[] {
  const k = Math.min(xs.length, min + Math.floor(rng() * (max - min + 1)));
  const pool = [...xs];
  const out: string[] = [];
  while (out.length < k) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Fills `{slot}` from `vars` (a list: one entry at random); repeated slots get the same value. */
function sub(rng: Rng, s: string, vars: Record<string, string | List>): string {
  const chosen = new Map<string, string>();
  const value = (k: string): string => {
    const v = vars[k];
    if (v === undefined) throw new Error(`jailbreak: no value for {${k}} in "${s}"`);
    if (!chosen.has(k)) chosen.set(k, sub(rng, typeof v === 'string' ? v : one(rng, v), vars));
    return chosen.get(k)!;
  };
  return s.replace(/\{(\w+)\}/g, (_, k: string) => value(k));
}

/** Sentence separator of one item: flowing text, one line each, or paragraphs. */
const joiner = (rng: Rng): string => (chance(rng, 0.55) ? ' ' : chance(rng, 0.6) ? '\n' : '\n\n');

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const leet = (s: string): string => s.replace(/[aeiost]/gi, (c) => LEET[c.toLowerCase()] ?? c);
const rot13 = (s: string): string =>
  s.replace(/[a-z]/gi, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
/** The first three words letter by letter ("i g n o r e"), the rest as written. */
function spaced(s: string): string {
  const head = s.split(' ').slice(0, 3).join(' ');
  return [...head].join(' ') + s.slice(head.length);
}
const hyphenate = (s: string): string => s.replace(/\b(\w{3})(\w{3,})\b/g, '$1-$2');

type Composer = (rng: Rng, b: Bank, lang: string) => string;

function vars(rng: Rng, b: Bank): Record<string, string | List> {
  const company = one(rng, b.companies);
  const brand = one(rng, b.brands);
  return {
    name: one(rng, b.names),
    model: b.models,
    company,
    companyUpper: company.toUpperCase(),
    acronym: b.acronyms,
    mode: b.modes,
    modeCmd: b.modeCmds,
    brand,
    brandB: b.brands.filter((x) => x !== brand),
    politician: b.politicians,
    n: ['10', '20', '35', '50', '100'],
    k: ['2', '3', '4', '5', '10'],
    code: ['7731-ALPHA', 'X9-ROOT', '0000-1111', 'OVR-42'],
    doc: b.docKinds,
    request: b.requests,
  };
}

const persona: Composer = (rng, b) => {
  const v = vars(rng, b);
  const parts = [one(rng, b.personaIntro), ...some(rng, b.personaTraits, 1, 7)];
  if (chance(rng, 0.4)) parts.push(one(rng, b.dualFormat));
  if (chance(rng, 0.35)) parts.push(one(rng, b.enforcement));
  if (chance(rng, 0.35)) parts.push(one(rng, b.confirm));
  else if (chance(rng, 0.6)) parts.push(`${cap(one(rng, b.requests))}.`);
  return sub(rng, parts.join(joiner(rng)), v);
};

const mode: Composer = (rng, b) => {
  const v = vars(rng, b);
  const parts = [one(rng, b.modeIntro), ...some(rng, b.modeTraits, 1, 4)];
  if (chance(rng, 0.3)) parts.push(one(rng, b.dualFormat));
  const ending = rng(); // a request, a confirmation or neither
  if (ending < 0.5) parts.push(`${cap(one(rng, b.requests))}.`);
  else if (ending < 0.75) parts.push(one(rng, b.confirm));
  return sub(rng, parts.join(joiner(rng)), v);
};

const fakeSystem: Composer = (rng, b) => {
  const v = vars(rng, b);
  let text: string;
  if (chance(rng, 0.6)) {
    const body = some(rng, b.authorityBody, 1, 2).join(' ');
    text = one(rng, b.fakeSystemWrap).replace('{body}', body);
    if (chance(rng, 0.6)) text += `\n${cap(one(rng, b.requests))}.`;
  } else {
    const parts = [one(rng, b.authorityClaim)];
    if (chance(rng, 0.5)) parts.push(one(rng, b.authorityBody));
    parts.push(`${cap(one(rng, b.requests))}.`);
    text = parts.join(joiner(rng));
  }
  return sub(rng, text, v);
};

const fakeContext: Composer = (rng, b) => {
  const v = vars(rng, b);
  const parts: string[] = [];
  if (chance(rng, 0.3)) parts.push(`${one(rng, b.tasks)} ${one(rng, b.taskText)}`);
  parts.push(...some(rng, b.fakeContext, 1, 2), one(rng, b.contextThen));
  return sub(rng, parts.join(joiner(rng)), v);
};

const hijack: Composer = (rng, b) => {
  const v = { ...vars(rng, b) };
  if (chance(rng, 0.3)) return sub(rng, one(rng, b.opinion), v);
  const forced = sub(rng, one(rng, b.forced), v);
  const line = sub(rng, one(rng, b.hijack), { ...v, forced, forcedCap: cap(forced) });
  if (chance(rng, 0.2)) return line;
  return `${one(rng, b.tasks)}${chance(rng, 0.5) ? ' ' : '\n'}${one(rng, b.taskText)} ${line}`;
};

const extraction: Composer = (rng, b) => {
  const lead = one(rng, b.extractionLead);
  const asks = some(rng, b.extraction, 1, chance(rng, 0.25) ? 2 : 1);
  return [lead, ...asks].filter(Boolean).join(' ');
};

const indirect: Composer = (rng, b) => {
  const v = vars(rng, b);
  const lines = [one(rng, b.docIntro), '', one(rng, b.docBefore)];
  lines.push(one(rng, b.docInjected));
  const after = one(rng, b.docAfter);
  if (after) lines.push(after);
  return sub(rng, lines.join('\n'), v);
};

const refusal: Composer = (rng, b) => {
  const v = vars(rng, b);
  const rules = some(rng, b.refusalRules, 2, 5);
  const numbered = chance(rng, 0.6);
  const body = rules.map((r, i) => (numbered ? `${i + 1}. ${r}` : r)).join(numbered ? '\n' : ' ');
  const parts = [one(rng, b.refusalFrame), body];
  if (b.prefix && chance(rng, 0.4)) parts.push(one(rng, b.prefix));
  parts.push(`${cap(one(rng, b.requests))}.`);
  return sub(rng, parts.join('\n'), v);
};

const obfuscation: Composer = (rng, b, lang) => {
  const plain = one(rng, b.overrides);
  const others = Object.entries(BANKS).filter(([l]) => l !== lang);
  const otherLang = one(rng, others[Math.floor(rng() * others.length)][1].overrides);
  return one(rng, b.obfuscationFrame)
    .replace('{b64}', Buffer.from(plain, 'utf8').toString('base64'))
    .replace('{reversed}', [...plain].reverse().join(''))
    .replace('{rot13}', rot13(plain))
    .replace('{leet}', leet(plain))
    .replace('{spaced}', spaced(plain))
    .replace('{hyphen}', hyphenate(plain))
    .replace('{otherLang}', otherLang)
    .replace('{plain}', plain);
};

const splitting: Composer = (rng, b) => {
  const words = one(rng, b.overrides).split(' ');
  const at = 1 + Math.floor(rng() * (words.length - 1));
  return one(rng, b.splitting ?? [])
    .replace('{p1}', words.slice(0, at).join(' '))
    .replace('{p2}', words.slice(at).join(' '));
};

const fiction: Composer = (rng, b) => sub(rng, one(rng, b.fiction ?? []), vars(rng, b));

/** Tactic families and how many items of each language they contribute (en 300, others 60 each). */
const FAMILIES: { family: string; compose: Composer; langs: Record<string, number> }[] = [
  { family: 'persona', compose: persona, langs: { en: 50, de: 10, es: 10, fr: 10 } },
  { family: 'mode', compose: mode, langs: { en: 30, de: 6, es: 6, fr: 6 } },
  { family: 'fake-system', compose: fakeSystem, langs: { en: 30, de: 6, es: 6, fr: 6 } },
  { family: 'fake-context', compose: fakeContext, langs: { en: 30, de: 6, es: 6, fr: 6 } },
  { family: 'hijack', compose: hijack, langs: { en: 40, de: 8, es: 8, fr: 8 } },
  { family: 'extraction', compose: extraction, langs: { en: 30, de: 6, es: 6, fr: 6 } },
  { family: 'indirect', compose: indirect, langs: { en: 30, de: 6, es: 6, fr: 6 } },
  { family: 'refusal-suppression', compose: refusal, langs: { en: 25, de: 6, es: 6, fr: 6 } },
  { family: 'obfuscation', compose: obfuscation, langs: { en: 15, de: 6, es: 6, fr: 6 } },
  { family: 'payload-splitting', compose: splitting, langs: { en: 10 } },
  { family: 'fiction-jailbreak', compose: fiction, langs: { en: 10 } },
];

/** The whole set: distinct items per family and language, in a fixed order for a given seed. */
export function jailbreakItems(seed: number): Generated[] {
  const rng = createRng(seed);
  const seen = new Set<string>();
  const out: Generated[] = [];
  for (const { family, compose, langs } of FAMILIES) {
    for (const [lang, n] of Object.entries(langs)) {
      let got = 0;
      for (let tries = 0; got < n; tries++) {
        if (tries > n * 50) throw new Error(`jailbreak ${family}/${lang}: only ${got} distinct items of ${n}`);
        const text = cap(
          compose(rng, BANKS[lang], lang)
            .replace(/[^\S\n]+/g, ' ')
            .replace(/ *\n */g, '\n')
            .trim(),
        );
        const key = text.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ text, lang, family: `jailbreak/${family}` });
        got++;
      }
    }
  }
  return out;
}
