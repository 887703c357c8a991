// Frames of the professional who asks about a harm they guard against (issue 15, nearfp-fresh): the
// marketplace or bank analyst asking which patterns point to it, the HR team that suspects a fake
// degree, the trainer who wants the call-centre staff to know a scam's script, the reporter who follows
// safe-messaging guidelines, the teacher explaining a botnet to their students (de/es/fr/it/pt), the
// platform that fights abuse material, the message whose point is that the abuse stop, the fact sheet
// for parents, what a term means, why a claim is false, how offenders were caught. Like
// defender-frame.ts's TWIN_FRAME they join harmful.ts's protectiveFrame as a regex of their own, so they
// excuse a request only when every do-it phrase leads into a protective verb and nothing asks for
// evasion, secrecy or the harmful piece itself.

/** Those one trains or briefs so they catch it: staff, not a crew of one's own scheme. */
const TRAINEES =
  '(?:staff|team|teams|employees|colleagues|coworkers|volunteers|moderators|reviewers|review team|agents|tellers|cashiers|nurses|students|pupils|class|call[- ]cent(?:re|er) (?:staff|agents|team)|front[- ]desk (?:staff|team)|reception(?:ists)? ?(?:staff)?|frontline (?:staff|workers)|workers|analysts|investigators|adjusters|interns|new hires|members)';

/** What a counter-message asks to stop: the abuse, not eating or breathing. */
const ABUSE_ING =
  '(?:sharing|posting|reposting|forwarding|mocking|bullying|harassing|insulting|teasing|taunting|spreading|sending|calling (?:her|him|them|people|me|us)|making fun|commenting|contacting|messaging|threatening|picking on|excluding|laughing at|trolling|stalking|following|filming|doxx?ing|using (?:that|the|this) (?:word|slur))';

/** The point of a message is that the abuse stop, or a moderator's notice of its removal. */
const STOP_HARM = String.raw`(?:ask|asking|asks|tell|telling|tells|urge|urging|remind|reminding|beg|begging|get|getting) (?:[\w'-]+ ){0,3}to (?:stop|quit) ${ABUSE_ING}\b|(?:needs|has|have|need) to stop(?= *(?:[.!?,;]|$|now\b|right now\b|immediately\b|today\b))|(?:is|are|was|were)(?:n['’]t| not) (?:funny|ok|okay|acceptable|cool|harmless|a joke)(?= *(?:[.!?,;]|$|and\b|anymore\b))|(?:removed|banned|suspended|deleted|taken down|muted|warned|reported|flagged) for (?:[\w'-]+ )?(?:harassment|hate speech|bullying|abuse|threats|doxx?ing|spam|slurs|racism|misinformation)\b`;

/** A message whose point is that the abuse stop: asking for it is not asking for the abusive piece. */
export const COUNTER_PIECE = new RegExp(String.raw`\b(?:${STOP_HARM})`, 'i');

/** Those whose behaviour a criminologist, investigator or teacher asks about. */
const OFFENDERS =
  '(?:burglars|thieves|shoplifters|scammers|fraudsters|hackers|criminals|offenders|abusers|groomers|predators|traffickers|smugglers|shooters|terrorists|extremists|stalkers|arsonists|poachers|dealers|gangs|cartels|attackers|killers|murderers|bullies|trolls|cults|cult leaders|con artists|pickpockets|counterfeiters|forgers|money launderers|launderers|poisoners|bombers|kidnappers|pirates)';

/** The object a verifier checks: someone's claimed credentials, not a stolen card or a password. */
const CLAIMED =
  '(?:credentials|identity|identities|degrees?|diplomas?|qualifications|references|certificates?|licen[cs]es?|employment history|work history|claims?|documents?|paperwork|authenticity|invoices?|receipts?|signatures?)';

/** Training them to catch it, not to do it ("train our team to skim cards" is the scheme). */
const TRAIN = String.raw`(?:train|training|brief|briefing|educate|educating|coach|coaching|prepare|preparing) (?:my|our|the) (?:[\w'-]+ )?${TRAINEES}\b(?! (?:to|how to|in how to|on how to) (?!(?:spot|recogni[sz]e|detect|identify|catch|flag|handle|respond|report|avoid|prevent|stop|verify|check|refuse|deal with|notice|escalate|protect|help|support)\b))`;

export const NEAR_FRAME = new RegExp(
  String.raw`\b(?:` +
    [
      // Which patterns point to it ("what patterns in listings suggest someone is selling stolen goods",
      // "which transactions indicate a money mule"): recognising it from the outside.
      String.raw`(?:what|which) (?:[\w'-]+ ){0,3}(?:patterns?|signs?|signals?|indicators?|clues?|red flags|behaviou?rs?|tells|markers?|anomal(?:y|ies)|schemes?|traits?) (?:[\w'-]+ ){0,4}(?:suggests?|indicates?|points? to|reveals?|gives? away|betrays?|hints? at)\b`,
      // The asker's organisation suspects someone of it ("our HR team suspects an applicant used a fake
      // degree", "the adjuster suspected the claim was staged").
      String.raw`(?:suspects?|suspected|suspecting|is suspicious that) (?:that )?(?:a|an|the|our|one of (?:our|the)) (?:[\w'-]+ ){0,2}(?:applicants?|candidates?|employees?|customers?|claimants?|clients?|patients?|users?|vendors?|suppliers?|tenants?|students?|contractors?|sellers?|buyers?|accounts?|claims?|invoices?|documents?|listings?|staff members?|members?)\b`,
      // Training those who must catch it ("I need to train our call-centre staff", "to brief my review team").
      TRAIN,
      // Writing about a death or a crime the way reporting guidelines ask.
      'safe[- ]messaging|responsible (?:reporting|coverage)|(?:media|reporting|press) guidelines',
      // Why offenders do what they do ("why do some burglars target houses with parcels outside"): asking
      // why, not how; a do-it phrase elsewhere still has to clear protectiveFrame.
      String.raw`why (?:do|does|did|would|are|is|were|was) (?:some |many |most |so many |(?:a|the) )?(?:[\w'-]+ )?${OFFENDERS}\b`,
      // How they were caught, taken down or treated: the other side of it ("how did people in the
      // Prohibition era get caught", "how phishing kits are taken down by hosts", "how they treated
      // mustard gas burns").
      String.raw`how (?:do|does|did|were|was|are|is) (?:[\w'-]+ ){1,7}(?:get |got )?(?:caught|arrested|prosecuted|convicted|busted|tracked down)\b`,
      String.raw`(?:are|is|were|was|get|gets|got|being) (?:taken down|shut down|dismantled|seized|disrupted|sinkholed|blocked|removed) (?:by|when|after|so quickly)\b`,
      String.raw`(?:treat|treated|treating|treatment of|treatments for|care for|cared for|nurse|nursed|nursing) (?:the |their |his |her )?(?:[\w'-]+ ){0,3}(?:burns|wounds|injur(?:y|ies)|poisonings?|exposures?|casualties|victims|overdoses?|symptoms|patients|survivors)\b`,
      // A message whose point is that it stop ("asking everyone to stop sharing the photo", "mocking her
      // weight isn't funny and needs to stop"), a moderator's notice of removal, a piece against it.
      STOP_HARM,
      String.raw`anti-(?:bullying|harassment|racism|racist|hate|discrimination|semitism awareness|doxx?ing|stalking|grooming|scam|fraud|extremism|radicali[sz]ation)\b`,
      // A policy argued for or against in a debate ("argue that hate speech laws go too far").
      String.raw`argue (?:that|for|against) (?:[\w'-]+ ){0,4}(?:laws?|polic(?:y|ies)|bans?|regulations?|rules|restrictions|limits|censorship|free speech|the death penalty|taxes|tariffs|subsid(?:y|ies)|mandates?)\b`,
      // Reporting it to a regulator or watchdog ("the steps for reporting a site that sells counterfeit
      // medicines to the regulator").
      String.raw`report(?:s|ed|ing)? (?:\S+ ){0,8}to (?:the |a |an |our |my |your )?(?:regulators?|watchdogs?|fda|ema|mhra|trading standards|ombudsman|cert|ncsc|ic3|action fraud|consumer protection|data protection (?:authority|office)|ico|attorney general|(?:domain )?registrar|hosting provider|host|card issuer|ncmec|iwf|hotline|abuse (?:team|desk|contact))\b`,
      // Awareness material for those at risk or in charge ("a fact sheet for parents about sextortion").
      String.raw`(?:fact ?sheets?|leaflets?|handouts?|flyers?|posters?|faqs?|infographics?|explainers?|brochures?|newsletters?|briefings?|checklists?|awareness (?:posts?|campaigns?|materials?)) (?:[\w'-]+ ){0,2}for (?:the |our |my )?(?:[\w'-]+ )?(?:parents|teachers|staff|employees|students|pupils|patients|residents|customers|seniors|pensioners|elderly|carers|caregivers|volunteers|members|families|kids|children|teens|teenagers|colleagues|nurses|public)\b`,
      // What a term means; why a claim is false ("what do the terms 'county lines' mean", "explain why the
      // claim that vaccines contain microchips is false").
      String.raw`what (?:do|does|did) (?:the )?(?:terms?|words?|phrases?|expressions?|slang|acronyms?|abbreviations?|labels?) (?:\S+ ){0,8}?(?:mean|stand for|refer to)\b`,
      String.raw`why (?:the |this |that )?(?:claims?|ideas?|beliefs?|myths?|rumou?rs?|theor(?:y|ies)|notions?|stor(?:y|ies)) (?:that )?(?:[\w'-]+ ){0,8}(?:is|are|was|were) (?:false|untrue|wrong|a myth|a hoax|debunked|misleading|nonsense|baseless|not true)\b`,
      // Verifying what someone claims ("how can we verify university credentials").
      String.raw`(?:verify|verifying|authenticate|authenticating|validate|validating|check|checking|confirm|confirming) (?:the |their |his |her |its |an? (?:[\w'-]+'s )?|(?:[\w'-]+ ){0,2})?${CLAIMED}\b`,
    ].join('|') +
    ')',
  'i',
);

/** What a do-it phrase may lead into for these frames (joins harmful.ts's PROTECTIVE_VERB). */
export const NEAR_VERB = String.raw`(?:reporting|flagging|notifying|escalating|documenting) |(?:(?:they|doctors|nurses|medics|surgeons|hospitals|people) )?(?:treat|treated|care for|cared for|nursed|healed) (?:the |their |his |her )?(?:[\w'-]+ ){0,3}(?:burns|wounds|injur(?:y|ies)|poisonings?|exposures?|casualties|victims|overdoses?|symptoms|patients|survivors)\b|(?:get|got|gets|were|was) (?:caught|arrested|prosecuted|convicted|busted|tracked down)\b|${TRAIN}|(?:describe|portray|depict|cover|report on|write about|mention) (?!how\b)(?:[\w'-]+ ){0,4}(?:in|for) (?:an? |my |our |the )?(?:[\w'-]+ )?(?:article|story|piece|report|coverage|obituary|news (?:story|item|report)|broadcast|column)\b`;

// Fighting abuse material ("how do platforms use hash matching against CSAM", "detect and remove child
// sexual abuse images"): a child-sexual hit whose object is what is being fought, and nothing asks to
// get, keep, pass on, upload or alter it.
const FIGHTS_CSAM =
  /\b(?:against|combat\w*|fight\w*|detect\w*|remov\w*|block\w*|prevent\w*|stop\w*|tackl\w*|moderat\w*|scan\w* for|hash(?:es|ing)? (?:of )?|identif\w*|flag\w*|report\w*|catch\w*) (?:[\w'-]+ ){0,3}(?:child sexual abuse (?:material|images?|content|imagery)|csam|child abuse (?:images?|material|imagery))\b/i;
const TOUCHES_CSAM =
  /\b(?:download\w*|buy\w*|access\w*|get (?:more|some|hold)|shar(?:e|es|ing)|send\w*|trad(?:e|es|ing)|keep\w*|sav(?:e|es|ing)|upload\w*|post(?:s|ing)?|alter\w*|modif\w*|edit\w*|evad\w*|bypass\w*|get (?:past|around)|slip past|where (?:can|do) i (?:find|get|see)|so (?:it|they|the \w+) (?:doesn'?t|don'?t|won'?t|can'?t))\b/i;

/** Whether a child-sexual hit names the material as what is fought, asking for nothing of it. */
export function fightsAbuseMaterial(text: string): boolean {
  return FIGHTS_CSAM.test(text) && !TOUCHES_CSAM.test(text);
}
