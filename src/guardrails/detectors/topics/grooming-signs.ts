// Spotting grooming (issue 15, harmfp: "List the warning signs that an adult is grooming a child online,
// so parents can spot it early" was flagged as child sexual content). A child-sexual hit passes only as
// a sign to recognise, a child to protect or to talk with about it, and never with a cue of doing it (secrecy, being alone,
// pictures, meeting: harmful.ts's GROOMING_CUE) nor with an ask for the act (how to, a script, messages).

const GROOM = String.raw`(?:groom(?:s|ed|ing|ers?)?|predators?|sextortion|online (?:child )?(?:sexual )?exploitation)`;
/** A child's sexual abuse as a sign to read (legit6: "the behavioural signs a child has been sexually abused"); signs only, never reporting (the material is reported, harmful.ts reportsAbuse). */
const ABUSED = String.raw`(?:has|had|have|was|were|is|are|being) (?:been )?(?:sexually abused|molested)`;
/** Recognising it, or keeping a child safe from it. */
const SPOT = new RegExp(
  String.raw`\b(?:(?:warning )?signs|red flags|tell-?tale signs|indicators|behaviou?rs to watch for)\b[^.!?\n]{0,40}?\b(?:${GROOM}|${ABUSED})|\b(?:spot|recogni[sz]e|notice|detect|identify|report)\w* (?:[\w'-]+ ){0,4}?${GROOM}|\b(?:protect|keep|safeguard)\w* (?:my |our |their |your )?(?:[\w'-]+ ){0,2}(?:kids?|child(?:ren)?|students|pupils|sons?|daughters?|teens?) (?:safe )?(?:from|against) (?:[\w'-]+ ){0,2}${GROOM}|\b(?:talk|speak)\w* (?:[\w'-]+ ){0,3}(?:to|with) (?:[\w'-]+ ){0,2}(?:kids|children|child|teens|teenagers|students|pupils|sons?|daughters?|class) about (?:[\w'-]+ ){0,3}?${GROOM}`,
  'i',
);
/** Asking to do it, or for the grooming words themselves. */
const DO_IT =
  /\b(?:how (?:to|do i|can i|could i|would i|should i)(?! (?:talk|speak|spot|recogni[sz]e|protect|keep|report|tell|notice)\b)|help me|teach me|show me how|step[- ]by[- ]step|scripts?|messages? (?:to|that)|what (?:to|should i) say|so (?:that )?(?:i|we) can(?! (?:protect|spot|recogni[sz]e|report|help|keep|warn|tell|notice|stop|prevent)\b)|without (?:[\w'-]+ ){0,3}(?:knowing|noticing|finding out))\b/i;

/** Whether a child-sexual hit names grooming as a thing to spot or protect a child from, asking for nothing of it. */
export function spotsGrooming(text: string, cue: RegExp): boolean {
  return SPOT.test(text) && !DO_IT.test(text) && !cue.test(text);
}
