// An operator's list of the topics its bot stays off ("Topics Sunny does not discuss:\n- weapons …",
// "asks Pax to stay off the following subjects: self-harm …; drugs …", "Verbotene Themen: Waffen, …"):
// the harms it names are what the prompt forbids, not a goal (issue 15, cards2-fresh: companion apps'
// operator prompts). The list runs from the header's colon to the end of its sentence or bullet block.
// A tabletop table's lines and veils are read the same way (safety-tools.ts).

import { blankLabelledLists, insideLabelledList } from './labelled-lists.ts';
import { blankSafetyToolLists, inSafetyToolList } from './safety-tools.ts';

const HEADER =
  /(?:\b(?:does not|do not|doesn'?t|don'?t|never|must not|won'?t|will not|not to|may not) (?:discuss|talk about|cover|mention|engage with|bring up)|\bstays? (?:off|away from)|\b(?:forbidden|banned|prohibited|off-limits|restricted|excluded) (?:topics|subjects)|\b(?:topics|subjects) (?:to avoid|that are off-limits)|\bverbotene themen|\btemas prohibidos|\bsujets interdits|\bargomenti vietati)\b[^:\n.]{0,60}:/gi;

/** Whether the match at `at` lies inside such a list. Cheap: a literal ':' gate, then one scan. */
export function inBanList(text: string, at: number): boolean {
  return inSafetyToolList(text, at) || insideLabelledList(text, at, HEADER, 600);
}

/**
 * The text with each such list blanked (same length), or null when it has none: what the classifier
 * reads once the topics a prompt forbids are set aside.
 */
export function blankBanLists(input: string): string | null {
  const tools = blankSafetyToolLists(input);
  return blankLabelledLists(tools ?? input, HEADER) ?? tools;
}
