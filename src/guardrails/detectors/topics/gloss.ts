// An English gloss of a German, Spanish, French, Italian, Portuguese, Dutch or Polish prompt (issue 15): a word-by-word
// second reading that the English harmful rules (and the classifier) can judge. Per-language act
// lexicons (intl-goals.ts) catch only the acts they name; the English rules know far more acts, so
// "Como eu faço uma bomba caseira com fertilizante?" is read again as "how do i make a bomb caseira
// with fertilizante?". Not a translation: word order stays, unknown words stay (many are English or near
// it), and only words that matter to the English rules and frames are mapped (gloss-words.ts). English
// text never gets this far: a cheap function-word sniff decides the language first. German and Dutch
// compounds are split into known parts (gloss-compounds.ts) and their split verbs rejoined (gloss-verbs.ts).

import { foldAccents } from './harmful-intl.ts';
import { type CompoundLexicon, glossCompound } from './gloss-compounds.ts';
import { bareVerb, frontInfinitives, joinSeparableVerbs, type VerbLexicon } from './gloss-verbs.ts';
import { GERMANIC, GLOSS_WORDS, type GlossLang, SNIFF_WORDS } from './gloss-words.ts';

const LANGS = Object.keys(SNIFF_WORDS) as GlossLang[];
const SNIFF = new Map<string, GlossLang[]>();
for (const l of LANGS)
  for (const w of SNIFF_WORDS[l]) {
    const ls = SNIFF.get(w) ?? [];
    ls.push(l);
    SNIFF.set(w, ls);
  }
// Not "a", "i", "in" or "do": Italian, Portuguese, Spanish and German use them too.
const ENGLISH = new Set(
  'the and is are to of you that with for this it my how what can be or your would should an on'.split(' '),
);

// Glossed words that are not verbs, so "how can i" or "how the i" is not read as a verb-first question.
const FUNCTION = new Set(
  'do does did can could should would must will may might is are was were to the a an of in on at for with and or not that what which this his her my your me you he she it they we i someone much many long far often high'.split(
    ' ',
  ),
);

// Glossed verbs, which an adjective after them does not qualify ("make fake" stays).
const VERBS = new Set(
  'make build get buy sell write code create print hide send find use install read put take'.split(' '),
);

// Glossed acts: a clause-final German or Dutch word with one of these glosses is its verb (gloss-verbs.ts).
const ACTS = new Set(
  `${[...VERBS].join(' ')} cook kill murder poison hurt beat stab shoot steal smuggle forge fake launder evade hack spy track encrypt infect kidnap blackmail threaten sell set extract arm convert cut`.split(
    ' ',
  ),
);

/** Only the head is sniffed and glossed: a request is short, and it bounds the cost on long texts. */
const HEAD = 4096;
const WORD = /[a-z0-9]+(?:-[a-z]+)*/g;

/** The language of a folded text by its function words, or null when English ones are as many. */
export function sniffLanguage(folded: string): GlossLang | null {
  const counts: Record<GlossLang, number> = { de: 0, es: 0, fr: 0, it: 0, pt: 0, nl: 0, pl: 0 };
  let english = 0;
  let words = 0;
  let top = 0;
  for (const m of folded.slice(0, HEAD).matchAll(WORD)) {
    words++;
    const w = m[0];
    if (ENGLISH.has(w)) english++;
    const ls = SNIFF.get(w);
    if (ls) for (const l of ls) top = Math.max(top, ++counts[l]);
    // Plainly English by now: the rest of the head cannot turn it.
    if (english >= 12 && english > 3 * top) return null;
  }
  let best: GlossLang | null = null;
  for (const l of LANGS) if (best === null || counts[l] > counts[best]) best = l;
  if (best === null || counts[best] < 2 || counts[best] <= english || words < 3) return null;
  return best;
}

interface Lexicon {
  exact: Map<string, string>;
  stems: Map<string, string>;
  longestStem: number;
  /** The English words the lexicon produces (one-word values). */
  values: Set<string>;
  /** German and Dutch: compounds and split verbs. */
  compounds?: CompoundLexicon;
  verbs?: VerbLexicon;
}

/** An inflection a stem may leave unread ("vergift|ete") before a word is rather read as a compound. */
const INFLECTION = 4;

const LEXICONS = new Map<GlossLang, Lexicon>();

function lexicon(lang: GlossLang): Lexicon {
  let lx = LEXICONS.get(lang);
  if (!lx) {
    lx = { exact: new Map(), stems: new Map(), longestStem: 0, values: new Set() };
    for (const [k, v] of Object.entries(GLOSS_WORDS[lang])) {
      if (!v.includes(' ')) lx.values.add(v);
      if (k.endsWith('*')) {
        const stem = k.slice(0, -1);
        lx.stems.set(stem, v);
        lx.longestStem = Math.max(lx.longestStem, stem.length);
      } else lx.exact.set(k, v);
    }
    const forms = GERMANIC[lang];
    if (forms) {
      const known = lx;
      const part = (w: string) => known.exact.get(w) || stemCovering(known, w) || undefined;
      lx.compounds = { part, links: forms.links, heads: forms.heads };
      lx.verbs = {
        knows: (w) => part(w) !== undefined,
        particles: new Set(forms.particles),
        infinitiveMarker: forms.infinitiveMarker,
        purpose: forms.purpose,
        modals: new Set(forms.modals),
        subjects: new Set(forms.subjects),
        subordinators: new Set(forms.subordinators),
        isVerb: (w) => {
          const g = part(bareVerb(w, known.verbs as VerbLexicon) ?? w);
          const act = g?.split(' ')[0] ?? '';
          return ACTS.has(act) || ACTS.has(act.replace(/s$/, ''));
        },
      };
    }
    LEXICONS.set(lang, lx);
  }
  return lx;
}

/** The gloss of a stem that covers the word up to an inflection, or undefined. */
function stemCovering(lx: Lexicon, w: string): string | undefined {
  for (let n = Math.min(w.length, lx.longestStem); n >= Math.max(3, w.length - INFLECTION); n--) {
    const s = lx.stems.get(w.slice(0, n));
    if (s !== undefined) return s;
  }
  return undefined;
}

function glossWord(lx: Lexicon, w: string): string {
  const e = lx.exact.get(w);
  if (e !== undefined) return e;
  if (lx.verbs && lx.compounds) {
    // "herzustellen", "ausgespäht": the bare verb; then an inflected stem; then a compound of known parts.
    const verb = bareVerb(w, lx.verbs);
    const g = (verb && lx.compounds.part(verb)) || stemCovering(lx, w) || glossCompound(w, lx.compounds);
    if (g) return g;
  }
  for (let n = Math.min(w.length, lx.longestStem); n >= 3; n--) {
    const s = lx.stems.get(w.slice(0, n));
    if (s !== undefined) return s;
  }
  return w;
}

/**
 * The English gloss of a de/es/fr/it/pt/nl/pl text, or null when the text does not sniff as one of them.
 * Sentence punctuation is kept (the rules' scopes end there); phrases of up to three words first.
 */
export function englishGloss(text: string): string | null {
  const folded = foldAccents(text.length > HEAD ? text.slice(0, HEAD) : text)
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l');
  const lang = sniffLanguage(folded);
  if (!lang) return null;
  const lx = lexicon(lang);
  const words = folded.match(/[a-z0-9]+(?:-[a-z]+)*|[.?!;:,]/g) ?? [];
  const tokens = lx.verbs ? frontInfinitives(joinSeparableVerbs(words, lx.verbs), lx.verbs) : words;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let done = false;
    for (let n = 3; n >= 2 && !done; n--) {
      if (i + n > tokens.length) continue;
      const v = lx.exact.get(tokens.slice(i, i + n).join(' '));
      if (v === undefined) continue;
      if (v) out.push(v);
      i += n;
      done = true;
    }
    if (done) continue;
    // "que", "che", "was" open a question as "what" and join clauses as "that" elsewhere: `^` keys.
    const start = i === 0 || /^[.?!;:]$/.test(tokens[i - 1]);
    const g = (start ? lx.exact.get(`^${tokens[i]}`) : undefined) ?? glossWord(lx, tokens[i]);
    if (g) out.push(g);
    i++;
  }
  // "wie … ich", "como eu …": a bare "how" before the speaker asks how they do it.
  return (
    out
      .join(' ')
      .replace(/ ([.?!;:,])/g, '$1')
      .replace(/\bhow (i|someone)\b/g, (_, who: string) => (who === 'i' ? 'how do i' : 'how does someone'))
      // German and Romance questions put the verb first ("wie fälsche ich", "how fake i"): English puts "do".
      // A rejoined separable verb glosses as verb + adverb ("stelle … ein" → "set up"): the same repair.
      .replace(/\bhow ([a-z]+)( up| out| down| off| into)? (i|someone)\b/g, (m, verb: string, adv = '', who: string) =>
        FUNCTION.has(verb) ? m : `how ${who === 'i' ? 'do i' : 'does someone'} ${verb}${adv}`,
      )
      .replace(/\bhow me ([a-z]+)\b/g, (m, verb: string) => (FUNCTION.has(verb) ? m : `how do i ${verb}`))
      // Spanish, Italian and Portuguese drop the subject ("cómo secuestro", "come avvelenare"): "how to".
      // "où je peux", "dove posso io": the question's modal before its subject.
      .replace(/\b(where|how|what|which) (i|someone) (can|could|must|should)\b/g, '$1 $3 $2')
      // "bomba de baño", "bomba de chocolate": a Romance compound, a bath or cake "bomb" in English order.
      .replace(/\b(bombs?) of (?:the )?([a-z]+)( homemade)?\b/g, (m, bomb: string, kind: string, adj?: string) =>
        FUNCTION.has(kind) ? m : `${adj ? 'homemade ' : ''}${kind} ${bomb}`,
      )
      // Romance and Polish put the kind after the noun ("pornografia infantil"): English puts it first.
      .replace(/\bporn(?:ography)? (?:of )?(?:the )?(child|children|minors?|infantile?)\b/g, 'child pornography')
      // Romance adjectives follow the noun ("bomba caseira", "cámara oculta"): English puts them first.
      .replace(/\b([a-z]+) (homemade|fake|hidden|toxic|lethal|poisonous)\b/g, (m, noun: string, adj: string) =>
        FUNCTION.has(noun) || !lx.values.has(noun) || VERBS.has(noun) ? m : `${adj} ${noun}`,
      )
      // Only a word the gloss put there: "come funzionava" (how it worked) keeps its unknown verb.
      .replace(/\bhow ([a-z]+)\b/g, (m, verb: string) =>
        FUNCTION.has(verb) || !lx.values.has(verb) ? m : `how to ${verb}`,
      )
  );
}
