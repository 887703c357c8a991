// Goal extraction for long dressed jailbreaks (issue 15: PAIR/TAP paragraphs, WildJailbreak rewrites, named
// techniques). Such a prompt hides its harmful goal under a pretext; the whole-window classifier reads the
// pretext's words too (they dilute the goal) and the frames of harmful.ts excuse the goal when a story,
// research or protective frame appears anywhere in the prompt. Here the prompt is split into sentences, the
// request sentences are kept (an imperative, "tell me how", "explain", "begin your reply with", the text after
// "the task is"), the code words the prompt defines are substituted back, and each request is judged alone:
// by the rules, with the frames read only inside that request (harmful.ts reads a short text whole).
// Run only when nothing else fired and the prompt is long and dressed (injection/dressed.ts DRESSING) or pressured
// (two of pair-harm.ts's pressure families): ordinary prompts pay a length test and one regex.

import { foldAccents } from './harmful-intl.ts';
import { pressureFamilies } from './pair-harm.ts';

/** Shortest prompt read this way: a short prompt is its own request clause. */
export const GOAL_MIN_CHARS = 240;
/** Longest: a document is not one attacker's paragraph, and its sentences are read by the frames' own scope. */
export const GOAL_MAX_CHARS = 6000;

// A request sentence: an imperative or a question asking for the act (en, de, es, fr, it; folded, lower case).
const REQUEST =
  /(?:^|[,:;—–-] |\b(?:please|now|so|then|just|first|and|kindly|simply) )(?:tell|explain|write|describe|give|list|provide|show|detail|outline|walk|teach|create|draft|compose|generate|produce|make|share|lay out|spell out|break down|include|continue|begin|start|output|answer|respond|reply|summari[sz]e|document|design|develop|craft|recount|narrate|reveal|demonstrate|cover|go through|instruct|identify|find|locate|track down|look up)\b|\b(?:tell me|show me|teach me|walk me through|help me|explain (?:how|what|which|exactly|step)|how (?:do|does|can|could|would|should|to|did|exactly|one)|what (?:are|is|were|would be) (?:the )?(?:steps|exact|best|precise|ingredients|materials|quantities|method|process|recipe|procedure)|(?:i|we) (?:need|want|would like)(?: you)? to|(?:can|could|would|will) you|the (?:task|goal|request|question|mission|assignment) is|your (?:task|job|mission|assignment) is|step[- ]by[- ]step|how (?:long|much|many|high|far) (?:does|do|is|would|will|should|can|of)|paso a paso|passo (?:per|a) passo|schritt fur schritt|etape par etape)\b|^(?:erklar|schreib|beschreib|gib|nenn|zeig|sag|liste|erzahl|explica|escrib|describ|dame|dime|detall|ensena|muestr|expliqu|ecri|decri|donne|dis-moi|detaill|montre|spiega|scrivi|descriv|dammi|dimmi|elenca|mostra|raccont)\w*|\b(?:wie (?:man|kann|genau)|como (?:se|puedo|hacer|fabricar)|comment (?:on|faire|fabriquer)|come (?:si|posso|fare))\b/;

// Sentence ends: . ! ? ; newline, and a colon that opens the task ("the task is: …").
const SENTENCE = /[^.!?;\n]+(?:[.!?;]+|\n|$)/g;

// A code word the prompt defines: "let's call X 'Y'", "'Y' means X", "Y stands for X".
const CODE_CALL =
  /\b(?:let'?s|we'?ll|i'?ll|we will) (?:call|say|refer to) ([^.'"‘“]{3,80}?),? (?:as )?(?<![a-z])['"‘“«]\s*([^"”»]{2,30}?)\s*['"’”»](?![a-z])/g;
const CODE_MEANS =
  /(?<![a-z])['"‘“«]\s*([^"”»]{2,30}?)\s*['"’”»](?![a-z]),? (?:means|is code for|stands for|refers to|bedeutet|significa|veut dire|vuol dire) (?:a |an |the )?([^.,;]{3,80})/g;

/** The prompt's defined code words: [word, meaning]. */
function codeWords(t: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of t.matchAll(CODE_CALL)) out.push([m[2].trim(), m[1].trim()]);
  for (const m of t.matchAll(CODE_MEANS)) out.push([m[1].trim(), m[2].trim()]);
  return out;
}

// A defence cue governing the harm in its clause ("a checklist of the defences that stop ransomware"): read alone,
// the clause's own cue decides. Like pair-harm.ts's DEFENCE, without the noun "report" ("a news report with
// invented statistics" reports nothing).
const DEFENCE =
  /\b(?:spot|spotting|recogni[sz]e|detect\w*|prevent\w*|protect\w*|defen[cs]e\w*|defend\w*|stop\w*|report(?:ing)? (?:it|them|him|her)|warning signs|red flags|debunk\w*|safe from|guard\w* against|secure|resist|erkennen|reconocer|reconnaitre|riconoscere)\b[^.]{0,60}$/;

export function defendedInClause(clause: string, at: number): boolean {
  return DEFENCE.test(clause.slice(Math.max(0, at - 80), at));
}

/** The request clauses of a long dressed or pressured prompt (code words substituted back), or none. */
export function goalClauses(text: string, dressed: boolean): string[] {
  if (text.length < GOAL_MIN_CHARS || text.length > GOAL_MAX_CHARS) return [];
  const t = foldAccents(text).toLowerCase();
  if (!dressed && pressureFamilies(t, 2) < 2) return [];
  const codes = codeWords(t);
  const out: string[] = [];
  for (const m of t.matchAll(SENTENCE)) {
    let s = m[0].trim();
    if (s.length < 12) continue;
    // The task after "the task is:" / "here it is:": the words after the colon are the request.
    // The request phrase is kept ("write the article itself: a news report …" → "write a news report …"),
    // the pretext around it before the colon is not.
    const colon = s.lastIndexOf(': ');
    const head = colon > 0 ? REQUEST.exec(s.slice(0, colon)) : null;
    if (head) s = `${head[0].replace(/^[,:;—–-]\s*/, '').trim()} ${s.slice(colon + 2)}`;
    else if (!REQUEST.test(s)) continue;
    for (const [word, meaning] of codes) if (s.includes(word)) s = s.split(word).join(meaning);
    out.push(s);
  }
  // The whole prompt is one request: nothing gained.
  return out.length === 1 && out[0].length > 0.8 * t.length ? [] : out;
}
