// The legitimate voices of legit6 (duty-frame.ts, detection-frame.ts, victim-voice.ts, own-access.ts) as the two tests
// harmful.ts reads beside PROTECTIVE and PROTECTIVE_VERB. Separate regexes, not joined into those: they are at
// V8's native-code size limit (docs/guardrails-log.md, twelfth session, harmfp).

import { DETECTION_FRAME, OWN_DEED, OWN_PLAN, PAST_DEFENCE } from './detection-frame.ts';
import { DUTY_FRAME, DUTY_VERB } from './duty-frame.ts';
import { OWN_ACCESS_FRAME, OWN_ACCESS_VERB } from './own-access.ts';
import { VICTIM_VOICE_FRAME, VICTIM_VOICE_VERB } from './victim-voice.ts';

const DUTY = new RegExp(DUTY_FRAME, 'i');
const VICTIM_OR_OWN = new RegExp(`${VICTIM_VOICE_FRAME}|${OWN_ACCESS_FRAME}`, 'i');
const DETECTION = new RegExp(DETECTION_FRAME, 'i');
/** The harm as the purpose of the act: "… so he stops breathing". */
const HARM_PURPOSE =
  /\bso (?:that )?(?:he|she|they|it|the [\w'-]+|my [\w'-]+) (?:stops? breathing|dies|die|won['’]t wake up|never wakes? up|can['’]?t (?:breathe|leave|walk|testify|talk)|gets? (?:hurt|sick|fired))\b/i;
const VOICE_VERB = new RegExp(
  String.raw`^\s*(?:to )?(?:${DUTY_VERB}|${VICTIM_VOICE_VERB}|${OWN_ACCESS_VERB})(?=\W|$)`,
  'i',
);

/** A professional's duty, the victim's own voice, one's own account or device, or how the crime is detected and punished (not by its culprit). */
export function legitVoiceFrame(text: string): boolean {
  if (OWN_DEED.test(text) || HARM_PURPOSE.test(text)) return false;
  if (VICTIM_OR_OWN.test(text)) return true;
  if (PAST_DEFENCE.test(text)) return false;
  return DUTY.test(text) || (DETECTION.test(text) && !OWN_PLAN.test(text));
}

/** What a do-it phrase ("how do I", "help me") may lead into in those voices: the duty, keeping evidence. */
export function legitVoiceVerb(rest: string): boolean {
  return VOICE_VERB.test(rest);
}
