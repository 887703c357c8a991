// A tabletop table's safety tools (issue 15, over-refusal on long setups: cards3-fresh dev half, five
// campaign primers flagged as child sexual content): "We use lines and veils and the X-card. Lines for this
// campaign: harm to children, sexual violence, torture in detail." Lines are what the table keeps out of
// play and veils what stays off-screen, so the harms named there are what the setup forbids — the same
// reading as an operator's list of forbidden topics (ban-list.ts). A list counts only when the text names
// the tools themselves (lines and veils, the X-card, hard / soft limits of a session zero) in
// en/de/es/fr/it; the list runs from its "Lines:" / "Veils:" / "hard limits:" label to the end of its
// sentence or bullet block.

import { blankLabelledLists, insideLabelledList } from './labelled-lists.ts';

/** The tools named: "lines and veils", "X-card", "Grenzen und Schleier", "líneas y velos", "lignes et voiles". */
const TOOLS =
  /\b(?:lines?\s+(?:and|&)\s+veils?|x[- ]?card|x[- ]?karte|carte\s+x|carta\s+x|tarjeta\s+x|grenzen\s*(?:und|\/)\s*schleier|l[íi]neas\s+y\s+velos|lignes\s+et\s+voiles|linee\s+e\s+veli|session\s+zero)\b/i;

/** A list's label: "Lines:", "Lines for this campaign:", "Veils:", "Hard limits:", "Grenzen:", "Lignes :". */
const LABEL =
  /(?:^|[\n.;(]\s*)(?:(?:hard|soft)\s+(?:lines?|limits?)|lines?|veils?|grenzen|schleier|l[íi]neas|velos|lignes|voiles|linee|veli)(?:\s+(?:for|in|at|f[üu]r|para|pour|per)\s+(?:this|the|our|diese[rn]?|unsere[rn]?|esta|nuestra|cette|notre|questa|la\s+nostra)\s+\p{L}+)?\s*:/giu;

/** Whether the match at `at` lies inside a safety-tool list of a text that names the tools. */
export function inSafetyToolList(text: string, at: number): boolean {
  return text.includes(':') && TOOLS.test(text) && insideLabelledList(text, at, LABEL, 300);
}

/** The text with each safety-tool list blanked (same length), or null when it has none. */
export function blankSafetyToolLists(text: string): string | null {
  if (!text.includes(':') || !TOOLS.test(text)) return null;
  return blankLabelledLists(text, LABEL);
}
