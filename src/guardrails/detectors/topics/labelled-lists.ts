// Lists that a label opens with a colon ("Lines for this campaign:", "Pebble does not discuss:") and that run to
// the end of their sentence or bullet block: whether a match lies inside one, and the text with them blanked.
// Shared by an operator's forbidden topics (ban-list.ts) and a table's safety tools (safety-tools.ts).

// The list's end: a sentence end, or a line that is not a bullet.
const LIST_END = /[.!?]\s+(?=\p{Lu})|\n(?![ \t]*(?:[-*•]|\d+[.)])\s)/u;
const LIST_END_ALL = new RegExp(LIST_END.source, 'gu');

/** Whether `at` lies inside a list that `label` (a global regex ending at the colon) opened at most `reach` chars before. */
export function insideLabelledList(text: string, at: number, label: RegExp, reach: number): boolean {
  const before = text.slice(Math.max(0, at - reach), at);
  if (!before.includes(':')) return false;
  label.lastIndex = 0;
  let end = -1;
  for (let m = label.exec(before); m; m = label.exec(before)) end = m.index + m[0].length;
  // The matched word's first letter is read too: a sentence end before it needs the capital that follows.
  return end >= 0 && !LIST_END.test(before.slice(end) + text.charAt(at));
}

/** `text` with every list that `label` opens blanked (same length), or null when it has none. */
export function blankLabelledLists(text: string, label: RegExp): string | null {
  if (!text.includes(':')) return null;
  label.lastIndex = 0;
  let out: string | null = null;
  for (let m = label.exec(text); m; m = label.exec(text)) {
    const from = m.index + m[0].length;
    LIST_END_ALL.lastIndex = from;
    const e = LIST_END_ALL.exec(text);
    const to = e ? e.index : text.length;
    out = (out ?? text).slice(0, from) + ' '.repeat(to - from) + (out ?? text).slice(to);
    label.lastIndex = Math.max(label.lastIndex, to);
  }
  return out;
}
