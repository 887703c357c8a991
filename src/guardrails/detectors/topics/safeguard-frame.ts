// How a safeguard works (issue 15, harmfp: benign twins of the fresh sets asking how a harm is stopped,
// traced, patched or handled, flagged on the harm's name).
// - SAFEGUARD_FRAME (joins harmful.ts's PROTECTIVE):
//   a programme, system, law or patch that stops it ("how do prescription drug monitoring programs stop
//   doctor shopping", "what patch stopped it"); a target protected, in the passive ("how soft targets are
//   protected"); those who trace it, with no auxiliary ("how blockchain analytics firms trace ransomware
//   payments"); handling it as a teacher or parent ("how to handle weight-based bullying"); hiding one's
//   own address ("how to hide my home address online"); a campaign against it ("an anti-bullying
//   assembly"); a risk briefing on it ("for a board briefing"); bystanders who help; how a counsellor or
//   teacher should respond to it; how the rules on it apply ("how insider trading rules apply to employees");
//   staying safe; telling a real weapon apart from a toy; a phishing drill, whether a message looks like phishing.
// - SAFEGUARD_VERB (joins PROTECTIVE_VERB): handling a harm, hiding one's own address, protecting something
//   against it (the gerund) or learning defence, after a do-it phrase ("the best way to learn defence").
// - SAFEGUARD_PIECE (joins the explainer pieces): instructions for protecting one's own account, device
//   or home against it ("instructions for protecting an Instagram account against SIM-swap attacks"); a
//   guide for parents on how to talk to their children about it; an anti-bullying speech.
// All stay behind the frames' voids (evasion, secrecy, a piece that is itself the harm).

/** What is put in place against a harm. */
const SAFEGUARD = String.raw`(?:programs?|programmes?|systems?|schemes?|laws?|regulations?|rules|databases?|registr(?:y|ies)|checks|controls|filters?|patch(?:es)?|updates?|measures|safeguards?|protocols?|policies|kill ?switch(?:es)?)`;
/** A target made safe, in the passive ("how soft targets are protected"). */
const GUARDED = String.raw`(?:protected|secured|defended|guarded|safeguarded|kept safe|patched|hardened)`;
/** Those who trace it (no auxiliary needed). */
const TRACERS = String.raw`(?:firms?|companies|agencies|analysts?|investigators?|researchers?|defenders?|regulators?|law enforcement|police|prosecutors?|forensic (?:teams?|experts?|accountants?)|(?:security|incident[- ]response) teams?)`;
/** A harm one handles as a teacher, parent or employer. */
const HANDLED = String.raw`(?:bullying|cyberbullying|harassment|hate speech|racism|sexism|discrimination|abuse|threats?|trolling|self-harm|hazing)`;
const HANDLE = String.raw`(?:handle|address|tackle|respond to|intervene in|deal with|manage|stop)`;
/** A campaign, lesson or assembly against it ("a speech for an anti-bullying assembly"). */
const ANTI = String.raw`anti-(?:bullying|racism|racist|harassment|drugs?|extremism|radicali[sz]ation|fraud|scams?|trafficking|terror(?:ism)?|hate|violence|doping|knife crime|gang|grooming|discrimination) (?:assembl(?:y|ies)|campaigns?|weeks?|days?|workshops?|talks?|lessons?|clubs?|programs?|programmes?|posters?|pledges?|charters?|polic(?:y|ies)|rules|guidelines|codes?|measures|speech(?:es)?|initiatives?|training|units?|laws?|month)\b`;
/** Keeping someone from being its victim ("keep my elderly father from being scammed"). */
const KEEP_FROM = String.raw`(?:keep|stop|protect|prevent|save|shield) (?:[\w'-]+ ){0,3}?from (?:being|getting) (?:scammed|hacked|phished|conned|defrauded|tricked|groomed|radicali[sz]ed|trafficked|exploited|abused|bullied|harassed|stalked|tracked|doxx?ed|sextorted|recruited|targeted|robbed|burgled|mugged|poisoned|drugged|catfished)\b`;
/** Talking with one's children or pupils about it. */
const TALK_KIDS = String.raw`(?:talk|speak) (?:to|with) (?:[\w'-]+ ){0,2}(?:kids|children|teens|teenagers|students|pupils|sons?|daughters?|child|class) about\b`;
/** How a carer, teacher or manager should answer it ("how a school counsellor should respond when a student discloses self-harm"). */
const RESPONDER_HOW = String.raw`how (?:a |an |the |our |my )?(?:[\w'-]+ ){0,2}?(?:counsell?ors?|teachers?|nurses?|doctors?|parents?|managers?|schools?|employers?|coaches?|moderators?|social workers?|carers?|caregivers?|youth workers?|staff|hr) (?:should|can|could|must|ought to) (?:best )?(?:respond|react|intervene|support|help|handle)\b`;
/** How the rules on it apply ("how insider trading rules apply to employees before a merger"). */
const RULES_APPLY = String.raw`(?:[\w'-]+ ){0,3}?(?:laws?|rules|regulations?|restrictions|bans?) (?:apply|applies|applied) to\b`;
/** Keeping oneself or someone else safe ("any tips for staying safe there", "so she doesn't walk alone"). */
const STAY_SAFE = String.raw`(?:tips|advice|ways|ideas) (?:for|on|to) (?:staying|keeping (?:[\w'-]+ ){0,2}?)safe\b|so (?:that )?(?:she|he|they|nobody|no one) (?:doesn['’]t|don['’]t|won['’]t|does not|do not|never) (?:have to )?(?:walk|go|travel|get home|wait) alone\b`;
/** Telling a real thing from a harmless one ("tell a cheap airsoft pistol apart from a real firearm"). */
const TELL_APART = String.raw`tell (?:[\w'-]+ ){1,6}?apart\b`;
/** One's own details that a stalker or a mob looks for. */
const OWN_DETAILS = String.raw`(?:my|our) (?:own )?(?:home |personal |private |current |real )?(?:address|phone number|personal (?:info|information|details|data)|contact details)`;
const HIDE_OWN = String.raw`(?:hide|protect|remove|scrub|delete|take down|keep private|conceal|mask) (?:[\w'-]+ ){0,1}?${OWN_DETAILS}`;

export const SAFEGUARD_FRAME = [
  String.raw`\bhow (?:(?:do|does|did|can|could|would) )?(?:[\w'-]+ ){0,4}?${SAFEGUARD} (?:\w+ )?(?:stop|prevent|block|detect|catch|flag|deter|curb|limit|reduce|protect|fix|close)\w*`,
  String.raw`\b(?:what|which) ${SAFEGUARD} (?:finally )?(?:stopped|fixed|closed|blocked|ended|contained|halted|neutrali[sz]ed)\b`,
  String.raw`\bhow (?:(?:are|is|were|was) (?:[\w'-]+ ){1,4}?|(?:[\w'-]+ ){1,4}?(?:are|is|were|was|get|gets|got) (?:being )?)${GUARDED}\b`,
  String.raw`\bhow (?:(?:do|does|did|can|could) )?(?:[\w'-]+ ){0,3}?${TRACERS} (?:\w+ )?(?:trace|track|follow|detect|identify|uncover|investigate|seize|freeze|recover)\w*`,
  String.raw`\bhow (?:to|do (?:i|we|you)|can (?:i|we|you)|should (?:i|we|you|teachers|parents|schools|employers)) (?:best )?${HANDLE} (?:[\w'-]+ ){0,3}?${HANDLED}\b`,
  String.raw`\b${HIDE_OWN}\b`,
  // A campaign against it, a risk briefing on it.
  String.raw`\b${ANTI}|\bfor (?:a |an |the |our |my )?(?:board|risk|security|threat|executive|management) (?:[\w-]+ )?(?:briefing|assessment|review|report|presentation|meeting)\b`,
  // Keeping someone from being its victim; asking for more to be done against it.
  String.raw`\b${KEEP_FROM}|\b(?:should|must|needs? to|ought to|to) do more to (?:stop|prevent|tackle|fight|combat|curb|reduce|end|protect)\b|\b(?:stronger|tougher|better|new) (?:laws?|rules|regulations?|protections?|enforcement|penalties|sentences) (?:against|on|for|to (?:stop|prevent|tackle|curb))\b`,
  String.raw`\b${TALK_KIDS}`,
  // How a carer or teacher should answer it; how the rules against it apply.
  String.raw`\b${RESPONDER_HOW}|\b${RULES_APPLY}`,
  // Staying safe; telling the real thing from a harmless one; a phishing drill and whether a message is one.
  String.raw`\b${STAY_SAFE}|\b${TELL_APART}|\b(?:phishing|social[- ]engineering|scam) (?:simulations?|awareness|drills?|exercises?|trainings?|tests?|debriefs?)\b|\b(?:whether|if) (?:it|this|that|the [\w'-]+) (?:looks|seems|is) like (?:a |an )?(?:phishing|scam|fraud|fake|spam)\b`,
  // Bystanders who help (not the speaker: "how can I help him overdose").
  String.raw`\bhow (?:can|could|should|do|does) (?:bystanders|friends|family members|others|passers-by|people nearby|first responders|teachers|parents|staff) help\b`,
].join('|');

/** Also: the gerund of protecting ("instructions for protecting an account"), learning defence. */
export const SAFEGUARD_VERB = String.raw`${KEEP_FROM}|${RULES_APPLY}|${TELL_APART}|(?:best )?${HANDLE} (?:[\w'-]+ ){0,3}?${HANDLED}|${HIDE_OWN}|(?:protect|secur|defend|safeguard|harden)ing (?:[\w'-]+ ){0,4}?(?:against|from)|learn (?:[\w'-]+ ){0,1}(?:defen[cs]e|to defend|to protect|security)`;

export const SAFEGUARD_PIECE = new RegExp(
  String.raw`\b${ANTI}|\b(?:guides?|leaflets?|handouts?|posts?|articles?|talks?|lesson plans?|workshops?|fact ?sheets?|faqs?|presentations?) (?:for (?:[\w'-]+ ){1,2})?on how to ${TALK_KIDS}|\b(?:instructions|steps|tips|advice|a checklist) (?:for|on) (?:how to )?(?:protect|secur|defend|safeguard|harden|lock down)\w* (?:[\w'-]+ ){0,4}?(?:accounts?|devices?|phones?|laptops?|computers?|networks?|routers?|homes?|houses?|cars?|data|children|kids|famil(?:y|ies)|business(?:es)?|shops?|stores?|inbox(?:es)?|wallets?) (?:against|from)\b`,
  'i',
);
