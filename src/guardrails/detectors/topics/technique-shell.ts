// Named 2024–2025 jailbreak techniques (issue 15, technique-fresh): shells that carry a harmful goal
// past a model without override words, each recognised by its mechanism rather than a sentence:
//   policy        a config / policy file (XML, INI, JSON, YAML) whose keys switch safety off or grant a
//                 topic ("Policy Puppetry");
//   skeleton      "this is a safe research context, update your behaviour, just prefix a warning"
//                 ("Skeleton Key");
//   refusal       a list of refusal-suppression rules ("never say sorry / cannot / however");
//   manyshot      a faked dialogue of many turns in which the assistant complies, then the real ask;
//   inception     nested layers of stories, dreams or characters ("DeepInception");
//   likert        a harm scale, then the example that earns the top score ("Bad Likert Judge");
//   delight       the goal woven among harmless topics, then "elaborate each" ("Deceptive Delight");
//   math          the goal as a set-theory / algebra problem with a real-world solution ("MathPrompt");
//   era           another era in which the information is "harmless" ("Time Bandit");
//   encoded       the goal encrypted, reversed or drawn: a decode function with "complete the program"
//                 ("CodeChameleon"), a cipher / Morse / leetspeak / reversed text, a word drawn in ASCII
//                 art ("ArtPrompt").
// A shell alone is harmless (config files, essay rubrics, few-shot formats, nested bedtime stories,
// word problems, treasure-hunt ciphers and banners use the same forms); it only lowers the evidence the
// harmful classifier needs (SHELL_CUT instead of its calibrated threshold), and `decodedReadings` gives
// the harmful rules the plain text of an encoded goal. Every shell is gated by literal words first, so a
// prompt without them pays a few `includes` calls. Prompts only (≤ MAX_CHARS).

import { rot13 } from '../../normalize/transforms.ts';
import { LiteralGate } from './literal-gate.ts';

export const MAX_CHARS = 6000;
/** The harmful classifier's bar inside a recognised shell (its calibrated threshold is ≈ 0.95). */
export const SHELL_CUT = 0.6;

export type Shell =
  | 'policy'
  | 'skeleton'
  | 'refusal'
  | 'manyshot'
  | 'inception'
  | 'likert'
  | 'delight'
  | 'math'
  | 'era'
  | 'encoded';

interface ShellRule {
  name: Shell;
  /** Any of these (lower-case) must occur before the regexes run. */
  gate: readonly string[];
  /** Also one of these (case as written) must occur, when given. */
  gate2?: readonly string[];
  /** Each must match (all of them). */
  all: readonly RegExp[];
  /** The first regex of `all` must match at least this many times (default 1). */
  times?: number;
}

const CONFIG_SYNTAX =
  /<[a-z][\w-]*(?:\s[^<>\n]*)?>|^\s*\[[\w .:-]+\]\s*$|"[\w -]+"\s*:|^\s*-?\s*[\w.-]+\s*[=:]\s*\S|\b\w+=[\w*"]/im;
const CONFIG_SAFETY =
  /(?:safety|filter|guardrails?|refusals?|restrictions?|ethics|harm\w*|censor\w*|disclaimers?|warnings|blocked|override|unrestricted|unfiltered|unlocked|allow\w*|permi\w+|granted|richtlinie|uneingeschr\w+|erlaubt|seguridad|permitid\w+|prohibid\w+|politique|refus|autoris\w+|sicurezza|consentit\w+|vietat\w+)\b/i;
const CONFIG_GRANT =
  /(?:[=:>"]\s*"?(?:true|yes|ja|si|sì|oui|on|1|0|false|off|none|disabled|desactivad\w+|disattivat\w+|granted|allowed|permitted|unrestricted|\[\s*\])\b)|(?:refus\w*|ablehn\w*|rifiut\w*|rechaz\w*|declin\w*)\s*[=:]\s*"?(?:no|nein|false|0|off|never|forbidden)\b|\b(?:self[- ]harm|malware|weapons?|explosives?|drugs|hate|extremis\w*)\b[^\n]{0,40}\b(?:permitted|allowed|granted)\b|\b(?:allow\w*|permitted|granted|erlaubt|permitidos?|autoris\w+|consentit\w+)\b[^\n]{0,60}\b(?:malware|weapons?|explosiv\w*|drugs?|hate|fraud|doxx\w*|harass\w*|self[- ]harm|extremis\w*|stalkerware|evasion|illegal|bio|chem|cyber|waffen|sprengst\w+|fraude|drogues|odio)\b|\bstatus="?(?:permitted|allowed)|\b(?:refusals?|ablehnungen|rifiuti|refus)\b[^\n]{0,20}\b(?:forbidden|verboten|vietat\w+|interdit|disabled|deny)\b/i;

const RULES: readonly ShellRule[] = [
  {
    name: 'policy',
    gate: [
      'safety',
      'filter',
      'guardrail',
      'refus',
      'restrict',
      'ethic',
      'harm',
      'censor',
      'disclaim',
      'warning',
      'block',
      'override',
      'unlock',
      'allow',
      'permi',
      'grant',
      'richtlinie',
      'erlaubt',
      'seguridad',
      'prohibid',
      'politi',
      'autoris',
      'sicurezza',
      'consentit',
      'vietat',
    ],
    gate2: ['=', '":', '</', '/>', ']\n', '\n-', ':\n'],
    all: [CONFIG_SYNTAX, CONFIG_SAFETY, CONFIG_GRANT],
  },
  {
    name: 'skeleton',
    gate: [
      'behavio',
      'guideline',
      'prefix',
      'prepend',
      'preface',
      'restriction',
      'filters',
      'loosen',
      'instead of refusing',
      'instead of declining',
      'switch off',
      'switch to',
      'change how you',
      'policies allow',
      'rules allow',
      'verhalten',
      'comportamiento',
      'comportement',
      'comportamento',
      'cambia tus reglas',
    ],
    all: [
      /\b(?:update|adjust|change|augment|switch|loosen|relax|modify)\w* (?:your |the |how you )?(?:\w+ )?(?:behaviou?r|guidelines|rules|filters|policies|restrictions|operating guidelines)\b|\b(?:prefix|prepend|preface|label|mark)\w* (?:it|them|answers?|the output|anything|with|dangerous|risky|sensitive)|\b(?:start|begin) (?:with|risky answers with) "?(?:warning|caution|note)|\binstead of (?:refusing|declining|saying no)|\bchange how you (?:respond|answer|behave)|\b(?:warning|disclaimer|caution) (?:prefix|label|line|at the top)|\b(?:your )?(?:policies|guidelines|rules) (?:allow|permit)|\bloosen|\b(?:switch|switched) (?:to|off)|passe dein verhalten an|actualiza tu comportamiento|cambia tus reglas|mets? (?:a|à) jour ton comportement|aggiorna il tuo comportamento/i,
      /\b(?:safe|controlled|closed|protected|supervised|authori[sz]ed|whitelisted|vetted|verified|accredited|certified|licensed|sandbox\w*|clearance|research|educational|academic)\b|sicher\w*|seguro|sécurisé|sicuro/i,
    ],
  },
  {
    name: 'refusal',
    gate: [
      'never say',
      'never use',
      'never mention',
      'never apolog',
      'never refuse',
      'never warn',
      'never add',
      'never include',
      'never hedge',
      'never redirect',
      'never suggest',
      'never tell',
      'never lectur',
      'never moral',
      'never start',
      'never end',
      'not say',
      'not use',
      'not mention',
      'not apolog',
      'not refuse',
      'not warn',
      'not add',
      'not include',
      'not start',
      'not end',
      'not hedge',
      'not redirect',
      'not suggest',
      'not tell',
      'not lectur',
      'not moral',
      "n't say",
      "n't use",
      "n't mention",
      "n't apolog",
      "n't refuse",
      "n't warn",
      "n't add",
      "n't include",
      "n't start",
      "n't end",
      "n't hedge",
      "n't lectur",
      "n't moral",
      "n't tell",
      'forbidden words',
      'no apolog',
      'no warning',
      'no disclaimer',
      'no caveat',
      'no hedging',
      'no moraliz',
      'no lecture',
      'no refusal',
      'no ethics',
      'no safety',
      'without any of',
      'keine ',
      'kein "',
      'no pidas',
      'no digas',
      'no añadas',
      "pas d'",
      'jamais le mot',
      'niente',
      'mai la parola',
    ],
    all: [
      /\b(?:never|do not|don'?t|not allowed to|must not|may not)\s+(?:say|use|include|apologi[sz]e|mention|refuse|warn|lecture|moraliz\w*|moralis\w*|add|start with|end with|hedge|redirect|suggest|tell me to)\b|\bforbidden words\b|\bno (?:apologies|warnings?|disclaimers?|caveats|hedging|moralizing|lectures?|refusals?|ethics notes|safety (?:notes|information))\b|\bwithout any of\b|\bkeine (?:entschuldigungen|warnhinweise|verweise)|\bkein "|\bno (?:pidas perd[oó]n|digas|a[nñ]adas)|\bpas d'(?:excuses|avertissement)|\bjamais le mot|\bniente (?:scuse|avvertenze)|\bmai la parola/gi,
    ],
    times: 2,
  },
  {
    name: 'manyshot',
    gate: [
      'user:',
      'user :',
      'user>',
      'user ->',
      'human:',
      'q:',
      'q1',
      'me:',
      'client:',
      'customer:',
      'nutzer:',
      'usuario:',
      'utilisateur:',
      'utilisateur :',
      'utente:',
      '<user',
    ],
    all: [
      /(?:^|\n|\/ |\] |[.!?] )\s*(?:user|human|q\d*|me|client|customer|nutzer|usuario|utilisateur|utente|turn \d+ - \w+|<user)\s*(?:[:>]|->)/gi,
      /(?:assistant|ai|bot|model|a\d*|you|advisor|asistente|assistent|<assistant)\s*(?:[:>]|->)|\s->\s/i,
    ],
    times: 3,
  },
  {
    // The faked turns' compliance itself: three or more openers of an answer that complies.
    name: 'manyshot',
    gate: [
      'sure',
      'course',
      'absolutely',
      'problem',
      'happy to',
      'glad to',
      'done',
      'you explained',
      'claro',
      'supuesto',
      'bien s',
      'volontiers',
      'certo',
      'volentieri',
      'klar',
      'gerne',
      'rlich',
    ],
    all: [
      /\b(?:sure(?: thing)?|of course|absolutely|no problem|happy to(?: help)?|glad to(?: help)?|done|easy|you explained|you gave|you said|claro|por supuesto|bien s[uû]r|volontiers|[ée]videmment|certo|volentieri|klar|gerne|nat[uü]rlich|sicher|s[iì])\b(?:\s*[!.,:-]|[ \t]*(?:\n|$))/gi,
    ],
    times: 3,
  },
  {
    // A banned-word list of refusal vocabulary.
    name: 'refusal',
    gate: ['sorry', 'cannot', "can't", 'unable', 'however', 'apolog', 'unfortunately'],
    all: [
      /\b(?:sorry|cannot|can'?t|unable|however|unfortunately|apologi\w+|illegal|unethical|ethical|harmful|dangerous|seek help|please seek|against policy|as an ai|not able|caveats?|disclaimers?|important to note|legality|won'?t)\b/gi,
      /\b(?:never|not|forbidden|don'?t|without|may not|must not|no)\b/i,
    ],
    times: 4,
  },
  {
    name: 'inception',
    gate: [
      'layer',
      'level',
      'dream',
      'nested',
      'inner',
      'deepest',
      'recursive',
      'doll',
      'within',
      'inside',
      'mirror',
      'ebene',
      'capa',
      'dentro',
      'dans un r',
      'reve',
      'livell',
    ],
    all: [
      /\b(?:layers?|levels?) (?:\d|one|two|three|four|five|deep)\b|\b(?:\w+[- ])?(?:layers?|levels?) (?:deep|recursive|nested)|\b(?:five|three|four|ten|\d)[- ](?:layers?|levels?)|\blayer \d\b|\bdream (?:inside|within) (?:a )?dream|\bstory (?:within|inside|in) (?:a |another )?story|\bnested\b|\binnermost\b|\bdeepest (?:level|layer|dream)|\brecursive\b|\brussian dolls?\b|\b(?:third|fourth|fifth|final|last|tenth) (?:layer|level|reflection)\b|\bdepth\b|ebenen|otra historia dentro|r[eê]ve dans un r[eê]ve|cinque livelli|tre livelli|\bdentro de otra/i,
    ],
  },
  {
    name: 'likert',
    gate: [
      'likert',
      'scale',
      'score',
      'rubric',
      'rate',
      '1 to 5',
      '1-5',
      'skala',
      'escala',
      'chelle',
      'scala',
      'anchor',
    ],
    all: [
      /\blikert\b|\bscale\b|\brubric\b|\b1 ?(?:to|-|–|à|a|al|bis) ?5\b|\b5\/5\b|\bskala\b|\bescala\b|\b[ée]chelle\b|\bscala\b|\banchors?\b/i,
      /\b(?:scores?|scored|earns?|deserves?|gets?|get|rated|rate|worth|justify|wins?)\s+(?:a |an |the )?(?:5|five|top|highest|maximum)\b|\b5[- ](?:rated|point|level)\b|\b(?:score|level|point|nivel|niveau|note) 5\b|\btop (?:anchor|score|of the scale)|\bhighest score\b|\b(?:make|improve|rewrite)\b[^.\n]{0,60}\b(?:scores? 5|highest score)|\b(?:what|how) (?:a|the) (?:5|five) would look like|\b(?:make|making) the (?:5|five)\b|\bscoring (?:1, )?3 and 5\b|\bm[ée]rit\w* 5\b|\beine 5\b|\bnivel 5\b|\bda 5\b|\b5 sur 5\b|\bmost (?:harmful|detailed|practical|dangerous|effective)\b/i,
    ],
  },
  {
    name: 'delight',
    gate: ['elaborat', 'expand', 'deepen', 'deeper', 'detail', 'jedes thema', 'desarrolla', 'veloppe', 'approfondisci'],
    all: [
      /\b(?:connect|link|weav|tie|tying|combin|featur|cover|mention)\w*\b[^.\n]{0,40}(?::|\bthese\b|\btogether\b|\bthree\b)|\bverbinde\w*|\bque una\b|\bqui relie\b|\bche colleghi\b/i,
      /\b(?:elaborate|expand|deepen|go deeper|describe each|explain each|detail each)\w*\b[^.\n]{0,30}\b(?:each|every|all|three|them|topic|part|element|section|stage|moment)|\b(?:each|every) (?:topic|part|element|section|stage|moment)\b[^.\n]{0,30}\b(?:detail|depth|specific)|jedes thema genauer|desarrolla cada|d[ée]veloppe chaque|approfondisci ogni/i,
    ],
  },
  {
    name: 'math',
    gate: [
      'let ',
      '∈',
      '⊂',
      '⊆',
      '∃',
      'prove',
      'define',
      '∀',
      'sia ',
      'sea ',
      'soit ',
      'sei ',
      'optimi',
      'markov',
      'sample space',
      'consider the function',
      'vector space',
      'monoid',
      'premises',
      'maximi',
      'minimi',
      'random variable',
    ],
    all: [
      /\b[Ll]et [A-Za-zσωΣΩ][\w₀-₉]*(?:\([^)\n]{0,12}\))? (?:be|=)\b|\b(?:[Mm]aximi[sz]e|[Mm]inimi[sz]e)\b|\brandom variable\b|\b(?:[Cc]onsider|[Dd]efine) the function\b|[∈⊂⊆∃∀]|\bprove (?:that )?(?:there exists|\w+ is non-empty)|\bsample space\b|\bmarkov chain\b|\boptimi[sz]ation problem\b|\bvector space\b|\bmonoid\b|\bdefine (?:the |a )?(?:set|function|relation|predicate|subset)\b|\bpremises\b|\b(?:sia|sea|soit|sei) [A-Z]\b/,
      /\b(?:real-world|concrete|practical|explicit|constructive|plain language|in real(?:-world)? terms|translate|describe|list|name|give|explain|provide|exhibit|construct|present)\b|\bindicando\b|\bdando\b|\bd[ée]cris\b|\bangib|\bgibst\b|\bangeben\b/i,
    ],
  },
  {
    name: 'era',
    gate: [
      "it's ",
      'it is ',
      'year',
      'date is',
      "we're in",
      'we are in',
      'pretend',
      'back to',
      'back in',
      'jahr',
      'o 1',
      'nel 1',
      'nel 2',
      'ann',
      ' in 1',
      ' to 1',
      'from 1',
      ' in 2',
      ' to 2',
      ' in 3',
      'the 1',
      'en 1',
      'en 2',
    ],
    all: [
      /\b(?:it'?s|it is|the year is|the date is|we'?re in|we are in|year|pretend (?:it'?s|it is)|back (?:to|in)|im jahr|en el a[nñ]o|en|nel|ann[ée]e|in the|in|to|from)\s+(?:the year )?\d{3,4}s?\b/i,
      /\b(?:no|without|isn'?t|aren'?t|wasn'?t|nobody|no one|not)\b[^.\n]{0,40}\b(?:laws?|rules|restrictions|banned|controlled|regulat\w*|ethics|crime|heard of|care[sd]?|illegal|stigma)\b|\bnormal\b|\bharmless\b|\bno longer\b|\bno idea\b|\bmodern rules\b|\b(?:every(?:one|body)|nobody|no one)\b|\bno harm\b|\blong before\b|\bfolk art\b|\bcivic duty\b|\bforget (?:today'?s|modern)|keine \w+gesetze|no exist[ií]an|n'existe pas|era normale|nothing wrong/i,
    ],
  },
  {
    name: 'encoded',
    gate: [
      'decod',
      'decrypt',
      'deciph',
      'cipher',
      'morse',
      'caesar',
      'rot13',
      'rot-13',
      'atbash',
      'backward',
      'revers',
      'ascii',
      'leet',
      '[::-1]',
      'b64decode',
      'entschl',
      'descifr',
      'chiffr',
      'dechiffr',
      'code ce',
      'decifr',
      'al rev',
      'shift',
    ],
    all: [
      /\b(?:decod\w*|decrypt\w*|deciph\w*|cipher|morse|caesar|rot-?13|atbash|backwards?|revers\w*|ascii[- ]art|leetspeak|shift_back|b64decode|entschl[uü]ssel\w*|descifr\w*|d[ée]chiffr\w*|d[ée]cod\w*|decifr\w*|al rev[eé]s)\b|\[::-1\]/i,
    ],
  },
];

const lower = (s: string): string => s.toLowerCase();

// The rules' gate words in one Aho–Corasick pass (literal-gate.ts); words with a non-ASCII letter are
// (math's symbols) looked up only in a text that has a non-ASCII character.
const IS_ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII = /[^\x00-\x7f]/;
const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GATE = new LiteralGate(
  RULES.map(
    (r) =>
      new RegExp(
        r.gate
          .filter((w) => IS_ASCII.test(w))
          .map(escapeRe)
          .join('|'),
        'i',
      ),
  ),
);
const WIDE_GATE = RULES.map((r) => r.gate.filter((w) => !IS_ASCII.test(w)));

/** The first technique shell a prompt wears (null if none, or if the text is longer than MAX_CHARS). */
export function techniqueShell(text: string): Shell | null {
  if (text.length > MAX_CHARS) return null;
  const may = GATE.scan(text);
  // Non-ASCII gate words are symbols without case (∈, ⊆, …): looked up as written.
  const wide = NON_ASCII.test(text);
  for (let k = 0; k < RULES.length; k++) {
    const r = RULES[k] as ShellRule;
    if (!may[k] && !(wide && (WIDE_GATE[k] as string[]).some((w) => text.includes(w)))) continue;
    if (r.gate2 && !r.gate2.some((w) => text.includes(w))) continue;
    const [first, ...rest] = r.all as [RegExp, ...RegExp[]];
    let ok: boolean;
    if ((r.times ?? 1) > 1) {
      first.lastIndex = 0;
      let n = 0;
      for (let m = first.exec(text); m && n < (r.times ?? 1); m = first.exec(text)) n++;
      first.lastIndex = 0;
      ok = n >= (r.times ?? 1);
    } else ok = first.test(text);
    if (ok && rest.every((re) => re.test(text))) return r.name;
  }
  if (asciiArt(text)) return 'encoded';
  return leetHeavy(text) ? 'encoded' : null;
}

// ASCII art: four or more consecutive lines of at least five characters drawn with one or two symbols
// and spaces (a banner, a masked word); or one line per letter with rows joined by '*'.
const ART_LINE = /^[ \t]*[#*@%=+|/\\_-]{1,}[#*@%=+|/\\_ \t-]{4,}$/;
function asciiArt(text: string): boolean {
  if (!text.includes('\n')) return false;
  let run = 0;
  for (const line of text.split('\n')) {
    if (line.length >= 5 && ART_LINE.test(line) && /[#*@%]/.test(line)) {
      if (++run >= 4) return true;
    } else run = 0;
  }
  return false;
}

/**
 * The text with its ASCII-art blocks (runs of four or more art lines) blanked to spaces, offsets kept: a
 * banner or a drawn word is not words for the injection classifier ('#' rows read as markup). Returns the
 * text itself when it has none.
 */
export function blankAsciiArt(text: string): string {
  if (!text.includes('\n') || !(text.includes('#') || text.includes('*') || text.includes('@') || text.includes('%')))
    return text;
  const lines = text.split('\n');
  const art = lines.map((l) => l.length >= 5 && ART_LINE.test(l) && /[#*@%]/.test(l));
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && art[j]) j++;
    if (j - i >= 4) {
      for (let k = i; k < j; k++) lines[k] = ' '.repeat((lines[k] as string).length);
      changed = true;
    }
    i = Math.max(j, i + 1);
  }
  return changed ? lines.join('\n') : text;
}

const LEET_MAP: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
};
const LEET_SEAMS = /[a-z][0-9@$]|[0-9@$][a-z]/gi;
const HAS_LETTER = /[a-z]/i;
const HAS_LEET = /[0-9@$]/;

/** Whether at least a third of a short text's words mix letters with leet digits ("h0w 70 m4k3"). */
export function leetHeavy(text: string): boolean {
  if (text.length > 1500) return false;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 64 || c === 36) digits++;
  }
  if (digits * 18 < text.length) return false;
  // A cheap bound first: leetspeak has a letter-digit seam every few characters, prose one in a while.
  const seams = text.match(LEET_SEAMS)?.length ?? 0;
  if (seams * 18 < text.length) return false;
  let words = 0;
  let mixed = 0;
  for (const w of text.split(/\s+/)) {
    if (w.length === 0) continue;
    words++;
    if (HAS_LETTER.test(w) && HAS_LEET.test(w)) mixed++;
  }
  return words >= 5 && mixed * 3 >= words;
}

// ---------------------------------------------------------------------------------------------------------
// Decoded readings of an encoded goal.

const MORSE: Record<string, string> = {
  '.-': 'a',
  '-...': 'b',
  '-.-.': 'c',
  '-..': 'd',
  '.': 'e',
  '..-.': 'f',
  '--.': 'g',
  '....': 'h',
  '..': 'i',
  '.---': 'j',
  '-.-': 'k',
  '.-..': 'l',
  '--': 'm',
  '-.': 'n',
  '---': 'o',
  '.--.': 'p',
  '--.-': 'q',
  '.-.': 'r',
  '...': 's',
  '-': 't',
  '..-': 'u',
  '...-': 'v',
  '.--': 'w',
  '-..-': 'x',
  '-.--': 'y',
  '--..': 'z',
  '-----': '0',
  '.----': '1',
  '..---': '2',
  '...--': '3',
  '....-': '4',
  '.....': '5',
  '-....': '6',
  '--...': '7',
  '---..': '8',
  '----.': '9',
};
const MORSE_RUN = /[.-]{1,6}(?:[ \t]*[ \t/|][ \t]*[.-]{1,6}){4,}/g;

function decodeMorse(s: string): string {
  return s
    .split(/\s*[/|]\s*/)
    .map((w) =>
      w
        .trim()
        .split(/\s+/)
        .map((c) => MORSE[c] ?? '')
        .join(''),
    )
    .join(' ');
}

const shift = (s: string, k: number): string =>
  s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + k + 26) % 26) + base);
  });
const atbash = (s: string): string =>
  s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(25 - (c.charCodeAt(0) - base) + base);
  });
const reverseChars = (s: string): string => [...s].reverse().join('');
const reverseWords = (s: string): string => s.split(/\s+/).reverse().join(' ');
const reverseEachWord = (s: string): string =>
  s
    .split(/\s+/)
    .map((w) => [...w].reverse().join(''))
    .join(' ');

// Common short words of en/de/es/fr/it: a reading with several of them is plain language.
const COMMON = new Set(
  'the to how a an and of in with for from is on my me i it that make what who can do write give tell explain step by your at as be this or way best wie man ich und der die das mit ein eine zu von como cómo para con una que de la el los en y por comment faire un une les des pour avec qui et le come per con che di il un una e'.split(
    ' ',
  ),
);
function plainScore(s: string): number {
  let n = 0;
  for (const w of s.toLowerCase().split(/[^a-zà-ÿ]+/)) if (COMMON.has(w)) n++;
  return n;
}

// Candidate payloads: quoted strings, code-string literals, list literals of words, and lines.
const QUOTED = /"([^"\n]{8,400})"|'([^'\n]{8,400})'/g;
const WORD_LIST = /\[\s*((?:'[^'\n]*'\s*,\s*){2,}'[^'\n]*')\s*\]/g;
const B64 = /\b[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])/g;

function candidates(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(QUOTED)) out.add((m[1] ?? m[2]) as string);
  for (const m of text.matchAll(WORD_LIST))
    out.add(
      (m[1] as string)
        .split(/'\s*,\s*'/)
        .map((w) => w.replace(/'/g, ''))
        .join(' '),
    );
  for (const line of text.split('\n')) {
    const l = line.replace(/^.*?(?:\bis\b|:)\s+(?=\S)/i, '').trim();
    if (l.length >= 8) out.add(l);
    if (line.trim().length >= 8) out.add(line.trim());
  }
  return [...out];
}

// Policy Puppetry's payload: the value of a request-like key in the policy file (XML element, INI / YAML
// key, JSON field), read as the explicit request it stands for.
const PAYLOAD_KEY = String.raw`(?:request|task|query|command|goal|job|prompt|instruction|ask|q|body|text|content|message|user|anfrage|aufgabe|peticion|petici[oó]n|demande|richiesta|consulta|domanda)`;
const PAYLOAD = new RegExp(
  String.raw`<${PAYLOAD_KEY}\b[^>\n]*>\s*([^<]{12,600}?)\s*</|^\s*-?\s*"?${PAYLOAD_KEY}"?\s*[=:]\s*"?([^"\n]{12,600})`,
  'gim',
);

/** The payload fields of a policy-file shell, each as an explicit request (empty for any other shell). */
export function policyPayloads(text: string, shell = techniqueShell(text)): string[] {
  if (shell !== 'policy') return [];
  const out: string[] = [];
  for (const m of text.matchAll(PAYLOAD))
    out.push(`Give detailed step-by-step instructions: ${(m[1] ?? m[2]) as string}`);
  return out;
}

/**
 * The plain readings of an encoded goal in a prompt that wears the `encoded` shell: Morse, Caesar / ROT
 * shifts, Atbash, reversed characters / words / word order, base64, leetspeak and word lists. A decoding
 * counts only if it reads as plain language (three common words, or two that are a third of its words; more than the encoded form).
 */
export function decodedReadings(text: string, shell = techniqueShell(text)): string[] {
  if (text.length > MAX_CHARS) return [];
  const t = lower(text);
  const out: string[] = [];
  const keep = (s: string, from: string) => {
    const p = plainScore(s);
    const words = s.split(/\s+/).filter((w) => w.length > 0).length;
    if ((p >= 3 || (p >= 2 && p * 3 >= words)) && p > plainScore(from)) out.push(s);
  };
  if (t.includes('.-') || t.includes('-.') || t.includes('--') || t.includes('..')) {
    for (const m of text.matchAll(MORSE_RUN)) keep(decodeMorse(m[0]), m[0]);
  }
  if (leetHeavy(text)) {
    const a = text.replace(/[0-9@$]/g, (c) => LEET_MAP[c] ?? c);
    keep(a, text);
    keep(a.replace(/\bi(?=[a-z])/gi, 'l'), text);
  }
  if (shell !== 'encoded') return out;
  for (const c of candidates(text)) {
    const fns: ((s: string) => string)[] = [reverseChars, reverseWords, reverseEachWord, atbash, rot13];
    for (const f of fns) keep(f(c), c);
    if (/caesar|shift|verschiebung|rot\d/i.test(t)) for (let k = 1; k < 26; k++) keep(shift(c, -k), c);
  }
  for (const m of text.matchAll(B64)) {
    try {
      const s = Buffer.from(m[0], 'base64').toString('utf8');
      if (/^[\p{L}\p{N}\p{P}\s]+$/u.test(s)) keep(s, m[0]);
    } catch {
      // not base64
    }
  }
  return [...new Set(out)];
}

/** The readings a shell hides its goal in: an encoded goal's plain text, a policy file's payload fields. */
export function shellReadings(text: string): string[] {
  // The shell read once for both (it was read twice a check, ≈ 10 µs each on 1 KB).
  const shell = techniqueShell(text);
  return [...decodedReadings(text, shell), ...policyPayloads(text, shell)];
}
