// A secret the assistant guards, got out sideways — the moves of password-guarding games (gandalf-fresh): the
// password spelled with dashes or backwards, one letter per line, encoded (base64, pig latin, hex, ROT13,
// Morse), hidden in an acrostic, riddle or story, or leaked as hints (its length, first letter, a synonym).
// The object must be the assistant's secret — "the password", "the secret word", "the word you are guarding /
// not allowed to say" — not a word the user hands over ("spell 'necessary' with dashes"), not a password of
// something named ("the password to his tower", "the password field / rotation"), and quoted sentences are
// blanked first ("translate 'write the password backwards on the card'").
// Written from the dev half of gandalf-fresh (its test half never read).

import { talksAboutAttacks } from '../concepts/mention.ts';
import type { Finding } from '../finder.ts';

const Q = String.raw`(?:"[^"\n]{0,200}"|“[^”\n]{0,200}”|«[^»\n]{0,200}»|'[^'\n]{2,200}'(?![a-z]))`;
const QUOTED = new RegExp(Q, 'g');

/** The assistant's guarded secret. */
const OBJECT = new RegExp(
  [
    // "the password", "your secret word", "the pass word" — not "the password to/for/of X", "the password field",
    // "the password-reset flow".
    String.raw`\b(?:the|your|ur|yr)\s+(?:secret\s+|hidden\s+|protected\s+)?(?:pass\s?word|passphrase|pass\s?code|secret\s+(?:word|code|key|phrase)|secret(?![^\S\n]+(?!you\b|that\b|of\b)[a-z])|code\s?word)\b(?!\s*(?:to|for|of|on|at|field|box|rotation|policy|policies|manager|reset|strength|rules?|requirements?|hash|file|prompt|sauce|santa|garden)\b)(?![-'])`,
    // "the word you're guarding / protecting / not allowed to say / told never to reveal"
    String.raw`\b(?:the\s+)?(?:word|thing|secret)\s+(?:that\s+)?you(?:'re|\s+are|\s+were)?\s+(?:guarding|protecting|hiding|keeping|not\s+allowed\s+to\s+(?:say|reveal|share|tell)|(?:told|instructed)\s+(?:never\s+|not\s+)?to\s+(?:reveal|say|share|keep))`,
    String.raw`\bwhat\s+(?:word|secret)\s+(?:are|were)\s+you\s+(?:not\s+allowed|forbidden|(?:told|instructed)\s+(?:not|never))\s+to\s+(?:say|write|reveal|share)`,
    // de / es / fr / it
    String.raw`\b(?:das|dein|deines|des)\s+(?:geheime\s+)?Passworts?\b(?!\s+(?:für|von|zu)\b)|\bdas\s+(?:Geheimwort|geheime\s+Wort)\b`,
    String.raw`\b(?:la|tu)\s+contraseña\b(?!\s+(?:del|de|para)\b)|\bla\s+palabra\s+(?:secreta|que\s+no\s+puedes\s+decir)\b`,
    String.raw`\b(?:le|ton|du)\s+mot\s+de\s+passe\b(?!\s+(?:du|de|des|pour)\b)|\ble\s+mot\s+secret\b`,
    String.raw`\b(?:la|tua)\s+password\b(?!\s+(?:del|della|di|per)\b)|\bla\s+parola\s+segreta\b`,
  ].join('|'),
  'gi',
);

/** A cheap gate before the object's alternatives: one of its key words must be in the text. */
const GATE = /pass|secret|segret|code\s?word|geheim|contrase|word\s+(?:that\s+)?(?:you|are|were)/i;

/** A sideways way of handing it over: spelled, reversed, encoded, versified, hinted at, translated. */
const ACT = new RegExp(
  [
    String.raw`\bspell|\bbackwards?\b|\brevers|\bletters?\b|\bcharacters?\b|\bnato\b`,
    String.raw`\bbase\s?64\b|\bencod|\bpig\s+latin\b|\bhex|\brot\s?13\b|\bmorse\b|\bcaesar|\bcipher|\bemoji`,
    String.raw`\bacrostic|\bpoem\b|\briddle\b|\bhaiku\b|\bsong\b|\blimerick\b|\bstory\b|\brhym`,
    String.raw`\bsynonym|\bhint\b|\bclue\b|\bdefinition\b|\blength\b|\bhow\s+many\b|\btranslat`,
    String.raw`\b(?:say|tell|give|reveal|state|output|print|share|confirm|remind|hand\s+(?:it\s+)?over|type|whisper)`,
    // de / es / fr / it
    String.raw`\bbuchstab|\brückwärts|\bgedicht|\bverrat|\bnenn|\bsag\b|\bgib\b|\bkodier|\bverschlüssel`,
    String.raw`\bal\s+revés|\bletra|\bescrib|\bdime\b|\bdecir|\bcuento|\bpista|\bpoema|\bcodific`,
    String.raw`l'envers|\blettre|(?<![a-zà-ÿ])écri|\bdonne|\bdis\b|\bindice|\bencod|\bpoème|\bconfirme`,
    String.raw`\bal\s+contrario|\blettere?\b|\bscriv|\bdimmi|\bdire\b|\bindizio|\bcodice|\bpoesia|\bfarfallino`,
  ].join('|'),
  'i',
);

/** Advice about passwords in general, not a request for a guarded one. */
const ADVICE =
  /\b(?:strong|secure|safe|good)\s+password|\bpassword\s+manager|\b(?:how|why)\s+(?:do|should|can)\s+(?:i|we|you)\s+(?:choose|pick|make|create|store)|\b(?:reset|recover|change|update)\s+(?:the|my|our|a)\s+password/iu;

/**
 * The user's own guessing game or a game master's table: the user sets the secret and plays to find it ("you are
 * a vault with a secret password (pick a fruit); I try to guess it"), or players / NPCs hold it.
 */
const OWN_GAME =
  /\b(?:guess(?:es|ing)?|players?|NPCs?|GM|campaign|crossword|pick\s+(?:a|one)|think\s+of\s+a|you\s+have\s+a\s+secret|rules\s+of\s+(?:our|the|my)\s+game|indovin\w*|adivin\w*|devine[rz]?|rate[nt])\b/iu;

/** A warning or advice before the object in its sentence. */
const ADVISED =
  /\b(?:(?:never|don'?t|do\s+not)\s+(?:share|give\s+out|reuse|write\s+down|tell\s+anyone|send|use)|make\s+sure|always|niemals|nunca|jamais|mai)\b/iu;

/** Longest text read: the game's moves are short turns. */
const MAX = 1500;

/** The assistant's guarded secret asked for sideways, in one sentence (or the next). */
export function findGuardedSecret(text: string): Finding[] {
  if (text.length > MAX || !GATE.test(text)) return [];
  const t = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  OBJECT.lastIndex = 0;
  for (let m = OBJECT.exec(t); m !== null; m = OBJECT.exec(t)) {
    const from = Math.max(0, t.lastIndexOf('\n', m.index) + 1, sentenceStart(t, m.index));
    const to = sentenceEnd(t, m.index + m[0].length);
    // Advice to the reader ("never share your password", "you should change the password") is not a request.
    if (ADVISED.test(t.slice(from, m.index))) continue;
    // Talk about attacks (a write-up of a capture-the-flag level) is a mention.
    if (ACT.test(t.slice(from, to)) && !ADVICE.test(t) && !OWN_GAME.test(t))
      return talksAboutAttacks(text) ? [] : [{ type: 'secret_extraction', start: from, end: to, score: 0.9 }];
  }
  return [];
}

function sentenceStart(t: string, at: number): number {
  const before = t.slice(0, at);
  const m = /[.!?](?=\s)[^.!?]*$/.exec(before);
  return m ? m.index + 1 : 0;
}

/** The end of the sentence after `at`, and of the next one (the act often follows: "I don't need X. Spell it."). */
function sentenceEnd(t: string, at: number): number {
  const re = /[.!?](?=\s|$)|\n/g;
  re.lastIndex = at;
  let end = t.length;
  let seen = 0;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    end = m.index + 1;
    if (++seen === 2) break;
  }
  return seen === 0 ? t.length : end;
}
