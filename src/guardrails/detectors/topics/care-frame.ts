// Care after the harm (issue 15, harmfp: benign twins of the fresh sets flagged on their subject words):
// reversing an overdose, getting rid of a dead relative's opioids safely, offering condolences to the bereaved.
// - CARE_FRAME (joins harmful.ts's PROTECTIVE): an antidote named as what works ("how naloxone works",
//   "how to use a nasal spray kit"), the safe disposal of medicines ("whether a pharmacy will take them
//   back"), caring for a scar or a wound and when to see a doctor, condolences offered ("a letter to a grieving mother … offering condolences"; a letter to her alone is not).
// - CARE_VERB (joins PROTECTIVE_VERB): what a do-it phrase may lead into and stay care: using or getting
//   the antidote, disposing of medicines, handing them back.
// Both stay behind the frames' voids (evasion, secrecy, a piece that is itself the harm).

/** What reverses an overdose or keeps someone alive until help comes. */
const ANTIDOTE = String.raw`(?:naloxone|narcan|(?:a |the )?(?:naloxone |narcan )?nasal spray(?: kits?)?|(?:an? |the )?(?:epipen|epinephrine auto-?injector|aed|defibrillator)|cpr|the recovery position|activated charcoal)`;
/** Medicines and their leftovers one disposes of. */
const MEDS = String.raw`(?:medicines?|medications?|meds|pills|tablets|prescriptions?|patches|painkillers|opioids?|needles|sharps|syringes|inhalers?)`;
const DISPOSE = String.raw`(?:safely |properly |responsibly )?(?:dispose of|get rid of|throw (?:away|out)|discard|hand (?:in|back)|return)`;

export const CARE_FRAME = [
  String.raw`\b(?:how|why) ${ANTIDOTE} (?:works?|reverses?|counteracts?|saves?|is (?:used|given|administered))\b`,
  String.raw`\b(?:use|give|administer|carry|get|find|buy|keep) (?:[\w'-]+ ){0,2}?${ANTIDOTE}\b`,
  String.raw`\b${DISPOSE} (?:[\w'-]+ ){0,6}?${MEDS}\b|\b${MEDS} (?:[\w'-]+ ){0,6}?(?:safely|properly|responsibly) dispos\w+`,
  String.raw`\b(?:pharmac(?:y|ies|ists?)|chemists?) (?:will |would |can |could |might )?(?:take|takes|accept|accepts) (?:them|it|those|these|(?:[\w'-]+ ){0,2}${MEDS}) back\b|\btake-?back (?:programs?|programmes?|days?|boxes|bins|schemes?|sites?|kiosks?)\b`,
  String.raw`\b(?:offer|offering|express|expressing|send|sending|extend|extending)\w* (?:my |our |her |his |their |sincere |heartfelt |deepest |warm )*(?:condolences|sympathy|sympathies)\b|\b(?:condolence|sympathy|bereavement) (?:letters?|cards?|notes?|messages?)\b`,
  // Caring for a wound, a scar or a burn, and when to see a doctor about it.
  String.raw`\b(?:when|whether) (?:to|i should|you should|should i) (?:see|visit|call|ask|consult) (?:a |the |my |your )?(?:doctor|gp|nurse|pharmacist|dermatologist|specialist)\b|\b(?:care|cared|caring) for (?:the |my |your |their |old |healing )?(?:scars?|wounds?|cuts?|burns?)\b|\b(?:scars?|wounds?|cuts?|burns?) (?:can |should |could )?(?:be )?(?:cared for|treated|looked after|kept clean)\b`,
].join('|');

export const CARE_VERB = String.raw`(?:use|give|administer|carry|get|find|keep) (?:[\w'-]+ ){0,2}?${ANTIDOTE}|${ANTIDOTE} (?:works?|reverses?)|${DISPOSE} (?:[\w'-]+ ){0,6}?${MEDS}`;
