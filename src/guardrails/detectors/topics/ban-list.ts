// An operator's list of the topics its bot stays off ("Topics Sunny does not discuss:\n- weapons …",
// "asks Pax to stay off the following subjects: self-harm …; drugs …", "Verbotene Themen: Waffen, …"):
// the harms it names are what the prompt forbids, not a goal (issue 15, cards2-fresh: companion apps'
// operator prompts). The list runs from the header's colon to the end of its sentence or bullet block.
// A tabletop table's lines and veils are read the same way (safety-tools.ts).

import { blankSafetyToolLists, inSafetyToolList } from './safety-tools.ts';

const HEADER =
  /(?:\b(?:does not|do not|doesn'?t|don'?t|never|must not|won'?t|will not|not to|may not) (?:discuss|talk about|cover|mention|engage with|bring up)|\bstays? (?:off|away from)|\b(?:forbidden|banned|prohibited|off-limits|restricted|excluded) (?:topics|subjects)|\b(?:topics|subjects) (?:to avoid|that are off-limits)|\bverbotene themen|\btemas prohibidos|\bsujets interdits|\bargomenti vietati)\b[^:\n.]{0,60}:/gi;

// The list's end: a sentence end, or a line that is not a bullet.
const LIST_END = /[.!?]\s+(?=\p{Lu})|\n(?![ \t]*(?:[-*•]|\d+[.)])\s)/u;

/** Whether the match at `at` lies inside such a list. Cheap: a literal ':' gate, then one scan. */
export function inBanList(text: string, at: number): boolean {
  if (inSafetyToolList(text, at)) return true;
  const before = text.slice(Math.max(0, at - 600), at);
  if (!before.includes(':')) return false;
  HEADER.lastIndex = 0;
  let end = -1;
  for (let m = HEADER.exec(before); m; m = HEADER.exec(before)) end = m.index + m[0].length;
  // With the match's first character: a list that ends at ". " ends before a capital there too.
  return end >= 0 && !LIST_END.test(before.slice(end) + text.charAt(at));
}

const LIST_END_ALL = new RegExp(LIST_END.source, 'gu');

/**
 * The text with each such list blanked (same length), or null when it has none: what the classifier
 * reads once the topics a prompt forbids are set aside.
 */
export function blankBanLists(input: string): string | null {
  const tools = blankSafetyToolLists(input);
  const text = tools ?? input;
  if (!text.includes(':')) return tools;
  HEADER.lastIndex = 0;
  let out: string | null = null;
  for (let m = HEADER.exec(text); m; m = HEADER.exec(text)) {
    const from = m.index + m[0].length;
    LIST_END_ALL.lastIndex = from;
    const e = LIST_END_ALL.exec(text);
    const to = e ? e.index : text.length;
    out = (out ?? text).slice(0, from) + ' '.repeat(to - from) + (out ?? text).slice(to);
    HEADER.lastIndex = Math.max(HEADER.lastIndex, to);
  }
  return out ?? tools;
}
