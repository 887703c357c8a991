// A professional's or carer's duty around a harm (issue 15, legit6: a nurse, social worker, locksmith,
// analyst, teacher, moderator or crisis volunteer asking how to handle what they meet at work, flagged on
// the harm's name: "what detections and mitigations should I prioritise against password spraying", "how
// do I run a fair investigation into a sexual harassment report", "how do I teach a unit on the Holocaust",
// "what do I say if a caller tells me they want to die"). Not the role alone — an attacker claims one too
// ("I'm a nurse and I want to …") — but the duty asked about: handling, investigating, documenting,
// escalating, the reporting duty, the controls to put in place, teaching a unit, what to say to the person
// in one's care, checking who someone is before a job, turning a job down.
// - DUTY_FRAME (read beside harmful.ts's PROTECTIVE) marks the request.
// - DUTY_VERB (beside PROTECTIVE_VERB) is what a do-it phrase may lead into and stay the duty.
// Both stay behind the frames' voids (evasion, secrecy, a piece that is itself the harm).

/** Handling a case as one's job. */
const HANDLE_CASE = String.raw`(?:handle|investigate|run (?:a |an |the )?(?:[\w'-]+ )?(?:investigation|inquiry|review)|moderate|triage|escalate|de-?escalate|refer|safeguard|interview (?:the )?(?:survivors?|victims?|witnesses|(?:a |the )?(?:child|kid|student|pupil|patient|client|complainant)s?))`;
/** Those one answers for at work or at home. */
const IN_CARE = String.raw`(?:caller|patient|client|student|pupil|child|kid|teen|teenager|customer|resident|survivor|victim|friend|son|daughter|member|employee|colleague|coworker|user|service user|buyer|tenant|family)s?`;
/** What a defender or safety officer puts in place. */
const CONTROLS = String.raw`(?:detections?|mitigations?|controls|countermeasures|defen[cs]es|alerts|precautions|ppe|protective equipment|re-?entry (?:times?|intervals?|periods?)|safety (?:steps|measures|precautions|rules))`;

export const DUTY_FRAME = [
  String.raw`\bhow (?:do|should|can|could|would|to)(?: (?:i|we|you))? (?:best |properly |fairly |safely |correctly )?${HANDLE_CASE}\b`,
  // The duty itself: to report, to warn, safeguarding.
  String.raw`\b(?:my|our) (?:legal |professional |reporting |ethical |mandatory |safeguarding )?(?:duties|obligations|responsibilities)\b|\b(?:mandatory|mandated) report\w*|\bduty to (?:report|warn|protect|refer)\b|\bunder safeguarding\b|\bsafeguarding (?:lead|team|procedures?|polic(?:y|ies)|referral|concern)s?\b`,
  String.raw`\bwhat (?:[\w'-]+ (?:and|or) )?${CONTROLS}\b|\b${CONTROLS} (?:should|do|would|could|to|for) (?:i|we|you)?\b`,
  String.raw`\bteach (?:a |an |the |this |my |our )?(?:[\w'-]+ )?(?:unit|lesson|class|module|course|topic|session|workshop|seminar) (?:on|about)\b`,
  String.raw`\bwhat (?:do|should|can|would) (?:i|we) (?:say|tell (?:them|him|her)|do) (?:if|when) (?:a|an|the|my|our|one of (?:my|our)) (?:[\w'-]+ )?${IN_CARE}\b`,
  // Checking who someone is before a job; turning a job down.
  String.raw`\b(?:verify|confirm|check|prove)\w* (?:[\w'-]+ ){0,3}?(?:identity|ownership|proof of (?:ownership|address|residence|id)|(?:she|he|they) (?:really )?(?:lives?|owns?) (?:there|it|the))\b`,
  // Those at risk defending themselves ("how hospitals can defend themselves against ransomware").
  String.raw`\bhow (?:(?:can|do|does|should|could|would) )?(?:[\w'-]+ ){1,3}?(?:can |could |should |do |does |must )?(?:best )?(?:defend|protect|shield|secure|safeguard|guard) (?:themselves|itself)\b`,
  String.raw`\b(?:refuse|decline|turn down) (?:a |the |this |that )?(?:job|request|customer|sale|prescription|order|callout|call-out)\b`,
].join('|');

export const DUTY_VERB = String.raw`(?:(?:best |properly |fairly |safely |correctly )?(?:${HANDLE_CASE}|document)|teach (?:a |an |the |this |my |our )?(?:[\w'-]+ )?(?:unit|lesson|class|module|course|topic|session|workshop|seminar)|(?:politely )?(?:refuse|decline|turn down)|(?:verify|confirm|check) (?:[\w'-]+ ){0,3}?(?:identity|ownership)|write (?:it |this |that )?up|explain (?:[\w'-]+ ){0,3}?to (?:the |our |my )?(?:families|parents|clients|customers|patients|buyers|students|staff|residents|users|first-time buyers)|(?:safely |properly |legally )(?:store|dispose of|destroy|lock (?:[\w'-]+ ){0,2}away)|lock (?:them|it|the (?:pills|meds|medication|medicines|guns?|knives)) away)`;
