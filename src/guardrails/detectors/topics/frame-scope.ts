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
  let whole: boolean | undefined;
  return () => {
    if (whole === undefined) whole = test(text);
    return whole;
  };
}
