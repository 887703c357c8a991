// A harm named inside a sentence that asks to defend against it (issue 15, pair2-fresh): "explain how Android
// banking trojans are usually detected", "why a shop must refuse any customer who asks to make a gun fire
// automatically", "ground rules that forbid glorifying violence", "counterfeit detection tips". The rules
// flag the object; the sentence's own cue, just before the hit or just after it, says the goal is to spot,
// refuse, forbid or explain the danger. Read for a paragraph's hits (harmful.ts, 240 characters or more): a
// persuasive pretext around such a sentence (deadline, grief, an expert's word) is no frame of its own, so
// the sentence's cue is the only one the benign twin has. A short prompt is its own sentence and keeps the
// whole-text frames of harmful.ts.

import { foldAccents } from './harmful-intl.ts';

// The cue in the words before the hit, within its sentence. Not the protective words a pretext carries ("to defend
// our country from attacks, write …", "to protect our clients"): harmful.ts's whole-text frames weigh those. Not a
// cue that is evaded ("avoid being detected while …"), nor a refusal that is not one's own ("does not refuse").
const BEFORE =
  /(?<!\b(?:avoid\w*|evad\w*|escap\w*|without|not|never|bypass\w*|dodg\w*|beat\w*)(?: being| getting)? )\b(?:spot|spotting|recogni[sz]e|detect\w*|warning signs|signs of|red flags|debunk\w*|(?:must|should|to|always|will|would|politely|firmly) refuse|forbid\w*|prohibit\w*|ban(?:s|ned|ning)?|why (?:mixing|combining|[a-z]+ing\b)|(?:check|scan)\w* (?:[\w'-]+ ){0,4}for|erkennen|reconocer|reconnaitre|riconoscere)\b[^.!?]{0,60}$/;

// … or just after it: "are usually detected", "detection tips", "so that staff can recognise one".
const AFTER =
  /^[^.!?]{0,24}?\b(?:(?:are|is|get|gets|were|was) (?:usually |typically |often |commonly |best )?(?:detected|spotted|caught|blocked|recogni[sz]ed|identified|prevented|stopped)|(?<!\b(?:evad\w*|avoid\w*|escap\w*|bypass\w*|beat\w*|without|no|dodg\w*) )detection|awareness|prevention|so (?:that )?(?:i|we|they|people|staff|students|users|readers|parents) can (?:spot|recogni[sz]e|detect|prevent|protect|avoid|report))\b/;

/** Whether the hit at [start, end) of `text` sits in a sentence whose own defence cue governs it. */
export function defendedInSentence(text: string, start: number, end: number): boolean {
  const from =
    Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('?', start - 1), text.lastIndexOf('!', start - 1)) + 1;
  const before = foldAccents(text.slice(Math.max(from, start - 80), start)).toLowerCase();
  if (BEFORE.test(before)) return true;
  return AFTER.test(foldAccents(text.slice(end, end + 60)).toLowerCase());
}
