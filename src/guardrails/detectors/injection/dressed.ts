// A harmful request in a jailbreak's dressing (issue 15): a story in which a character explains how
// to make a weapon, a "hypothetical" with exact quantities, the grandma who used to recite the
// recipe, an "authorised red-team test", a game or simulation "without rules", a translation or
// decoding wrapper, refusal and caveat suppression around the request. The dressing alone is
// role-play and passes; a harmful request alone is the harmful detector's (the `topics` set); both
// together are the jailbreak. Dressing is a cheap test run first; only then the harmful topic rules
// (detectors/topics/harmful.ts, with their protective, reporting and teaching frames) run, so ordinary
// prompts pay one regex.

import { START_WORDS } from '../concepts/start-words.ts';
import type { Finding } from '../finder.ts';
import { findHarmfulTopics } from '../topics/harmful.ts';
import { adversarialSuffix } from './suffix-noise.ts';

// The tactic families of the public jailbreak taxonomies, as dressing words (en, de, es, fr, it, pt).
export const DRESSING = new RegExp(
  [
    // persona and role-play
    String.raw`\b(?:pretend|role-?play|roleplay|act as|acting as|play the role|play a|you are|you'?re|from now on|in character|persona|stay in|never says no)\b`,
    // fiction and hypotheticals
    String.raw`\b(?:story|stories|novel|screenplay|script|scene|chapter|fiction(?:al)?|thriller|tale|diary|monologue|dialogue|character|villain|protagonist|hypothetical(?:ly)?|thought experiment|imagine|suppose|in theory|purely)\b`,
    // games, simulations, virtual machines
    String.raw`\b(?:game|(?<!\b(?:phishing|fire|flight|evacuation|disaster|tabletop|market|traffic|physics|weather) )simulat\w+|sandbox|virtual machine|terminal|interpreter|console|text adventure|dungeon master|narrator|npc)\b`,
    // the dead relative who used to tell it
    String.raw`\b(?:grand(?:ma|mother|pa|father)|granny|nana|late (?:father|mother|dad|mom|mum))\b`,
    // pretexts: research, authorisation, responsibility, accuracy
    String.raw`\b(?:research\w*|thesis|benchmark|red[- ]?team\w*|authori[sz]ed|permission|academic|for (?:accuracy|realism)|journalist|responsibility|priority|more important than|consistent position)\b`,
    // suppression and pressure
    String.raw`\b(?:(?:no|without|never add|don'?t add|do not add) (?:any )?(?:warnings?|disclaimers?|apolog\w+|caveats|helpline)|water(?:ed)? (?:it )?down|(?:don'?t|do not|never|not allowed to|cannot|can'?t) (?:refuse|say no|decline)|no reason to refuse|(?:start|begin|open) (?:your|the) (?:reply|answer|response))\b`,
    // wrappers
    String.raw`\b(?:translat\w+|decode|base ?64|rot-?13|leetspeak|morse)\b`,
    // WildJailbreak-style rewrites (issue 15, wild-fresh): the harm normalised ("everyone in the trade
    // does it", "common practice"), another world where it is legal or normal, an expert without limits,
    // a surrogate product (poem, song, CSV / JSON / YAML, recipe card, play, leaflet, blog or SEO post),
    // pseudo-study, and the distractor list around the real ask (en, de, es, fr, it).
    String.raw`\b(?:every(?:one|body)|nobody|no one) (?:[\w'-]+ ){0,7}(?:knows?|does|do|bats|expects?)\b|\b(?:common (?:practice|knowledge)|standard practice|widely (?:known|accepted)|(?:completely|totally|perfectly|entirely) (?:normal|standard|ordinary|routine))\b|\b(?:world|universe|reality|society|kingdom|republic) (?:where|in which)\b|\b(?:alternate|alternative|parallel) (?:world|universe|earth|reality|history|timeline)\b|\bas (?:a |an )?(?:veteran|seasoned|retired|former|legendary|renowned) \w+|\b(?:no|without|zero) (?:restrictions|filters|scruples|limits|moral hang-?ups)\b|\b(?:poem|ballad|sonnet|song|lyrics|anthem|limerick|haiku|csv|json|yaml|recipe card|stage play|radio play|leaflet|pamphlet|blog|seo|study|paper|seminar|dissertation|professor|practicum)\b|\b(?:three|a few|couple of) (?:things|requests|tasks|favou?rs|quick ones)\b|\bquick (?:favou?r )?list\b`,
    String.raw`\b(?:welt,? in der|paralleluniversum|jeder,? der sich|ist das (?:vollig|völlig|ganz) normal|du bist ein erfahrener|ohne skrupel|gedicht|flugblatt|theaterst(?:u|ü)ck|mundo (?:alternativo|paralelo|donde|en el que)|sin restricciones|eres un (?:veterano|experto)|poema|univers parall(?:e|è)le|monde o(?:u|ù)|sans scrupules|tout le monde le sait|po(?:e|è)me|mondo (?:alternativo|parallelo|in cui|dove)|senza (?:restrizioni|scrupoli)|lo fanno tutti|poesia)\b`,
    // de, es, fr, it, pt
    String.raw`\b(?:geschichte|fiktion|roman|spiel|rolle|forschung|oma|opa|stell dir vor|historia|ficci[oó]n|novela|juego|papel|personaje|investigaci[oó]n|abuel[ao]|imagina|histoire|nouvelle|jeu|r[oô]le|personnage|recherche|mamie|papi|imagine|storia|finzione|romanzo|gioco|ruolo|personaggio|ricerca|nonn[ao]|immagina|hist[oó]ria|fic[cç][aã]o|jogo|personagem|pesquisa|av[oóô]|imagine)\b`,
  ].join('|'),
  'i',
);

// DRESSING's first words, for the shared start-word pass (concepts/start-words.ts): every branch opens with
// `\b` and one of these (a prefix of each wording; a space stands for whitespace). Scanning the text with
// DRESSING itself cost ≈ 0.37 ms on the bench's 32 KB prompt (eight `\b(?:…)` branches, no literal V8
// could skip to); tried (sticky) only where one of these starts, it costs a few tries (dressed.test.ts
// checks the two agree). A new wording must add its first word here.
const cross = (as: readonly string[], bs: readonly string[]): string[] => as.flatMap((a) => bs.map((b) => `${a} ${b}`));
export const DRESSING_STARTS = START_WORDS.add({
  after: 'word',
  words: [
    // persona and role-play
    ...['pretend', 'role', 'act as', 'acting as', 'play the role', 'play a', 'you are', "you're", 'youre'],
    ...['from now on', 'in character', 'persona', 'stay in', 'never says no'],
    // fiction and hypotheticals
    ...['story', 'stories', 'novel', 'screenplay', 'script', 'scene', 'chapter', 'fiction', 'thriller', 'tale'],
    ...['diary', 'monologue', 'dialogue', 'character', 'villain', 'protagonist', 'hypothetical'],
    ...['thought experiment', 'imagin', 'suppose', 'in theory', 'purely'],
    // games, simulations, virtual machines
    ...['game', 'simulat', 'sandbox', 'virtual machine', 'terminal', 'interpreter', 'console', 'text adventure'],
    ...['dungeon master', 'narrator', 'npc'],
    // the dead relative
    ...['grandm', 'grandp', 'grandf', 'granny', 'nana', ...cross(['late'], ['father', 'mother', 'dad', 'mom', 'mum'])],
    // pretexts
    ...['research', 'thesis', 'benchmark', 'red-team', 'red team', 'redteam', 'authoris', 'authoriz'],
    ...['permission', 'academic', 'for accuracy', 'for realism', 'journalist', 'responsibility', 'priority'],
    ...['more important than', 'consistent position'],
    // suppression and pressure
    ...cross(
      ['no', 'without', 'never add', "don't add", 'dont add', 'do not add'],
      ['any', 'warning', 'disclaimer', 'apolog', 'caveats', 'helpline'],
    ),
    'water',
    ...cross(
      ["don't", 'dont', 'do not', 'never', 'not allowed to', 'cannot', "can't", 'cant'],
      ['refuse', 'say no', 'decline'],
    ),
    'no reason to refuse',
    ...cross(['start', 'begin', 'open'], ['your', 'the']),
    // wrappers
    ...['translat', 'decode', 'base64', 'base 64', 'rot13', 'rot-13', 'leetspeak', 'morse'],
    // de, es, fr, it, pt (persona, role, imagin above cover personaje, roleplay, imagina, …)
    ...['geschichte', 'fiktion', 'roman', 'spiel', 'rolle', 'forschung', 'oma', 'opa', 'stell dir vor'],
    ...['historia', 'história', 'ficcion', 'ficción', 'novela', 'juego', 'papel', 'investigacion'],
    ...['investigación', 'abuel', 'histoire', 'nouvelle', 'jeu', 'rôle', 'personnage', 'recherche', 'mamie'],
    ...['papi', 'storia', 'finzione', 'romanzo', 'gioco', 'ruolo', 'ricerca', 'nonna', 'nonno', 'immagina'],
    ...['ficcao', 'ficcão', 'ficçao', 'ficção', 'jogo', 'pesquisa', 'avo', 'avó', 'avô'],
    // WildJailbreak-style rewrites: normalised harm, other worlds, the expert, surrogate products, distractors
    ...['everyone', 'everybody', 'nobody', 'no one', 'common practice', 'common knowledge', 'standard practice'],
    ...['widely', 'completely', 'totally', 'perfectly', 'entirely', 'world', 'universe', 'reality', 'society'],
    ...['kingdom', 'republic', 'alternat', 'parallel', ...cross(['as'], ['a', 'an', 'veteran', 'seasoned'])],
    ...cross(['as'], ['retired', 'former', 'legendary', 'renowned']),
    ...cross(['no', 'without', 'zero'], ['restrictions', 'filters', 'scruples', 'limits', 'moral']),
    ...['poem', 'ballad', 'sonnet', 'song', 'lyrics', 'anthem', 'limerick', 'haiku', 'csv', 'json', 'yaml'],
    ...['recipe card', 'stage play', 'radio play', 'leaflet', 'pamphlet', 'blog', 'seo', 'study', 'paper'],
    ...['seminar', 'dissertation', 'professor', 'practicum', 'three', 'a few', 'couple of', 'quick'],
    ...['welt', 'paralleluniversum', 'jeder', 'ist das', 'du bist ein erfahrener', 'ohne skrupel', 'gedicht'],
    ...['flugblatt', 'theaterst', 'mundo', 'sin restricciones', 'eres un', 'poema', 'univers parall', 'monde o'],
    ...['sans scrupules', 'tout le monde le sait', 'poeme', 'poème', 'mondo', 'senza', 'lo fanno tutti', 'poesia'],
  ],
});
const DRESSING_AT = new RegExp(DRESSING.source, 'iy');
const DRESSING_ALL = new RegExp(DRESSING.source, 'gi');

/**
 * The first DRESSING match at or after `from` (null if none), found by trying DRESSING only where one of
 * its first words starts; `gated: false` scans with the regex itself (the reference the tests compare with).
 */
export function nextDressing(text: string, from = 0, gated = true): { index: number; length: number } | null {
  if (!gated) {
    DRESSING_ALL.lastIndex = from;
    const m = DRESSING_ALL.exec(text);
    return m ? { index: m.index, length: m[0].length } : null;
  }
  const s = START_WORDS.scan(text);
  for (let j = 0; j < s.n; j++) {
    const at = s.at[j];
    if (at < from || (s.sets[j] & DRESSING_STARTS) === 0) continue;
    DRESSING_AT.lastIndex = at;
    if (DRESSING_AT.test(text)) return { index: at, length: DRESSING_AT.lastIndex - at };
  }
  return null;
}

// Prompts are read whole; in a longer text (a pasted page, a tool result) the harmful request must lie
// within REACH characters of a dressing word, and at most MAX_SPANS such stretches are read: the
// harmful topic rules cost about 1.5 ms on 32 KB, and long documents use dressing words ("story",
// "game", "research") everywhere.
const WHOLE = 2000;
const REACH = 1000;
const MAX_SPANS = 4;

// A harm the prompt forbids ("You are a writing coach. Do not write essays for them.", "Never give
// dosages") is an operator's restriction, not a goal (issue 15, roleplay-fresh). A forbidden refusal
// ("don't refuse to explain …", "never hesitate to …") is the opposite and keeps counting.
const FORBIDS =
  /\b(?:do not|don'?t|never|must not|mustn'?t|may not|should not|shouldn'?t|you won'?t|niemals|nie|keinesfalls|nunca|jamais|ne (?:\w+ ){0,2}jamais)\s+$/i;
const FORBIDS_AT_START =
  /^(?:do not|don'?t|never|must not|mustn'?t|may not|should not|shouldn'?t|niemals|nunca|jamais)\s/i;
const REFUSAL_BAN =
  /\b(?:refus\w*|declin\w*|hesitat\w*|hold back|verweiger\w*|ablehn\w*|neg(?:arte|ar|ues)|rechaz\w*)\b/i;

/** Whether the harm found at `start` is what the prompt forbids rather than asks for. */
function forbidden(text: string, start: number): boolean {
  const head = text.slice(start, start + 40);
  const before = text.slice(Math.max(0, start - 24), start);
  return (FORBIDS_AT_START.test(head) || FORBIDS.test(before)) && !REFUSAL_BAN.test(head.slice(0, 30));
}

/** Harmful-topic findings of a text that wears a jailbreak's dressing (none otherwise). */
export function findDressedHarm(text: string, gated = true, raw?: string): Finding[] {
  let m = nextDressing(text, 0, gated);
  // An adversarial suffix on the raw prompt (suffix-noise.ts) is a dressing of its own; read only when no word is.
  if (!m && raw !== undefined && adversarialSuffix(raw)) m = { index: 0, length: 0 };
  if (!m) return [];
  const out: Finding[] = [];
  const push = (harm: Finding[], offset: number) => {
    for (const h of harm) {
      if (forbidden(text, h.start + offset)) continue;
      out.push({
        type: 'jailbreak_dressed_harm',
        start: h.start + offset,
        end: h.end + offset,
        score: Math.max(0.9, h.score),
      });
    }
  };
  if (text.length <= WHOLE) {
    push(findHarmfulTopics(text), 0);
    return out;
  }
  // Stretches of ±REACH around dressing words, merged, the first MAX_SPANS of them.
  const spans: [number, number][] = [];
  for (; m; ) {
    const s = Math.max(0, m.index - REACH);
    const e = Math.min(text.length, m.index + m.length + REACH);
    const last = spans[spans.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else if (spans.length === MAX_SPANS) break;
    else spans.push([s, e]);
    m = nextDressing(text, Math.max(m.index + m.length, e - REACH), gated);
  }
  for (const [s, e] of spans) push(findHarmfulTopics(text.slice(s, e)), s);
  return out;
}
