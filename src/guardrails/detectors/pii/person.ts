// Person names by heuristics, weight-free. Runs of capitalised words (with initials and particles
// such as "van", "de", "O'") are split at words that are never names (not-names.ts), then kept when
// the run carries evidence: a gazetteer first name, a known or name-shaped surname, a middle
// initial, or a context cue before it ("Dr.", "my name is", "directed by", "assistant to") or
// after it ("… lives at", "…'s daughter"). A word already found as part of a name counts again
// wherever it recurs in the same text. All-lower-case texts get the gazetteer rule only.

import type { Finding } from '../finder.ts';
import { FIRST_NAMES, nameKey } from './gazetteer.ts';
import { NOT_NAMES } from './not-names.ts';
import { hasSurnameShape, isKnownSurname } from './surnames.ts';

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*\.?/gu;
// In mixed-case text only capitalised words and particles can be part of a name: tokenise just those.
const WORD_MIXED =
  /\p{Lu}[\p{L}\p{M}'’-]*\.?|\b(?:van|von|de|da|di|del|della|der|den|du|dos|das|ter|bin|ibn|al|el|la|le)\b/gu;
const LETTER = /[\p{L}\p{M}'’-]/u;
const CAP =
  /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+|(?:Ma?c|L[ae]|D[aeiu]|Van|Von)\p{Lu}[\p{Ll}\p{M}]+)$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const UPPER = /^\p{Lu}{4,}$/u;
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'du',
  'dos',
  'das',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
]);
const STREET_WORDS =
  /^(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Court|Way|Place|Terrace|Circle|Highway|Parkway|Square|Trail|Crescent|Close|Row|Plaza|Alley|Loop|Walk|Gardens?|Parks?|Hills?|Ridge|Heights|Mall|Pass|Gateway|Coves?|Turnpike|Union|Mews|Grove|Creek|Meadows?|Springs?|Station|Village|Ville|Burgs?|Fork|Ferry|Falls?|Junction|Crossing|Estates?|Vista|Viaduct|Summit|Shores?|Plains?|Port|Harbor|Manor)$/;

// Cues that make the following capitalised word(s) a name even without gazetteer evidence.
const STRONG_BEFORE =
  /(?:\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|herr|frau|mme|mlle|madame|monsieur|señora?|sra?|signora?|sig)\.?|\b(?:my|his|her|their|your|the|maiden|last|first|full|family|sur|middle|user)\s?name(?:\s(?:is|was|on the account(?: is)?))?\s?[:?]?|\bnamed(?: (?:him|her|them|it))?|\bcall me|\bi am called|\bdear|\bsigned|\bregards,|\bsincerely,|\bthanks,|\bcheers,|\bbest,|\blove,|\byours,|\btruly,|\brespectfully,|\bcordially,|\b(?:directed|written|produced|composed|painted|narrated|performed|authored|sung|reported|hosted|founded|created|interviewed|presented|edited|photographed|illustrated|translated) by|\bstarring|\bfeaturing|\bassistant to|\bmarried to)\s*[:,-]?\s*$|\b(?:said|asked|replied|told) $/i;
const ROLE_BEFORE =
  /\b(?:producer|director|player|singer|actor|actress|author|writer|novelist|poet|artist|composer|musician|painter|journalist|reporter|nurse|doctor|physician|surgeon|dentist|lawyer|attorney|patient|client|customer|tenant|employee|manager|ceo|cfo|cto|founder|chairman|chairwoman|chair|president|senator|governor|mayor|minister|coach|teacher|professor|student|colleague|friend|wife|husband|partner|son|daughter|brother|sister|mother|father|mom|dad|uncle|aunt|cousin|grandmother|grandfather|nephew|niece|kid|child|boss|neighbour|neighbor|guardian|landlord|speaker|spokesperson|spokesman|spokeswoman|detective|officer|agent|captain|inspector|pastor|rabbi|imam|candidate|suspect|victim|defendant|plaintiff|witness|contact|recipient|sender|applicant|beneficiary|cardholder|holder)\s*[:,]?\s*$/i;
// After a name: things only people do or have (enough for a single word) …
const AFTER_PERSON =
  /^(?:\s(?:lives|lived|living) (?:at|in|on)\b|\s(?:was|is|were) born\b|\s(?:has|had) given\b|,\s(?:can|could|would) (?:you|I)\b|['’]s? (?:daughter|son|wife|husband|kid|kids|child|children|mother|father|mom|dad|brother|sister|friend|boss|killers?|murder|funeral|birthday|passport|lawyer)\b)/u;
// … and speech verbs, which organisations share ("Acme said"): only for two or more words.
const AFTER_SPEECH =
  /^(?:\s(?:spent|listed|explained|replied|emailed|texted|phoned|told|wrote|says|said|asked|added)\b|,\s(?:the|our|my|a|an) [\p{L} -]{2,40},\s(?:said|says|wrote|told)\b)/u;
const PLACE_PREFIX =
  /\b(?:Santa|San|Santo|São|Saint|Sainte|St\.?|Lake|Mount|Mt\.?|Fort|Port|Cape|Puerto|Porto|Villa|Isla|Bad|New|North|South|East|West|Sierra)\s$/;
// A greeting before and a comma after: "Hi Anna," "Hello Tomasz Wrobel!".
const GREETING = /\b(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s$/i;
// A name alone on a line above contact details (a signature or a CV header).
const CONTACT_BELOW = /^[^\n]*\n(?:[^\n]*\n){0,6}?[^\n]*(?:e-?mail|phone|tel\b|mobile|@|\+?\d[\d ()-]{6,})/i;
// People nouns that introduce a list of names: "our 3 founders: A, B and C".
const PEOPLE_BEFORE =
  /\b(?:founders|partners|children|kids|sons|daughters|members|authors|winners|guests|speakers|players|students|siblings|brothers|sisters|friends|employees|colleagues|co-?founders|directors|candidates|participants|attendees|witnesses|suspects)\b[^.\n]{0,12}:\s*$/i;
// A list of single names: "founders: Kónya, Becker and Vasquez".
const LIST_SEP = /^(?:,\s|\sand\s|\s&\s)$/;

interface Tok {
  text: string;
  start: number;
  end: number;
}

function words(text: string, lower: boolean): Tok[] {
  const out: Tok[] = [];
  const re = lower ? WORD : WORD_MIXED;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A capital inside a word ("iPhone") does not start one.
    if (!lower && m.index > 0 && LETTER.test(text[m.index - 1])) continue;
    let w = m[0];
    // A trailing dot belongs to the sentence unless the word is an initial or an honorific.
    if (w.endsWith('.') && w.length > 2) w = w.slice(0, -1);
    // A possessive is not part of the name ("Ström's").
    const c = w.charCodeAt(w.length - 2);
    if (w.length > 3 && w.endsWith('s') && (c === 39 || c === 0x2019)) w = w.slice(0, -2);
    out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  return out;
}

const stripDot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);
const isNotName = (w: string): boolean => NOT_NAMES.has(nameKey(stripDot(w)));

/** Words joined into a run: one space (or a middle initial's dot and space) between them. */
function joined(text: string, a: Tok, b: Tok): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ';
}

type Kind = 'cap' | 'initial' | 'particle' | 'other';

function kindOf(w: string, lower: boolean): Kind {
  // Fast path: most words of mixed-case text start lower-case.
  const c = w.charCodeAt(0);
  if (!lower && c >= 97 && c <= 122) return PARTICLES.has(w) ? 'particle' : 'other';
  if (INITIAL.test(w) && w !== 'I' && w !== 'A') return 'initial';
  if (PARTICLES.has(w)) return 'particle';
  if (lower) return /^[\p{Ll}\p{M}'’-]+$/u.test(w) && w.length > 1 && !isNotName(w) ? 'cap' : 'other';
  if (CAP.test(w)) return isNotName(w) ? 'other' : 'cap';
  // Upper-case words count only when a list knows them ("JOHN SMITH", not "TRONDHEIM").
  return UPPER.test(w) && (isFirst(w) || isKnownSurname(w)) ? 'cap' : 'other';
}

interface Run {
  toks: Tok[];
  caps: Tok[];
}

/** Runs of name-like words, split at anything else; initials and particles only inside a run. */
function runs(text: string, toks: Tok[], lower: boolean): Run[] {
  const out: Run[] = [];
  let cur: Tok[] = [];
  let kinds: Kind[] = [];
  const flush = (): void => {
    while (kinds.length && kinds[kinds.length - 1] !== 'cap') {
      cur.pop();
      kinds.pop();
    }
    while (kinds.length && kinds[0] !== 'cap') {
      cur.shift();
      kinds.shift();
    }
    if (cur.length) out.push({ toks: cur, caps: cur.filter((_, i) => kinds[i] === 'cap') });
    cur = [];
    kinds = [];
  };
  for (const t of toks) {
    const k = kindOf(t.text, lower);
    const prev = cur[cur.length - 1];
    if (k === 'other' || (prev && !joined(text, prev, t)) || cur.length >= 5) flush();
    if (k !== 'other') {
      cur.push(t);
      kinds.push(k);
    }
  }
  flush();
  return out;
}

// English word endings: a lower-case word with one of them is prose, not a surname.
const ENGLISH_FORM = /(?:ing|ed|ly|tion|sion|ness|ment|able|ible|ful|ous|ive|ity|ies|es)$/;
const surnameLike = (w: string): boolean => w.length >= 4 && !ENGLISH_FORM.test(w) && !isFirst(w);
const isFirst = (w: string): boolean => FIRST_NAMES.has(nameKey(w));
const isSurname = (w: string): boolean => isKnownSurname(w) || hasSurnameShape(w);

/** The line around [start, end) holds nothing but the name (and quoting marks). */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const le = text.indexOf('\n', end);
  return /^[\s>*-]*$/.test(text.slice(ls, start)) && /^[\s,]*$/.test(text.slice(end, le < 0 ? text.length : le));
}

function decide(text: string, r: Run, lower: boolean): { end: number; score: number } | null {
  const start = r.toks[0].start;
  const end = r.toks[r.toks.length - 1].end;
  const n = r.caps.length;
  const last = r.caps[n - 1].text;
  // Four or more capitalised words are a title or an organisation ("James Webb Space Telescope").
  if (n >= 4) return null;
  // After a place prefix a name is a place ("Santa Clara", "Lake Victoria", "Fort William").
  if (PLACE_PREFIX.test(text.slice(Math.max(0, start - 8), start))) return null;
  // A lone upper-case word is an acronym or a heading more often than a name.
  if (n === 1 && UPPER.test(r.caps[0].text)) return null;
  if (STREET_WORDS.test(last) || /^\s+(?:St|Str|Street|Rd|Road|Ave|Avenue)\b/.test(text.slice(end, end + 9)))
    return null;
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 48);
  const first = isFirst(r.caps[0].text);
  if (lower) {
    // Lower-case text: a gazetteer first name (or a strong cue) and the surname-like words after it.
    const cue = STRONG_BEFORE.test(before);
    if (!first && !cue) return null;
    let k = 1;
    while (k < r.toks.length && k < 3 && (INITIAL.test(r.toks[k].text.toUpperCase()) || isSurname(r.toks[k].text))) k++;
    const e = r.toks[k - 1].end;
    if (k === 1 && r.toks.length > 1 && AFTER_PERSON.test(text.slice(r.toks[1].end, r.toks[1].end + 48)))
      return { end: r.toks[1].end, score: 0.6 };
    // A first name then a word that is no English word form and directly follows it: a surname.
    if (k === 1 && first && r.toks.length > 1 && surnameLike(r.toks[1].text) && text[r.toks[0].end] === ' ')
      return { end: r.toks[1].end, score: 0.55 };
    if (k === 1 && !cue) return null;
    return { end: e, score: cue ? 0.7 : 0.6 };
  }
  const initial = r.toks.length > n && r.toks.some((t) => INITIAL.test(t.text));
  if (STRONG_BEFORE.test(before)) return { end, score: 0.75 };
  if (n >= 2 && (first || isSurname(last) || initial)) return { end, score: 0.7 };
  if (n >= 2 && (ROLE_BEFORE.test(before) || AFTER_PERSON.test(after) || AFTER_SPEECH.test(after)))
    return { end, score: 0.7 };
  if (n >= 2 && aloneOnLine(text, start, end) && CONTACT_BELOW.test(text.slice(end, end + 300)))
    return { end, score: 0.65 };
  if (GREETING.test(before) && /^[,!:]/.test(after)) return { end, score: 0.65 };
  if (n === 1 && first) return { end, score: 0.55 };
  if (n === 1 && AFTER_PERSON.test(after)) return { end, score: 0.6 };
  return null;
}

/** Single-word runs in a list ("A, B and C") where at least two are already names: all are names. */
function listNames(text: string, rs: Run[], found: Set<Run>): Run[] {
  const out: Run[] = [];
  let group: Run[] = [];
  const close = (): void => {
    const known = group.filter((g) => found.has(g) || isKnownSurname(g.caps[0].text)).length;
    const before = group.length ? text.slice(Math.max(0, group[0].toks[0].start - 40), group[0].toks[0].start) : '';
    if (group.length >= 3 && (known >= 2 || PEOPLE_BEFORE.test(before)))
      for (const g of group) if (!found.has(g)) out.push(g);
    group = [];
  };
  for (const r of rs) {
    const prev = group[group.length - 1];
    if (r.caps.length !== 1 || r.toks.length !== 1) {
      close();
      continue;
    }
    if (prev && !LIST_SEP.test(text.slice(prev.toks[0].end, r.toks[0].start))) close();
    group.push(r);
  }
  close();
  return out;
}

export function findPersons(text: string): Finding[] {
  const lower = !/\p{Lu}/u.test(text);
  const toks = words(text, lower);
  const out: Finding[] = [];
  const seen = new Set<string>();
  const rs = runs(text, toks, lower);
  const found = new Set<Run>();
  for (const r of rs) {
    const d = decide(text, r, lower);
    if (!d) continue;
    found.add(r);
    out.push({ type: 'person', start: r.toks[0].start, end: d.end, score: d.score });
    const n = r.caps.length;
    if (!lower && (n >= 2 || d.score >= 0.6))
      for (const c of [r.caps[0], r.caps[n - 1]])
        if (c.text.length > 2 && !PARTICLES.has(c.text.toLowerCase())) seen.add(c.text);
  }
  if (!lower)
    for (const r of listNames(text, rs, found))
      out.push({ type: 'person', start: r.toks[0].start, end: r.toks[0].end, score: 0.6 });
  // A word found as part of a name is a name wherever it recurs ("Alvir D. Pušaver … Alvir").
  if (seen.size) {
    for (const t of toks) {
      if (!seen.has(t.text) || out.some((f) => t.start < f.end && f.start < t.end)) continue;
      if (PLACE_PREFIX.test(text.slice(Math.max(0, t.start - 8), t.start))) continue;
      out.push({ type: 'person', start: t.start, end: t.end, score: 0.6 });
    }
  }
  return out;
}
