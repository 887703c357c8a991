// Plainly worded harmful goals (issue 15): the one-sentence goals a jailbreak carries ("compose a
// rumour that…", "fake five-star reviews", "unmask the anonymous account", "a fatal overdose"), as
// lexicon branches of the harmful topic rules. Read by harmful.ts like its LEX_RULES: each branch
// names the harm itself, and the request phrase (intent) and the protective / teaching frames of
// harmful.ts decide the rest, so "how do platforms detect fake reviews" passes. Written from the
// JailbreakBench and forbidden-question categories; tuned on the dev half of harm-goals-fresh only.

import type { HarmCategory } from './harmful.ts';

export interface GoalLexRule {
  category: HarmCategory;
  branches: string[];
  intent: 'none' | 'any' | 'doing';
  score: number;
}

const WRITE = String.raw`(?:write|compose|draft|create|generate|make up|invent|start|spread|post|craft|produce)\w*`;
const PERSON = String.raw`(?:woman|man|girl|guy|person|reviewer|streamer|journalist|critic|user|customer|commenter|cop|officer|judge|nurse|teacher|stranger|influencer|blogger)`;

export const GOAL_LEX_RULES: GoalLexRule[] = [
  // Disinformation and defamation: the lie to write, named as such.
  {
    category: 'misinformation',
    branches: [
      String.raw`\b${WRITE} (?:a |an |some )?(?:[\w'-]+ ){0,2}rumou?rs? (?:that|about|saying|claiming)\b`,
      String.raw`\b(?:talking points|arguments?|essay|post|article|speech|video script) (?:[\w'-]+ ){0,2}(?:denying|that deny|disputing) (?:that )?(?:the )?(?:holocaust|shoah|armenian genocide|srebrenica|rwandan genocide|moon landing)\b`,
      String.raw`\b(?:even though|although|though) (?:i|we) (?:made it up|invented it|know (?:it|that)(?:['’]s| is) (?:false|untrue|not true|a lie))\b|\b(?:story|article|post|review|claim|report)\W+(?:[\w'-]+\W+){0,12}(?:which|that) (?:didn['’]t|did not|never) happen(?:ed)?\b`,
      String.raw`\b(?:saying|claiming|arguing|proving|insisting) (?:that )?(?:climate change|global warming|the holocaust|covid(?:-19)?|the pandemic|vaccines?|the moon landing|the (?:last |\d{4} )?election) (?:is|was|are|were) (?:all )?(?:a )?(?:hoax|fake|fraud|rigged|invented|staged|scam|lie|made up)\b`,
      String.raw`\bfake (?:obituar(?:y|ies)|death (?:announcements?|notices?|hoax(?:es)?))\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Economic harm: the scam or illegal gambling venture to set up or pitch.
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:write|draft|compose|create|design|pitch|run|start|set up)\w* (?:a |an |my |our )?(?:convincing |persuasive )?(?:ponzi|pyramid)(?: scheme)? (?:pitch|script|scheme|presentation|brochure|plan)\b`,
      String.raw`\b(?:mlm|multi-level marketing|ponzi|pyramid|investment|crypto) (?:[\w'-]+ ){0,2}(?:pitch|script|post|ad)s? (?:that|which) (?:hides?|conceals?|downplays?|glosses over)\b`,
      String.raw`\bfake (?:online )?(?:gambling|betting|casino|poker|lottery|investment|crypto|trading|forex) (?:sites?|websites?|apps?|platforms?|exchanges?)\b`,
      String.raw`\b(?:set up|setup|run|start|open|launch|build)\w* (?:an? )?(?:illegal|unlicen[cs]ed|underground) (?:online )?(?:casinos?|gambling|betting|bookmak\w+|lotter(?:y|ies))\b`,
      String.raw`\b(?:trick|get|make|con(?=s?\b|ned\b|ning\b)|pressure|push)\w* (?:[\w'-]+ ){0,4}(?:to )?sign\w* (?:[\w'-]+ ){0,4}(?:with )?hidden (?:fees|charges|clauses|terms)\b`,
      String.raw`\b(?:avoid|dodge|evade|not)\w* (?:paying )?(?:any )?tax\w* (?:[\w'-]+ ){0,6}(?:by )?(?:hid|hiding|stash|mov|park)\w* (?:it |them |the money )?offshore\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'fraud',
    branches: [
      // Asked to write them, not someone else posting them ("a competitor keeps posting fake reviews").
      String.raw`(?<!\b(?:keeps?|kept|is|are|was|were|been|who|they|he|she|someone|somebody|competitors?) )\b(?:write|post|generate|create|draft|compose|leave|buy|make up|give me)\w* (?:me |us )?(?:[\w'-]+ ){0,3}fake (?:five[- ]star |5[- ]star |positive |glowing |negative |one[- ]star |1[- ]star )?reviews?\b`,
      String.raw`\breviews? from (?:made[- ]up|fake|invented|non-?existent) (?:customers|people|accounts|users|guests)\b`,
      String.raw`\bpretend\w* to be (?:the |a |an |my |our |their )?(?:[\w'-]+ ){0,3}(?:bank|parcel|delivery|post office|courier|dhl|ups|fedex|usps|irs|hmrc|police|microsoft|apple|amazon|paypal|tax office|government)\W+(?:[\w'-]+\W+){0,8}(?:logins?|passwords?|pins?|card (?:details|numbers?)|bank (?:details|logins?)|credentials)\b`,
      String.raw`\blie\w* (?:on|in) (?:my |the |an? |his |her )?(?:[\w'-]+ )?(?:applications?|visa (?:forms?|interview)|asylum (?:claim|interview)|insurance claim|tax return|mortgage application|loan application)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Harassment: the cruel piece, the pile-on, the threat campaign (en, de, fr).
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:flood|spam|bombard|encourag\w*|rally|mobili[sz]\w*)\W+(?:[\w'-]+\W+){0,7}(?:rape|death) threats\b`,
      String.raw`\b(?:insulting|cruel|nasty|humiliating|hurtful|degrading|mocking) (?:tweets?|posts?|messages?|comments?|jokes?|nicknames?|memes?|texts?)\b`,
      String.raw`\bso (?:that )?(?:everyone|everybody|the whole (?:class|school|server|team)|others|people) (?:piles? on|joins? in|gangs? up)\b`,
      String.raw`\bmake (?:him|her|them|my (?:[\w'-]+ ){0,2}\w+) (?:believe|think|feel) (?:that )?(?:he|she|they)(?:['’]s| is| are|['’]re) (?:stupid|worthless|unloved|unlovable|ugly|useless|a failure|crazy|nothing|a burden)\b`,
      String.raw`\b(?:schreib|verfass|formulier|entwirf)\w* (?:mir |uns )?(?:eine?n? )?(?:[\w'-]+ )?(?:hass|droh)(?:nachricht|brief|mail|post|kommentar)\w*`,
      String.raw`\b(?:r[ée]dige|[ée]cris|compose)\w* (?:moi )?(?:un |une )?(?:message|lettre|mail|courriel|post|texte)s? (?:menaçant|haineux|d'insultes|de menaces)`,
    ],
    intent: 'none',
    score: 0.8,
  },
  // Hacking and physical harm goals not named by an object rule.
  {
    category: 'cybercrime',
    branches: [
      String.raw`\bdeface\w* (?:a |an |the |my |our |their |this )?(?:[\w'-]+ ){0,2}(?:website|site|page|homepage|portal)s?\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  {
    category: 'violence',
    branches: [
      String.raw`\bderail (?:a |the )?(?:[\w'-]+ )?trains?\b|\bsabotag\w* (?:a |the )?(?:[\w'-]+ )?(?:train|rail(?:way)?|railroad) (?:tracks?|lines?|signals?|switch(?:es)?)\b`,
      String.raw`\b(?:start|set|light)\w* (?:a )?fires? (?:in|at|inside|to) (?:a |an |the |my |our |his |her |their |someone['’]?s? )?(?:[\w'-]+ ){0,2}(?:building|house|home|apartment|flat|school|dorm|office|church|mosque|synagogue)(?![\w'’])`,
    ],
    intent: 'doing',
    score: 0.85,
  },
  // Privacy: finding, unmasking, eavesdropping on or tracking a person.
  {
    category: 'harassment',
    branches: [
      String.raw`\bunmask\w* (?:the |this |that |an? )?(?:[\w'-]+ ){0,2}(?:anonymous|anon|burner|alt|throwaway|fake|troll) (?:account|user|profile|poster|critic|reviewer)s?\b`,
      String.raw`\b(?:listen|eavesdrop|spy)\w* (?:in )?(?:on |to )(?:my |the |our )?(?:[\w'-]+ )?(?:neighbou?rs?|roommates?|coworkers?|colleagues?|wife|husband|girlfriend|boyfriend|partner|boss|ex)['’]?s?['’]? (?:private )?(?:conversations?|calls?|phone calls?)\b`,
      String.raw`\bfind (?:out )?where (?:a |the |my \w+['’]s )?(?:[\w'-]+ ){0,3}shelter\b|\bshelter\W+(?:[\w'-]+\W+){0,8}so (?:that )?i can (?:find|get to|reach|see|confront) (?:my |her\b|him\b)`,
      String.raw`\b(?:stalk|track|follow|identify)\w* (?:a |the |this |that )?(?:girl|woman|guy|man|stranger|person|someone) (?:i )?(?:saw|met|spotted|noticed)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Dangerous expert advice: home surgery, diverted or misused medication, deceiving a doctor.
  {
    category: 'drugs',
    branches: [
      String.raw`\b(?:do|perform)\w* (?:my |your |his |her )?own (?:surgery|operation|stitches|abortion|c-section|root canal)\b`,
      String.raw`\b(?:remove|cut (?:out|off))\w* (?:a |my |the )?(?:mole|cyst|tooth|wart|lump|tumou?r) (?:[\w'-]+ ){0,3}(?:with|using) (?:a |my )?(?:kitchen knife|razor|scissors|knife|pliers)\b`,
      String.raw`\b(?:steal|divert|dilut|swap|skim)\w* (?:[\w'-]+ ){0,2}patients?['’]? (?:[\w'-]+ ){0,2}(?:chemo\w*|medications?|meds|pills|opioids|morphine|fentanyl|drugs)\b`,
      String.raw`\b(?:oxy\w*|opioids?|xanax|benzos?|codeine|percocets?|fentanyl|tramadol|morphine|pills) (?:[\w'-]+ ){0,3}(?:with|and) (?:alcohol|booze|vodka|beer|wine|benzos?|xanax)\W+(?:[\w'-]+\W+){0,4}(?:to get|get) (?:really |very |super |more )?high\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Self-harm: a fatal dose, hiding it, a place to jump, telling someone they are better off dead.
  {
    category: 'self_harm',
    branches: [
      // Not "the lethal dose of X": clinical dose questions stay open (harmful-shapes.test.ts KNOWN_MISSES).
      String.raw`\b(?:fatal|lethal|deadly) (?:overdose|combination|mix)\b`,
      String.raw`\bhurt (?:my (?:own )?body)\b`,
      String.raw`\bhid\w* (?:my |the )?(?:cutting|cuts|self[- ]harm\w*|scars|burns|eating disorder|bulimia|anorexia|purging) (?:from|so)\b`,
      String.raw`\b(?:better off|happier) (?:if|when) (?:she|he|they|you) (?:died|were dead|was dead|killed (?:her|him|them)self|weren['’]?t (?:here|around|alive))\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Sexual violence and minors: non-consent, and sexual stories about minors (de).
  {
    category: 'sexual',
    branches: [
      String.raw`\b(?:too (?:drunk|high|out of it|wasted|asleep)|passed[- ]out|unconscious|sleeping|drugged) (?:[\w'-]+ ){0,3}(?:to (?:say no|refuse|resist|consent|fight back))\b`,
      String.raw`\bforces? (?:him|her|them)sel(?:f|ves) on\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Specific enough to need no request phrase (imperatives such as "find …", "list …" are not one).
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:find|get|track down|look up|locate|dig up|figure out)\w* (?:out )?(?:the )?(?:(?:current|home|house|real|personal|exact|new) ){0,2}(?:address|workplace)(?: and (?:(?:current|home|house|real|personal|exact|new) )?(?:address|workplace|employer|phone number|place of work|schedule))? (?:of|for) (?:the |this |that |a |an )?(?:[\w'-]+ ){0,2}${PERSON}\b`,
    ],
    intent: 'none',
    score: 0.8,
  },
  {
    category: 'self_harm',
    branches: [
      String.raw`\bjump (?:off |from )?(?:[\w'-]+ ){0,3}without (?:being |getting )?(?:stopped|seen|noticed|saved|rescued)\b`,
    ],
    intent: 'none',
    score: 0.85,
  },
  // de / fr goals: the request phrase rules (INTENT) are English, so these carry their own first-person ask.
  {
    category: 'fraud',
    branches: [
      String.raw`\bwie (?:wasche|wäscht|kann) (?:ich|man) (?:[\w'-]+ ){0,2}schwarzgeld\b`,
      String.raw`\b(?:indem|wenn|dass) (?:ich|man) (?:den |meinen |die |meine )?(?:arzt|ärztin|apotheker\w*) (?:täusch|betrüg|belüg|reinleg)\w*`,
    ],
    intent: 'none',
    score: 0.8,
  },
  {
    category: 'weapons',
    branches: [
      String.raw`\b(?:comment|je veux|aide-moi à|explique(?:-moi)? comment) (?:[\w'-]+ ){0,2}(?:fabriquer|faire|construire) (?:un |une |des )?(?:explosifs?|bombes?)(?! de bain)`,
    ],
    intent: 'none',
    score: 0.85,
  },
  {
    category: 'child_sexual',
    branches: [
      String.raw`\b(?:sex|erotik|porno)\w* (?:[\w'-]+ ){0,3}(?:minderjährig|kind(?:er)?\b|\d{1,2}[- ]?jährig)\w*`,
    ],
    intent: 'none',
    score: 0.95,
  },
  // Lead's first-try probe (2026-12-07 tenth): plain requests a user would try first, with benign twins in
  // harmful-shapes.test.ts. A fatal dose asked for beside the speaker's own wish to die (not the dose
  // question alone, which a pharmacology student asks; not the cry for help alone, which asks for help).
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:lethal|fatal|deadly) (?:dose|amount|quantity)\b(?:\W+[\w'-]+){0,14}\W+(?:i (?:want|wanna|need|plan|am going|'m going) to (?:end it|end (?:it all|my life|things)|die|kill myself|not wake up)|so i (?:can|could|will|won['’]?t) (?:die|end it|wake up)|to end (?:it all|my life)|to kill myself)\b`,
      String.raw`\b(?:i (?:want|wanna|plan|am going|'m going) to (?:end it|end (?:it all|my life|things)|die|kill myself)|to end my life|to kill myself)\W+(?:[\w'-]+\W+){0,10}(?:lethal|fatal|deadly) (?:dose|amount|quantity)\b`,
      String.raw`\bhow many (?:[\w'-]+ ){0,2}(?:pills|tablets|capsules)\b(?:\W+[\w'-]+){0,8}\W+(?:to (?:end it|end my life|kill myself|die|not wake up)|so i (?:die|don['’]?t wake up|won['’]?t wake up))\b`,
    ],
    intent: 'none',
    score: 0.85,
  },
  // Grooming: the speaker getting at children while hiding it from the adults around them (not a club's
  // safeguarding question about volunteers).
  {
    category: 'child_sexual',
    branches: [
      String.raw`\b(?:i|me)\b(?:\W+[\w'-]+){0,4}\W+(?:access to|time alone with|be alone with|get close to|alone time with|one[- ]on[- ]one time with) (?:[\w'-]+ ){0,2}(?:kids|children|child|minors?|boys|girls|teens|teenagers|pupils|students)\b(?:\W+[\w'-]+){0,8}\W+(?:(?:so|that|and|without) (?:the |their |any )?(?:parents|nobody|no one|no-one|anyone|others|staff) (?:\w+ )?(?:suspects?|knows?|notices?|finds? out|getting suspicious|noticing|knowing|suspecting|finding out))`,
    ],
    intent: 'none',
    score: 0.9,
  },
  // Swatting a person: a fake emergency call to send armed police to them.
  {
    category: 'harassment',
    branches: [
      String.raw`\bswat(?:ting|ted|s)? (?:a |an |the |my |this |that |his |her |their |some )?(?:[\w'-]+ ){0,2}(?:streamers?|gamers?|players?|someone|somebody|person|people|him|her|them|guy|girl|neighbou?rs?|ex|rivals?|youtubers?|journalists?|enemy|enemies|kid|house|home|address)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Into someone else's account: a partner's, a boss's, a neighbour's password or login.
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:get|crack|hack|guess|find out|steal|obtain|figure out|bypass|break)\w* (?:into )?(?:[\w'-]+ ){0,1}(?:wife|husband|girlfriend|boyfriend|ex|partner|spouse|boss|coworker|co-worker|colleague|neighbou?r|roommate|flatmate|sister|brother|mom|mum|dad|teacher|friend)['’]s (?:[\w'-]+ ){0,2}(?:password|passcode|pin|login|account|e-?mail|gmail|icloud|instagram|facebook|snapchat|whatsapp|phone)s?\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Knocking someone else's site over: flooding a site or server with requests until it goes down (not
  // load-testing "my" or "our" server, not "the" server of a test plan).
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:flood|hammer|spam|overload|bombard|overwhelm)\w* (?:a |any |their |someone['’]?s |his |her |a (?:rival|competitor)['’]?s? |(?:my )?(?:rival|competitor|enemy|ex)['’]?s? )(?:[\w'-]+ ){0,2}(?:website|site|server|web ?server|api|endpoint|ip|router|network|stream)s? with (?:[\w'-]+ ){0,3}(?:requests|traffic|packets|connections|queries|pings)\b(?:\W+[\w'-]+){0,4}?\W+(?:until|till|so that|so|to make|to take|to knock|and take|and knock) (?:it|they|them|the (?:site|server|website|network))? ?(?:goes |go |is |are |gets? )?(?:down|offline|crash\w*|dies|unresponsive|unavailable)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Pushing someone else into starving themselves.
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:convince|persuade|get|make|encourage|pressure|push|talk)\w* (?:her|him|them|my (?:[\w'-]+ ){0,2}(?:friend|sister|brother|daughter|son|girlfriend|boyfriend|wife|husband|classmate|roommate|cousin|teammate)) (?:into |to )?(?:stop(?:ping)? eating(?= *(?:[,.!?;]|$|completely|altogether|entirely|for (?:days|a week|weeks)|so |until|and lose|because|since|she['’]?s|he['’]?s|they['’]?re))|starv(?:e|ing)(?! (?:less|no more))|skip(?:ping)? (?:all )?(?:her |his |their )?meals|not eat(?:ing)? (?:anything|at all|for (?:days|a week))|purg(?:e|ing)|throw(?:ing)? up after (?:meals|eating))\b`,
    ],
    intent: 'none',
    score: 0.85,
  },
  // Making an explosive by its name, past the improvised-device nouns (not "how do nitroglycerin tablets
  // work": a making verb is needed).
  {
    category: 'weapons',
    branches: [
      String.raw`\b(?:make|making|synthesi[sz]\w*|produce|producing|cook|cooking|mix|mixing|prepar\w*|manufactur\w*|brew\w*|nitrat\w*)\b (?:[\w'-]+ ){0,2}(?:nitroglycerine?|petn|rdx|hmx|anfo|black powder|gunpowder|flash powder|lead azide|mercury fulminate|picric acid|nitrocellulose|guncotton|c-?4|dynamite|tnt|ammonal)\b|\b(?:recipe|ingredients|ratios?|procedure|synthesis|formula) (?:for|of|to make) (?:[\w'-]+ ){0,1}(?:nitroglycerine?|petn|rdx|hmx|anfo|flash powder|lead azide|mercury fulminate|picric acid|c-?4|dynamite|tnt|ammonal)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // A post, joke or meme written to mock people for their body, disability or illness.
  {
    category: 'hate',
    branches: [
      String.raw`(?<!\b(?:why|about|against|criticiz\w*|condemn\w*|explain\w*|call\w* out|report\w*|stop\w*|respond\w* to|flag\w*|moderat\w*|remov\w*)\s+(?:[\w'-]+\s+){0,3})\b(?:posts?|tweets?|jokes?|memes?|captions?|comments?|messages?|articles?|rants?|scripts?|threads?|videos?|songs?)\b (?:that |which |to )?(?:[\w'-]+ )?(?:body[- ]?sham|fat[- ]sham|mock|ridicul|humiliat|demean|insult|make fun of|making fun of|laugh\w* at)\w* (?:people|those|anyone|everyone|women|men|girls|boys|kids|folks|someone|persons?|users)\b (?:who (?:are|is|have|has|use)|with|for being) (?:[\w'-]+ ){0,2}(?:overweight|fat|obese|disabled|disabilit\w*|autis\w*|down syndrome|ugly|acne|stutter\w*|mental illness\w*|depress\w*|wheelchairs?|cancer|dwarfism|scars?)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Chemical and biological agents made, grown or weaponised by name (HarmBench's chemical_biological
  // behaviours; the agents the weapon nouns above lack). History and treatment questions carry no making verb.
  {
    category: 'weapons',
    branches: [
      String.raw`\b(?:make|making|synthesi[sz]\w*|produc\w*|manufactur\w*|cultur\w*|cultivat\w*|grow|growing|extract\w*|isolat\w*|purif\w*|weaponi[sz]\w*|aerosoli[sz]\w*|brew\w*|cook\w*|refin\w*|concentrat\w*|obtain\w*|acquir\w*)\b (?:[\w'-]+ ){0,3}(?:dimethylmercury|mustard gas|sulfur mustard|nitrogen mustard|lewisite|hydrogen cyanide|cyanide gas|prussic acid|abrin|botulinum(?: toxin)?|botulism toxin|tetrodotoxin|saxitoxin|strychnine|parathion|nitazenes?|isotonitazene|carfentanil|anthrax(?! vaccines?)|bacillus anthracis|smallpox(?! vaccines?)|variola|ebola|yersinia pestis|plague bacteria|brucella|francisella|arsine|polonium|sarin|soman|tabun|novichok|ricin)\b`,
    ],
    intent: 'any',
    score: 0.9,
  },
  // HarmBench's standard behaviours, written from their categories (first-try probe, tenth session).
  // Atrocity denial and conspiracy hoaxes argued for: a persuasive piece on the event, or the event called
  // a hoax, staged or natural (not a debunk, not a history question).
  {
    category: 'misinformation',
    branches: [
      String.raw`(?<!\b(?:debunk|refut|disprov|counter|rebut|fact[- ]check)\w*\b[^.!?\n]{0,60})\b(?:persuasive|convincing)\b (?:[\w'-]+ ){0,3}(?:article|essay|post|speech|blog post|op-ed|piece|thread)\b(?:\W+[\w'-]+){0,8}?\W+(?:holodomor|holocaust|shoah|armenian genocide|nanjing massacre|nanking|khmer rouge|cambodian genocide|srebrenica|rwandan genocide|uyghur|september 11|9\/11|sandy hook|residential schools?|stolen generations|removal of (?:aboriginal|indigenous|native|first nations) children|trail of tears|great leap forward|korean war|transatlantic slave trade|apartheid)\b(?:\W+[\w'-]+){0,10}?\W+(?:natural disaster|hoax|myth|exaggerated|fabricated|never happened|justified|beneficial|benevolent|positive|purely defensive|defensive|necessary|overstated|staged|inside job|solely initiated|primarily)\b`,
      String.raw`(?<!\b(?:debunk|refut|disprov|counter|rebut|fact[- ]check)\w*\b[^.!?\n]{0,60})\b(?:suggest|claim|argu|prov|insist|say)\w* (?:that )?(?:the )?(?:september 11|9\/11|sandy hook|holocaust|moon landing|boston marathon|christchurch|uvalde|parkland|oklahoma city)\b (?:[\w'-]+ ){0,2}(?:was|were) (?:a |an )?(?:hoax|staged|fake|inside job|false flag|fabricated)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Dangerous health claims pushed on others: bleach and ammonia, honey for infants, medicine stopped,
  // smoking declared healthy.
  {
    category: 'misinformation',
    branches: [
      String.raw`\b(?:persuad|convinc|encourag|urg|tell)\w* (?:people|parents|readers|everyone|the public|users|followers|kids|teens|others|mothers|moms) (?:(?!not\b|never\b)[\w'-]+ ){0,2}to (?!not\b|never\b|avoid\b|stop mixing\b)(?:[\w'-]+ ){0,6}?(?:mix\w* (?:[\w'-]+ ){0,3}bleach (?:and|with) ammonia|bleach (?:and|with) ammonia|drink\w* (?:[\w'-]+ ){0,4}(?:bleach|mms|chlorine dioxide|turpentine|hydrogen peroxide)|feed\w* (?:[\w'-]+ ){0,6}honey|stop (?:taking )?(?:their )?(?:insulin|chemo\w*|medications?|vaccin\w*|antiretrovirals?)|skip (?:their |the )?vaccin\w*)`,
      String.raw`(?<!\b(?:debunk|refut|disprov|counter|rebut|myth)\w*\b[^.!?\n]{0,60})\b(?:explain|argu|claim|prov|convinc\w* (?:people|readers|everyone) |persuad\w* (?:people|readers|everyone) )\w* (?:that )?(?:cigarettes|smoking|vaping|asbestos|lead paint|drunk driving|drinking while pregnant) (?:are|is) (?:actually )?(?:good for you|healthy|safe|harmless|beneficial)\b`,
    ],
    intent: 'none',
    score: 0.8,
  },
  // Stereotype claims argued about a group (taxes, crime), not the debunk.
  {
    category: 'hate',
    branches: [
      String.raw`(?<!\b(?:debunk|refut|disprov|counter|rebut|myth)\w*\b[^.!?\n]{0,60})\b(?:argu|prov|claim|convinc|persuad|show|suggest)\w* (?:[\w'-]+ ){0,2}(?:that )?(?:immigrants|refugees|migrants|muslims|jews|black people|mexicans|asians|arabs|roma|gypsies|gay people|trans people|women|hispanics|latinos|africans|indians|chinese people)(?: in (?:the )?[\w.]+)? (?:hardly|don['’]t|do not|never|rarely) pay (?:any )?tax(?:es)?\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Graphic torture to depict; sexual coercion; malware that destroys a machine; a bigoted letter to write.
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:flayed|skinned|burned|boiled|eaten|dissected|disembowel\w*|dismembered) alive\b[^.!?\n]{0,40}\b(?<!non-|not |no |without )(?:graphic|gory|gruesome|vivid|explicit|visceral)\b|\b(?:graphic|gory|gruesome|explicit|visceral) (?:detail|description)s? of (?:[\w'-]+ ){0,3}(?:being )?(?:flayed|skinned|disembowel\w*|dismembered|tortured to death)`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'sexual',
    branches: [
      String.raw`\b(?:instructions?|tips?|ways?|guide|how) (?:[\w'-]+ ){0,3}(?:pressur|coerc|forc|trick|manipulat|guilt[- ]?trip|blackmail)\w* (?:[\w'-]+ ){0,3}into (?:[\w'-]+ ){0,2}(?:non-?consensual sex|sex|sleeping with|having sex|sexual (?:acts?|favou?rs?)|sending (?:nudes|explicit))\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:script|program|code|malware|payload|executable|batch file|macro)s? (?:that|which|to) (?:[\w'-]+ ){0,2}(?:corrupts?|wipes?|destroys?|bricks?|erases?|encrypts?|overwrites?) (?:the |a |their |any |all )?(?:[\w'-]+ ){0,3}(?:hard ?drives?|disks?|drives?|files|computers?|bios|mbr|boot sector|machines?)\b(?:\W+[\w'-]+){0,8}?\W+(?:(?:upon|when|once|after) (?:being )?(?:inserted|plugged|connected|opened|run|launched)|automatically|silently|without (?:the user|them|anyone) (?:knowing|noticing)|victims?['’]?s?)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'hate',
    branches: [
      String.raw`\b(?:write|draft|compose|send|create|generate)\w* (?:me |us )?(?:a |an |some )?(?:[\w'-]+ )?(?:sexist|racist|homophobic|transphobic|misogynist\w*|antisemitic|xenophobic|ableist|bigoted) (?:e-?mails?|letters?|notes?|memos?|voicemails?|texts?|speeches|poems?|songs?|limericks?|reviews?|comments?|messages?|posts?)\b`,
    ],
    intent: 'none',
    score: 0.85,
  },
  // Second HarmBench-style batch (measured blind first: 21 / 30 caught, 3 / 15 twins flagged; then fixed).
  {
    category: 'drugs',
    branches: [
      String.raw`\b(?:persuad|convinc|encourag|pressur|talk|get)\w* (?:a |my |your |our )?(?:friend|friends|someone|somebody|people|him|her|them|classmates?|roommate|coworker|partner|brother|sister|cousin) (?:[\w'-]+ ){0,2}(?:in)?to (?:try |start |do )?(?:huff\w*|sniff\w* (?:glue|paint|gas|petrol|gasoline)|snort\w*|inject\w*|shoot up|smok\w* (?:meth|crack|heroin)|(?:try|take|do) (?:meth|heroin|crack|cocaine|fentanyl|ketamine|lsd|acid|mdma|molly|pills|xanax|oxy\w*))\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:hold\w*|tak\w*) (?:a |an |the )?(?:commercial |passenger )?(?:flight|plane|aircraft|airliner|bus|train|school|classroom|bank) (?:[\w'-]+ )?hostage\b|\bhijack\w* (?:a |an |the )?(?:commercial |passenger )?(?:flight|plane|aircraft|airliner|jet)\b`,
      String.raw`\b(?:tamper\w*|interfer\w*|hack\w*|disrupt\w*|disabl\w*|sabotag\w*|mess\w*|shut\w* (?:off|down))\b (?:with |into )?(?:the (?:operation|function\w*|settings) of )?(?:[\w'-]+ ){0,3}(?:pacemakers?|insulin pumps?|defibrillators?|ventilators?|life[- ]saving (?:medical )?devices?|infusion pumps?)\b(?![^.!?\n]*\b(?:prevent|protect|secur|defend|mitigat|patch|detect|guard)\w*)`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:instructions|steps|guide|how|walkthrough|tutorial) (?:[\w'-]+ ){0,4}(?:using|exploiting|leveraging|abusing|to (?:use|exploit|abuse|leverage)) (?:the )?(?:[\w'-]+ ){1,4}(?:vulnerability|vuln|exploit|cve-\d{4}-\d+|bug)\b(?:\W+[\w'-]+){0,6}?\W+(?:on (?:an? |the |their )?|against|to (?:take control|gain|get|hack|compromise|own|escalate)|servers?|systems?|targets?)`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'weapons',
    branches: [
      String.raw`\b(?:evad|bypass|get around|circumvent|defeat|trick|fool|avoid)\w* (?:the )?(?:[\w'-]+ ){0,2}(?:filtering|screening|biosecurity|sequence)(?: tools?| checks?| systems?| software)? (?:[\w'-]+ ){0,4}(?:gene synthesis|dna synthesis|synthesis (?:companies|providers|labs?)|cloud labs?)\b|\b(?:order\w*|buy\w*|obtain\w*) (?:[\w'-]+ ){0,2}(?:dangerous|pathogen\w*|toxin|select agent|virulence) (?:dna|rna|gene|genetic) sequences? (?:[\w'-]+ ){0,4}(?:without|undetected|evad\w*|bypass\w*)`,
    ],
    intent: 'any',
    score: 0.9,
  },
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:locat|find)\w* (?:[\w'-]+ ){0,2}chop shops? (?:in|near|around) [a-z]|\bchop shops?\b(?:\W+[\w'-]+){0,8}?\W+(?:names? of (?:[\w'-]+ ){0,2}(?:organi[sz]ations|people|gangs|contacts)|to contact|sell (?:a |my |the )?(?:stolen )?cars?)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'sexual',
    branches: [
      String.raw`\b(?:argu\w*|claim\w*|prov\w*|convinc\w*|persuad\w*|saying|says) (?:[\w'-]+ ){0,2}(?:that )?consent (?:is|isn['’]t) (?:completely |totally |entirely |really )?(?:unnecessary|not (?:needed|necessary|required|important)|overrated|optional|a myth|irrelevant|pointless)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // A blind batch of PAIR-style dressings (10; the default set caught 5, either guard 6, no twin flagged),
  // then fixed: car locks defeated so the car can be stolen, a knockout chemical made to subdue people, and a
  // trafficker's or groomer's exact recruiting messages.
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:bypass|defeat|pick|open|unlock|break|disabl|jam|relay|clon)\w* (?:[\w'-]+ ){0,3}(?:locks?|immobili[sz]ers?|keyless entry|key fobs?|ignitions?|alarms?) (?:[\w'-]+ ){0,4}(?:cars?|vehicles?|suvs?|trucks?|teslas?|bmws?|mercedes|audis?|porsches?)\b(?:\W+[\w'-]+){0,8}?\W+(?:(?:be |get |got )?stolen|steal\w*|theft|quietly|without (?:the )?(?:owners?|keys?)(?: (?:knowing|noticing))?)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:make|making|brew\w*|mix\w*|prepar\w*|produc\w*|synthesi[sz]\w*|recipe for)\b (?:[\w'-]+ ){0,2}(?:chloroform|ether|ghb|rohypnol|roofies|knockout drops|sleeping gas|tranquili[sz]er darts?) (?:[\w'-]+ ){0,4}(?:to|for|and|so (?:i|we|they) can) (?:subdu|incapacitat|knock\w* out|sedat|drug|overpower|kidnap|abduct)\w*`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:recruit|lure|groom|entrap|trap|traffic)\w* (?:[\w'-]+ ){0,3}(?:young women|girls|women|kids|children|teens|minors|victims|boys|migrants)\b(?:\W+[\w'-]+){0,14}?\W+(?:exact|actual|word[- ]for[- ]word|verbatim|real|specific) (?:messages?|scripts?|texts?|lines|words|dms?|pitch(?:es)?|wording)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // A blind JailbreakBench-style batch (eleventh session: 22 / 30 harmful caught, 5 / 30 benign behaviours
  // flagged; then fixed, with twins in harmful-shapes.test.ts): hiring that quietly screens out a
  // protected group, pushing someone else into starving or hurting themselves, a brand's login e-mail
  // that sends readers to the asker's link, stopping a person's heart, a medicine stopped behind the
  // prescriber's back, bribing an official to wave a load through, sterilising or expelling a group, and
  // access to children without supervision.
  {
    category: 'hate',
    branches: [
      String.raw`\b(?:quietly |secretly |automatically |systematically )?(?:reject|screen out|filter out|weed out|turn down|exclude|avoid hiring|not hire|never hire|refuse to (?:hire|rent to|serve)|deny)\w* (?:all |any )?(?:job )?(?:applicants?|candidates?|tenants?|renters?|customers?|employees?|workers?|students?|patients?|people) (?:who are |who're |that are |aged? |over |above |with |from |because they(?:['’]re| are) )(?:(?:over )?(?:fifty|forty|sixty|\d\d)|older|pregnant|disabled|black|asian|hispanic|latino|muslim|jewish|gay|lesbian|trans(?:gender)?|immigrants?|foreign(?:ers)?|women|mothers|(?:a )?disabilit(?:y|ies)|(?:an )?accents?|(?:a )?(?:wheelchair|hijab|headscarf))\b(?![^.!?\n]{0,30}\b(?:is|are|was|would be) (?:illegal|unlawful|discrimination|discriminatory|against the law))`,
      String.raw`\b(?:argu|claim|insist|prov|persuad|convinc|say)\w* (?:[\w'-]+ ){0,2}(?:that )?(?:people with (?:disabilities|down syndrome|autism|mental illness)|disabled people|the disabled|immigrants|refugees|muslims|jews|black people|gay people|trans people|roma|gypsies|the poor|poor people) (?:should|must|ought to|deserve to) (?:all )?(?:be )?(?:sterili[sz]ed|euthani[sz]ed|deported|expelled|exterminated|eliminated|segregated|locked up|interned|banned from (?:having children|voting|marrying|breeding)|not (?:be allowed to )?(?:have children|vote|marry|breed))\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:convinc|persuad|encourag|pressur|push|talk|get|manipulat|trick|dar|teach|coach)\w* (?:a |an |my |our |your |this |that )?(?:teen(?:age)?(?:r|rs)?|girls?|boys?|kids?|child(?:ren)?|students?|friends?|someone|somebody|people|followers|her|him|them|users?|(?:[\w'-]+ ){0,2}(?:sister|brother|daughter|son|cousin|classmates?|girlfriend|boyfriend|partner|wife|husband)) (?:[\w'-]+ ){0,2}(?:to|into) (?:starv\w*|stop eating(?=\s*(?:[.!?,;]|$|(?:altogether|entirely|completely|for (?:days|a week|weeks)|to (?:lose|look|get thin|be thin)|so (?:she|he|they)|until)\b))|skip(?:ping)? (?:meals|eating)|purg\w*|throw(?:ing)? up (?:after|their|her|his)|cut(?:ting)? (?:herself|himself|themselves)|harm(?:ing)? (?:herself|himself|themselves)|hurt(?:ing)? (?:herself|himself|themselves)|kill(?:ing)? (?:herself|himself|themselves)|overdos\w*|tak(?:e|ing) (?:their|her|his) own li(?:fe|ves))\b`,
      String.raw`\b(?:come off|coming off|stop(?:ping)? taking|quit(?:ting)?|taper(?:ing)? off|wean(?:ing)? (?:myself |me )?off|double|increase|change)\w* (?:my |her |his )?(?:prescribed |prescription )?(?:lithium|antidepressants?|ssris?|antipsychotics?|anti-?seizure meds?|epilepsy (?:meds|medication)|insulin|blood thinners?|warfarin|benzos?|benzodiazepines?|clonazepam|xanax|methadone|suboxone|steroids?|meds|medications?)\b(?:\W+[\w'-]+){0,8}?\W+(?:without (?:telling|asking|consulting|involving|my|the|her|his) (?:[\w'-]+ )?(?:psychiatrist|doctor|gp|prescriber|pharmacist|nurse|care team|mental health team)|behind (?:my|her|his) (?:psychiatrist|doctor|gp)['’]s back)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:e-?mails?|texts?|sms|messages?|letters?|notices?|alerts?) (?:that (?:looks?|appears?|seems?) to be )?(?:from|as|pretending to be|posing as|impersonating) (?:paypal|amazon|apple|microsoft|netflix|google|facebook|instagram|dhl|fedex|ups|usps|royal mail|the irs|irs|hmrc|(?:the reader['’]s |their |your |a |the )?bank|chase|wells fargo|bank of america|coinbase|binance|ebay|microsoft support|apple support)\b(?:\W+[\w'-]+){0,30}?\W+(?:log(?:ging)? ?in|sign(?:ing)? ?in|verify|confirm|enter|update|re-?enter|click)\w* (?:[\w'-]+ ){0,5}(?:via|through|using|at|on|with|by clicking) (?:my|our|this|a|the) (?:own )?(?:link|site|page|url|form|website|portal)\b`,
      String.raw`\b(?:log(?:ging)? in|sign(?:ing)? in|enter (?:their|your|his|her) (?:password|details|card|login|credentials)|verify (?:their|your) (?:account|identity|details)) (?:[\w'-]+ ){0,3}(?:via|through|using|at|on) my (?:own )?(?:fake |cloned |lookalike )?(?:link|url|lookalike|fake page|cloned page)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:stop|stopp\w*|arrest)\w* (?:my |his |her |their |a |the |someone['’]s |somebody['’]s |(?:[\w'-]+ ){0,2}(?:husband|wife|partner|father|mother|dad|mom|mum|boss|neighbou?r|uncle|aunt|grandfather|grandmother|patient|roommate|brother|sister)['’]s )(?:[\w'-]+ ){0,2}heart\b(?! (?:from (?:racing|pounding|breaking)|racing|pounding|breaking))`,
      String.raw`\bhow much (?:[\w'-]+ ){1,3}(?:to (?:inject|give|put|slip|add|feed)|(?:should|would|could|do) i (?:inject|give|put|slip|add)) (?:[\w'-]+ ){0,5}(?:to (?:kill|stop|end|finish off)|so (?:that )?(?:he|she|they) (?:dies?|won['’]t wake|doesn['’]t wake))\b`,
    ],
    intent: 'any',
    score: 0.9,
  },
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:(?:border|customs|immigration|police|port|airport|building|health|safety|fire|food) (?:agents?|officers?|officials?|inspectors?|guards?|cops?)|inspectors?|officials?|judges?|jurors?|guards?|cops?|clerks?|referees?) (?:could |can |would |might )?be (?:bribed|paid off|bought)\b|\b(?:brib|pay off|buy off)\w* (?:a |an |the )?(?:[\w'-]+ )?(?:border|customs|immigration|police|port|airport|building|health|safety|fire|food|tax|zoning|city|county|government|public) (?:agents?|officers?|officials?|inspectors?|guards?|cops?|clerks?)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Filed under crime, not child_sexual: the protective frames must still excuse "how do camps make sure no
  // adult gets unsupervised access to kids" (child_sexual hits pass no frame).
  {
    category: 'crime',
    branches: [
      String.raw`(?<!\b(?:no|not|never|nobody|no one|no adult|no volunteer|prevent\w*|stop\w*|avoid\w*) (?:[\w'-]+ ){0,2})\b(?:get|gain|getting|gaining|ways? to get|arrange)\w* (?:[\w'-]+ ){0,2}(?:unsupervised|unmonitored|private|alone|one-on-one|1-on-1) (?:access|time|contact) (?:to|with) (?:[\w'-]+ ){0,2}(?:kids|children|minors|boys|girls|youngsters|campers|pupils|students|teens|kid|child)\b`,
    ],
    intent: 'any',
    score: 0.9,
  },
  // The second blind JailbreakBench-style batch (21 / 30 caught, 1 / 30 benign flagged; the fixes above
  // did not carry to it), then fixed: abuse to post under someone's photos, a hateful letter about a
  // person's marriage or body, software that copies what people type, an illness treated with a
  // kitchen remedy instead of its medicine, surgery on a friend at home, a wildfire set.
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:insults?|mean comments?|nasty comments?|hate comments?|hateful comments?|slurs?|roasts?|abuse) (?:[\w'-]+ ){0,4}(?:post|leave|write|comment|spam|drop)\w* (?:under|on|below|beneath) (?:a |an |the |her |his |their |this |that |my [\w'-]+['’]s )?(?:[\w'-]+ ){0,3}(?:photos?|posts?|pictures?|pics|selfies?|videos?|page|profile|account|stream|tiktoks?|reels?)\b`,
      String.raw`\b(?:to )?make (?:her|him|them|the [\w'-]+) (?:quit|leave|delete (?:her|his|their) account|stop posting|cry|hate (?:herself|himself|themselves)|feel worthless)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'hate',
    branches: [
      String.raw`\b(?:telling|tell|saying|say|reminding)\w* (?:her|him|them|my [\w'-]+|the [\w'-]+) (?:that )?(?:her|his|their) (?:interracial |gay |same-sex |mixed(?:-race)? |lesbian |trans )?(?:marriage|relationship|wedding|religion|race|skin(?: colou?r)?|hijab|accent|disability|kids|children|family) (?:is|are|makes? me) (?:disgusting|gross|sinful|an abomination|unnatural|vile|sick(?:ening)?|revolting|a disgrace|shameful)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:silently |secretly |covertly |quietly |invisibly |automatically )?(?:copies|copy|records?|logs?|captures?|collects?|steals?|sends?|uploads?|forwards?|grabs?)\w* (?:everything|all|every keystroke|whatever|each keystroke) (?:that )?(?:the )?(?:users?|people|visitors?|victims?|they|someone|employees|customers|kids|my [\w'-]+) (?:types?|enters?)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'misinformation',
    branches: [
      String.raw`\btreat\w* (?:my |her |his |their |a |our )?(?:[\w'-]+['’]s? )?(?:type 1 |type 2 )?(?:diabetes|cancer|epilepsy|asthma|hiv|infection|sepsis|meningitis|pneumonia|appendicitis|tuberculosis|leukemia|tumou?r|heart disease|strep throat) (?:[\w'-]+ ){0,2}with (?:[\w'-]+ ){1,4}instead of (?:insulin|chemo(?:therapy)?|medication|medicine|antibiotics|(?:an )?inhaler|surgery|antiretrovirals|(?:the |his |her |their )?(?:prescribed |prescription )?(?:meds|drugs|treatment))\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:perform|do|carry out|attempt)\w* (?:a |an )?(?:tooth extraction|root canal|surgery|operation|abortion|amputation|c-section|appendectomy|stitches) (?:on|for) (?:my |a |her|him|them|someone|somebody|our )(?:[\w'-]+ ){0,6}(?:at home|with (?:pliers|a kitchen knife|a razor|household))\b|\b(?:pull|extract|yank)\w* (?:[\w'-]+ ){0,2}(?:teeth|tooth) (?:[\w'-]+ ){0,4}with pliers\b`,
      String.raw`\b(?:start|set|ignite|spark|light)\w* (?:a |an )?(?:[\w'-]+ ){0,2}(?:wildfire|forest fire|brush ?fire|bushfire|grass fire)s?\b(?! (?:season|risk|danger))`,
    ],
    intent: 'doing',
    score: 0.85,
  },
  // A blind MaliciousInstruct-style batch ("How to …?", "Ideas for …?", "Ways to …?"; 18 / 30 caught,
  // 2 / 30 benign flagged; "ideas for" / "ways to" were not request phrases), then fixed: harm to a
  // neighbour's animals, an elderly parent pressed to sign over a house, doctor shopping, humiliating a
  // kid until he leaves, income hidden from child support, shoplifting past security tags, spreading
  // misinformation, a cult that keeps its members.
  {
    category: 'violence',
    branches: [
      String.raw`\bpoison\w* (?:[\w'-]+ ){0,4}(?:my |the |a )?(?:neighbou?r['’]?s?|someone['’]?s|somebody['’]?s|(?:my |the )?(?:ex|landlord|boss|coworker|roommate)['’]s) (?:[\w'-]+ ){0,2}(?:fish|dogs?|cats?|pets?|horses?|cattle|livestock|chickens|birds|pond|well|garden|trees|hedges?|plants|lawn|crops|bees|koi)\b`,
      String.raw`\bmake (?:my |the |a )?(?:neighbou?r['’]?s?|someone['’]?s|somebody['’]?s|(?:my |the )?(?:ex|landlord|boss|coworker|roommate)['’]s) (?:[\w'-]+ )?(?:dogs?|cats?|pets?|horses?|parrots?|birds?) (?:really |very )?(?:sick|ill|vomit|throw up|die|go quiet for good)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:convinc|persuad|pressur|trick|manipulat|coax|guilt[- ]?trip)\w* (?:my |an? |her |his |our |the )?(?:elderly|old|aging|ageing|senile|confused|sick|dying|frail) (?:[\w'-]+ ){0,2}(?:mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa|aunt|uncle|neighbou?r|patient|client|parents?|relatives?|man|woman|lady) (?:[\w'-]+ ){0,2}(?:to|into) (?:sign(?:ing)? over|transfer(?:ring)? (?:her|his|their) (?:house|home|property|savings|money|assets|accounts?|pension) to me|leav(?:e|ing) me|chang(?:e|ing) (?:her|his|their) will|add(?:ing)? me to)\b`,
      String.raw`\b(?:get|obtain|collect|score)\w* (?:[\w'-]+ ){0,3}(?:painkillers|opioids|oxy\w*|prescriptions?|xanax|adderall|benzos?|vicodin|percocet) (?:[\w'-]+ ){0,2}from (?:several|multiple|many|different|two|three|a few) (?:different )?(?:doctors|pharmacies|gps|clinics|er?s|urgent cares)\b|\bdoctor[- ]shopping\b`,
      String.raw`\b(?:avoid|get out of|dodge|reduce|stop)\w* (?:paying )?(?:child support|alimony|maintenance|spousal support|restitution|taxes|tax) (?:[\w'-]+ ){0,2}by (?:hiding|concealing|under-?reporting|moving|transferring)\b|\b(?:hid(?:e|ing)|conceal\w*|stash\w*) (?:my |our |his |her )?(?:real )?(?:income|earnings|assets|money|cash|savings) (?:from (?:the (?:court|judge|irs|tax\w*)|my (?:ex|wife|husband)|child support)|so (?:i|we) (?:don['’]t|won['’]t|can avoid) (?:have to )?pay)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:humiliat|embarrass|bull|torment|ostraci[sz]|isolat|freez)\w* (?:out )?(?:a |the |this |that |my |our )?(?:new |fat |quiet |weird |disabled |shy )?(?:kid|student|classmate|girl|boy|coworker|colleague|employee|teammate|roommate|neighbou?r|intern) (?:[\w'-]+ ){0,4}(?:so|until) (?:he|she|they) (?:transfers?|quits?|leaves?|cries|gives? up|moves?|resigns?)\b`,
      String.raw`\b(?:start|found|run|lead)\w* (?:my own |a |an )?cult\b|\b(?:keep|stop|prevent)\w* (?:my|our) (?:[\w'-]+ )?(?:followers|recruits|members|devotees) from (?:leaving|escaping|quitting|talking to)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:disable|defeat|bypass|deactivate|fool|beat)\w* (?:[\w'-]+ ){0,3}(?:security|anti-?theft|eas|ink) (?:tags?|gates?|sensors?)\b|\b(?:security|anti-?theft|ink) tags?\b[^.!?\n]{0,60}\b(?:walk|sneak|get|leave) out\b`,
      String.raw`\bpuppy mills?\b|\b(?:dog|cock|rooster)[- ]?fight(?:ing)? (?:ring|pit|operation|business)s?\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'misinformation',
    branches: [
      String.raw`\bspread(?:ing)? (?!of\b)(?:[\w'-]+ ){0,3}(?:misinformation|disinformation|propaganda|conspiracy theor(?:y|ies)|fake news|lies|hoaxes)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
