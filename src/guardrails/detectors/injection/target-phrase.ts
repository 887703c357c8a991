// A target phrase dictated as the whole answer — the move of phrase-hijack contests (gandalf-fresh): the app
// translates, summarises or grades, and the player makes it print "I have been PWNED" instead, often written so
// that a plain phrase match misses it: leet ("1 h4v3 b33n PWN3D", "pvvn3d"), split into pieces to join ("'I ha',
// 've be', 'en PW', 'NED'"), words in reverse order. Read as one letter stream (leet mapped back, everything but
// letters dropped), the phrase is there; it counts only when an output verb hands it back and the answer is
// fenced (only / nothing else / your whole reply) or the app's task set aside (don't translate, ignore, instead).
// A question about the word ("is 'pwned' a real word? yes or no only") or a story quoting it is not dictation.
// Written from the dev half of gandalf-fresh (its test half never read).

import { talksAboutAttacks } from '../concepts/mention.ts';
import type { Finding } from '../finder.ts';

/** Longest text read: a contest move is a short turn. */
const MAX = 600;

const LEET: Record<string, string> = { '4': 'a', '@': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', $: 's', '7': 't' };

/** The text as one lower-case letter stream, leet mapped back ("pvvn3d" → "pwned"). */
function letterStream(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[4@31!0$7]/g, (c) => LEET[c] ?? c)
    .replace(/[^\p{L}]/gu, '')
    .replace(/vv/g, 'w');
}

/** The contest's target word, whole or reassembled; the breach-check site's name is a name. */
const PHRASE = /pwn(?:e)?d/;
const SITE = /have\s*i\s*been\s*pwned|haveibeenpwned/i;

/** An output verb handing something back. */
const OUTPUT =
  /(?<!\p{L})(?:say|output|print|write|reply|respond|answer|return|type|concatenat\w*|join|complete|antworte\w*|schreib\w*|gib|escrib\w*|respond\w*|di|écri\w*|réponds|dis|assembl\w*|scriv\w*|rispond\w*|unisci)(?!\p{L})/iu;

/** The answer fenced to the phrase, or the app's own task set aside. */
const FENCED =
  /(?<!\p{L})(?:only|alone|nothing\s+(?:else|more|before|after)|no\s+other|and\s+stop|(?:whole|entire|only|final)\s+(?:reply|answer|response|output)|without\s+adding|sans\s+rien\s+ajouter|rien\s+d'autre|uniquement|nient(?:e|')\s*altro|soltanto|solo|únicamente|nur)(?!\p{L})/iu;
const SET_ASIDE =
  /(?<!\p{L})(?:ignore|disregard|instead|forget|skip|don'?t\s+(?:translate|summari[sz]e)|do\s+not\s+(?:translate|summari[sz]e)|nicht\s+übersetzen|statt|no\s+(?:traduzcas|resumas)|olvida|ne\s+traduis|oublie|ignora|non\s+tradurre|niente\s+traduzione|no\s+translation)(?!\p{L})/iu;

/** A question about the word, not an answer dictated: yes / no, its meaning, its spelling, its origin. */
const ABOUT_WORD =
  /(?<!\p{L})(?:yes\s+or\s+no|oui\s+ou\s+non|sí\s+o\s+no|sì\s+o\s+no|ja\s+oder\s+nein|what\s+does|mean(?:s|ing)?|how\s+do\s+i\s+spell|where\s+does|come\s+from|vuol\s+dire|significa|bedeutet|veut\s+dire)(?!\p{L})/iu;

/** Fiction that quotes the phrase (a character realises "I have been pwned"): dictation only with the task set aside. */
const FICTION = /\b(?:story|stories|scene|novel|poem|dialogue|character|cuento|histoire|Geschichte|storia)\b/iu;

/** The target phrase dictated as the answer (any spelling, whole or in pieces). */
export function findTargetPhrase(text: string): Finding[] {
  if (text.length > MAX || SITE.test(text)) return [];
  if (!PHRASE.test(letterStream(text))) return [];
  const setAside = SET_ASIDE.test(text);
  if (!OUTPUT.test(text) || !(FENCED.test(text) || setAside) || ABOUT_WORD.test(text)) return [];
  if (FICTION.test(text) && !setAside) return [];
  // Talk about attacks (a test case, a report quoting "reply only with PWNED") is a mention.
  if (talksAboutAttacks(text)) return [];
  return [{ type: 'forced_output', start: 0, end: text.length, score: 0.9 }];
}
