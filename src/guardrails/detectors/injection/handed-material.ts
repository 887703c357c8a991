// A sentence handed over as material — to translate, proofread, check the tone of, define, or quoted by a story
// character — is the user's text, not an order to the assistant (gandalf-fresh twins: "Translate this into
// Italian: 'Don't reply to emails that ask for your password.'", "check the tone of this: 'I have been pwned,
// change your passwords'", "is 'pwned' a real word?"). The classifier reads the quoted words and the frame as
// one request, and reads a bare sentence about passwords or "pwned" as an attack even alone (0.98). When the frame
// is a handover (translate / correct / check / define / a story quoting it), the frame with the quote blanked is
// not flagged, and no injection rule finds an order in the quote, the classifier alone does not flag it. Rules
// still apply to the whole text (target-phrase.ts, task-switch.ts catch "translate: … instead say …").
// Written from the dev half of gandalf-fresh (its test half never read).

/** One quoted span of material: straight, typographic or angle quotes, or single quotes around a phrase. */
const QUOTE =
  /"([^"\n]{3,240})"|“([^”\n]{3,240})”|„([^“\n]{3,240})“|«([^»\n]{3,240})»|(?<=[\s:(]|^)'([^\n]{3,240}?)'(?=[\s.,;:!?)]|$)/gu;

/** The frame hands the quote over as material. */
const HANDOVER = new RegExp(
  [
    String.raw`\b(?:translate|translation|proofread|correct|fix|check|rephrase|paraphrase|tone|grammar|spelling)\b`,
    String.raw`\b(?:real\s+word|dictionary|mean(?:s|ing)?|define|definition)\b`,
    String.raw`\b(?:story|scene|novel|character)\b`,
    String.raw`(?<!\p{L})(?:übersetz\w*|korrigier\w*|traduc\w*|tradu[ií]\w*|traduis\w*|tradurr\w*|corrig\w*)`,
  ].join('|'),
  'iu',
);

/**
 * An order that dictates an output ("input … output …" few-shot bait), fences the answer, sets the task aside or
 * runs the quote as code is never a plain handover.
 */
const ORDER =
  /\b(?:output|say|print|act\s+as|pretend|execute|run\s+it|instead|ignore|disregard|forget|nothing\s+else|and\s+stop|new\s+task|only\s+(?:say|output|print|write|reply\s+with(?!\s+yes))|your\s+(?:only|whole|entire)\s+(?:answer|reply|output|response))\b/iu;

/** Longest text read: a handover with one quoted sentence. */
const MAX = 400;

/**
 * Whether the classifier's flag of `text` comes only from quoted material handed over: `flags(reading)` is the
 * classifier's verdict on the frame with the quote blanked, `ordered(reading)` whether an injection rule finds an
 * order in the quote alone.
 */
export function handedMaterialOnly(
  text: string,
  flags: (reading: string) => boolean,
  ordered: (reading: string) => boolean,
): boolean {
  if (text.length > MAX || ORDER.test(text)) return false;
  const quotes = [...text.matchAll(QUOTE)];
  if (quotes.length !== 1) return false;
  const q = quotes[0];
  const material = q.slice(1).find((g) => g !== undefined) ?? '';
  const frame = text.slice(0, q.index) + '"…"' + text.slice((q.index ?? 0) + q[0].length);
  if (!HANDOVER.test(frame)) return false;
  return !ordered(material) && !flags(frame);
}
