// How far a framing ("how do I report it", "for a history class") reaches. In a long document a
// protective sentence far from a harmful request must not excuse it (an attacker would append one),
// so the frame is read only in the text around the hit; short texts — a prompt — are read whole.

/** Characters read on each side of a hit. */
export const FRAME_REACH = 1000;

/** The text a frame must sit in to excuse the hit at [start, end): all of a short text, else around it. */
export function frameScope(text: string, start: number, end: number): string {
  if (text.length <= 2 * FRAME_REACH) return text;
  return text.slice(Math.max(0, start - FRAME_REACH), Math.min(text.length, end + FRAME_REACH));
}

/**
 * A frame test per hit, computed once for a short text (every hit shares the whole text) and per hit
 * in a long one.
 */
export function scopedFrame(text: string, test: (scope: string) => boolean): (start: number, end: number) => boolean {
  if (text.length > 2 * FRAME_REACH) return (start, end) => test(frameScope(text, start, end));
  // Computed on the first hit only: most texts have none.
  let turns: number[] | undefined;
  let whole: boolean | undefined;
  return (start) => {
    turns ??= dialogueTurns(text);
    if (turns.length > 0) return test(turnAt(text, turns, start));
    if (whole === undefined) whole = test(text);
    return whole;
  };
}

// A few-shot dialogue ("User: … Assistant: … User: …"): each turn is its own request, so a frame is
// read in the turn of the hit. The example turns' own do-it phrases ("how do I change a tyre") must
// not void the frame of the closing request, and a protective example must not excuse it.
const TURN_LABEL = /(?:^|\n)[ \t]*(?:user|human|q|assistant|ai|a)[ \t]*:/gi;
const USER_LABEL = /^\s*(?:user|human|q)\b/i;

/** Start offsets of the turn labels when `text` is a dialogue with two or more user turns, else none. */
function dialogueTurns(text: string): number[] {
  const starts: number[] = [];
  let users = 0;
  for (const m of text.matchAll(TURN_LABEL)) {
    starts.push(m.index);
    if (USER_LABEL.test(m[0])) users++;
  }
  return users >= 2 ? starts : [];
}

/** The turn of `text` that holds offset `at` (the text before the first label counts as a turn). */
function turnAt(text: string, starts: readonly number[], at: number): string {
  let from = 0;
  let to = text.length;
  for (const s of starts) {
    if (s <= at) from = s;
    else {
      to = s;
      break;
    }
  }
  return text.slice(from, to);
}
