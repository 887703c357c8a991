// Harmful-request topics by rules. Most categories pair an intent ("how to", "write", "help me")
// with a harmful object, because the objects alone ("kill a process", "bath bomb", "life hack")
// are everyday words. A few phrases are harmful on their own (child sexual content, "kill myself").

import { inBanList } from './ban-list.ts';
import { StartPlaces, splitTopLevel } from '../concepts/branch-gate.ts';
import { personaFrame } from '../concepts/persona-frame.ts';
import type { Finding } from '../finder.ts';
import { COVERT_LEX_RULES } from './covert-lexicon.ts';
import { DEFENDER_FRAME, DEFENDER_VERB, DEFENSE_ACT, KIND_PIECE, TWIN_FRAME } from './defender-frame.ts';
import { AID_FRAME, AID_PIECE, AID_VERB, PLOT_DRUG } from './aid-frame.ts';
import { CARE_FRAME, CARE_VERB } from './care-frame.ts';
import { spotsGrooming } from './grooming-signs.ts';
import { HISTORY_FRAME } from './history-frame.ts';
import { legitVoiceFrame, legitVoiceVerb } from './legit-voice.ts';
import { SAFEGUARD_FRAME, SAFEGUARD_PIECE, SAFEGUARD_VERB } from './safeguard-frame.ts';
import { DEBUNK_FRAME, EXPLAINER_PIECE, HARMFUL_PIECE } from './explainer-frame.ts';
import { scopedFrame } from './frame-scope.ts';
import { findHarmfulIntl, foldAccents, framedIntl, helpSeeking } from './harmful-intl.ts';
import { LiteralGate } from './literal-gate.ts';
import { COUNTER_PIECE, fightsAbuseMaterial, NEAR_FRAME, NEAR_VERB } from './near-frame.ts';
import { findStoryHowTo, operationalAsk } from './story-howto.ts';
import { FORBIDDEN_LEX_RULES } from './forbidden-lexicon.ts';
import { GOAL_LEX_RULES } from './goal-lexicon.ts';
import { defendedInSentence } from './defended-sentence.ts';
import { findPersuadedHarm } from './persuasion-goal.ts';
import { GOAL_MIN_CHARS } from './goal-clause.ts';
import { POLICY_LEX_RULES } from './policy-lexicon.ts';
import { PURPOSE_FRAME } from './purpose-frame.ts';
import { DECEIT_GOAL_LEX_RULES } from './deceit-goal.ts';
import { ACCESS_GOAL_LEX_RULES } from './access-goal.ts';
import { ANIMAL_GOAL_LEX_RULES } from './animal-goal.ts';
import { CONTROL_GOAL_LEX_RULES } from './control-goal.ts';
import { DOSING_GOAL_LEX_RULES } from './dosing-goal.ts';
import { EVASION_GOAL_LEX_RULES } from './evasion-goal.ts';
import { FORGERY_GOAL_LEX_RULES } from './forgery-goal.ts';
import { SELF_HARM_GOAL_LEX_RULES } from './self-harm-goal.ts';
import { THEFT_GOAL_LEX_RULES } from './theft-goal.ts';
import { VICTIM_GOAL_LEX_RULES, VICTIM_SIDE_FRAME, VICTIM_SIDE_VERB } from './victim-goal.ts';
import { HARMBENCH_LEX_RULES } from './harmbench-lexicon.ts';
import { findPairHarm } from './pair-harm.ts';
import { MUTATION_LEX_RULES } from './mutation-lexicon.ts';
import { findTacticHarm } from './tactic-harm.ts';
import { lazyGate } from '../lazy-gate.ts';
import { memoByText } from './text-memo.ts';
import { gatedTests } from './frame-gate.ts';

export const HARM_CATEGORIES = [
  'weapons',
  'violence',
  'self_harm',
  'child_sexual',
  'cybercrime',
  'fraud',
  'drugs',
  'hate',
  'harassment',
  'crime',
  'misinformation',
  'sexual',
] as const;
export type HarmCategory = (typeof HARM_CATEGORIES)[number];

interface TopicRule {
  category: HarmCategory;
  re: RegExp;
  /**
   * none: harmful on its own; any: needs some request phrase ("write", "how do", "help me");
   * doing: needs a how-to-do-it phrase ("how to", "help me", "best way to") — for topic nouns that
   * also appear in questions about the topic ("how do banks detect money laundering?").
   */
  intent: 'none' | 'any' | 'doing';
  score: number;
}

// Past-tense and third-person how-tos ("how did people make …", "in the 1990s, how would someone …",
// "what methods did scammers use to …"): the reformulation that slips past refusal training (issue 15,
// jbb-fresh) asks for the same steps as "how do I".
const PAST_HOW = String.raw`how (?:did|would|could|might|were|was) (?:people|someone|somebody|one|they|criminals|hackers|scammers|fraudsters|thieves|attackers|burglars|smugglers|a person|folks|individuals|(?:a|an|the) (?:\w+ )?(?:criminal|hacker|scammer|fraudster|thief|attacker|forger|smuggler|stalker))\b|(?:what|which) (?:[\w'-]+ )?(?:methods?|steps?|techniques?|tools?|tricks?|tactics?|process) (?:did|would) (?:[\w'-]+ ){1,3}(?:use|take|follow|employ|rely on) to|how (?:was|were) (?:it|this|that) (?:done|pulled off|carried out)`;
/** A request-phrase regex with the past-tense how-to in its slot. */
const withPastHow = (re: RegExp): RegExp => new RegExp(re.source.replace('PAST_HOW_SLOT', PAST_HOW), re.flags);

// Asking for capability or content: questions, imperatives, requests for help.
const INTENT = withPastHow(
  /\b(?:(?<=,\s*)(?:how|tips|ideas|apps|best approach|quickest way|easiest way|where do i start)(?=\W*$)|(?:ideas?|ways?|tips?|tricks?|suggestions?|strategies|methods?) (?:for|to|on|on how to|of)\b|what to (?:mix|take|use|buy|put|give|add|say|post|write)\b|(?:which|what) (?:[\w'-]+ ){1,4}(?:sell|sells|offer|offers|carry|stock)\b|how (?:many|much) (?:[\w'-]+ ){1,6}(?:is|are|would be) (?:lethal|fatal|deadly|enough)|what(?:'?s|’s| is| are) (?:the )?(?:least|most|weak\w*)\b|(?:is|are|would) (?:[\w'-]+ ){1,8}(?:enough|lethal|fatal|deadly)\b|(?:what|which) (?:[\w'-]+ ){1,3}looks? best|what are (?:some|a few|good)|is there (?:a|an|any) (?:tool|app|program|site|website|service|script)|how['’]?d (?:i|you|someone|somebody|one)|what if (?:i|we)|would it (?:work|be enough|kill|hurt|be possible)|(?:trying|looking) to (?:figure out|find out|work out)|(?:curious|wondering) (?:how|what|which|where|if|whether)|any ?(?:one|body) know|who (?:sells|makes|can make|has|would sell)|where (?:would|could|do|does|might) (?:someone|one|a person|people|i) (?:go|get|buy|find)|(?:what|which) (?:[\w'-]+ ){1,3}(?:would|will|could|works? best|is best|mix(?:es)? best|goes best)|how (?:many|much) (?:[\w'-]+ ){1,10}(?:would|will|do i|should i|to)|we (?:want|need|plan|wanna) to|and how (?:many|much)|(?:^|[.!?]\s+)how(?=\s*\?)|how (?:does|did) (?:he|she|they|someone|somebody|my [\w'-]+) (?:do|get|go|make|avoid|hide|take|find|go about)|(?:what|which) (?:[\w'-]+ ){1,8}(?:would|could|will|might) (?:knock|kill|poison|hurt|harm|burn|blind|break) (?:someone|somebody|a person|people|him|her|them|my|the|a)\b|what (?:would|will) happen if (?:i|we|someone|somebody|a person|people)(?! (?:accidentally|mistakenly|unknowingly|already|had|got|was|were|am|have|forgot|missed|lost|took too))|what (?:do|should|would|could) (?:you|i|one|we) say|(?:is|are|would) (?:[\w'-]+ ){1,3}or (?:[\w'-]+ ){1,3}(?:better|stronger|more effective|faster)|how (?:to|do|can|could|would|should|might)|PAST_HOW_SLOT|steps? (?:[\w'-]+ ){1,2}(?:to|for)|what(?:'s| is| are)? (?:the )?(?:best|easiest|fastest|quickest|simplest|most effective|cheapest|safest)|ways? to|steps? (?:to|for)|instructions?|guide|tutorial|recipe|teach|show me|tell me|explain how|explain (?:to me )?why|compile|help me|give (?:me|detailed|step)|write|code (?:me |us |up )?(?:a|an|some)\b|^\W*(?:please )?(?:code|synthesi[sz]e|weaponi[sz]e|culture|cultivate)\b|please help|help (?:please|pls|plz)|create|develop|design|generate|produce|compose|draft|make|build|provide|outline|plan|suggest|describe how|can you|could you|i want to|i want (?:my|him|her|them|someone|somebody) |i need to|i'm going to|i am going to|let me|where (?:can|do) i|which .{0,40} (?:will|would|can)|should i|is it (?:ok|okay|alright|a good idea|worth|easier|possible|legal)|would it be|i'?m (?:planning|trying)|can i|could i|what (?:can|could|would|should) (?:i|he|she|we|they|someone|somebody|one|people)|where (?:on|in) (?:[\w'-]+ ){1,3}(?:do|should|would|can|could) (?:you|i|one|we)|is there (?:a|any) way|any way to|what do i (?:need|say|use|mix|put)|who do i (?:contact|call|pay)|walk me through|coach me|come up with|(?:complete|continue|finish) (?:this|the following|my) (?:story|scene|text|code|sentence|paragraph|dialogue|script)|do (?:the following|these (?:\w+ )?things|(?:two|three|four|five) things)|let'?s (?:practi[cs]e|rehearse|role-?play)|step by step|be specific|how (?:i|one|we) (?:can|could|would|should|might)|how 2|how (?:is|are) (?:[\w'-]+ ){1,3}(?:made|built|produced|manufactured|synthesi[sz]ed|cooked|assembled)|i (?:need|want|would like) (?:a|an|some)|how (?:someone|somebody|a person|people) (?:can|could|would|should|might)|need help to|(?:steps?|tools?) (?:should|do|would|must) (?:i|we) (?:follow|take|use|need) to|(?:explain|describe|outline|give me|teach me|show me) (?:a |the )?(?:[\w'-]+ ){0,2}(?:process|plan|method|technique|procedure) to|looking for (?:a |an |some )?(?:way|method|guide|tutorial|instructions|help)|what(?:'?s|’s| is| are| would be)? (?:the |a |an |some |good )?(?:trick|secret|way|ways|method|methods|technique|route|dose|amount|lines?|things?|tools?|jobs?|apps?|sites?|places?|options?)|which (?:way|method|dose|tools?|apps?|sites?|drugs?|poisons?|chemicals?|height|building|bridge|pills?|plants?|one)|(?:if|suppose|say|imagine) (?:someone|somebody|a person|i|you|one|a teenager|a kid|he|she) (?:wanted|wants|were|was|needed|had|planned) to|hypothetically|pretend (?:you'?re|you are|to be)|you are (?:a|an|now)|act as|(?:role ?play|play) as|imagine you'?re|describe|narrate|recount|what(?:'?s|’s| is) the (?:code|command|script|formula) for|modify|take this|fabricate|find me|get me|word (?:a|an|the|my)|do a bit|do (?:my|the|a) |tell (?:them|him|her) how|who (?:do|should|can|could) (?:i|we) (?:contact|call|ask|pay|talk to|hire|message)|how (?:deep|much|many|hard|high|long|far|strong) (?:do|does|would|should|will|can|must|is|are) |can u|could u|u (?:do|write|make|help)|i'?d like|i wanna|gimme|lemme|need (?:a|an|some|to)\b|asking for (?:a friend|him|her)|(?:write|make|give|send|help|show|tell|teach|get|find) (?:me|us|them)\b|any (?:tips|ideas|advice)|best (?:ways?|methods?|places?|times?|routes?|sites?|spots?)|list (?:the )?(?:best|top|cheapest|easiest) (?:places|sites|websites|shops|markets|vendors|sellers|ways|methods)|(?:give|list|tell)\w* (?:me |us )?(?:the )?(?:exact |precise |full |detailed |complete )?(?:precursors?|reagents?|quantities|temperatures|synthesis|recipe|ingredients|amounts))\b/i,
);

// Asking how to do it (not how something works or is detected).
const DOING = withPastHow(
  /\b(?:how (?:to|do i|can i|could i|would i|should i|might i|do we|can we)|(?:best|easiest|fastest|quickest|safest|cheapest|simplest) way to|help me|teach me|show me how|tell me how|i want to|i need to|i'?m (?:going|planning|trying) to|steps to|(?:instructions|directions|a (?:detailed )?(?:plan|strategy)) (?:to|for|on (?:how to)?)|without getting caught|get away with|tutorial on how|guide (?:to|on how)|recipe for|(?:synthesis|production|manufacturing|extraction) (?:route|pathway|procedure|protocol|steps)s? (?:for|of|to)|walk me through|list (?:the )?materials|how (?:i|one|we|someone|somebody|a person|people) (?:can|could|would|should|might)|PAST_HOW_SLOT|how 2|(?:is there (?:a|any) way|ways?|tips?|tricks?|what do i need|what would i need|help|steps?|process|plan|method|technique|procedure|tools?)(?: [\w'-]+){0,3} to (?!(?:prevent|stop|detect|spot|avoid|protect|recogni[sz]e|identify|report|fight|combat|counter|help|support|reduce|deal|cope|quit|tell|know|understand|learn|warn|explain|teach|educate|check|verify|make sure|be (?:aware|sure|prepared)|look (?:out )?for)\b)|(?:i want|want) to (?!(?:prevent|stop|detect|spot|avoid|protect|recogni[sz]e|identify|report|fight|combat|counter|help|support|reduce|deal|cope|quit|tell|know|understand|learn|warn|explain|teach|educate|check|verify|make sure|be (?:aware|sure|prepared)|look (?:out )?for)\b)|how (?:is|are) (?:[\w'-]+ ){1,3}(?:made|built|produced|manufactured|synthesi[sz]ed|cooked|assembled)|recipes?|ingredients|materials list|(?:materials|chemicals|parts|components) (?:for|to make|needed|do i need)|instructions for|where (?:can|could|do|would) (?:i|one) (?:buy|get|find|order|purchase)|(?:give|list|tell|provide|send|write)\w* (?:me |us )?(?:the |a )?(?:(?:exact|precise|full|detailed|complete|working|practical|simple|easy|step[- ]by[- ]step|lab[- ]scale|home|homemade|kitchen) )*(?:precursors?|reagents?|quantities|temperatures|synthesis|recipe|synthesis route|formula)|step[- ]by[- ]step (?:synthesis|production|preparation|manufacture|recipe|instructions|directions|procedure|protocol|guide|tutorial))\b/i,
);

// Designing something to be harder to abuse ("exams that are harder to cheat on", "a car harder to
// hotwire"): the abuse verb is what an attacker would do to it; 'harder to detect / trace' is not here.
const HARDER_TO = String.raw`(?:harder|more difficult|difficult|hard|impossible) (?:for (?:[\w'-]+ ){1,2})?to (?:cheat|hack|forge|fake|copy|steal|scam|phish|break into|tamper with|counterfeit|crack|guess|pick|hotwire|bypass|plagiari[sz]e|spoof|clone|skim|dox|stalk|track|impersonate|hijack|brute[- ]?force)`;

// Protective or educational framing: defending against the harm, recognising it, how those who fight
// it work, its history. A request that only mentions a harmful subject this way is not a harmful goal
// ("how does ransomware work, and how do I protect our shop against it?", "signs of an overdose").
const PROTECTIVE = new RegExp(
  String.raw`\b(?:(?:protect|defend|safeguard|secure|shield|harden)\w* (?:\S+ ){0,4}(?:against|from)|(?:warning )?signs of|warning signs|signs (?:that|when) (?:[\w'-]+ ){1,3}(?:is|are|might|may|could|has|have|was|were)\b|signs (?:that |when )?(?:it|this|he|she|they|someone|my [\w'-]+)(?:'s|’s| is| are| was| has| might| may)\b|(?:sigma|yara|snort|suricata|siem|kql|splunk|sentinel|edr|ids|detection|hunting) (?:rules?|quer(?:y|ies)|signatures?|logic|content)|(?:rules?|signatures?|quer(?:y|ies)|alerts?|features?|indicators?|heuristics?) (?:\w+ ){0,2}(?:that|which|to|would|could|will|can) (?:help )?(?:detects?|catch(?:es)?|flags?|alerts? on|spots?)\b|suicide prevention|means[- ]restriction|(?:reduc|lower|decreas|prevent)\w* (?:the )?(?:[\w'-]+ ){0,2}(?:rates?|deaths|incidence|fatalities|overdoses|suicides)\b|what happened (?:during|in|at|on|to)\b|how (?:was|were) (?:[\w'-]+ ){1,4}(?:investigated|caught|arrested|prosecuted|convicted|stopped|foiled|identified)\b|red flags|symptoms of|(?:warning|spot|recogni[sz]e|identify|detect|report)(?:ing)? (?:the )?(?:signs|symptoms)|how (?:(?:do|does|can|could|did) )?(?:the )?(?:police|law enforcement|investigators?|detectives?|banks?|regulators?|authorities|antivirus(?: software)?|security (?:teams?|software|researchers?)|companies|platforms?|doctors?|hospitals?|schools?|governments?|courts?|prosecutors?|moderators?|insurers?|insurance (?:companies|adjusters?|investigators?)|adjusters?|auditors?|examiners?|inspectors?|customs(?: officers?)?|border (?:agents?|officers?)|employers?|universities|teachers?|tax (?:authorities|offices?)|the irs|hmrc|fraud (?:teams?|investigators?)|pharmacists?|lenders?|landlords?|casinos?)(?: and (?:\w+ )?\w+)? (?:\w+ )?(?:detect|spot|recogni[sz]e|identif(?:y|ies)|fight|combat|prevent|investigate|prosecute|trace|catch|find|uncover|intercept|seize|screen for)\w*|(?:history|historians?) of|historians?|(?:support|help|talk to|reach out to) (?:a |my |our |your )?(?:friend|student|coworker|colleague|child|teen(?:ager)?|son|daughter|partner|patient|loved one|family member|someone|person) who|why (?:is|are|was|were) (?:\w+ ){1,5}(?:dangerous|harmful|illegal|banned|deadly|hurtful|wrong|offensive|false|untrue|a myth|a conspiracy theory|racist)|why (?:it|this|that|they)(?:'s|’s| is| are| was| were) (?:so )?(?:hurtful|wrong|harmful|offensive|dangerous|not (?:ok|okay|funny))` +
    // Reporting it to those who deal with it, or asking what to do when it is done to you.
    String.raw`|(?:how|where|who) (?:do|can|should|would) (?:i|we) report|report(?:ing|s)? (?:a |the |this |an |that )?(?:[\w'-]+ ){0,2}(?:phishing|scam|fraud\w*|spam|suspicious|fake|spoofed) (?:messages?|e-?mails?|texts?|calls?|sites?|websites?|attempts?|charges?|transactions?|accounts?|links?)\b|report(?:ing)? (?:\S+ ){0,8}to (?:the )?(?:police|authorities|council|landlord|school|platform|site|app|bank|moderators?|ftc|fbi|hotline)|what (?:should|can|do) (?:i|we) do (?:if|when|now that|after) (?:someone|somebody|a stranger|a scammer|they|he|she|my (?:ex|partner|boss|coworker|colleague|neighbou?r))` +
    // How those who guard against it (apps, platforms, employers) check for it.
    String.raw`|how (?:do|does|can) (?:\w+ ){0,2}(?:apps?|sites?|websites?|services?|social networks?|email providers?|employers?|prisons?|jails?|prison (?:staff|guards?|officers?)|insurers?|retailers?|stores?|marketplaces?|landlords?|teachers?|parents?|fact[- ]checkers?|journalists?|researchers?|moderators?|analysts?|investigators?|accountants?|auditors?|providers?|vendors?|cdns?|firewalls?|browsers?|universities|lenders?|insurers?) (?:(?:like|such as) [\w.'-]+ )?(?:\w+ )?(?:verify|check|screen|flag|block|moderate|catch|detect|spot|stop|handle|prevent|deter|fight|combat|investigate|protect|debunk|expose|uncover|trace|track down|mitigate|defend|filter|absorb|withstand|neutrali[sz]e)\w*` +
    // The victim's side: it was done to us, and what now; the legal protection against it; pushing back on it.
    String.raw`|(?:got|been|was|were|are being|is being|am being) (?:hit|hacked|scammed|attacked|infected|targeted|breached|compromised|phished|doxx?ed|blackmailed|threatened|harassed|(?:cyber)?stalked|cyberbullied|trolled|catfished|sextorted|defrauded|extorted|trafficked|abused|groomed|exploited|radicali[sz]ed|bullied|coerced|assaulted|drugged|poisoned)\b|how (?:do|can|would|could) (?:i|we|you) (?:know|tell|check|find out|verify|be sure) (?:if|whether)|(?:is|are) (?:it|this|that|these|they|those) (?:real|fake|counterfeit|legit(?:imate)?|a scam|genuine)\b|victims? of|fell for|(?:harass|threaten|stalk|bull(?:y|ie)|blackmail|extort|scam|impersonat|dox|spy)\w* (?:on )?(?:me|us|my (?:[\w'-]+ )?(?:kids?|sons?|daughters?|child(?:ren)?|family|mom|mum|dad|parents?|grandparents?|business|shop))\b|(?:get|have) (?:[\w'-]+ ){0,4}(?:removed|taken down|deleted)|take (?:it|them|this|that) down|takedown|(?:restraining|protective|protection) order(?! (?:against|on) (?:me|us)\b)|injunction|press charges|file (?:a )?(?:police )?(?:report|complaint)|push back|call (?:\w+ )?out|stand up (?:to|against)|speak up (?:against|when)` +
    // Seeking help or treatment, first aid, and what the law says about it.
    String.raw`|(?:get|find|seek|getting|finding|seeking|finds?|found|sees?|saw|visit\w*) (?:\w+ ){0,2}(?:help|support|treatment|counsel+ing|therapy|therapists?|counsel+ors?|psychologists?|psychiatrists?|rehab|detox)|(?:withdrawal|overdose) (?:symptoms|signs|effects)|symptoms (?:when|after|from)|(?:treated|managed) medically|medical (?:treatment|management|care) (?:of|for)|how (?:do|does|did|can|should|would|could) (?:\w+ )?(?:doctors?|hospitals?|nurses?|paramedics?|clinics?|emergency rooms?|a&e|gps?|psychiatrists?|therapists?) (?:\w+ )?(?:treat|manage|handle|help|support)\w*|(?:tell|talk to|open up to|confide in|be honest with)\w* (?:my |a |the |our |her |his |their )?(?:gp|doctor|therapist|counsel+or|psychiatrist|psychologist|nurse|parents?|mum|mom|mother|dad|father|teacher|partner|friends?|family)\b|cop(?:e|ing) with (?:the |my |these |those |such )?(?:urges?|thoughts|feelings|cravings)|(?:alternatives|distractions) to (?:self[- ]harm|cutting)|stop(?:ping)? (?:my(?:self)? )?(?:from )?self[- ]harm\w*|helplines?|hotlines?|crisis (?:line|cent(?:re|er)|text line)|rehab|harm reduction|naloxone|narcan|first aid|poison control|antidote|is (?:it|this|that) (?:legal|illegal|a crime|against the law)|what (?:is|are) the (?:penalt(?:y|ies)|sentences?|laws?|legal consequences)|(?:penalt(?:y|ies)|punishment|sentence) for` +
    // Defending against it: what resists it, designing something harder to abuse, a process so
    // the people at risk don't fall for it, blocking it.
    String.raw`|(?:what|which) (?:kinds?|types?|sorts?) of (?:[\w'-]+ ){0,3}(?:resists?|stops?|prevents?|blocks?|defeats?|protects? against|defends? against)|mitigat(?:e|es|ed|ing|ion) (?:it|them|this|that|these|against|(?:the |such |those |these )?(?:[\w'-]+ )?(?:attacks?|threats?|damage|impact|harm|exposure|vulnerabilit(?:y|ies)|malware|ransomware|phishing|fraud|scams?|outages?))|countermeasures?|defen[cs]es? against|(?:don['’]t|doesn['’]t|won['’]t|can['’]t|never|do not|does not|will not|cannot) (?:get|be|become) (?:recruited|enlisted|infected|hijacked|compromised|conscripted) (?:into|in|by|as)|resistant to|${HARDER_TO}|so (?:that )?(?:i|we|they|he|she|(?:our|my|the|his|her|their) [\w'-]+) (?:don't|doesn't|won't|can't|never|do not|does not|will not|cannot) (?:fall for|pay (?:them|it|fake|bogus|scam|fraudulent|the (?:fake|scam|bogus|fraudulent))|click|lose (?:money|savings|their savings|it all)|send money|wire money|open (?:it|them|the (?:link|attachment))|get (?:scammed|tricked|fooled|conned|phished|hacked|infected|ripped off)|become (?:a )?victims?|hand over|give (?:out|away))\b|(?:block|filter|restrict)\w* (?:[\w'-]+ ){0,3}(?:porn\w*|adult (?:sites?|content)|explicit (?:sites?|content)|gambling sites?)|warn(?:ing)? (?:my |our |the |other |fellow |older |elderly |vulnerable )?(?:them|him|her|people|everyone|parents|grand(?:parents|ma|pa|mother|father)|mum|mom|dad|students|pupils|staff|employees|colleagues|coworkers|customers|clients|friends|family|kids|children|members|users|neighbou?rs|residents|seniors|readers|listeners|viewers|team)\b|raise awareness|awareness (?:training|session|campaign|talk|workshop)|so (?:that )?(?:i|we) can (?:better )?(?:protect|warn|spot|recogni[sz]e|report|train|teach|educate|prevent|defend against|look out for|keep (?:\w+ ){0,2}safe)\b|(?:train|brief)(?:ing)? (?:for )?(?:my |our |the )?(?:staff|employees|team|colleagues|cashiers|volunteers|carers|nurses|teachers|moderators)\b` +
    // Checking for it, whoever asks; the victim's side of an outage or a threat; making it harder for
    // the offender; answering someone who says it (counter-speech).
    String.raw`|how (?:(?:do|does|can|could|would|should) )?(?:[\w'-]+ ){0,2}(?:parents|people|teachers|users|families|teams?|staff|departments?|clerks?|cashiers?|tellers?|customers|officers|guards|customs|agents|nurses|doctors|carers) (?:\w+ )?(?:tell|know|check|spot|recogni[sz]e|detect|verify|find out|identify)\w*` +
    String.raw`|(?:check|scan|search|sweep|inspect)\w* (?:[\w'-]+ ){0,4}for (?:hidden |secret |spy |covert )?(?:cameras?|trackers?|bugs|listening devices|keyloggers?|spyware|malware|stalkerware|skimmers?|viruses)` +
    String.raw`|(?:keeps?|kept|is|was|has been|have been) (?:asking|pressuring|begging|pushing|messaging|forcing) (?:me |us )?(?:for|to send|to)\b` +
    String.raw`|(?:keeps? |kept )?(?:getting|got|been|being) (?:taken down|knocked offline|flooded|spammed|ddos(?:ed)?)|threaten\w* to (?:post|share|leak|send|release|publish|expose|spread) (?:[\w'-]+ ){0,3}(?:of me|my)\b` +
    String.raw`|(?:harder|more difficult|tougher|impossible) for (?:burglars|thieves|hackers|scammers|intruders|criminals|attackers|fraudsters|predators|stalkers|poachers)` +
    String.raw`|(?:respond|reply|react|answer|push back|object|counter)\w* (?:to )?(?:[\w'-]+ ){0,3}(?:who|when (?:someone|somebody|people|they|he|she|a \w+|members?|others)) (?:[\w'-]+ ){0,2}(?:claims?|says?|argues?|posts?|shares?|tells?|makes?|chants?|spreads?|repeats?)` +
    // Talking with a child or student about it.
    String.raw`|(?:talk|speak|explain|discuss)\w* (?:\w+ ){0,2}(?:to|with) (?:him|her|them|(?:my|our) (?:[\w'-]+ ){0,2}[\w'-]+|kids|children|students|pupils|teens|teenagers|the class) (?:about|why|what)|explain\w* (?:it |this |that )?to (?:my|our) (?:[\w'-]+ ){0,2}(?:kids?|children|sons?|daughters?|students|pupils|class|teens?|teenagers?) (?:why|what|how|that))\b` +
    // Defender, learner and helper sides of sensitive subjects (defender-frame.ts).
    `|${DEFENDER_FRAME}` +
    // Aftermath, self-check, exit and the victims' own pieces in JailbreakBench's benign manner (aid-frame.ts).
    `|${AID_FRAME}`,
  'i',
);

// Care after the harm, how safeguards work, a harm's past use as history (care-, safeguard-, history-frame.ts),
// and what a do-it phrase may lead into for them (with aid-frame.ts's exit). Kept apart from PROTECTIVE and
// PROTECTIVE_VERB (same prefix and suffix, so the union matches what the joined regexes matched): joined into
// them, the regexes grew past what V8 compiles to native code and the harmful detector ran ~5x slower.
const CARE_SAFEGUARD = new RegExp(`${CARE_FRAME}|${SAFEGUARD_FRAME}|${HISTORY_FRAME}`, 'i');
const CARE_SAFEGUARD_VERB = new RegExp(
  String.raw`^\s*(?:to )?(?:(?:in|during|back in|before|after) (?:the )?[\w'-]+(?: [\w'-]+)? )?(?:${AID_VERB}|${CARE_VERB}|${SAFEGUARD_VERB})\b`,
  'i',
);
// Read by every frame below, on the same texts, several times a check (text-memo.ts).
const protective = memoByText(
  (text: string): boolean => protectiveWords(text) || careSafeguard(text) || legitVoiceFrame(text),
);
const protectiveVerb = (rest: string): boolean =>
  PROTECTIVE_VERB.test(rest) || CARE_SAFEGUARD_VERB.test(rest) || legitVoiceVerb(rest);

// Evasion (staging it as an accident too), advocacy ("without glorifying" is its opposite) or a request for working code voids the framing: "how do police detect X, so I can
// avoid it", "a post glorifying self-harm with its warning signs", "write a script that … protects it from antivirus".
const EVASION = new RegExp(
  /\b(?:(?<!\b(?:without|not|never|avoid|avoiding) )(?:promot|glorif|encourag|prais|justif|romantici[sz])\w*(?! (?:[\w'-]+ ){0,2}to (?:report|seek|get (?:help|tested|vaccinated|screened|support)|call|reach out|speak up|protect|vote|donate|volunteer|stay safe|check|verify|quit|stop)\b)|(?:write|create|develop|build|code|generate|make)\w* (?:me )?(?:a |an |the |some )?(?:working |functional |simple )?(?:program|script|code|tool|app|bot|virus|worm|exploit|payload|malware)s?|(?:look|looks|seem|seems) like (?:an? )?(?:accident|suicide|natural (?:death|causes))|(?:look|looks|seem|seems|appear|appears) (?:like |as if |as though )?(?:it was |it were |it's |it is |it had been )?(?:caused|started|set) by (?:a |an |the )?(?:[\w'-]+ ){0,2}(?:power lines?|lightning|wiring|electrical (?:fault|short|fire)|short circuit|candle|cigarette|accident|camper|campfire|faulty)|hid(?:e|es|ing) from (?:the )?(?:antivirus|av|edr|detection|police|authorities|security|scanners?)|avoid\w* (?:detection|(?:being|getting) (?:caught|detected|traced|noticed|arrested)|them|it|police|law enforcement)|evad\w+|without (?:getting |being )?(?:caught|detected|noticed|traced)|undetect\w+|untraceabl\w+|so (?:that )?(?:i|we) can(?! (?:DEFENSE_ACT_SLOT|protect|warn|spot|recogni[sz]e|report|help|support|explain|teach|train|prevent|detect|defend|keep (?:\w+ )?safe|stay safe|talk|educate|check|tell|understand|look out|avoid (?:it|them|being|falling|becoming)|be (?:aware|prepared|ready)|respond|react)\b)|so (?:that )?(?:i|we|they) (?:don't|won't|do not|will not|never) get (?:caught|traced|noticed|arrested|flagged|detected)|(?:risk|chances?|odds|likelihood) of (?:getting|being) (?:caught|arrested|detected|traced|noticed|flagged)|get away with|cover (?:my|our|your) tracks)\b/i.source.replace(
    'DEFENSE_ACT_SLOT',
    DEFENSE_ACT,
  ),
  'i',
);

// What a do-it phrase ("how do I", "help me", "tell me how" + "to") may lead into and still be protective.
const PROTECTIVE_VERB = new RegExp(
  String.raw`^\s*(?:to )?(?:(?:in|during|back in|before|after) (?:the )?[\w'-]+(?: [\w'-]+)? )?(?:(?:best |safely |quickly )?(?:check (?:[\w'-]+ ){0,3}(?:whether|if|for)|make (?:[\w'-]+ ){0,4}(?:harder|safer|more secure|tougher)|find out (?:if|whether)|verify (?:if|whether)|protect|defend|secure|safeguard|shield|harden|prevent|detect|spot|recogni[sz]e|identify|tell (?:if|whether)|know (?:if|whether)|support|help (?:a|my|our|him|her|them|someone)|talk (?:to|with)|explain (?:(?:it|this|that|why) )?to|teach (?:my|our|the|them|him|her|kids|children|students)|clean|remove|recover|report|respond to|deal with|cope with|keep (?:\w+ )?safe|stay safe|get (?:\w+ ){0,2}(?:help|treatment|support|rehab|detox|therapy)|find (?:\w+ )?(?:help|support)|(?:tell|talk to|open up to|confide in) (?:my |a |the |our )?(?:gp|doctor|therapist|counsel+or|psychiatrist|psychologist|nurse|parents?|mum|mom|dad|teacher|partner|friends?|family)\b|(?:document|record|screenshot|keep (?:a )?record of|collect evidence of|gather evidence of|save evidence of) (?:it|this|that|them|the (?:messages|abuse|harassment|bullying|threats|posts))|quit|stop using|get (?:clean|sober)|(?:reduce|deter|curb|tackle|combat|discourage|cut down on|minimi[sz]e|lower) (?:the )?(?:[\w'-]+ ){0,2}(?:shoplifting|theft|thefts|burglar(?:y|ies)|break-ins|fraud|scams?|vandalism|piracy|bullying|harassment|phishing|spam|cheating|plagiarism|misinformation|crime|violence)|get (?:[\w'-]+ ){0,4}(?:removed|taken down|deleted)|find out (?:who|if|whether)|react|respond|express|process|grieve|mourn|heal|find (?:the )?(?:right )?words|(?:handle|moderate|address|manage) (?:the |these |such |those )?(?:users?|members?|people|comments?|posts?|reports?|it|this|them|situations?|cases?|incidents?)|get (?:a )?(?:restraining|protective|protection) order|press charges|file (?:a )?(?:police )?(?:report|complaint)|push back|call (?:\w+ )?out|stand up to|challenge|confront|counter|(?:realistically |accurately |sensitively |respectfully )?(?:portray|depict|write about))|(?:open|start|have|begin) (?:the |that |this |a )?(?:[\w'-]+ )?conversation|bring (?:it|this|that|the (?:subject|topic)) up|check in (?:on|with)|(?:write|build|create|draft|tune|improve) (?:a |an |the |some |our |my )?(?:[\w'-]+ ){0,2}(?:detection|sigma|yara|snort|suricata|siem|kql|splunk|hunting|edr) (?:rules?|quer(?:y|ies)|signatures?|logic|content)|avoid (?:becoming|being|falling for)|stop (?:it|them|this|attacks?|being)|(?:isolate|quarantine|sandbox|contain|patch|mitigate|block|filter|lock (?:down|out)|warn|verify|audit|monitor (?:my|our) own|understand|learn (?:about|more about|the signs)|educate|raise awareness|be (?:aware|prepared))\b|set up (?:[\w'-]+ ){0,3}(?:process|checks?|controls?|filters?|polic(?:y|ies)|rules?|alerts?|verification|approvals?|safeguards?)|(?:design|build|make|set up|create|write|structure|plan|run|configure) (?:[\w'-]+ ){0,5}${HARDER_TO}|${DEFENDER_VERB}|${NEAR_VERB}|${VICTIM_SIDE_VERB})\b`,
  'i',
);

// Craft, study and professional framing: how writers handle a subject in fiction (without the real
// technique), explaining it for a class, or a nurse, teacher or analyst asking about their work (not
// a persona handed to the assistant: "as an uncensored pentester AI"). Weaker than protection — a story can wrap a real how-to — so asking
// for the working detail voids it (CONTEXT_VOID).
const CONTEXT = new RegExp(
  String.raw`\b(?:(?:how|what|why) (?:do|does|did|can|should|would|could) (?:\w+ ){0,2}(?:authors?|writers?|novelists?|screenwriters?|filmmakers?|directors?|playwrights?|game designers?|storytellers?|crime writers?) (?:\w+ ){0,2}(?:handle|write|portray|depict|make|show|approach|convey|describe|treat|build|create|keep|use|research|avoid)|without (?:any |the )?(?:real|actual|technical|operational|working|specific|usable) (?:\w+ )?(?:technique|details?|instructions|methods?|steps|how-to)|fade[- ]to[- ]black|explain what (?:a |an |the )?(?:[\w'-]+ ){1,3}(?:is|are|was|were|means?)\b|(?:how (?:can|do|should|could) (?:i|we)|help me) (?:realistically |accurately |sensitively |respectfully )?(?:portray|depict|write about)|` +
    // Writing about a loss or an experience: a song, poem or eulogy.
    String.raw`(?:writing|write) (?:a |an )?(?:song|poem|eulogy|memoir|tribute|obituary|speech|letter) (?:about|for|in memory of|to) (?:my|our|a friend|his|her)|` +
    // A professional asking about their work: the care, teaching, moderation or investigation.
    String.raw`(?:i(?:'m|’m| am) (?:a |an )?|as (?:a |an ))(?:\w+ )?(?:nurse|doctor|gp|pharmacist|paramedic|midwife|social worker|teacher|school counsel+or|counsel+or|therapist|psychologist|psychiatrist|security (?:analyst|engineer|researcher)|soc analyst|penetration tester|pentester|sysadmin|lawyer|defen[cs]e attorney|prosecutor|journalist|reporter|moderator|content moderator|librarian|police officer|detective|probation officer|youth worker|carer|caregiver|compliance officer|fraud (?:analyst|investigator)|aml analyst|lecturer|professor|instructor|educator|sex educator|tutor|teaching assistant|trainer|loss[- ]prevention (?:manager|officer|lead|analyst)|store detective|security guard|risk (?:analyst|manager)|auditor|(?:domestic (?:violence|abuse) |victim )?advocate|caseworker|case worker|safeguarding lead|first responder|emt|firefighter|(?:medical|nursing|pharmacy|law|criminology|journalism) student|fact[- ]checker|editor|trust (?:and|&) safety (?:lead|analyst|manager)|policy (?:writer|lead|manager)|(?:malware|threat|incident response|forensics?) (?:analyst|researcher|responder))(?! ?(?:ai|bot|assistant|model|gpt|persona)\b)|(?:for|in) (?:a |an |my |our |the )?(?:intro(?:ductory)? |first[- ]year |high school |university )?(?:history|civics|social studies|sociology|politics|media studies|media literacy|ethics|business ethics|psychology|law|criminology|literature|(?:cyber ?|it |information |network )?security|infosec|computer science|networking|pharmacology|toxicology|medical|nursing|public health|journalism|economics|finance) (?:class|lesson|lecture|seminar|presentation|essay|paper|project|course|unit|exam|homework|assignment|thesis|workshop|training)|(?:malware|threat|forensic|incident) (?:analysis|research|hunting|intelligence|response)|(?:analysis|research|security|testing) lab|honeypots?)\b`,
  'i',
);
// Writing about it for others (an op-ed, an explainer, a thesis, a content policy, a staff training):
// voided like CONTEXT, and also when the piece to write is itself the text ("for a newsletter, write a
// fake news article").
const WRITING_FOR =
  /\b(?:i(?:'m|’m| am) (?:writing|preparing|drafting|putting together) |for )(?:an? |my |our |the )?(?:op-?ed|opinion piece|article|column|essay|report|explainer|blog post|feature|news story|newsletter|thesis|dissertation|(?:research )?paper|podcast episode|documentary|(?:security )?awareness (?:training|session|workshop)|staff training|workshop|lesson plan|content policy|community guidelines|moderation (?:policy|guidelines))\b/i;
const WRITE_PIECE =
  /\b(?:write|generate|create|compose|draft|produce|craft)\w* (?:me |us )?(?:a |an |the |some |\d+ |five |ten |a few )?(?:[\w'-]+ ){0,3}(?:articles?|essays?|stor(?:y|ies)|news|reports?|op-?eds?|columns?|press releases?|blog posts?|examples?|samples?)\b/i;

// Asking for the harmful piece itself (a message, post, joke, page or working program, a person's
// address or password) voids every framing: "how do email providers detect phishing? Write me one".
const PRODUCE =
  /\b(?:(?:write|generate|create|compose|draft|produce|craft|code|design|give|list)\w*(?<!ed) (?:me |us )?(?:a |an |some |the |\d+ |five |ten |a few |more |my own )?(?:[\w'-]+ ){0,3}(?:jokes?|slurs?|insults?|posts?|tweets?|(?<!\b(?:villain|character|hero|heroine|king|queen|narrator|antagonist|protagonist|wizard|warlord|general|captain|pirate|dragon|monster|robot|alien|overlord|sorcerer|emperor)['’]?s? )speech|song|lyrics|slogans?|flyers?|pamphlets?|manifesto|propaganda|messages?|e-?mails?|letters? (?:from|pretending)|scripts?|programs?|code(?! of (?:conduct|honou?r|rules|silence|ethics)\b)|tools?|apps?|bots?|keyloggers?|ransomware|malware|virus|worms?|trojans?|rootkits?|spyware|stealers?|exploits?|payloads?|pages?|sites?|websites?|profiles?|reviews?|ads?|invoices?|ids?|plan|strategy|tutorial|guide|instructions|walkthrough|blueprint|recipe)|(?:write|code|make|build)\w* (?:me |us )?(?:one|it|that|this|such a thing)(?! (?:harder|more difficult|tougher|safer|more secure|impossible|stop)\b)|(?:in|using) (?:python|javascript|powershell|bash|c\+\+|c#|vba|php|golang|rust)|(?:give|find|get|send|tell|show)\w* (?:me|us) (?:the |her |his |their |my [\w'-]+'s )?(?:[\w'-]+ ){0,2}(?:address|location|phone number|password|login|credentials|whereabouts|real name))\b/i;
const CONTEXT_VOID =
  /\b(?:step[- ]by[- ]step|exact|precise|detailed|realistic (?:steps|method|instructions|recipe)|instructions|recipe|ingredients|quantities|measurements|dosages?|blueprints?|schematics?|explicit|graphic|made of|materials|lethal|fatal|undetectable|chemistry|chemicals|reagents|precursors?|synthes\w+|formula|source code|commands|payload|fully working|fully functional|(?:working|functional|ready[- ]to[- ]use|deployable|weaponi[sz]ed) (?:script|code|exploit|malware|program|tool|payload|version))\b/i;

/**
 * Defending against the harm, reporting it, supporting someone or seeking help (PROTECTIVE, the intl
 * frames, a named video game, help-seeking), without the writing and study contexts (CONTEXT,
 * WRITING_FOR): the WildJailbreak-style finder (tactic-harm.ts) already demands the working or
 * persuasive product those contexts are voided by.
 */
export const defensiveRequest = memoByText(function defensiveRequest(text: string): boolean {
  if (framedIntl(text) || gameFrame(text) || helpSeeking(foldAccents(text))) return true;
  if (!protective(text) || EVASION.test(text) || SECRECY.test(text)) return false;
  if (PRODUCE.test(text) && !KIND_PIECE.test(text)) return false;
  for (const m of text.matchAll(DOING_ALL)) if (!protectiveVerb(text.slice(m.index + m[0].length))) return false;
  return true;
});

/** The framing counts only if every do-it phrase leads into a protective verb ("how do I protect", not "how do I make"). */
const protectiveFrame = memoByText(function protectiveFrame(text: string): boolean {
  const framed =
    protective(text) ||
    twinFrame(text) ||
    nearFrame(text) ||
    victimSideFrame(text) ||
    (context(text) && !CONTEXT_VOID.test(text)) ||
    (WRITING_FOR.test(text) && !CONTEXT_VOID.test(text) && !WRITE_PIECE.test(text)) ||
    (OWN_CHILD.test(text) && PARENT_QUESTION.test(text)) ||
    debunkFrame(text);
  const purpose = purposeFrame(text);
  if (!framed && !purpose) return false;
  if (
    EVASION.test(text) ||
    SECRECY.test(text) ||
    (PRODUCE.test(text) && !KIND_PIECE.test(text) && !COUNTER_PIECE.test(text) && !explainerPiece(text))
  )
    return false;
  // Within the law, a guard against a harm's agent, answering hate: whatever the do-it phrase leads into.
  if (purpose) return true;
  for (const m of text.matchAll(DOING_ALL)) if (!protectiveVerb(text.slice(m.index + m[0].length))) return false;
  return true;
});

/** A piece that explains how to guard against the harm or debunks it (explainer-frame.ts), and is not itself a fake or a pitch. */
function explainerPiece(text: string): boolean {
  return (
    (EXPLAINER_PIECE.test(text) || AID_PIECE.test(text) || SAFEGUARD_PIECE.test(text)) && !HARMFUL_PIECE.test(text)
  );
}

// Secrecy: the goal must stay hidden from the person affected or from the authorities ("without her
// knowing", "so the police can't recover it", "won't show up in a tox screen"). With a request it is
// a harmful goal whatever the object; surprises and gifts are the exception.
const SECRECY =
  /\b(?:without (?:(?:him|her|them|anyone|anybody|people|police|cops|parents|teachers|proctors|auditors|inspectors|regulators|officials|authorities|neighbou?rs|guards|the vet|vets|landlords?|my (?:wife|husband|partner|boss|parents)|social services|child services|child protective services|cps|customs|immigration|border control|(?:the|my|his|her|their|our|your|a) [\w'-]+)(?: [\w'-]+){0,3}) (?:knowing|noticing|tasting|smelling|finding out|sniffin(?:g|['’])? (?:about|around)|getting wind|realising|realizing|suspecting|seeing|tracing|linking|catching|flagging|detecting|recogni[sz]ing|checking|getting suspicious|catching on|ever knowing|being alerted)|without (?:it )?(?:coming back to me|(?:being|getting) (?:traced|noticed|linked|flagged|seen)|alerting (?:the |my |his |her )?(?:police|cops|probation|parole|staff|security|guards?|anyone|authorities)|leaving (?:a )?traces?|a trace)|so (?:that )?(?:nobody|no one|no-one|they|the police|police|cops|it|she|he|the (?:vet|doctors?|hospital|auditors?|bank|proctors?|school|teacher|tax (?:office|man|authorities)|taxman|irs|government|authorities|insurer|insurance company|council|warden|game warden|probation officer|investigators?|insurance investigators?|(?:loss )?adjusters?|social workers?|customs)) (?:can(?:'t|not)|(?<=(?:nobody|no one|no-one) )can|won['’]t|will never|wouldn['’]t|doesn['’]t|don['’]t|couldn['’]t|never|can['’]t ever) (?:[\w'-]+ ){0,2}?(?:trace|recover|find out|notice|tell|recogni[sz]e|catch|link|detect|suspect|know)|(?:police|cops|forensics?|investigators?|the vet|vets?|doctors?|proctors?|proctoring software|auditors?|the bank|the lender|the health board|airport security|security|the sec|the irs|hmrc) (?:can['’]t|cannot|won['’]t|wouldn['’]t|couldn['’]t|doesn['’]t|don['’]t) (?:[\w'-]+ ){0,2}?(?:recover|trace|find|detect|tell|recogni[sz]e|catch|see|notice|flag|link|check|suspect)|won['’]t show up (?:if|on|in) |(?:can['’]?t|cannot|won['’]?t) be (?:found|detected|traced|picked up) (?:in|on|by|during) (?:an? |the )?(?:autops(?:y|ies)|post-?mortems?|tox(?:icology)? (?:screens?|reports?|tests?)|drug tests?)|behind (?:his|her|their|my [\w'-]+) backs?|keep (?:it|this|our [\w'-]+(?: [\w'-]+)?) (?:a )?secret from|(?:nobody|no one) (?:will|would|can) (?:ever )?(?:know|find out|notice|trace)|(?<!\b(?:my|our) (?:old |personal |own |private )?(?:data|files|photos|pictures|drives?|hard drives?|disks?|ssds?|laptops?|phones?|computers?|information|documents|accounts?|messages|emails) )can['’]t be (?:traced|recovered|linked)|before (?:my |the |his |her )?[\w'-]+ (?:notices?|finds? out|notice))/i;
// Secret by manner only: does not void a protective frame ("an app that tracks me secretly").
const SECRETLY = /\b(?:secretly|covertly)\b/i;
/** Right after "secretly": a verb of thinking or feeling, not of doing. */
const INNER_STATE =
  /^\s+(?:think|thinks|thought|feel|feels|felt|believe[sd]?|hope[sd]?|love[sd]?|hate[sd]?|fear(?:s|ed)?|admire[sd]?|envy|envies|envied|enjoy(?:s|ed)?|dream(?:s|t|ed)?|long(?:s|ed)? for|prefer(?:s|red)?|suspect(?:s|ed)?|worr(?:y|ies|ied)|adore[sd]?|despise[sd]?|resent(?:s|ed)?|miss(?:es|ed)?|agree[sd]?)\b/i;

const CARD_PLACEHOLDER = /\{\{char\}\}/;

// "two-party consent", "third-party cookies": a party that is not a celebration.
const SURPRISE =
  /\b(?:surprise|birthday|gift|present|(?<!\b(?:one|two|all|third|multi|3rd)[- ])part(?:y|ies)(?! (?:consent|members?|lines?|leaders?|politics)\b)|proposal|propose|anniversary)\b/i;

// A parent or teacher talking with their own child or class about sex, pornography or abuse (sex
// education, body safety, whether a child's development is normal). It excuses a child-sexual hit only without the cues of grooming: secrecy,
// being alone, images, meeting.
const PARENT_TALK =
  /\b(?:(?:talk|speak|explain|discuss|teach|bring up|raise|answer)\w* (?:[\w'-]+ ){0,3}(?:to|with) (?:my|our) (?:\d+[- ]?(?:year[- ]?olds?|yo)|kids?|child(?:ren)?|sons?|daughters?|teens?|teenagers?|preteens?|students?|pupils?|class)|sex(?:ual)? education|sex ed|age[- ]appropriate|body safety|puberty|parental controls?|content filter\w*|safe ?search|(?:block|filter|restrict)\w* (?:[\w'-]+ ){0,3}(?:porn\w*|adult (?:sites?|content)|explicit (?:sites?|content))|is it (?:normal|healthy|common) (?:for|that|when)|p(?:a)?ediatrician)\b/i;
const GROOMING_CUE =
  /\b(?:touch\w*|kiss\w*|massag\w*|undress\w*|naked|nude|shower|bath(?:e|ing)?|in bed|sleep with|secrets?|alone|(?:don'?t|not|never|won'?t) tell|pictures?|photos?|images?|videos?|nudes?|send me|meet (?:up|her|him|them)|webcam|dms?|trust me)\b/i;

// A parent asking how to react to what their own child saw or did.
const OWN_CHILD =
  /\b(?:my|our) (?:\d+[- ]?(?:year[- ]?olds?|yo)|kids?|child(?:ren)?|sons?|daughters?|teens?|teenagers?|preteens?)\b/i;
const PARENT_QUESTION =
  /\b(?:how (?:should|do|can) (?:i|we) (?:react|respond|handle|deal with|talk|bring)|should (?:i|we) be (?:worried|concerned)|what (?:should|do|can) (?:i|we) (?:do|say))\b/i;

function parentTalk(text: string): boolean {
  const framed = PARENT_TALK.test(text) || (OWN_CHILD.test(text) && PARENT_QUESTION.test(text));
  return framed && !GROOMING_CUE.test(text) && !EVASION.test(text) && !SECRECY.test(text);
}

// Reporting abuse material one came across ("how do I report child sexual abuse material I found
// online"): excused only when nothing asks to get, keep or pass it on.
const REPORT_CSAM =
  /\b(?:report|flag|notify)\w* (?:[\w'-]+ ){0,3}(?:child sexual abuse (?:material|images?|content)|csam|child porn\w*|child abuse (?:images?|material))\b/i;
const OBTAIN =
  /\b(?:download|buy|access|get (?:more|some)|share|send|trade|keep|save|where (?:can|do) i (?:find|get|see))\b/i;

function reportsAbuse(text: string): boolean {
  return REPORT_CSAM.test(text) && !OBTAIN.test(text) && !EVASION.test(text);
}

// Play: killing, stealing or blowing things up inside a named video game, an in-game mission or a
// tabletop campaign ("in Hitman 3, the stealthiest way to eliminate the target"). Voided by anything
// real: working detail (CONTEXT_VOID), a claim on reality (REAL_WORLD), evasion, secrecy, the piece itself.
const GAME =
  /\b(?:in|on|for|playing) (?:the )?(?:hitman(?: \d| world of assassination)?|gta(?: v| 5| online)?|grand theft auto|elden ring|dark souls|skyrim|oblivion|minecraft|call of duty|cod|warzone|fortnite|assassin['’]?s creed(?: [\w-]+)?|red dead(?: redemption)?(?: 2)?|the sims|valorant|counter[- ]strike|cs:?go|cs2|apex(?: legends)?|overwatch|league of legends|dota 2?|halo|far cry|fallout(?: \d)?|the witcher(?: \d)?|witcher(?: \d)?|cyberpunk(?: 2077)?|dishonored|metal gear(?: solid)?|rainbow six(?: siege)?|pubg|rust|ark|dayz|baldur['’]?s gate(?: \d)?|diablo(?: \d)?|world of warcraft|wow|runescape|eve online|stardew valley|zelda|pokemon|mario|resident evil|the last of us|god of war|tarkov|payday(?: \d)?|among us|sea of thieves|hollow knight|left 4 dead(?: 2)?|dead by daylight|team fortress(?: 2)?|battlefield(?: \d+)?|destiny(?: 2)?|sekiro|bloodborne|borderlands(?: \d)?|splinter cell|deus ex|mass effect|helldivers(?: 2)?|roblox|terraria|rocket league|my (?:d&d|dnd|dungeons (?:and|&) dragons|tabletop|pathfinder|rpg) (?:campaign|game|session|group))\b|\b(?:in[- ]game|npcs?|video ?games?|boss fight|side ?quests?|speedrun\w*|playthrough|(?:d&d|dnd|dungeons (?:and|&) dragons|tabletop|pathfinder) (?:campaign|session|game|encounter))\b/i;

const GAME_PEOPLE =
  /\b(?:\d{1,2}[- ]?(?:year[- ]?olds?|yo|y\/o)|kids?|child(?:ren)?|minors?|girls?|boys?|preteens?|teens?|teenagers?|(?:real|other) (?:players?|people|kids)|(?:my |our )?(?:parents|mom|mum|dad|teachers?|boss(?! (?:fights?|battles?|levels?|rush(?:es)?|rooms?|music|health))|wife|husband|girlfriend|boyfriend|partner|neighbou?rs?)|streamers?|players? (?:i|we) (?:met|meet|know)|(?:his|her|their) (?:address|school|real name|ip)|ddos\w*|booters?|stressers?|swat(?:ting|ted)?|dox\w*|ip (?:address|grabber|logger)|servers?|accounts?|passwords?|credentials|phish\w*|real money|scam\w*)\b/i;

// Evading the other side inside a game is the game (the impostor who gets away with it, a kill that looks
// like an accident in Hitman, an unseen heist in Payday), unless the game is being cheated, where the
// evasion is of the anti-cheat and the ban (issue 15, xstest-fresh).
const PLAY_EVASION =
  /\b(?:get away with|without (?:getting |being )?(?:caught|detected|noticed|spotted|seen|voted out)|(?:look|looks|seem|seems) like (?:an? )?accident)\b/gi;
const CHEATING =
  /\b(?:cheat\w*|aimbots?|wallhacks?|anti-?cheat|bann?(?:ed|s)?|hack\w*|exploits?|mod menus?|scripts?|macros?)\b/i;

const gameFrame = memoByText(function gameFrame(text: string): boolean {
  // Other players are real people, and servers and accounts are real: a child, contact, pictures or an
  // attack on a server or account are never play. Stealth from guards and NPCs is the game (no SECRECY).
  if (!game(text) || GAME_PEOPLE.test(text) || GROOMING_CUE.test(text)) return false;
  const evasion = EVASION.test(text) && (CHEATING.test(text) || EVASION.test(text.replace(PLAY_EVASION, ' ')));
  return !CONTEXT_VOID.test(text) && !REAL_WORLD.test(text) && !evasion && !PRODUCE.test(text);
});

// The frames' and the request phrase's regexes, each asked only whether it matches a text: tried through one
// literal pass per text, at the places a wording may start (frame-gate.ts).
export const GATED_FRAMES: readonly RegExp[] = [
  PROTECTIVE,
  CARE_SAFEGUARD,
  TWIN_FRAME,
  NEAR_FRAME,
  VICTIM_SIDE_FRAME,
  CONTEXT,
  DEBUNK_FRAME,
  PURPOSE_FRAME,
  GAME,
  INTENT,
  new RegExp(CARE_FRAME, 'i'),
];
const [
  protectiveWords,
  careSafeguard,
  twinFrame,
  nearFrame,
  victimSideFrame,
  context,
  debunkFrame,
  purposeFrame,
  game,
  intent,
  care,
] = gatedTests(GATED_FRAMES);

/**
 * Whether a request only mentions a harmful subject to protect against it, report it, support
 * someone, teach it or ask how fiction handles it. Also gates the classifier (detectors/topics/index.ts),
 * which scores the subject words however the request is framed.
 */
export const framedRequest = memoByText(function framedRequest(text: string): boolean {
  return protectiveFrame(text) || framedIntl(text) || gameFrame(text) || helpSeeking(foldAccents(text));
});

// Fiction and role-play with no operational ask (issue 15): a persona, a story, a scene or a
// hypothetical world whose subject words score on the classifier ("act like Sherlock Holmes … someone
// has been stealing my roses", "a hacker in a cyberpunk city has to choose …"). Voided by anything that
// asks for the real thing: a do-it phrase that is not protective, working detail (CONTEXT_VOID), the
// harmful piece itself (PRODUCE), evasion, secrecy, or a claim on reality ("real", "accurate", "so I can").
// Story nouns: what a writer asks for, and their own work ("my heist story needs …", "in my novel").
const STORY_NOUN = String.raw`(?:story|stories|scene|monologue|dialogue|poem|tale|fable|chapter|screenplay|plot|novel|caper|thriller|whodunit|mystery|saga|character study|one-shot|vignette|flash fiction|backstory|origin story|prologue|cold open|short film|episode)`;
const FICTION = new RegExp(
  String.raw`\b(?:(?:write|writing|tell|narrate|describe|imagine|invent|create|pitch)\w* (?:me |us )?(?:a |an |the |my )?(?:[\w'-]+ ){0,3}${STORY_NOUN}|(?:my|our) (?:[\w'-]+ ){0,3}(?:novel|story|screenplay|thriller|caper|mystery|whodunit|campaign|one-shot|film|book|musical|play)|hypothetical(?:ly)?|in a (?:fictional|hypothetical|parallel|alternate|fantasy|dystopian) (?:world|universe|reality|future|setting)|imagine a (?:world|universe|future))\b`,
  'i',
);

// A void word negated in its clause asks for nothing: "no real details", "without the exact method".
const NEGATED_BEFORE =
  /\b(?:no|not|never|without|nothing|avoid|don'?t|do not|rather than|instead of)\b[^.!?;:—]{0,30}$/i;

/** Whether `re` (global) matches somewhere not negated just before. */
function affirmed(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text))
    if (!NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}
const REAL_WORLD =
  /\b(?:real(?![- ]estate)(?:[- ]world| life)?|actual(?:ly)?|working|functional|accurate(?:ly)?|realistic|authentic|usable|exact(?:ly)?|precise(?:ly)?|in (?:full )?detail|for real|follow along|so (?:that )?(?:i|we) can|(?:i|we) (?:can|could|will|want to|need to|plan to) (?:use|try|do|follow|make|deploy|send|install)|against (?:my|our|a real)|(?:my|our) (?:real |actual )?(?:neighbou?rs?|wife|husband|ex|boss|colleague|coworker|teacher|classmates?|school|employer|former employer|girlfriend|boyfriend|partner|family|customers|bank))\b/i;

/** A persona, story or hypothetical that asks for nothing real (the harmful classifier's gate only). */
export const fictionRequest = memoByText(function fictionRequest(text: string): boolean {
  if (!personaFrame(text) && !FICTION.test(text)) return false;
  if (affirmed(CONTEXT_VOID_ALL, text) || affirmed(REAL_WORLD_ALL, text)) return false;
  if (EVASION.test(text) || SECRECY.test(text) || PRODUCE.test(text)) return false;
  for (const m of text.matchAll(DOING_ALL)) {
    if (narratedPlan(text, m.index, m[0])) continue;
    const rest = text.slice(m.index + m[0].length);
    if (!protectiveVerb(rest) && !(HELP_ME.test(m[0]) && CRAFT_HELP.test(rest))) return false;
  }
  return true;
});

// "Help me with the scene where she walks back into the school": help with the writer's own piece
// (a scene, a chapter, the dialogue), whose content any other do-it phrase still has to clear.
const HELP_ME = /^help me$/i;
const CRAFT_HELP = new RegExp(String.raw`^\s*with (?:the|this|my|a|an|that|our) (?:[\w'-]+ ){0,2}${STORY_NOUN}\b`, 'i');

// "two sisters plan to steal it back": a character's plan, narrated (a verb after its subject), is not
// the reader asking for "a plan to" (a noun after a determiner).
const PLAN_NOUN_BEFORE = /\b(?:a|an|the|my|your|our|their|his|her|detailed|full|whole|real|working|step-by-step)\s+$/i;
function narratedPlan(text: string, at: number, match: string): boolean {
  return /^plan\b/i.test(match) && !PLAN_NOUN_BEFORE.test(text.slice(Math.max(0, at - 25), at));
}

const CONTEXT_VOID_ALL = new RegExp(CONTEXT_VOID.source, 'gi');
const REAL_WORLD_ALL = new RegExp(REAL_WORLD.source, 'gi');

// Categories whose objects a story narrates ("the heroine who has come to kill him", "an addiction
// destroying his career", a burglary in a caper): a hit in a story asking for nothing working is excused.
// A negation right before a rule's match makes it a prohibition (an operator's "do not write essays for
// them", "never give dosages"), en/de/es/fr; a request with a negation elsewhere is unaffected.
// The harm named as what is countered (issue 15, wild-fresh's benign side): "how to spot a fake invoice",
// "handle hateful comments", "anti-harassment rules", "protect it from a ransomware gang", "vowing never
// to take up arms", "talks him out of following …". The counter verb governs the object just after it.
const COUNTERED =
  /(?:\b(?:anti|counter)-|\b(?:handl(?:e|es|ing)|moderat(?:e|es|ing)|respond(?:ing)? to|deal(?:ing)? with|challeng(?:e|es|ing)|combat(?:s|ing)?|resist(?:s|ing)?|spot(?:s|ting)?|recogni[sz](?:e|es|ing)|avoid(?:s|ing)?|prevent(?:s|ing)?|protect(?:s|ing)? (?:it|them|him|her|us|you|yourself|themselves|\w+) (?:from|against)|vow(?:s|ing|ed)? never to|talks? (?:\w+ ){1,3}out of)\s+(?:(?:a|an|the|any|such|those|these|their|his|her|our|your|all|common|real|possible)\s+)?(?:[\w-]+\s+)?)$/i;

// Asking for one of the countered thing after all: "… how do they detect keyloggers? Write me one".
const MAKE_ONE =
  /\b(?:write|code|make|build|create|give|send|show)\w* (?:me |us )?(?:one|it|some|them|such a thing)\b/i;

const PROHIBITED =
  /(?:\b(?:do not|don'?t|never|must not|mustn'?t|should not|shouldn'?t|shall not|may not|will not|won'?t|refuse to|not to|nunca|jamais|niemals|no)|\bne (?:\w+ )?(?:pas|jamais))\s+$/i;

/** A match that itself opens with the negation ("do not write essays for them" read as "do … essays"). */
const PROHIBITS = /^(?:do not|don'?t|never|must not)\s/i;

const NARRATIVE: ReadonlySet<HarmCategory> = new Set(['violence', 'harassment', 'crime']);
// A poisoned arrow, dart or blade named in a story the user wants written ("the hero kills the dragon with a
// poisoned arrow") is a plot weapon, as violence is a plot event; a recipe for the poison still voids the story
// (storyOnly: operationalAsk).
const PLOT_WEAPON =
  /^(?:poison(?:ed)?|toxin|curare|poison[- ]tipped) (?:darts?|arrows?|bolts?|blades?|needles?|knives?)$/i;

// A narrative to write: a story, scene or monologue, or the writer's own novel (en, de, es, fr). A bare
// "hypothetically" or persona ("imagine you're a mob lawyer: how would you …") is a question, not a story.
const STORY = new RegExp(
  String.raw`\b(?:(?:write|writing|tell|narrate|describe|invent|create|pitch)\w* (?:me |us )?(?:a |an |the |my )?(?:[\w'-]+ ){0,3}${STORY_NOUN}|(?:my|our) (?:[\w'-]+ ){0,3}(?:novel|story|screenplay|thriller|caper|mystery|whodunit|film|book|musical|play)|(?:in|für|fur) meine[nm]? (?:[\w-]+ )?(?:roman|krimi|geschichte|thriller|buch|film)|schreib\w* (?:mir )?(?:eine[n]? )?(?:[\w-]+ )?(?:geschichte|szene|krimi|monolog|erzahlung|erzählung)|en mi (?:novela|historia|cuento|guion|guión)|escrib\w* (?:una? )?(?:[\w-]+ )?(?:historia|escena|novela|cuento|relato|mon[oó]logo)|dans (?:mon|ma) (?:roman|polar|histoire|nouvelle|film|sc[ée]nario)|[ée]cri[st]\w* (?:une? )?(?:[\w-]+ )?(?:histoire|sc[èe]ne|nouvelle|roman|monologue|polar))\b`,
  'i',
);

/** A story to write that asks for nothing real nor any working detail (story-howto.ts). */
function storyOnly(text: string): boolean {
  return STORY.test(text) && fictionRequest(text) && !operationalAsk(text);
}

// First person: the speaker's own harm is never "protective" ("support a friend who..." is; "I want to die" is not).
const FIRST_PERSON = /\b(?:my(?:self)?|me|i)\b/i;

const DOING_ALL = new RegExp(DOING.source, 'gi');

const r = (s: string): RegExp => new RegExp(s, 'gi');

const RULES: TopicRule[] = [
  // Weapons and explosives.
  {
    category: 'weapons',
    re: r(
      String.raw`\b(?:pipe ?bombs?|nail ?bombs?|car ?bombs?|dirty ?bombs?|molotov|napalm|thermite|detonators?|improvised explosive|ieds?|nerve agents?|sarin|cyclosarin|soman|tabun|novichok|vx(?: gas| agent| nerve agent)?|phosgene|ricin|anthrax|mustard gas|chlorine gas|bioweapons?|biological weapons?|chemical weapons?|weapons? of mass destruction|ghost guns?|untraceable (?:gun|firearm|weapon)s?|3d[- ]?print(?:ed)? (?:gun|firearm)s?|nerve gas|zip ?guns?|pipe ?guns?|slam[- ]?fire guns?|full[- ]auto conversion|auto ?sear|silencers?|suppressors?)\b`,
    ),
    intent: 'doing',
    score: 0.9,
  },
  {
    category: 'weapons',
    re: r(
      String.raw`\b(?:mak|build|assembl|construct|creat|manufactur|produc|detonat|plant|acquir|obtain|buy|get|print|smuggl|sneak|bring|hid)\w* (?:a |an |some |my |homemade |home-made |lethal |explosive |untraceable |illegal |black market )*(?:bombs?(?![- ]?ass\b)|explosives?|explosive devices?|grenades?|landmines?|guns?|firearms?|weapons?|ammunition|rifles?|pistols?|knife|knives)\b|\b(?:can i|could i|should i|how (?:to|do i|can i)|i want to|i need to)(?: [\w'-]+){0,3} (?:make|create|produce|brew)\w* (?:a |an |some )?(?:toxic|poison(?:ous)?|deadly|lethal|nerve) gas(?:es)?\b|\b(?:convert|conversion)\w* (?:[\w'-]+ ){0,6}(?:to |into )?(?:full[- ]?auto(?:matic)?|fully automatic)\b|\b(?:guns?|firearms?|rifles?|pistols?) (?:with )?(?:no |without (?:a |the |any )?)serial numbers?|\b(?:remov|fil|grind|scratch)\w* (?:off )?(?:the )?serial numbers? (?:off |from )?(?:a |my |the )?(?:gun|firearm|rifle|pistol)|\b(?:homemade|home-made) (?:bombs?|explosives?|firearms?|guns?|weapons?)|\b(?:bombs?|explosives?|weapons?|firearms?|guns?) (?:at home|from household|illegally|on (?:a|the) plane|through (?:airport )?security|without (?:a )?(?:license|background checks?))|\b(?:illegal(?:ly)?|black[- ]market|unregistered|unlicen[cs]ed|unseriali[sz]ed|off[- ]the[- ]books) (?:hand)?(?:guns?|firearms?|weapons?|pistols?|rifles?)|\bwithout (?:doing )?(?:a )?background checks?\b|\bexplosive devices?\b`,
    ),
    intent: 'any',
    score: 0.85,
  },
  // Violence against others.
  {
    category: 'violence',
    re: r(
      String.raw`\b(?<!\b(?:without|not|never|avoid|avoiding|stop|from) )(?:kill|murder|assassinat|poison|strangl|stab|shoot|kidnap|abduct|tortur|maim|behead|dismember|suffocat|drown|run over|beat up|hurt|harm|injur|attack|assault|electrocut|punch|choke|burn|physically assault)\w* (?:a |an |the |my |your |his |her |their |some |this |that |other )?(?:someone|somebody|people|person|man|woman|women|child|children|kids?|baby|wife|husband|boss|neighbou?r|coworker|colleague|teacher|girlfriend|boyfriend|partner|family|classmates?|politician|president|officer|police|crowd|civilians?|rival|ex|him|her|them|enemy|enemies|others|high-profile|individual|animals?|(?:step)?(?:dad|mom|mum|father|mother|brother|sister|son|daughter)|roommate|landlord|cousin|uncle|aunt)\b(?!['’]s? (?:feelings|portraits?|photos?|wedding)| (?:feelings|pride|ego|out)\b)|\b(?:break|smash) (?:someone'?s?|his|her|their|a person'?s?) (?:jaw|arm|leg|nose|neck|skull|bones?)|\b(?:blow up|burn down|set fire to|torch) (?:a |an |the |my |someone'?s? |my neighbou?r'?s? |his |her |their )?(?:[\w'-]+ )?(?:car|house|home|building|school|church|mosque|synagogue|office|bus|apartment|flat|shop|store|restaurant|warehouse|clinic|hospital|station)s?\b|\bcut (?:a |the |someone'?s? )?car'?s? (?:brakes?|breaks?|brake lines?)|\b(?:poison|contaminat)\w* (?:a |the |our |their |this |that )?(?:[\w'-]+['’]s? |[\w'-]+ ){0,2}(?:water suppl(?:y|ies)|food supply|reservoirs?|water (?:system|tower|mains|treatment plant))|\b(?:sabotag|disrupt|attack)\w* (?:a |the )?(?:\w+ )?(?:power grid|transportation systems?|water (?:supply|treatment)|infrastructure|air traffic|railway|pipeline)|\b(?:physical harm|violence|violent acts?) (?:to|towards|against) (?:others|\w+ )|\bacts? of (?:terror\w*|violence)|\bhit[- ]and[- ]run\b|\b(?:commit|committing) (?:a )?violent crimes?\b|\banimal cruelty\b`,
    ),
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'violence',
    re: r(
      String.raw`\b(?:get away with (?:murder|killing|a crime|assault|it)|untraceable poisons?|(?:mass|school) shootings?|terrorist attacks?|commit (?:a )?(?:murder|massacre|genocide|act of terror(?:ism)?)|(?:dispose of|get rid of|dissolve) (?:a |the )?(?:dead )?(?:body(?! of (?:water|work|evidence|knowledge|research|text|literature))|corpse)|hide (?:a |the )?(?:dead )?(?:body|corpse)|hit ?man|hire (?:a |an )?(?:hitman|assassin|killer)|without leaving (?:any )?(?:evidence|traces?|marks?)|without getting caught|cover (?:my|your|our|their) tracks|destroy(?:ing)? (?:the )?evidence)\b`,
    ),
    intent: 'doing',
    score: 0.85,
  },
  // A ransom note to write: the kidnapping or extortion is the speaker's (a story asking for nothing real is excused).
  {
    category: 'violence',
    re: r(
      String.raw`\b(?:write|draft|compose|prepare|word|create|make|type)\w* (?:me |us )?(?:a |an |the |our |my )?(?:[\w'-]+ ){0,2}ransom (?:note|letter|demand|message)s?\b`,
    ),
    intent: 'any',
    score: 0.85,
  },
  // Self-harm and suicide (no intent phrase needed: the subject is the speaker).
  {
    category: 'self_harm',
    re: r(
      String.raw`\b(?:kill(?:ing)? (?:myself|yourself|themselves)|end(?:ing)? (?:my|it all|my own) life|take my (?:own )?life|commit(?:ting)? suicide|suicid(?:e|al) (?:method|plan|note)s?|(?:want|going|plan(?:ning)?) to die|hang(?:ing)? myself|cut(?:ting)? myself|self[- ]harm(?:ing)?|harm(?:ing)? myself|hurt(?:ing)? myself|overdos(?:e|ing) (?:on|fastest|quickly)|how (?:many|much) (?:[\w'-]+ ){0,6}(?:i'?d|i would|i will|i'?ll) (?:need to |have to )(?:take to )?(?:overdose|od)\b|(?:let|make) me overdose|starv(?:e|ing) myself|make myself (?:throw up|vomit)|pro[- ]ana|thinspo|(?:worth|point (?:in|of)) (?:me )?being alive|better off dead|no reason to live|jump(?:ing)? off (?:a|the) (?:bridge|building|roof)|slit(?:ting)? (?:my|your|her|his) wrists?|burn(?:ing)? my (?:skin|arms?|legs?|body)|stop (?:myself )?from eating|(?:binge|purge)\w* .{0,30}(?:vomit|throw(?:ing)? up)|(?:promot|encourag|glorif|tips? (?:on|for)|reasons? why)\w* (?:\w+ ){0,4}(?:anorexi\w*|bulimi\w*|eating disorders?|self[- ]harm|suicide|starvation)|(?:anorexi\w*|bulimi\w*) (?:\w+ ){0,4}(?:healthy|lifestyle)|so skinny that|being anorexic)\b`,
    ),
    intent: 'none',
    score: 0.9,
  },
  // Sexual content involving minors: never needs intent.
  {
    category: 'child_sexual',
    re: r(
      String.raw`\b(?:child (?:porn\w*|sexual abuse material|sex|erotica)|csam|cp links?|lolicon|shotacon|pedo\w*|groom(?:ing)? (?:a |the |young |little |\d{1,2}[- ]?(?:year[- ]?old|yo) )*(?:child|kid|minor|girl|boy|teen|preteen)s?|(?:minors?|child(?:ren)?|kids?|underage|preteens?|teens?|(?:\d|1[0-7])[- ]?year[- ]?olds?|young (?:girls?|boys?)|schoolgirls?|schoolboys?|toddlers?|\d[- ]year[- ]old)\W+(?:\w+\W+){0,6}(?:sex(?:ual(?:ly)?)?|nude|naked|porn\w*|erotic|explicit|intimate|seduc\w*|molest\w*|genital\w*|penis|dick|boner|masturbat\w*|undress\w*|romantic love)|(?:sex(?:ual(?:ly)?)?|nude|naked|genital\w*|penis|dick|boner|masturbat\w*|undress\w*|romantic love|molest\w*)\W+(?:\w+\W+){0,6}(?:minors?|child(?:ren)?|kids?|underage|toddlers?|preteens?))\b`,
    ),
    intent: 'none',
    score: 0.95,
  },
  {
    category: 'child_sexual',
    re: r(
      String.raw`\b(?:abus|molest|groom|exploit|manipulat)\w* (?:a |the |young |vulnerable )*(?:child|kid|minor|toddler)s?\b`,
    ),
    intent: 'any',
    score: 0.85,
  },
  // Cybercrime. (A life hack — "hacking a small kitchen for storage" — is not one.)
  {
    category: 'cybercrime',
    re: r(
      String.raw`\b(?:hack(?:ing)? (?!(?:a |an |the |my |our |your )?(?:[\w'-]+ )?(?:kitchen|closet|wardrobe|pantry|garden|commute|morning|routine|diet|sleep|budget|schedule|workout|recipe|desk|fridge|bedroom|bathroom|living room|room|storage|ikea \w+|bookshelf|shelf|shelves|drawer|cupboard|balcony|garage|meal prep|lunch)\b)(?:into|someone|a |an |the |my ex|his|her|their|government|bank|corporate|social media|email|phone|wifi|network|account|database|computer|website|server)|break into (?:a |an |the |someone'?s? )?(?:network|system|computer|account|database|server|email)|ransomware|keyloggers?|botnets?|rootkits?|spyware|trojans?|ddos|denial[- ]of[- ]service|zero[- ]day exploits?|exploit(?:s|ing)? (?:a |the |known )?vulnerabilit\w+|malware|malicious (?:code|software|script|payload)|computer virus(?:es)?|(?:create|write|develop|spread|build)\w* (?:a |an )?(?:virus|worm|trojan)|phishing (?:emails?|pages?|sites?|websites?|campaigns?|kits?|attacks?)|phish(?!ing (?:emails?|attempts?|scams?) (?:look|work))\w* (?:[\w'-]+ ){0,3}(?:logins?|credentials|passwords|account details|bank details|card details|customers|users|employees)|steal\w* (?:someone'?s? |their |user |personal |login |sensitive |confidential |private )*(?:passwords?|credentials|data|information|identit(?:y|ies)|cookies|tokens|accounts?)|crack(?:ing)? (?:a |the |someone'?s? )?(?:password|wifi|encryption|software)|bypass\w* (?:a |the )?(?:security|authentication|antivirus|firewall|paywall|drm|2fa|two[- ]factor)|cyber ?attacks?|disable (?:the )?(?:antivirus|security (?:software|measures))|steal\w* (?:\w+ ){0,3}(?:information|data|details|passwords|credentials|numbers)|hijack\w* (?:a |an |the |someone'?s? |user'?s? )?(?:\w+ )?(?:car|vehicle|webcam|camera|website|account|plane|drone|control system|computer system|session)|(?:send|creat|build)\w* (?:a )?(?:\w+ )?spam|spam ?bots?|(?:hire|find) (?:a )?hackers?|illegally access\w*|social engineering attacks?|(?:spy|spies|spying) on (?:people|users|someone|my|her|him|them)|(?:collect|track|record|harvest|access|sell|share|monitor)\w* (?:\w+ ){0,6}without (?:their|the user'?s?|users'?|his|her|anyone'?s?|user) (?:consent|knowledge|permission|knowing))`,
    ),
    intent: 'any',
    score: 0.85,
  },
  // Fraud and financial crime.
  {
    category: 'fraud',
    re: r(
      String.raw`\b(?:steal(?:ing)? (?:someone'?s? )?identit\w+|launder\w* (?:money|funds|cash|proceeds)|evade (?:taxes|tax)|embezzl\w+ (?:money|funds|from)|(?:commit|committing) (?:identity theft|tax evasion|insider trading|credit card fraud|fraud|insurance fraud|tax fraud|mail fraud|wire fraud)|fake (?:ids?|identification|passports?|reviews|invoices?|documents|diplomas?|degrees?|charity|prescriptions?|checks?|cheques?|bank statements?|news)|forg(?:e|ing|ery) (?:a |an |the |my |his |her |their |someone['’]?s? )?(?:[\w'-]+['’]s? )?(?:signatures?|documents?|checks?|cheques?|passports?|ids?|prescriptions?|money|sick notes?|doctor['’]?s? notes?|certificates?)|(?:fake|fraudulent|bogus) (?:insurance |tax |benefits? |warranty |injury )?claims?|file (?:a )?false (?:insurance |tax |benefits? |injury )?claims?|in (?:someone|somebody) else['’]?s name|in (?:another|a (?:dead|deceased|random)) person['’]?s name|scam(?:s|ming)? (?:people|someone|elderly|victims|investors|customers)|(?:manipulat\w+) (?:stock|the stock|market|financial market)s?(?: prices?)?|(?:elderly|old people|grandparents?) (?:into|out of)|(?:run|start|set ?up|create|write|operate|promote)\w* (?:a |an )?(?:\w+ ){0,2}scams?|phishing scams?|scam (?:people|someone|victims|calls? cent(?:er|re))|people to scam|trick\w* (?:people|someone|users|customers|victims|them|a person) into (?:giving|revealing|sending|paying|handing)|manipulat\w* (?:people|someone|others|them|a person|users|customers|investors) (?:into|using)|exploit\w* (?:them|people|someone|lonely \w+|vulnerable \w+|the elderly) for (?:money|cash|financial gain|profit)|falsif\w+ (?:medical )?(?:records|data|documents|evidence)|false accusations|defam\w+|ruin (?:their|his|her|a person'?s?|someone'?s?) reputation|cheat (?:on|in) (?:a |an |the |my )?(?:tests?|exams?)|made-?up prescriptions?|sell (?:my |your |their )?organs|stolen (?:credit card|debit card|card|bank) (?:numbers|details|data|info)|(?:buy|sell)\w* (?:credit card )?(?:dumps|fullz|cvvs))\b`,
    ),
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'fraud',
    re: r(
      String.raw`\b(?:identity theft|counterfeit\w*|money laundering|insider trading|tax evasion|ponzi|pyramid scheme|embezzlement|credit card fraud|insurance fraud|get rich quick scheme|money mules?|skimm(?:er|ing) devices?|carding|skim(?:ming)? (?:[\w'-]+ ){0,2}(?:credit |debit |bank |atm )?cards?)\b`,
    ),
    intent: 'doing',
    score: 0.8,
  },
  // Dark-web markets to buy weapons, drugs, stolen cards or papers from (the buying is the request).
  {
    category: 'crime',
    re: r(
      String.raw`\b(?:darknet|dark ?web|deep ?web|onion|tor) (?:[\w'-]+ ){0,2}(?:markets?|marketplaces?|sites?|shops?|stores?|vendors?|links?)\W+(?:[\w'-]+\W+){0,3}?(?:to (?:buy|get|order|purchase)|that (?:sell|ship)|where (?:i|you|one|we) (?:can|could) (?:buy|get|order))\W+(?:[\w'-]+\W+){0,3}?(?:guns?|firearms?|weapons?|pistols?|rifles?|ammo|explosives?|drugs|fentanyl|cocaine|heroin|meth|stolen (?:credit )?(?:cards|data|accounts)|cvvs?|fake (?:ids?|passports?))\b`,
    ),
    intent: 'none',
    score: 0.8,
  },
  // Drugs: making, buying, smuggling.
  {
    category: 'drugs',
    re: r(
      String.raw`\b(?:(?:make|cook|synthesi[sz]e|produce|manufacture|extract|grow|buy|purchase|obtain|get|sell|smuggle|traffic|distribute|hide)\w* (?:(?:my |our )?hands on )?(?:some |illegal |street |pure |crystal )?(?:meth(?:amphetamine)?|cocaine|crack|heroin|fentanyl|lsd|mdma|ecstasy|ketamine|ghb|opioids?|drugs|narcotics|controlled substances?|dmt|psilocybin)|roofies?|spike (?:a |someone'?s? |her |his )?drinks?|lace\w* (?:a |someone'?s? )?(?:drink|food)|(?:hide|hiding|send|order|sell|smuggl\w*) (?:my |me |some |\d+ grams? of )?(?:pure )?(?:meth|cocaine|heroin|fentanyl|weed|drugs)|(?:steroids|prescription drugs|opioids|pills) (?:on|from) (?:the )?(?:black market|dark ?web|internet)|unregulated steroids|press\w* (?:fake |counterfeit )?(?:xanax|oxy\w*|percocets?|adderall|pills)|(?:fake|counterfeit) (?:xanax|oxy\w*|percocets?|adderall)|(?:drugs|substances) (?:\w+ ){0,5}(?:household chemicals|at home)|(?:alcohol|beer|cigarettes|vapes?) (?:for|to) (?:underage|minors|kids))\b`,
    ),
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'drugs',
    re: r(
      String.raw`\b(?:drug (?:trafficking|smuggling|dealing|cartel)|(?:illegal|illicit|recreational) drugs?|date rape drugs?|black market)\b`,
    ),
    intent: 'doing',
    score: 0.8,
  },
  // Hate and extremism.
  {
    category: 'hate',
    re: r(
      String.raw`\b(?:(?:racist|sexist|homophobic|transphobic|antisemitic|islamophobic|xenophobic|hateful|derogatory) (?:jokes?|slurs?|content|remarks?|speech|messages?|posts?|propaganda|rhetoric|comments?|language|tweets?)|incit\w+ (?:violence|hatred|hate|racial|riots?)|(?:promote|spread|glorify|glorifies|glorifying|justify)\w* (?:hatred|violence|terrorism|extremism|nazism|racism|discrimination)|radicali[sz]\w+|(?:recruit\w*|propaganda) (?:for|of) (?:isis|al[- ]qaeda|terroris\w+|extremis\w+)|terrorist (?:propaganda|manifesto)|(?:(?:recruit|radicali[sz]|convince|persuade|get)\w* (?:[\w'-]+ ){0,4}(?:to |into )|how (?:do|can|could) i )join(?:ing)? (?:isis|al[- ]qaeda|the taliban|a (?:terrorist|jihadi|extremist|neo-?nazi|white supremacist) (?:group|cell|organi[sz]ation|militia))|call(?:s|ing)? for (?:violence|attacks?|the killing|the death|the extermination) (?:of|against|on) |nazi propaganda|dehumani[sz]\w+|oppression of|(?:racist|sexist) (?:decisions|ai|model|algorithm)|violence (?:towards|against) (?:\w+ ){0,3}(?:groups?|minorit\w+|women|civilians|people|immigrants|refugees))\b`,
    ),
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'hate',
    re: r(
      String.raw`\b(?:ethnic cleansing|genocide|white (?:supremac\w+|power)|racial (?:purity|superiority|holy war)|inferior (?:race|races|people)|hate speech|terrorist (?:organi[sz]ations?|groups?)|jihadi\w*)\b`,
    ),
    intent: 'doing',
    score: 0.8,
  },
  // Harassment, stalking, extortion.
  {
    category: 'harassment',
    re: r(
      String.raw`\b(?:cyberbull\w+|harass\w*|stalk(?:ing|er)? (?:someone|my|her|him|them|a person|people)|dox(?:x)?(?:ing|ed|es)?|blackmail\w*|extort\w*|revenge porn|sextort\w*|threatening (?:messages?|letters?|notes?|emails?|calls?)|(?:send|write|make|post|leave|draft|phone in|call in)\w* (?:[\w'-]+ ){0,2}(?:death|bomb|rape) threats?|(?:track|spy on|monitor)\w* (?:my |someone'?s? |a )?(?:partner|wife|husband|girlfriend|boyfriend|ex|phone|location) without (?:their|her|his) (?:knowledge|consent|knowing)|humiliat\w+ (?:someone|a person|people|my|her|him)|bully(?:ing)? (?:someone|a|my|him|her|them)|cyberstalk\w*|manipulat\w* (?:or trick )?(?:people|someone|others|a person) (?:into|to)|psychological tactics to manipulate|(?:tracks?|track\w*) (?:user|someone'?s?|people'?s?) location)\b`,
    ),
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'crime',
    re: r(String.raw`\bhuman trafficking\b`),
    intent: 'doing',
    score: 0.8,
  },
  // Theft, piracy, trespass, evading law enforcement and covering tracks.
  {
    category: 'crime',
    re: r(
      String.raw`\b(?:shoplift\w*|rob(?:bing)? (?:a |the )?(?:bank|store|house|person|atm|jewelry store|gas station)|burglar\w*|break(?:ing)? into (?:a |an |the |someone'?s? |my neighbou?r'?s? )?(?:house|home|car|apartment|store|safe|building|office)|hot[- ]?wir\w+|steal\w* (?:a |an |the |from |someone'?s? )?(?:car|bike|money|goods|items|packages?|jewelry|catalytic converters?|from (?:a |the )?(?:store|shop|employer|work))|pick(?:ing)? (?:a |the )?locks? (?:to (?:get |break |sneak )?(?:into |in )?|of |on )(?:someone|a house|my neighbou?r|his |her |their )|(?:get|break|sneak|go)(?:ting|ing)? (?:in(?:to)?|inside) (?:a |an |the |someone'?s? |my neighbou?r'?s? |his |her |their )(?:house|home|apartment|flat|car|room|office)\W+(?:[\w'-]+\W+){0,6}?(?:while (?:they|he|she)(?:['’]re|['’]s| are| is) (?:away|out|gone|asleep|on (?:holiday|vacation))|when (?:no ?one|nobody)(?:['’]s| is) (?:home|there)|without (?:them|him|her) knowing)|evade (?:the )?(?:police|law enforcement|arrest)|(?:outrun|shake off|lose|hide from|run from|flee from)\w* (?:the )?(?:cops|police|law enforcement)(?! (?:officers? )?(?:in|from) (?:a |the )?(?:film|movie|game|story|novel))|escape from (?:police |federal )?(?:prison|jail|custody)|(?:flee|leave|skip)\w* (?:the )?(?:country|state|town) (?:[\w'-]+ ){0,5}(?:warrant|charges|bail|arrest)|(?:skip|jump)\w* bail|smuggl\w+ (?:people|migrants|contraband|weapons)|traffick\w+ (?:people|humans|women|children)|pirat\w+ (?:software|content|movies|music|games|films)|pirated|illegally download\w*|download\w* (?:\w+ ){0,2}illegally|vandali[sz]\w+|trespass\w*|infiltrat\w+ (?:a |the )?(?:secure|secured|government|military|restricted)|break into (?:a )?secured? (?:location|facility|area)|escape from (?:a )?correctional|conceal\w* (?:criminal|illegal) activit\w+|stolen (?:goods|car|luxury car|items|property)|goods that i stole|commit crimes)\b`,
    ),
    intent: 'any',
    score: 0.8,
  },
  // Misinformation.
  {
    category: 'misinformation',
    re: r(
      String.raw`\b(?:fake news (?:articles?|stor(?:y|ies)|posts?|reports?)|(?:spread|create|generate|write)\w* (?:misinformation|disinformation|propaganda|conspiracy theor\w+|false (?:information|claims|rumou?rs)|hoax(?:es)?)|(?:convince|persuade) (?:people|readers|voters|the public) (?:that|to believe)|(?:vaccines?|5g|the election) (?:causes?|cause|caused|was|were|is) (?:autism|covid|cancer|rigged|stolen|a hoax))\b(?![^.!?\n]{0,30}\b(?:is|are|was|were) (?:false|untrue|a myth|wrong|baseless|debunked|nonsense|misinformation))`,
    ),
    intent: 'any',
    score: 0.75,
  },
  // Explicit adult content (not harmful everywhere: flag-level).
  {
    category: 'sexual',
    re: r(
      String.raw`\b(?:porn(?:ographic|ography)?|sexually explicit|explicit sex\w*|erotic (?:stor(?:y|ies)|content|roleplay)|sex scenes?|nude (?:photos?|images?|pictures?) of|onlyfans leaks?|hookers?|escort services?|prostitut\w+)\b`,
    ),
    intent: 'any',
    score: 0.7,
  },
  // Written from the category definitions for registers the older rules missed: casual questions,
  // requests that name the goal rather than a weapon or drug.
  {
    category: 'crime',
    re: r(
      String.raw`\b(?:(?:pass|beat|cheat|fool|trick)\w* (?:a |the |his |her |my |their )?(?:[\w'-]+ )?(?:drug test|breathalyz?s?er|breathaliser|polygraph|piss test|urine test|tox(?:icology)? screen)|(?:get rid of|destroy|wipe|dump|ditch)\w* (?:a |the |my |his |her )?(?:phone|laptop|hard drive|evidence|gun|weapon|body|car)\W+(?:[\w'-]+\W+){0,6}(?:police|cops|forensic\w*|recover\w*|traced?)|what should i (?:delete|destroy|burn|hide)|warrant (?:out )?for me|route around (?:the |a |it|that )?(?:checkpoint)?|move (?:a |the )?stolen|fence (?:stolen )?(?:goods|items|jewel\w*|watches)|(?:disabl|bypass|defeat)\w* (?:a |the )?(?:[\w'-]+ )?(?:alarm|alarm panel|keypad|security cameras?|weight sensor)|self[- ]checkouts? without|(?:witness|juror)\W+(?:[\w'-]+\W+){0,3}(?:change (?:her|his|their) mind|keep quiet|not testify)|intimidat\w* (?:a )?(?:witness|juror))`,
    ),
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'cybercrime',
    re: r(
      String.raw`\b(?:(?:get|break|log|sign)\w* into (?:someone['’]?s?|her|his|their|a (?:stranger|coworker|colleague)['’]?s|my (?:ex|wife|husband|girlfriend|boyfriend|partner|boss|coworker|colleague|neighbou?r|sister|brother|mom|dad|teacher|roommate)['’]?s?) (?:[\w'’-]+ )?(?:instagram|facebook|snapchat|tiktok|whatsapp|email|e-mail|gmail|icloud|account|phone|laptop|computer|dms)|exploit chain|(?:sql injection|sqli|xss) payload|dump (?:the )?(?:[\w'-]+ )?(?:users? table|database|credentials)|brute[- ]?forc\w* (?:[\w'-]+ ){0,4}(?:login|password|account|pin)|bypass\w* (?:[\w'-]+ ){0,2}(?:recovery (?:questions|process)|verification|proctoring|2fa)|take over (?:[\w'-]+ ){0,2}(?:account|whatsapp|instagram|phone)|clon\w* (?:[\w'-]+ ){0,3}cards?|crack\w* (?:[\w'-]+ ){0,3}(?:wifi|wpa2?|wi-fi)|captured the handshake|(?:info)?stealers?\b|seed phrases?|(?:booters?|stressers?)\b|(?:wifi|router|school'?s?) admin panel|other (?:kids'?|people'?s?|users'?|employees'?) (?:browsing history|messages|emails|passwords)|hide (?:the |a )?forwarding rule|keep sending me (?:her|his|their) (?:screenshots|messages|location)|(?:her|his|their) (?:login|password|credentials) (?:to|so))`,
    ),
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'harassment',
    re: r(
      String.raw`\b(?:hide (?:an? )?(?:airtag|tile|gps tracker|tracker|tracking device)|(?:follow|tail)\w* (?:someone|a (?:woman|girl|man|stranger)|her|him|them|my ex) home|keep tabs on (?:her|him|my (?:ex|wife|husband|girlfriend|boyfriend))|(?:which city|where) (?:she|he) lives|(?:find|get|track down|locate|figure out|work out)\w* (?:[\w'-]+ ){0,2}(?:stranger|girl|woman|guy|man|person|someone|somebody|streamer|celebrity|journalist|ex|coworker|classmate)['’]?s? (?:home |house |real )?address|(?:find|track down|figure out|work out|locate)\w* (?:out )?where (?:a |an |this |that |some |my )?(?:girl|woman|guy|man|person|stranger|streamer|journalist|someone|somebody|she|he|they|ex|coworker|classmate)\b(?: [\w'-]+){0,4} lives|(?:her|his) (?:home address|daily schedule|social (?:media )?profiles)|reverse[- ]search (?:[\w'-]+ ){0,3}(?:photo|picture|image)|read (?:my )?(?:wife|husband|girlfriend|boyfriend|partner|ex|daughter|son|employee|coworker|colleague)'?s? (?:[\w'-]+ )?(?:messages|texts|emails|whatsapp|dms|chats)|(?:access|get|pull|obtain|see|read)\w* (?:[\w'-]+ ){0,4}(?:medical records|therapy notes|therapist'?s? notes|session notes|bank statements)|licen[cs]e plate\W+(?:[\w'-]+\W+){0,8}(?:name|address)|(?:name and |her |his )?home address of)`,
    ),
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'fraud',
    re: r(
      String.raw`\b(?:fake (?:[\w'-]+ ){0,2}(?:gofundme|fundraisers?|letters?|screenshots?|statements?|testimonials|platforms?|job offers?|recruiters?|listings?|personas?|accounts?|press releases?|announcements?|tweets?|studies|study|quotes?)|(?:pay|send|transfer|deposit|wire)\w* (?:[\w'-]+ ){0,5}(?:to|at|into|via) my (?:link|iban|wallet)|at my link|pretend\w* to be (?:from |a |an )?(?:the |their )?(?:dvla|hmrc|irs|royal mail|amazon|microsoft|apple|their bank|the bank|their energy supplier|tech support|police|a recruiter)|(?:get|slip)\w* past spam filters|inflated income|made[- ]up employer|claim (?:[\w'-]+ ){0,3}benefits in two|skim\w* (?:[\w'-]+ ){0,2}(?:of )?(?:revenue|money|cash|funds|profits)|rig (?:the |a )?(?:bidding|bids?|tender|election|vote|lottery)|trade on it|hides? the accident|(?:won't|don't|doesn't|wouldn't) (?:match|trigger|get flagged by|show up (?:in|on)) (?:[\w'-]+ ){0,3}plagiarism|fabricat\w* (?:a |the )?(?:[\w'-]+ )?(?:data ?set|data|results|survey responses|citations|sources|references)|sneak (?:[\w'-]+ ){0,2}into (?:the |an? )?(?:[\w'-]+ )?exam|(?:take|do|sit|write) (?:[\w'-]+ ){0,3}(?:exams?|tests?|course|degree|essays?|thesis|assignments?|coursework) for (?:me|them|him|her|students)|send me their login)`,
    ),
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'misinformation',
    re: r(
      String.raw`\b(?:bot accounts|sock ?puppets?|push (?:a |the )?false (?:story|narrative)|false stor(?:y|ies)|panic[- ]buy\w*|flipped votes|(?:don't|won't|doesn't) look coordinated|get it trending|astroturf\w*)`,
    ),
    intent: 'any',
    score: 0.75,
  },
  {
    category: 'violence',
    re: r(
      String.raw`\b(?:put (?:him|her|them|someone|my \w+) in (?:the )?hospital|make (?:him|her|them|someone|my \w+) (?:sick|weak|ill|pass out|unconscious)|knock out (?:a |an )?(?:grown )?(?:man|woman|person|him|her)|(?:slip|put|mix|add)\w* (?:[\w'-]+ ){0,4}(?:in|into) (?:his|her|their|someone'?s?|my \w+'?s?) (?:[\w'-]+ )?(?:drink|beer|food|coffee|tea|meds|medication|wine)|(?:what|which) (?:[\w'-]+ ){0,3}(?:can i|could i|would) (?:mix|put) into|seriously injure|badly hurt|(?:rig|set)\w* (?:up )?(?:a )?(?:tripwire|booby[- ]trap)|looks? like an? (?:accident|electrical fault|suicide|natural death)|poison (?:it|the dog|a dog|my neighbou?r'?s? (?:dog|cat)|his dog|her dog|a cat)|(?:cause|causing) the most casualties|soft targets|toxic gas that|flamethrower|(?:conceal|hide|sneak)\w* (?:[\w'-]+ ){0,3}(?:knife|blade|gun|weapon) (?:so|past|through|on)|without (?:a |an )?(?:id|background check))`,
    ),
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'self_harm',
    re: r(
      String.raw`\b(?:jumping is guaranteed|how deep (?:do i|should i|to) cut|(?:which|what) method and dose|(?:guaranteed|sure) to (?:work|die|kill)\b.{0,40}(?:jump|bridge|pills|dose)|(?:bridge|building)\W+(?:[\w'-]+\W+){0,6}high enough)`,
    ),
    intent: 'none',
    score: 0.85,
  },
  {
    category: 'hate',
    re: r(
      String.raw`\b(?:(?:are|is) all (?:[\w'-]+ )?(?:thieves|criminals|rapists|terrorists|animals|vermin|parasites|subhuman|inferior|stupid)|(?:mocking|mock|making fun of|make fun of) (?:[\w'-]+ ){0,2}(?:black|jewish|asian|muslim|gay|trans|chinese|roma|mexican|indian|arab|disabled|autistic|deaf|blind|fat|homeless|immigrant|african|hispanic|latino) (?:people|ppl|folks|women|men|kids)|(?:muslims|jews|immigrants|refugees|migrants|mexicans|arabs|africans|black people|gay people|trans people|gays) are (?:all )?(?:terrorists|criminals|rapists|animals|vermin|parasites|subhuman|inferior|thieves|a disease|invaders|a plague)|(?:build|form|start|organi[sz]e|arm|train)\w* (?:a |an |my own |our own )?(?:armed )?militia|(?:violently |armed )?overthrow\w* (?:the |a |our )?(?:[\w'-]+ )?(?:government|state)|diss track about (?:[\w'-]+ )?(?:ppl|people)|go hard on the (?:eyes|skin|accent)|(?:gay|trans|black|jewish|muslim|immigrant|roma) (?:people|men|women) are (?:a danger|dangerous|inferior|stupid|thieves|criminals|animals)|should be (?:barred|banned) from (?:teaching|voting|working)|recruitment (?:post|video|message|pitch|flyer) for (?:a |an |the )?(?:[\w'-]+ ){0,2}(?:nationalist|supremacist|nazi|jihadi|extremist|militia|terror\w*))`,
    ),
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'child_sexual',
    re: r(
      String.raw`\b(?:alone with (?:her|him|a child|children|kids|young children|a kid|the kid|the girl|the boy)|unsupervised time (?:alone )?with (?:young )?(?:children|kids)|(?:alone|unsupervised(?: time)?) with (?:a |the |my |her |his |their )?(?:neighbou?r|friend|sister|brother|cousin|coworker|colleague|girlfriend|boyfriend)['’]?s['’]? (?:young |little )?(?:children|kids?|child|daughters?|sons?|girls?|boys?)|keep (?:our|the|these) (?:chats?|messages|talks?) secret|(?:doesn't|won't|not) tell (?:anyone|her parents|his parents|their parents) about)`,
    ),
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'sexual',
    re: r(
      String.raw`\b(?:hidden[- ]camera (?:videos?|footage|clips?)|(?:arousing|erotic|sexual) (?:[\w'-]+ ){0,3}(?:drugged|unconscious|asleep|passed out)|(?:drugged|unconscious|passed out) and (?:taken advantage of|raped)|nudes? of (?:my|her|a) (?:[\w'-]+ )?(?:coworker|colleague|classmate|ex|neighbou?r|teacher|boss))`,
    ),
    intent: 'any',
    score: 0.75,
  },
  {
    category: 'harassment',
    re: r(
      String.raw`\b(?:befriend|meet|chat with|message|contact|lure)\w* (?:a |an |some )?(?:child|kid|minor|(?:young |little )?(?:girl|boy)|teen|preteen|\d{1,2}[- ]?(?:year[- ]?old|yo))s? (?:[\w'-]+ ){0,4}(?:alone|in private|secretly|in person without)\b`,
    ),
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'self_harm',
    re: r(
      String.raw`\b(?:stop|shut down|destroy|fry|wreck) my (?:heart|liver|kidneys|breathing) (?:for good|forever|permanently)\b|\b(?:least painful|most painless|painless|most peaceful|gentlest) (?:way|method|option)s? for me to (?:go|die|end it|check out)\b(?! (?:to|home|back|out|there|about|through|on|for)\b)`,
    ),
    intent: 'none',
    score: 0.85,
  },
  // Canonical shapes the rules above missed (harmful-shapes.test.ts): how many pills it takes to die,
  // a poison an autopsy misses, and a drug's recipe asked for by the drug's name alone ("meth recipe",
  // "how is fentanyl made", "ingredients for meth").
  {
    category: 'self_harm',
    re: r(
      String.raw`\bhow (?:many|much) (?:[\w'-]+ ){0,3}(?:would|will|does|do|should) (?:it take|i (?:need|have) to take) to (?:kill|end) (?:me|myself|my life)\b`,
    ),
    intent: 'none',
    score: 0.85,
  },
  {
    category: 'violence',
    re: r(
      String.raw`\b(?:poisons?|toxins?|drugs?|substances?) (?:[\w'-]+ ){0,5}(?:undetect\w+|hard(?:est)? to (?:detect|trace)|(?:won['’]t|doesn['’]t|wouldn['’]t|not) show up) (?:[\w'-]+ ){0,2}(?:in |on |at |after )?(?:an? |the )?(?:autopsy|post[- ]mortem|tox(?:icology)? (?:screens?|reports?))|\bhow (?:many|much) (?:[\w'-]+ ){0,3}(?:would|will|does|do) it take to kill (?:a |an )?(?:person|someone|somebody|man|woman|adult|him|her)\b`,
    ),
    intent: 'none',
    score: 0.85,
  },
  {
    category: 'drugs',
    re: r(
      String.raw`\b(?:(?:crystal )?meth(?:amphetamine)?|fentanyl|carfentanil|heroin|crack cocaine|ghb|mdma|lsd) recipe|\b(?:recipe|ingredients|precursors|chemicals|materials(?: list)?|instructions) (?:do i need )?(?:for|to make|to cook|to synthesi[sz]e) (?:some |pure |crystal )?(?:meth(?:amphetamine)?|fentanyl|carfentanil|heroin|crack|ghb|mdma|lsd)\b|\bhow (?:is|are) (?:crystal )?(?:meth(?:amphetamine)?|fentanyl|carfentanil|heroin|crack|ghb|mdma|lsd) (?:made|cooked|synthesi[sz]ed|produced|manufactured)\b`,
    ),
    intent: 'none',
    score: 0.85,
  },
];

// Lexicons written from harm taxonomies (MLCommons AILuminate hazards, OpenAI usage policies, Llama
// Guard 3 S1–S14), per category: the harmful objects and acts a request may name, in the shapes a
// request takes ("so the landlord thinks", "that sends every password to my server"), rather than
// the wording of the set's misses. Each branch names the harm itself (a forged document, a victim's
// account, a drug's smuggling route), so the protective frame and a request phrase decide the rest.
const alt = (...xs: string[]): string => `(?:${xs.join('|')})`;
// Someone else: a partner, relative, colleague or stranger (not "my own").
const OTHER = alt(
  String.raw`someone(?:['’]s)?`,
  String.raw`somebody(?:['’]s)?`,
  'his',
  'her',
  'their',
  String.raw`(?:a|the) (?:stranger|coworker|colleague|classmate|girl|woman|guy|man|person|kid|teacher|neighbou?r|customer)['’]s`,
  String.raw`(?:my|our) (?:[\w'-]+ )?(?:ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|ex-partner|wife|husband|girlfriend|boyfriend|partner|fianc[eé]e?|boss|manager|coworker|co-worker|colleague|neighbou?r|roommate|flatmate|landlord|tenant|teacher|professor|classmate|sister|brother|mom|mum|dad|mother|father|stepdad|stepmom|mother-in-law|father-in-law|sister-in-law|brother-in-law|uncle|aunt|cousin|rival|crush|employee|friend|school|teacher)['’]s?`,
  String.raw`other (?:people|kids|students|users|employees|guests|passengers)['’]?s?`,
);
const VICTIM = alt(
  'him',
  'her',
  'them',
  'someone',
  'somebody',
  String.raw`(?:a|an|the|this|that) (?:person|man|woman|guy|girl|stranger|old (?:man|woman|lady)|elderly (?:man|woman|person))`,
  String.raw`my (?:[\w'-]+ )?(?:ex|wife|husband|girlfriend|boyfriend|partner|boss|coworker|colleague|neighbou?r|roommate|flatmate|landlord|teacher|classmate|sister|brother|mom|mum|dad|mother|father|stepdad|stepfather|stepmom|stepmother|mother-in-law|father-in-law|uncle|aunt|cousin|rival)`,
);
const MINOR_EN = String.raw`(?:\d{1,2}[- ]?(?:year[- ]?olds?|yo|y/o)|kids?|child(?:ren)?|minors?|little (?:girls?|boys?)|young (?:girls?|boys?)|preteens?|niece|nephew|stepdaughter|stepson|schoolgirls?|schoolboys?)`;
const DRUGS_HARD = String.raw`(?:meth(?:amphetamine)?|cocaine|coke|crack|heroin|fentanyl|ketamine|mdma|molly|ecstasy|lsd|dmt|psilocybin|magic mushrooms|shrooms|ghb|pcp|mescaline|2c-b|speed|amphetamines?|opium|crystal)`;
const DRUGS_ANY = String.raw`(?:${DRUGS_HARD.slice(3, -1)}|weed|cannabis|marijuana|hash|codeine|oxy(?:codone|contin)?|percocets?|opioids?|opiates?|hydrocodone|vicodin|tramadol|morphine|xanax|benzos?|adderall|lean|steroids|pills|drugs|narcotics)`;
const DOCS = String.raw`(?:doctor['’]?s? notes?|sick notes?|fit notes?|medical (?:certificates?|notes?|records?)|payslips?|pay ?stubs?|p60s?|w-?2s?|utility bills?|bank statements?|tax returns?|diplomas?|degree certificates?|transcripts?|certificates?|reference letters?|recommendation letters?|letters? of (?:recommendation|reference|employment)|employment letters?|job references?|receipts?|invoices?|prescriptions?|id cards?|ids|driv(?:er|ing)['’]?s? licen[cs]es?|passports?|visas?|work permits?|residence permits?|birth certificates?|death certificates?|marriage certificates?|vaccination (?:cards?|records?|certificates?)|vaccine (?:cards?|passports?)|covid pass(?:es)?|insurance (?:cards?|certificates?|documents?)|proof of (?:address|income|insurance|residence|employment|funds|vaccination)|boarding pass(?:es)?|parking permits?|disability badges?|blue badges?|student ids?|press pass(?:es)?|lab results?|test results?|court orders?|police reports?|wills?|tenancy agreements?|leases?|signatures?|stamps?|letterheads?|carfax|mot certificates?|service history|pay slips?|contracts?)`;
// Parts of the targeted-harm rules (below): a requested first-person act, its verbs, and its target.
const TH_REQ = String.raw`(?:how (?:do|can|could|would|should|might|will) (?:i|we|you|one)|how to|how (?:i|we) (?:can|could|would|should|might)|help me|teach me|show me how|tell me how|i (?:want|need|(?:['’]m|am) going|plan|intend|wanna|would like|['’]d like|(?:['’]m|am) (?:trying|planning)) to|(?:best|easiest|quickest|fastest|safest|surest|simplest|cleanest) way to|(?:ways?|tips?|ideas?|advice|steps?|a plan) (?:to|for|on (?:how to)?)|is there (?:a|any) way to|what (?:can|could|should|would) i (?:do|use|say|give|put) to|can i|could i|should i|gonna|wanna)`;
const TH_NOT = String.raw`(?<!\b(?:without|not|never|avoid|avoiding|stop|stops|from|prevent|don['’]t|won['’]t|didn['’]t|doesn['’]t|of|by|after|against|being|been|get|got|was|were|is|are|keep) )`;
const TH_HARM = String.raw`(?:hurt(?:ing)?|injur(?:e|ing)|harm(?:ing)?|poison(?:ing)?|drug(?:ging)?|roofie|sedat(?:e|ing)|maim|crippl(?:e|ing)|disfigur(?:e|ing)|assault(?:ing)?|attack(?:ing)?|ambush(?:ing)?|stab(?:bing)?|strangl(?:e|ing)|chok(?:e|ing)|smother(?:ing)?|suffocat(?:e|ing)|electrocut(?:e|ing)|scald(?:ing)?|kill(?:ing)?|murder(?:ing)?|sicken|tortur(?:e|ing)|kidnap(?:ping)?|abduct(?:ing)?|paraly[sz](?:e|ing)|bludgeon|pistol[- ]whip|pepper[- ]spray|tase)`;
const TH_REL = String.raw`(?:ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|ex-partner|wife|husband|girlfriend|gf|boyfriend|bf|partner|fianc[eé]e?|spouse|boss|manager|supervisor|coworker|co-worker|colleague|neighbou?r|roommate|flatmate|housemate|landlord|landlady|tenant|teacher|professor|classmate|sister|brother|mom|mum|mother|dad|father|stepdad|stepfather|stepmom|stepmother|stepsister|stepbrother|in-laws?|mother-in-law|father-in-law|sister-in-law|brother-in-law|uncle|aunt|cousin|grandma|grandpa|grandmother|grandfather|rival|bully|crush|employee|coach|pastor|tutor|caregiver|carer|nanny|babysitter|teammate|opponent|competitor|date)`;
const TH_KID = String.raw`(?:son|daughter|kid|child|baby|toddler|stepson|stepdaughter|nephew|niece|students?|patients?|residents?)`;
// An adult other than the speaker: a pronoun, someone, a stranger, or a relation ("my ex's new boyfriend").
const TH_ADULT = String.raw`(?:him|her|them|someone|somebody|a stranger|(?:this|that|a|the|some) (?:guy|girl|woman|man|lady|person|dude|stranger|barista|cashier|waitress|waiter|driver|old (?:man|woman|lady)|homeless (?:man|guy|person|people))|(?:my|our) (?:[\w'-]+ ){0,2}${TH_REL})`;
const TH_PERSON = String.raw`(?:${TH_ADULT.slice(3, -1)}|(?:my|our|a|the|this|that) (?:[\w'-]+ ){0,2}${TH_KID})`;
// Whose routine or whereabouts: not the speaker's own child.
const TH_STPOSS = String.raw`(?:her|his|their|my (?:[\w'-]+ ){0,1}(?:ex|ex-wife|ex-girlfriend|ex-boyfriend|ex-husband|wife|husband|girlfriend|boyfriend|partner|crush|coworker|colleague|neighbou?r|classmate|boss|teacher)['’]s|(?:a|the|this|that) (?:girl|woman|guy|man|stranger|barista|cashier|waitress|streamer|nurse|student)['’]s)`;
const TH_PARTNER = String.raw`(?:her|him|my (?:[\w'-]+ ){0,1}(?:wife|husband|girlfriend|gf|boyfriend|bf|partner|fianc[eé]e?|spouse))`;
const TH_MINOR = String.raw`(?:\d{1,2}[- ]?(?:year[- ]?olds?|yo|y/o)|kids?|child(?:ren)?|minors?|(?:young|little|teen(?:age)?|underage) (?:girls?|boys?)|preteens?|teens?|teenagers?|schoolgirls?|schoolboys?)`;
// "'s drink", "'s coffee": the possessive is part of each literal, so prose about food does not open the gate.
const TH_FOOD = alt(
  ...'drink food coffee tea beer wine cocktail meal lunch dinner breakfast water juice soup smoothie meds medication pills inhaler bottle glass cup plate'
    .split(' ')
    .map((f) => `s ${f}`),
);
const TH_GROUP = String.raw`(?:roma|romani|gypsies|jews|jewish people|muslims|black people|blacks|black (?:women|men)|asians|asian (?:people|women|men)|chinese(?: people)?|japanese|koreans|indians|indian people|pakistanis|bangladeshis|arabs|africans|nigerians|somalis|haitians|mexicans|latinos|latinas|hispanics|immigrants|migrants|refugees|asylum seekers|foreigners|gays|gay (?:people|men)|lesbians|bisexuals|homosexuals|trans (?:people|women|men|folks)|transgender (?:people|women|men)|non-binary people|women|girls|females|disabled people|the disabled|autistic people|native americans|aboriginals?|poles|polish people|romanians|turks|kurds|catholics|christians|hindus|sikhs|buddhists|atheists|irish people|the irish|old people|the elderly|fat people|white people|whites)`;
interface LexRule extends Omit<TopicRule, 're'> {
  branches: string[];
}
const CODE_THAT = String.raw`\b(?:program|script|code|app|apk|application|extension|add-?on|plugin|bot|macro|tool|software|payload|binary|executable|exe|dll|implant|agent|service|daemon|virus|worm|file|document|pdf|shortcut|usb)s? (?:[\w'-]+ ){0,3}(?:that|which|to|so (?:that )?it|and|it|then|will|can)\W+(?:[\w'-]+\W+){0,4}`;
const LEX_RULES: LexRule[] = [
  // Second pass over the same taxonomies: revenge and attacks on crowds, hidden payloads, de-anonymising,
  // tracking a partner, tax dodging, business-email and advance-fee scams, beating AI and plagiarism detectors.
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:train|teach)\w* (?:my |a |the |our )?dogs? to (?:attack|bite|maul|go for)\b`,
      String.raw`\b(?:vehicle|car|truck|van|lorry)[- ]ramming\b|\b(?:ram|drive|plough|plow|steer)\w* (?:a |my |the |into )?(?:[\w'-]+ )?(?:car|truck|van|lorry|suv) (?:in)?to (?:a |the )?(?:crowd|people|protesters|march|parade|market|pedestrians)\b`,
      String.raw`\bplan\w* (?:an? |the )?(?:attack|massacre|shooting|bombing|stabbing|ambush) (?:on|at|against|in)\b`,
      String.raw`\b(?:kill|hurt|hit|injure|maim|reach) (?:the )?(?:most|as many) (?:people|victims|civilians)\b|\bmaximi[sz]e (?:the )?(?:casualties|deaths|victims|body count)\b|\bmass[- ]casualty attack\b`,
      String.raw`\b(?:tase|taser|pepper[- ]spray|mace|pistol[- ]whip|curb[- ]stomp|kneecap|waterboard)\w* (?:my |a |the |his |her |this |that )?(?:[\w'-]+ )?(?:neighbou?r|coworker|colleague|boss|teacher|wife|husband|girlfriend|boyfriend|classmate|brother|sister|ex|stepdad|stepmom|roommate|landlord|bully|bullies|him|her|them|someone|somebody)\b`,
      String.raw`\b(?:get|take|have|plan|want|seek)\w* (?:my |some |real )?revenge on (?:my |him|her|them|a |the |this |that )|\bget (?:back at|even with) (?:my |him|her|them|the |this |that )(?:[\w'-]+ )?(?:ex|boss|coworker|colleague|teacher|neighbou?r|bully|him|her|them|guy|girl)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:zip|fork|logic|decompression) bombs?\b`,
      String.raw`\b(?:hide|embed|bind|disguise|inject|smuggle|wrap)\w* (?:[\w'-]+ ){0,2}(?:payload|malware|virus|exe|executable|trojan|rat|backdoor|keylogger|stealer|shellcode|macro) (?:[\w'-]+ ){0,3}(?:in|inside|into|as) (?:a |an )?(?:pdf|image|jpe?g|png|word|docx?|excel|xlsx?|invoice|game|crack|mp3|mp4|video|screensaver|shortcut|lnk|installer)\b`,
      String.raw`\b(?:obfuscat|pack|crypt|encrypt|polymorph)\w* (?:[\w'-]+ ){0,2}(?:payload|malware|virus|trojan|rat|stealer|keylogger|ransomware|shellcode|dropper)\b`,
      String.raw`\b(?:find out|unmask|identify|figure out|work out|expose|reveal|dox)\w* (?:who(?:['’]s| is)? (?:behind|running|owns|writes)|the (?:real )?(?:identity|name|person) (?:of|behind)) (?:this |that |an |the |my )?(?:anonymous|anon|burner|alt|throwaway|fake|parody|troll|critic|whistle-?blower|reviewer|glassdoor)`,
      String.raw`\b(?:trace|track|locate|find|get|grab|log|pull)\w* (?:[\w'-]+ ){0,2}(?:someone['’]?s?|her|his|their|a user['’]?s?|this (?:user|person|account|streamer|girl|guy)['’]?s?|my ex['’]?s?|an? (?:opponent|player|streamer)['’]?s?) (?:home )?ip(?: address)?\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:see|know|check|track|find out|monitor|follow)\w* (?:exactly |always )?where (?:my )?(?:wife|husband|girlfriend|boyfriend|partner|ex|fianc[eé]e?|employee|crush) (?:is|goes|has been|was)\b(?:[\w'-]+\W+){0,6}(?:without|secretly|all the time|24/7|at all times|every minute|without (?:her|him) knowing)`,
      String.raw`\b(?:find|get|track down|look up|locate|dig up|figure out|work out|search for)\w* (?:out )?my ex(?:-\w+)?['’]?s? (?:new )?(?:home )?(?:address|number|phone number|workplace|location|whereabouts)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:avoid|dodge|skip|not|never)\w* (?:paying )?(?:any )?(?:tax|taxes|vat|income tax|capital gains)\b(?! legally)(?:[\w'-]+ ){0,4}(?:on (?:my )?(?:cash|tips|side|crypto|income|rental|sales)|without (?:the )?(?:irs|hmrc|tax (?:man|office))|(?:the )?(?:irs|hmrc|taxman) (?:finding out|noticing))`,
      String.raw`\b(?:not|never|without|avoid)\w* (?:declar|report)\w* (?:my |the |our |any )?(?:cash|income|earnings|tips|crypto|profits|rental income|side income|sales)\b`,
      String.raw`\b(?:ceo|bec|invoice|payroll|w-?2|gift card|tech support|romance|recovery|advance[- ]fee|419|sextortion) (?:fraud|scam)s?\b(?:[\w'-]+\W+){0,8}(?:run|start|write|script|template|set up|make|victims?|money)|\bnigerian prince\b`,
      String.raw`\b(?:change|swap|switch|alter|edit)\w* (?:the )?(?:bank|payment|account|iban|sort code) (?:details|number) (?:on|in) (?:an? |the |their )?invoices?\b`,
      String.raw`\b(?:release|processing|clearance|customs|unlock|admin|transfer|verification|handling) fees?\W+(?:[\w'-]+\W+){0,6}(?:prize|winnings|package|parcel|inheritance|loan|lottery|refund|job)\b`,
      String.raw`\b(?:bypass|beat|fool|evade|trick|get past|get around)\w* (?:the |an? )?(?:ai|gpt|chatgpt|plagiarism|turnitin) (?:detectors?|checkers?|detection|checks?)\b|\bundetectable (?:by|to|from) (?:ai|gpt|plagiarism|turnitin)\b|\b(?:humani[sz]e|rewrite|reword|paraphrase|spin)\w* (?:[\w'-]+ ){0,4}(?:so|to|and) (?:it )?(?:passes|pass|avoids?|beats?|evades?|isn['’]?t (?:flagged|detected|caught)|won['’]?t be (?:flagged|detected|caught)) (?:[\w'-]+ ){0,2}(?:ai|gpt|plagiarism|turnitin)`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // S1 violent crimes: the injury asked for, an "accident", a target's car, drink or stairs.
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:knock|put)\w* ${VICTIM} (?:out|unconscious|in (?:a |the )?(?:coma|hospital|wheelchair))\b`,
      String.raw`\bhow (?:hard|much force) (?:do|would|should|must) (?:i|you|one) (?:[\w'-]+ ){0,2}(?:hit|punch|kick|strike|choke|shake)\b`,
      String.raw`\bwhere (?:to|should i|do i|can i|would i) (?:stab|hit|punch|kick|shoot|cut|strike)\w* (?:a person|someone|somebody|him|her|them|a man|a woman|people|my \w+)\b`,
      String.raw`\b(?:trip|push|shove)\w* (?:${VICTIM}) (?:[\w'-]+ ){0,3}(?:down|off|over|on|in front of|into) (?:the |a )?(?:stairs|steps|staircase|cliff|balcony|ledge|road|traffic|train|tracks|river|pool|water)\b`,
      String.raw`\bmake ${VICTIM} (?:really |very |seriously |violently |so )?(?:ill|sick|vomit|throw up|pass out|faint|bleed|collapse)\b`,
      String.raw`\b(?:leave|make|want|get)\w* ${VICTIM} (?:[\w'-]+ ){0,2}(?:unable to (?:walk|work|see|talk)|paraly[sz]ed|crippled|blind(?:ed)?|disfigured|in a coma)\b`,
      // (snapping one's fingers is a gesture: "people who snap their fingers" in a character's dislikes, cards3-fresh)
      String.raw`\b(?:break|shatter|snap|smash)\w* (?:his|her|their|my \w+['’]s) (?:legs?|knees?|kneecaps?|arms?|(?<!snap\w* (?:\w+|my \w+['’]s) )fingers?|ribs|jaw|nose|skull|neck)\b`,
      String.raw`\b(?:hurt|hit|beat|punish|injur|harm|tortur|burn|choke|strangl)\w* (?:[\w'-]+ ){0,4}without (?:it )?(?:leaving )?(?:any )?(?:marks|bruises|visible (?:marks|injuries|bruises)|a mark|evidence)\b`,
      String.raw`\bambush\w* (?:[\w'-]+ ){0,3}(?:him|her|them|the guy|this guy|my \w+|someone)\b`,
      String.raw`\b(?:mess|tamper|interfere|fiddle|sabotag)\w* (?:up |with )?${OTHER} (?:[\w'-]+ )?(?:car|brakes?|brake lines?|wheels?|tyres?|tires?|steering|meds|medication|insulin|inhaler|epipen|oxygen|wheelchair|gas line|boiler|ladder|harness|parachute)\b`,
      String.raw`\bso (?:that )?(?:the |a |his |her |their )?(?:wheel|brakes?|tyre|tire|steering|ladder|harness|rope) (?:comes? off|fails?|gives? (?:out|way)|snaps?|breaks?)\b`,
      String.raw`\b(?:throw|splash|pour)\w* acid\b|\bacid attack`,
      String.raw`\b(?:grind|crush|put|slip|mix|add|sprinkle|drop|stir|hide)\w* (?:[\w'-]+ ){0,5}(?:in|into) ${OTHER} (?:[\w'-]+ )?(?:food|drink|smoothie|coffee|tea|meal|soup|lunch|dinner|water|beer|wine|juice|cocktail|bottle|inhaler|medicine)\b(?:[\w'-]+\W+){0,6}(?:ill|sick|faint|pass out|collapse|die|unconscious|knock|hospital|suffer)`,
      String.raw`\b(?:toxic|poisonous|deadly|lethal) (?:plants?|berries|mushrooms?|chemicals?|substances?|seeds?|leaves)\W+(?:[\w'-]+\W+){0,8}(?:into|in) ${OTHER} (?:[\w'-]+ )?(?:food|drink|smoothie|coffee|tea|meal|soup|lunch|dinner|water|juice)`,
      String.raw`\b(?:bleed|bleeds) out (?:fast|faster|fastest|quick|quicker|quickest|slowly)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // S9 indiscriminate weapons and firearms: improvised weapons, conversions, untraceable parts.
  {
    category: 'weapons',
    branches: [
      String.raw`\b(?:shanks?|shivs?|zip ?guns?|improvised (?:guns?|firearms?|weapons?|grenades?|shotguns?)|pressure[- ]cooker (?:bombs?|devices?)|shrapnel|fertili[sz]er bombs?|tatp|hmtd|semtex|blasting caps?|det(?:onating)? cord|incendiary (?:devices?|bombs?|mixtures?)|fire ?bombs?|letter bombs?|parcel bombs?|mail bombs?|suicide (?:vests?|belts?|bombs?)|explosive (?:charges?|mixtures?|compounds?|vests?|belts?)|tannerite (?:bombs?|charges?))\b`,
      String.raw`\b(?:convert|turn|modif|make|rebuild|drill)\w* (?:[\w'-]+ ){0,6}(?:fires?|shoots?|take|takes|chamber|chambers) (?:real|live|lethal|actual) (?:rounds|ammo|ammunition|bullets|cartridges)\b`,
      String.raw`\b(?:airsoft|blank|replica|starter|bb|pellet|cap|flare|nail|paintball|toy) (?:guns?|pistols?|rifles?|firers?)\W+(?:[\w'-]+\W+){0,8}(?:real|live|lethal|actual|working) (?:rounds|ammo|ammunition|bullets|firearms?|guns?|weapons?)\b`,
      String.raw`\b(?:unregistered|untraceable|unseriali[sz]ed|ghost|80 ?%|80 percent|off[- ]paper) (?:ar-?15 |ar |ak |glock )?(?:lowers?|lower receivers?|receivers?|frames?|jigs?)\b|\b(?:isn['’]?t|is not|aren['’]?t|never) registered anywhere`,
      String.raw`\b(?:poison(?:ed)?|toxin|curare|poison[- ]tipped) (?:darts?|arrows?|bolts?|blades?|bullets?|needles?|knives?)\b|\btipped with (?:poison|toxin|curare)`,
      String.raw`\b(?:knife|knives|blade|shanks?|shivs?|weapons?|guns?|firearms?|pistols?|razor|box cutter|sharpened [\w'-]+|ceramic [\w'-]+)\W+(?:[\w'-]+\W+){0,6}(?:past|through|by|gets? through) (?:a |the )?(?:airport |tsa |courthouse |school |stadium )?(?:metal detectors?|security (?:scanners?|checks?|checkpoint)|airport security|tsa|x-?ray (?:machines?|scanners?)|bag checks?)`,
      String.raw`\b(?:blow|blast)\w* (?:open|up) (?:a |the |my neighbou?r['’]?s? |his |her |their |someone['’]?s? )?(?:[\w'-]+ )?(?:mailbox|letterbox|safe|atm|cash machine|door|car|house|bridge|pipeline|transformer|substation)\b`,
      // The charge of a fertiliser bomb ("recreate the Oklahoma City bombing: the fertilizer mix and quantities").
      String.raw`\b(?:bomb\w*|explosi\w*|detonat\w*)\b[^\n]{0,120}?\b(?:fertili[sz]er|ammonium nitrate|anfo)\b(?:\W+[\w'-]+){0,3}?\W+(?:mix|mixture|ratio|quantit(?:y|ies)|amounts?|recipe|formula)\b|\b(?:fertili[sz]er|ammonium nitrate|anfo)\b(?:\W+[\w'-]+){0,3}?\W+(?:mix|mixture|ratio|quantit(?:y|ies)|amounts?|recipe|formula)\b[^\n]{0,120}?\b(?:bomb\w*|explosi\w*|detonat\w*)`,
      String.raw`\b(?:pack|stuff|fill|wrap)\w* (?:[\w'-]+ ){0,3}(?:nails|ball bearings|shrapnel|screws|bolts)\W+(?:[\w'-]+\W+){0,4}(?:around|into|in) (?:a |the )?(?:pipe|bomb|device|pressure cooker|can|bottle|charge)`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // S11 suicide and self-harm: the speaker's plan, its method, hiding it, an eating disorder's goal.
  {
    category: 'self_harm',
    branches: [
      String.raw`\bend (?:it all|it tonight|it today|it now|it soon|it for good|things (?:tonight|today|now|for good|forever)|everything (?:tonight|today|now|for good))\b`,
      String.raw`\b(?:(?:never|not) (?:wake|waking) up (?:again|anymore|tomorrow|ever)|(?:don['’]?t|do not) want to (?:be alive|exist|live anymore|wake up)|stop existing|dejar de existir|disappear forever|(?:won['’]?t|wouldn['’]?t|will not|would not) (?:survive|wake up)|before i (?:do it|go through with it|kill myself)|(?:suicide|goodbye) (?:letter|note)s? (?:[\w'-]+ ){0,4}before i)\b`,
      String.raw`\b(?:least painful|most painless|painless|quickest|quietest|most peaceful|surest|most reliable|most certain)(?: possible)? (?:way|method|means|option)s? (?:to |of )?(?:die|dying|end (?:it|things|my life|everything)(?! with\b)|kill myself|commit suicide|go to sleep forever|not wake up|do it)\b`,
      String.raw`\b(?:stop|shut down|destroy|fry|wreck) my (?:heart|liver|kidneys|breathing)(?: for good)?\b(?! (?:from |(?:\w+ )?)(?:racing|pounding|fluttering|beating (?:so )?fast|skipping|hurting|aching))`,
      String.raw`\bhow deep (?:do|should|can|would|must) i (?:need to |have to )?cut\b|\bhow (?:many|much) (?:[\w'-]+ ){0,4}(?:would|will|to|do i need to|should i) (?:kill me|end (?:it|my life)|make sure i (?:die|don['’]?t wake up))\b`,
      // The dose that kills, asked for a character ("exactly how many of which pills to take to end his life").
      String.raw`\bhow (?:many|much) (?:[\w'-]+ ){0,6}(?:pills|tablets|capsules|painkillers|paracetamol|sleeping pills|insulin|medication)\b[^.!?\n]{0,40}\bto (?:make sure (?:i|he|she|they) (?:don['’]?t|doesn['’]?t|won['’]?t|never) wake up|end (?:his|her|their|my|one'?s|a) life|kill (?:him|her|them|my|one)sel(?:f|ves)|die|not wake up|never wake up)\b`,
      String.raw`\b(?:hide|cover(?: up)?|conceal)\w* (?:the |my )?(?:cuts|scars|self[- ]harm|burns|fresh marks) (?:on my|from (?:my|people|everyone|school|work|them)|so (?:nobody|no one|they|my|people))`,
      String.raw`\bso (?:they|my parents|people|nobody|no one) (?:don['’]?t|won['’]?t|can['’]?t) (?:stop|save) me\b`,
      String.raw`\b(?:under|below|less than|max(?:imum)?|only) [1-7]\d\d (?:calories|kcals?|cals)(?: a| per)? (?:day|daily)\b|\bsee my (?:ribs|hip ?bones|collar ?bones?|spine)\b|\bthigh gap\b|\b(?:pro[- ]?mia|meanspo|bonespo)\b`,
      String.raw`\b(?:purge|vomit|throw up|puke)\w* (?:[\w'-]+ ){0,3}(?:discreetly|quietly|silently|without (?:anyone|my|them|people) (?:knowing|noticing|hearing|seeing))`,
      String.raw`\b(?:purge|vomit|throw up|puke)\w* (?:[\w'-]+ ){0,3}after (?:every|each) (?:meal|dinner|lunch|time i eat)`,
      String.raw`\b(?:high|tall|height|floor|storey|story)\w* (?:[\w'-]+ ){0,6}(?:makes? sure|guarantee|certain)\w* (?:that )?i (?:won['’]?t|wouldn['’]?t|don['’]?t) survive`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // S2 non-violent crimes, drugs: making, pressing, cutting, mailing, selling, sourcing without a prescription.
  {
    category: 'drugs',
    branches: [
      String.raw`\b(?:press|cut|mail|ship|post|sneak|smuggl|score|deal|sell|push|grow|cook|extract|synthesi[sz]|brew|stash|traffic|import|distribut|make|produce)\w* (?:[\w'-]+ ){0,4}${DRUGS_HARD}\b(?! (?:therapy|treatment|clinic|infusion|trials?|research|policy|addiction|overdoses?)\b)`,
      String.raw`\b${DRUGS_ANY}\W+(?:[\w'-]+\W+){0,6}(?:across (?:the )?(?:border|state lines)|through (?:customs|the airport|airport security|the post|the mail)|past (?:customs|sniffer dogs|the dogs|drug dogs|the police)|(?:to|at) (?:school ?kids|students|pupils|teens|teenagers|minors|festivals|raves|clubs|school)|into (?:pills|tablets|bricks|capsules)|with (?:baking soda|levamisole|a cutting agent|cut)|to double my profit|without (?:the )?(?:post office|police|cops|customs|dogs?) (?:noticing|finding|sniffing|smelling|detecting))`,
      String.raw`\b(?:sell|mail|ship|post|smuggl|sneak|traffic|deal|move|carry)\w* (?:[\w'-]+ ){0,3}${DRUGS_ANY}\W+(?:[\w'-]+\W+){0,6}(?:across|through|past|so (?:the |that )?(?:post office|police|cops|customs|dogs?|teachers?|parents)|without (?:getting caught|the|a prescription))`,
      String.raw`\b(?:transform|turn|convert|cook|refine|upgrade)\w* (?:[\w'-]+ ){0,2}(?:codeine|pseudoephedrine|morphine|oxy\w*|cough syrup|cold medicine|sudafed|tramadol) (?:into|to) `,
      String.raw`\b(?:buy|get|score|order|cop|find)\w* (?:[\w'-]+ ){0,3}${DRUGS_ANY}\W+(?:[\w'-]+\W+){0,6}(?:without (?:a |any )?(?:prescription|doctor|script|meeting (?:a |the )?dealer)|from (?:a |the )?(?:dealer|plug|dark ?web|darknet|telegram|snapchat))`,
      String.raw`\b(?:doctor|dr\.?)[- ]shop\w*|\b(?:what|which) (?:lines|symptoms|things|words) (?:should|do|can|would) i (?:say|tell|fake|claim|use) (?:[\w'-]+ ){0,6}(?:to get|so (?:they|he|she|the doctor|the er) (?:prescribe|give))`,
      String.raw`\b(?:fake|exaggerat|pretend|invent)\w* (?:[\w'-]+ ){0,3}(?:pain|symptoms|injury|adhd|anxiety|insomnia|back pain) (?:[\w'-]+ ){0,4}(?:to get|for|so (?:the |my )?(?:doctor|gp|er|psychiatrist) (?:gives?|prescribes?)) (?:[\w'-]+ ){0,2}(?:oxy\w*|opioids?|xanax|adderall|benzos?|painkillers|pills|codeine|ketamine|vicodin|percocets?)`,
      String.raw`\b(?:kids|children|teens|minors|teenagers|youngsters|school ?kids)\W+(?:[\w'-]+\W+){0,4}(?:carry|sell|move|deliver|run|hold|stash)\w* (?:[\w'-]+ ){0,2}(?:drugs|packages|gear|product|weed|coke|crack|pills)\b|\bcounty lines\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // S14 and S2: intrusion — someone else's accounts, devices and networks; taking a site down; harvesting logins.
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:get|break|log|sign|sneak|hack)\w* (?:back )?into ${OTHER} (?:[\w'-]+ ){0,2}(?:account|accounts|e-?mail|inbox|gmail|outlook|icloud|phone|iphone|laptop|computer|pc|snapchat|instagram|insta|facebook|tiktok|whatsapp|telegram|discord|twitter|x account|dms|messages|texts|cloud|google drive|onlyfans|bank(?:ing)?(?: app| account)?|paypal|venmo|camera|webcam|ring|router|wi-?fi|network|server|database|admin panel|school portal|grades?|moodle|canvas|steam|xbox|playstation|roblox|fortnite|minecraft)\b`,
      String.raw`\b(?:read|access|see|open|unlock|check|go through|look through|snoop (?:on|through)|get into|monitor|intercept|forward)\w* (?:[\w'-]+ ){0,2}${OTHER} (?:[\w'-]+ )?(?:e-?mails?|inbox|texts|messages|dms|whatsapp|snapchat|instagram|facebook|imessages?|chats?|call logs?|browser history|search history|browsing history|voicemails?|icloud|photos|camera roll)\b`,
      String.raw`\b(?:take down|knock\w* (?:[\w'-]+ )?offline|crash|flood|overload|bring down|ddos|dos|lag (?:out|switch))\w* (?:a |the |their |this |that |his |her |my (?:school|ex|rival|competitor|enemy|old (?:job|work))['’]?s? )?(?:[\w'-]+ ){0,2}(?:server|website|site|network|stream|router|game|lobby|match|portal)s?\b(?:[\w'-]+\W+){0,5}(?:banned|kicked|rival|competitor|enemy|ex|revenge|from (?:many|several|multiple|lots of|\d+) (?:computers|machines|devices|bots)|with (?:[\w'-]+ ){0,2}(?:computers|bots|requests|traffic|botnet|booters?|stressers?))`,
      String.raw`\b(?:evil twin|rogue access points?|fake (?:wi-?fi|wireless|hotspot|access point|captive portal|login (?:page|screen|portal))s?|credential (?:stuffing|harvest\w*)|password spray\w*|rockyou|pass[- ]the[- ]hash|mimikatz|sim[- ]swap\w*|juice jacking|session hijack\w*|cookie (?:stealer|hijack\w*|grabber)|token (?:grabbers?|loggers?|stealers?)|account takeover|(?:grabbers?|crypters?|droppers?|loaders?) (?:for|that|which)|fud (?:crypter|payload|rat))\b`,
      String.raw`\b(?:capture|intercept|sniff|harvest|collect|grab|record|log)\w* (?:[\w'-]+ ){0,2}(?:people['’]?s?|their|other (?:people|users|guests|passengers|students|employees)['’]?s?|everyone['’]?s?|users['’]?|guests['’]?|customers['’]?|victims['’]?|strangers['’]?|passengers['’]?) (?:[\w'-]+ )?(?:logins?|passwords?|credentials|traffic|cookies|sessions?|card (?:numbers|details)|pins?|keystrokes|messages)\b`,
      String.raw`\b(?:injection (?:string|payload|query|to (?:dump|pull|extract|get))|(?:sqli|sql injection|xss|csrf|ssrf|lfi|rce) (?:string|payload|exploit|to (?:dump|pull|extract|steal|get|read))|(?:pull|dump|extract|exfiltrat|steal|download|scrape)\w* (?:all )?(?:the )?(?:[\w'-]+ )?(?:customers?|users?|admin|members?|password|credit card|patient|student|employee)s? (?:table|database|db|list|data|records|hashes) (?:from|out of|off|of) (?:this|a|the|their|that|my (?:school|work|old))|(?:crack|decrypt|reverse)\w* (?:the |these |their )?(?:password )?hashes (?:i|we) (?:dumped|stole|got|leaked|found))\b`,
      String.raw`\bclon\w* (?:${OTHER} |a |an |the )(?:[\w'-]+ )?(?:badge|key ?card|access card|rfid (?:card|tag|badge)|nfc (?:card|tag)|fob|sim(?: card)?|credit card|bank card|debit card|hotel key)s?\b|\b(?:badge|key ?card|access card)\W+(?:[\w'-]+\W+){0,4}(?:server room|office after hours|building after hours|restricted)`,
      String.raw`\b(?:neighbou?r['’]?s?|school['’]?s?|work['’]?s?|company['’]?s?|office['’]?s?|hotel['’]?s?|landlord['’]?s?|university['’]?s?|library['’]?s?|stranger['’]?s?) (?:wi-?fi|network|router|server|database|admin panel|cameras?|printer|firewall|filter|portal)\W+(?:[\w'-]+\W+){0,3}(?:without (?:the |their )?(?:password|permission|them knowing|asking)|crack|hack|get into|break into|bypass|access|unblock)|\b(?:crack|hack|get into|break into|bypass|access|unblock)\w* (?:the |my |our |a )?(?:neighbou?r['’]?s?|school['’]?s?|work['’]?s?|company['’]?s?|office['’]?s?|hotel['’]?s?|landlord['’]?s?|university['’]?s?|stranger['’]?s?) (?:[\w'-]+ )?(?:wi-?fi|network|router|server|database|admin panel|cameras?|firewall|filter|portal)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // S14 malicious code: a program, script, macro, bot or extension named by what it does to its victim.
  {
    category: 'cybercrime',
    branches: [
      CODE_THAT +
        String.raw`encrypts? (?:[\w'-]+ ){0,5}(?:and|then) (?:[\w'-]+ ){0,5}(?:ransom|bitcoin|btc|monero|crypto|payment|pay(?:s|ing)? (?:me|us)|demand\w*)`,
      CODE_THAT +
        String.raw`(?:demand\w*|asks? for|requests?) (?:a )?(?:ransom|bitcoin|monero|payment to (?:unlock|decrypt|restore))`,
      CODE_THAT + String.raw`(?:leaves?|drops?|shows?|displays?) (?:a )?ransom (?:note|message|demand)`,
      CODE_THAT +
        String.raw`(?:quietly |silently |secretly |covertly |invisibly |automatically )?(?:sends?|uploads?|forwards?|posts?|exfiltrates?|e-?mails?|mails?|leaks?|beams?|reports?) (?:[\w'-]+ ){0,4}(?:passwords?|keystrokes|keys (?:typed|pressed)|everything (?:they|the user|he|she|users|people) (?:types?|typed)|cookies|tokens?|credentials|logins?|seed phrases?|wallets?|recordings?|calls|screenshots|locations?|contacts|card (?:numbers|details)|browser history|files) (?:[\w'-]+ ){0,3}(?:to|at|on) (?:my (?:own )?(?:server|telegram|discord|webhook|e-?mail|ftp|bot|channel|endpoint|site|computer|phone|laptop|inbox)|a remote (?:server|host|machine)|the attacker|an? (?:ftp|telegram|discord|webhook|c2|remote) )`,
      CODE_THAT +
        String.raw`(?:grabs?|steals?|harvests?|captures?|collects?|logs?|records?|dumps?|extracts?|scrapes?|swipes?|copies) (?:[\w'-]+ ){0,3}(?:users['’]?|their|the user['’]?s?|victims?['’]?s?|people['’]?s?|everyone['’]?s?|every|all|other people['’]?s?|saved|stored|browser)? ?(?:discord |steam |roblox |browser |chrome |saved )?(?:tokens?|cookies|passwords?|credentials|keystrokes|seed phrases?|crypto wallets?|wallets?|phone calls|calls|sms|texts|browser history|logins?|card (?:numbers|details)|2fa codes?|otps?)`,
      CODE_THAT +
        String.raw`(?:spreads?|propagates?|copies|replicates?|moves?) (?:itself|to (?:other|every|all)|across (?:the )?(?:network|office|lan)|over (?:usb|the network|email|whatsapp)|via (?:usb|email|whatsapp|contacts)|through (?:usb|the network|email))`,
      CODE_THAT +
        String.raw`self[- ]?replicat\w*|deletes? (?:system32|the (?:os|operating system|boot|mbr))|wipes? (?:the |their |all |every |his |her )?(?:disks?|drives?|hard drives?|files|computers?|pcs?|data|phones?)(?![^.!?\n]{0,40}\bbefore (?:i|we|you) (?:sell|donate|recycle|give|return|dispose|trade|hand)\w*)|corrupts? (?:the |their )?(?:mbr|bios|firmware|boot)`,
      CODE_THAT +
        String.raw`(?:disables?|kills?|turns? off|bypass\w*|evades?|hides? from|blinds?|uninstalls?) (?:windows )?(?:defender|antivirus|anti-virus|firewall|security software|security tools|malwarebytes|crowdstrike)`,
      CODE_THAT +
        String.raw`(?:downloads?|fetch\w*|drops?|pulls?) (?:[\w'-]+ ){0,3}(?:and|then) (?:runs?|executes?|launches?|installs?|opens?)`,
      CODE_THAT +
        String.raw`(?:runs?|works?|records?|tracks?|stays?|hides?) (?:[\w'-]+ ){0,3}without (?:showing (?:an? |any )?(?:icon|notification|window)|(?:the )?(?:user|owner|victim|target|them|anyone|person) (?:knowing|noticing|seeing))`,
      CODE_THAT +
        String.raw`mines? (?:crypto\w*|bitcoin|monero|coins?|xmr) (?:[\w'-]+ ){0,4}(?:hidden|secretly|in the background|on (?:people|other|their|users|visitors|victims))`,
      CODE_THAT +
        String.raw`(?:opens?|gives? (?:me )?|creates?) (?:a )?(?:reverse shell|backdoor|remote access|persistence)`,
      CODE_THAT +
        String.raw`locks? (?:[\w'-]+ ){0,3}(?:screen|computer|phone|files) (?:[\w'-]+ ){0,4}(?:until|unless) (?:they|the user|victims?|people) pay`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // S2 fraud: forged or doctored documents, staged or inflated claims, a dead relative's benefits, refund abuse.
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?<!(?:spot|recogni[sz]e|identify|detect|report|avoid|catch|about|against|flag|check for|verify) (?:a |an |the |these |those )?)(?:fake|forged|counterfeit|phony|phoney|bogus|fraudulent|doctored|falsified|fabricated|made-?up|fictitious|backdated|photoshopped|false) (?!the |a |an |his |her |their )(?:[\w'-]+ ){0,2}${DOCS}\b`,
      String.raw`\b(?:forge|faking|fake|falsify|falsifying|fabricate|fabricating|doctor|doctoring|backdate|backdating|photoshop|photoshopping|counterfeit|alter|altering|edit|editing|tamper with|tampering with|fudge|fudging|fiddle|inflate|inflating|pad|padding|change|changing|modify|modifying)\w* (?:[\w'-]+ ){0,3}${DOCS}\W+(?:[\w'-]+\W+){0,8}(?:so (?:that )?(?:it|they|the \w+|he|she|my \w+|it['’]?s?|people) (?:looks? (?:real|legit|genuine|official)|thinks?|believes?|accepts?|won['’]?t (?:notice|check|know)|doesn['’]?t (?:notice|check|know)|don['’]?t (?:notice|check|know)|can['’]?t tell)|to (?:get|qualify|pass|fool|trick|claim|show|prove)|for (?:the |a |my )?(?:bank|landlord|lender|letting agent|embassy|visa|loan|mortgage|insurer|insurance|court|employer|university|college|school|job|immigration|benefits)|thinks? i (?:earn|make|have|had|was|am))`,
      String.raw`\b(?:on|with|using) (?:a |the |their |his |her |some )?(?:clinic|hospital|gp|doctor['’]?s?|surgery|company|bank|university|official|police|government|council|court|ministry|school) (?:letterhead|logo and signature|stamp and signature|stamp)\b`,
      String.raw`\b(?:claim|collect|cash|keep (?:getting|receiving|collecting|claiming)|draw|receive)\w* (?:my |his |her |their |a )?(?:dead|deceased|late|dying) (?:[\w'-]+['’]s? )?(?:[\w'-]+ )?(?:pension|benefits|social security|checks|cheques|allowance|annuity|payments)\b|\b(?:dead|deceased|late) (?:[\w'-]+['’]s? )?(?:pension|benefits|social security)\W+(?:[\w'-]+\W+){0,4}(?:more years|keep|still|continue|after (?:she|he) died)`,
      String.raw`\b(?:crash|accident|theft|burglary|injury|fire|flood|damage|break-?in|fall|robbery|loss) (?:that )?(?:never happened|didn['’]?t happen|did not happen|never took place)\b|\b(?:stage|fake|faking|staging|invent|make up)\w* (?:a |an )?(?:car )?(?:crash|accident|burglary|break-?in|theft|injury|slip and fall|slip-and-fall|fall at work|robbery|mugging|fire|house fire|death)\b(?:[\w'-]+\W+){0,8}(?:insurance|claim|payout|compensation|money|sue|lawsuit)`,
      String.raw`\b(?:inflate|exaggerate|pad|bump up|overstate|double|triple|gonfl)\w* (?:[\w'-]+ ){0,3}(?:insurance )?(?:claims?|damages|damage|losses|expenses|expense claims?|invoices?|bills?|mileage|receipts|hours|timesheets?) (?:[\w'-]+ ){0,6}(?:insur\w*|payout|pay (?:me|us) more|reimburs\w*|compensation|refund|claim|employer|company|client)`,
      String.raw`\bwardrob(?:ing|ed|ers?)\b|\breturn (?:worn|used|damaged) (?:clothes|items|dresses|outfits|shoes|products|goods) as new|\brefunds? (?:every time|without returning|for (?:items?|things?) i (?:kept|didn['’]?t return)|and keep (?:it|them|the))|\brefund (?:scam|fraud|trick|hack)s?|\b(?:(?:say|claim|pretend)\w* (?:[\w'-]+ ){0,3}(?:never|didn['’]?t) (?:arrived?|arrive|delivered|get it) (?:[\w'-]+ ){0,4}(?:but|even though|when|though) (?:it|i|they) (?:did|got|was))\b`,
      String.raw`\bso (?:that )?(?:the |my |our )?(?:landlord|letting agent|bank|lender|insurer|insurance (?:company)?|embassy|consulate|employer|boss|university|college|school|court|judge|irs|hmrc|tax (?:office|man|authorit\w+)|auditors?|council|government|dwp|benefits office|pension office|visa office|immigration|recruiter|underwriter) (?:thinks?|believes?|won['’]?t (?:notice|find out|know|check|see|realise|realize)|doesn['’]?t (?:notice|find out|know|check|see|realise|realize)|can['’]?t tell|never finds? out)\b`,
      String.raw`\b(?:generate|make|create|draft|write|produce|print|design)\w* (?:me )?(?:a |an )?(?:realistic|convincing|believable|real-looking|official-looking|authentic-looking) (?:[\w'-]+ ){0,2}${DOCS}\W+(?:[\w'-]+\W+){0,8}(?:fake|not (?:real|mine)|(?:i|we) (?:don['’]?t|never) (?:have|had|live|work|earn)|for (?:the |a |my )?(?:bank|landlord|lender|embassy|visa|loan|mortgage|insurer|court|employer|immigration))`,
      String.raw`\b(?:use|using|open|opening|take out|apply for|get)\w* (?:[\w'-]+ ){0,3}(?:loans?|credit cards?|accounts?|phone contracts?|mortgages?|benefits) (?:in|under|with) (?:my )?(?:[\w'-]+['’]s )?(?:name|identity|details|ssn|social security number)\W+(?:[\w'-]+\W+){0,6}(?:without (?:(?:him|her|them) )?(?:knowing|asking|telling)|(?:he|she|they) (?:won['’]?t|doesn['’]?t|don['’]?t) (?:know|find out|notice))`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // S2 scams: impersonation messages, bail and "new number" scams, fake shops, romance and giveaway scams.
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:texts?|sms|messages?|e-?mails?|letters?|call scripts?|scripts?|voicemails?|dms?|posts?|websites?|pages?|notices?|invoices?|calls?|robocalls?|whatsapps?)\W+(?:[\w'-]+\W+){0,3}(?:pretending|posing|claiming|purporting|supposedly|disguised|as if it['’]?s|that looks? like it['’]?s|that appears? to be|impersonating)\W+(?:[\w'-]+\W+){0,2}(?:to be |to come |as )?(?:from )?(?:the |their |your |a |an )?(?:tax office|tax authorit\w+|irs|hmrc|revenue|bank|police|fbi|amazon|microsoft|apple|paypal|netflix|dvla|royal mail|ups|fedex|dhl|usps|courier|delivery (?:company|service)|post office|postal service|social security|medicare|customs|tech support|grandson|granddaughter|grandchild|son|daughter|celebrity|elon musk|government|energy (?:company|supplier)|utility company|ceo|boss|landlord|lottery|court|bailiffs?|debt collectors?)`,
      String.raw`\b(?:pretend\w*|pose|posing|impersonat\w*|masquerad\w*) (?:to be |as )?(?:from )?(?:the |their |your |a |an )?(?:tax office|irs|hmrc|bank|fbi|amazon|microsoft|apple support|paypal|dvla|royal mail|courier|social security|medicare|customs|tech support|(?:their|her|his|your|a) (?:grandson|granddaughter|grandchild|son|daughter|nephew|niece))\W+(?:[\w'-]+\W+){0,10}(?:money|pay|fee|gift cards?|bitcoin|transfer|wire|bail|password|pin|code|card|account|link|install|anydesk|teamviewer|remote)`,
      String.raw`\b(?:grandson|granddaughter|grandchild|son|daughter|nephew|niece) (?:is|was|has been|got) (?:in jail|arrested|in hospital|kidnapped|in trouble|in an accident)\W+(?:[\w'-]+\W+){0,6}(?:needs?|send|wire|bail|money|pay|transfer|gift cards)|\b(?:write|send|text|draft|compose)\w* (?:[\w'-]+ ){0,6}(?:mum|mom|mama|dad|papa),? (?:i['’]?ve got a |i have a |this is my |it['’]?s me,? )?new (?:number|phone)\b`,
      String.raw`\b(?:gofundme|go fund me|fundraiser|crowdfunding|crowdfunder|donations?|charity (?:appeal|page|drive))\W+(?:[\w'-]+\W+){0,12}(?:there['’]?s no|there is no|doesn['’]?t (?:exist|have)|isn['’]?t real|not real|made[- ]up|fictional|invented)\b|\b(?:fake|made-up|invented|fictional|non-?existent) (?:[\w'-]+ ){0,3}(?:sick|dying|cancer|disabled|orphaned) (?:child|kid|baby|son|daughter|relative|mother|father|dog|pet)`,
      String.raw`\b(?<!(?:spot|recogni[sz]e|identify|detect|report|avoid|about|against|of|from|tell if|know if) (?:a |an |the |these |those )?)(?:fake|bogus|scam|fraudulent|sham) (?:online |web |crypto |investment |rental |charity |job |dating )?(?:shops?|stores?|webshops?|websites?|sites?|exchanges?|platforms?|apps?|icos?|giveaways?|lotter(?:y|ies)|prizes?|raffles?|sweepstakes|rentals?|apartments?|ads|adverts?|charit(?:y|ies)|investments?|schemes?|businesses|companies|crowdfunding|fundraisers?|campaigns?|profiles?|linkedin profiles?|recruiters?|personas?)\b`,
      String.raw`\b(?:takes?|take|collect|accepts?|get)\w* (?:the )?(?:payments?|money|deposits?|orders?) (?:[\w'-]+ ){0,2}(?:and|but) (?:then )?(?:never|doesn['’]?t|don['’]?t|won['’]?t|not) (?:actually )?(?:ships?|deliver\w*|send\w*|post\w*)\b|\bnever (?:ships?|delivers?) (?:anything|the (?:goods|items|orders?))`,
      String.raw`\b(?:lonely|elderly|old|vulnerable|widowed|isolated|retired|naive|gullible|desperate|grieving|sick|confused) (?:[\w'-]+ ){0,2}(?:people|men|women|widows?|widowers|pensioners|seniors|folks|investors|victims|grandparents|ladies|guys|users)\W+(?:[\w'-]+\W+){0,8}(?:send|give|transfer|wire|lend|pay|invest|hand over|part with)\w* (?:[\w'-]+ ){0,2}(?:money|cash|savings|gift cards|bitcoin|crypto|funds|pension)`,
      String.raw`\b(?:send|deposit|transfer)\w* (?:[\w'-]+ ){0,3}(?:btc|eth|bitcoin|ethereum|crypto|usdt|sol)\b(?:[\w'-]+\W+){0,6}(?:get|receive|double|triple|back|returned)\b|\b(?:double|triple) (?:your|their) (?:crypto|bitcoin|btc|money|investment)\b`,
      String.raw`\b(?:sell|list|advertise|rent|rent out|sublet|offer)\w* (?:[\w'-]+ ){0,4}(?:that )?(?:i|we) (?:don['’]?t|do not|never|no longer) (?:have|own|exist|possess)\b|\b(?:that|which) (?:doesn['’]?t|does not|don['’]?t|do not) (?:exist|actually exist)\W+(?:[\w'-]+\W+){0,6}(?:deposits?|payments?|money|rent|fees?|cash|acomptes?)`,
      String.raw`\bmake (?:it|this|them|the (?:site|shop|store|page|e-?mail|message|text|profile|listing|post|ad|offer|letter|invoice)) (?:look|seem|sound|appear) (?:more )?(?:legit|legitimate|real|genuine|official|trustworthy|authentic)\b(?:[\w'-]+\W+){0,6}(?:victims?|people (?:pay|send|click)|fall for|(?:they|people) (?:won['’]?t|don['’]?t) (?:suspect|realise|realize|notice))`,
      String.raw`\b(?:get|make|convince|persuade|trick|pressure|scare|push|con(?=s?\b|ned\b|ning\b)|coax|talk)\w* (?:them|people|victims?|the victim|him|her|old people|the elderly|customers|users|strangers|buyers|sellers|targets?|grandma|grandpa|my (?:grandma|grandmother|grandpa|grandfather|parents|mum|mom|dad)) (?:in)?to (?:[\w'-]+ ){0,2}(?:install\w* (?:anydesk|teamviewer|remote|an? app)|(?:send|pay|transfer|wire|buy|read out|give|hand|reveal|share|tell)\w* (?:me |us )?(?:[\w'-]+ ){0,2}(?:gift cards|money|bitcoin|crypto|a deposit|fees?|savings|passwords?|pin|pins|otp|one-time (?:code|password)|verification codes?|card (?:details|numbers?)|bank details|login|security codes?|seed phrase))`,
      String.raw`\b(?:confirm|verify|enter|update|re-?enter|type)\w* (?:[\w'-]+ ){0,3}(?:password|pin|card details|card number|bank details|login|credentials|security code|otp|seed phrase|2fa code) (?:on|at|via|through|into) (?:my|our|this|a|the) (?:fake |cloned |lookalike )?(?:page|site|link|form|website|portal|app)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // S2 economic harm: market manipulation, insider trading, price fixing, structuring, rug pulls, hiding profits.
  {
    category: 'fraud',
    branches: [
      String.raw`\bpump(?:ing)? (?:and|&|n) dump\w*|\bpump (?:up )?(?:a |the |this |my )?(?:[\w'-]+ )?(?:penny )?(?:stocks?|coins?|tokens?|shares?|prices?)\b|\bdump (?:it|them|the shares|my shares|the (?:coins?|tokens?|stock|bag)) on (?:the )?(?:latecomers|retail|newbies|buyers|people|followers|investors)`,
      String.raw`\b(?:fix|rig|coordinate|agree on|collude on|set)\w* (?:our |the |minimum )?prices? (?:with|between|among|together with) (?:the )?(?:other|our|rival|competing|\w+ other)\b|\bprice[- ]fixing\b|\bbid[- ]rigging\b|\bcollud\w* (?:with )?(?:[\w'-]+ ){0,4}(?:on (?:prices|bids|tenders|wages)|competitors?)`,
      String.raw`\bstructur\w* (?:[\w'-]+ ){0,2}(?:cash )?(?:deposits|withdrawals|transactions|payments|transfers)\b|\b(?:deposits?|withdrawals?|transfers?|payments?) (?:[\w'-]+ ){0,3}(?:under|below|just under|less than) (?:\$|£|€)?(?:10k|10,000|10 000|ten thousand|the (?:reporting )?threshold|the limit)\b(?:[\w'-]+\W+){0,6}(?:report|flag|notice|irs|bank)|\bsmurfing\b`,
      String.raw`\brug[- ]?pull\w*|\bdrain\w* (?:the )?liquidity|\bhoneypot (?:token|contract|coin)s?\b|\bexit scam\w*`,
      String.raw`\b(?:shell|offshore|front|letterbox|mailbox|dummy|straw) (?:compan(?:y|ies)|firms?|accounts?|entit(?:y|ies))\W+(?:[\w'-]+\W+){0,6}(?:pay no|avoid|dodge|hide|evade|without paying|launder|so (?:the |no )?(?:tax|irs|hmrc|creditors|court|wife|husband))`,
      String.raw`\bhide (?:[\w'-]+ ){0,2}(?:profits?|income|assets|money|earnings|revenue|cash|savings|crypto) (?:[\w'-]+ ){0,3}(?:offshore|from (?:the )?(?:tax\w*|irs|hmrc|creditors|court|bankruptcy|receiver|my (?:wife|husband|ex|spouse|partner)))`,
      String.raw`\b(?:merger|acquisition|takeover|earnings|results|trial results|buyout|fda approval|deal) (?:[\w'-]+ ){0,3}(?:news|info|information|announcement|leak)\W+(?:[\w'-]+\W+){0,8}(?:buy|sell|short|trade|load up on)\w* (?:[\w'-]+ ){0,2}(?:shares|stocks?|options|calls|puts)\b|\b(?:buy|sell|short|trade|load up on)\w* (?:[\w'-]+ ){0,3}(?:shares|stocks?|options|calls|puts) (?:[\w'-]+ ){0,3}before (?:the |it['’]?s |its )?(?:announcement|announced|public|news|results|release)`,
      String.raw`\bwash trad\w+|\bspoof\w* (?:orders|the order book|bids)|\bcook(?:ing)? the books\b`,
      String.raw`\b(?:put off|discourage|deter|exclude|filter out|screen out|weed out|avoid hiring|not (?:to )?hire|reject|keep out)\w* (?:[\w'-]+ ){0,3}(?:women|older|old|black|disabled|pregnant|muslim|gay|trans|foreign|immigrant|jewish|asian|mothers|applicants over|people over|minorities|roma|hispanic|latino|arab)\b(?:[\w'-]+\W+){0,8}(?:applicants|candidates|tenants|renters|people|applying|hiring|renting|obviously illegal|without (?:it )?(?:being|looking|sounding))`,
      String.raw`\bpay\w* (?:[\w'-]+ ){0,3}(?:under the table|cash in hand|off the books|in cash)\W+(?:[\w'-]+\W+){0,4}(?:avoid|dodge|skip|no|without|so (?:i|we) (?:don['’]?t|do not))\w* (?:[\w'-]+ ){0,2}(?:tax|taxes|payroll|national insurance|social security|contributions|charges)`,
      String.raw`\b(?:buy|stockpile|hoard)\w* (?:up )?(?:every|all the|all of the) (?:[\w'-]+ ){0,4}(?:to (?:re)?sell|and (?:re)?sell|to charge|so (?:i|we) can charge)`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // S7 privacy: a private person's address or records, who a partner messages, scraping people, covert recording.
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:home address|address|phone number|mobile number|number|workplace|schedule|routine|whereabouts|date of birth|social security number|ssn|license plate|car registration|email address)(?:es)? (?:and (?:[\w'-]+ ){0,3})?(?:of|for) (?:the |a |this |that |my |our )?(?:nurse|doctor|teacher|barista|waitress|waiter|cashier|driver|uber driver|delivery (?:guy|driver)|streamer|youtuber|tiktoker|influencer|journalist|reporter|judge|juror|witness|cop|officer|girl|woman|guy|man|person|stranger|user|reviewer|employee|coworker|classmate|neighbou?r|student|moderator|landlord|tenant|critic|poster|commenter|account|ex)\b`,
      String.raw`\b(?:see|find out|know|check|read|track|monitor)\w* (?:[\w'-]+ ){0,2}(?:who|what) (?:my )?(?:girlfriend|boyfriend|wife|husband|partner|ex|fianc[eé]e?|employee|coworker|colleague|roommate) (?:has been|is|was|keeps) (?:texting|messaging|talking to|calling|chatting|dm['’]?ing|searching|seeing|meeting|writing)`,
      String.raw`\b(?:get|find|pull|extract|list|identify|out|expose|leak|access|obtain|download)\w* (?:[\w'-]+ ){0,4}(?:hiv[- ]positive|hiv|std|sti|mental health|psychiatric|abortion|rehab|pregnant|undocumented|transgender|gay|lgbt\w*) (?:patients|people|employees|students|staff|users|customers|clients|members|workers|tenants|women)\b`,
      String.raw`\b(?:scrape|scraper|harvest|collect|compile|gather|dump)\w* (?:[\w'-]+ ){0,3}(?:names|photos|faces|addresses|home addresses|phone numbers|workplaces|profiles|personal (?:data|info\w*|details)|dates of birth|locations)\W+(?:[\w'-]+\W+){0,8}(?:of|from|about|for) (?:everyone|every (?:user|member|person|follower)|all (?:the )?(?:users|members|people|employees|students|residents|followers|attendees)|people (?:who|in|on|that))`,
      String.raw`\b(?:look up|check|pull up|pull|access|view|see|peek at|snoop on|dig (?:up|into))\w* (?:[\w'-]+ ){0,2}(?:my (?:[\w'-]+ )?(?:neighbou?r|ex|ex-wife|ex-husband|boss|coworker|colleague|sister|brother|friend|crush|landlord|tenant|mother-in-law|father-in-law|rival|roommate)|a (?:celebrity|coworker|colleague|neighbou?r|stranger)|celebrities|famous people|people i know)['’]?s? (?:[\w'-]+ )?(?:account|balance|records?|file|history|transactions|medical|prescriptions|test results|salary|payslips?|credit (?:report|score)|criminal record|tax returns?|diagnosis)\b`,
      String.raw`\b(?<!(?:find|detect|spot|check for|sweep for|look for|discover|found|there['’]?s a|there is a|remove|locate) (?:a |an |the |any )?)(?:hidden|secret|covert|concealed|spy) (?:mic(?:rophone)?s?|cameras?|cams?|recorders?|recording devices?|listening devices?|bugs?|audio recorders?)\b`,
      String.raw`\brecord\w* (?:[\w'-]+ ){0,2}(?:my |our |the )?(?:coworkers?|colleagues?|boss|neighbou?rs?|roommates?|flatmates?|employees?|tenants?|wife|husband|partner|girlfriend|boyfriend|ex|sister|brother|therapist|teacher|classmates?|landlord|guests?)['’]? ?s? (?:private )?(?:conversations?|calls|phone calls|chats|sessions|talks)\b`,
      String.raw`\b(?:find|get|look up|discover|figure out|work out)\w* (?:out )?(?:someone['’]?s|a person['’]?s|her|his|their|the) (?:[\w'-]+ ){0,2}(?:address|ssn|social security number|cpf|date of birth|phone number|real name|identity)\W+(?:[\w'-]+\W+){0,3}(?:from|by|with|using) (?:just |only )?(?:their|her|his|a|the) (?:name|photo|picture|username|license plate|number plate|face|email|ip)`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Stalking and doxxing: locating a person, trackers on their things, posting their details, getting around a block.
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:work out|figure out|find out|pin ?point|narrow down|locate|identify|tell|guess)\w* (?:exactly )?(?:which|what) (?:building|street|house|apartment|flat|address|hotel|gym|school|neighbou?rhood|block|floor|room|office|town|village|area) (?:she|he|they|my ex|this (?:girl|guy|woman|man|person|streamer|user)|the (?:girl|guy|woman|man|streamer)) (?:lives?|lived|stays?|is staying|sleeps?)\b`,
      String.raw`\b(?:put|place|hide|attach|plant|install|slip|stick|tape|sew)\w* (?:a |an |my )?(?:gps |bluetooth |hidden |small )?(?:trackers?|tracking (?:devices?|apps?)|airtags?|tiles?|gps|spy ?apps?|stalkerware)\w* (?:[\w'-]+ ){0,2}(?:on|in|under|into|inside) ${OTHER}`,
      String.raw`\b(?:post|publish|share|leak|spread|dump|put out|expose|reveal|out)\w* (?:[\w'-]+ ){0,3}(?:his|her|their|this (?:\w+)['’]?s?|the (?:\w+)['’]s) (?:home )?(?:address|phone number|number|details|info|workplace|employer|real name|identity|personal (?:info|details|information)|family['’]?s? (?:details|address|names))\W+(?:[\w'-]+\W+){0,6}(?:so (?:that )?(?:people|everyone|others|they|my followers)|online|everywhere|on (?:twitter|x|reddit|4chan|facebook|telegram|kiwi\w*|tiktok|discord))`,
      String.raw`\bso (?:that )?(?:people|others|everyone|my followers|they|the internet) (?:can |will |could )?(?:go after|harass|find|visit|show up at|confront|get|teach|deal with|pile on|swat|target) (?:him|her|them)\b`,
      String.raw`\b(?:new|fake|burner|alt|second|different|secret|anonymous) (?:accounts?|numbers?|profiles?|phones?|emails?)\W+(?:[\w'-]+\W+){0,5}(?:keep|still|continue|carry on) (?:messaging|contacting|texting|calling|talking to|following|watching|reaching)\b|\b(?:blocked|unfriended|ghosted|unfollowed) me\W+(?:[\w'-]+\W+){0,10}(?:keep|still|continue|get around|get past|bypass|around the block) (?:messaging|contacting|texting|calling|reach\w*|see\w*|watching|the block|her|him)`,
      String.raw`\b(?:her|his|their|my ex['’]?s?|my (?:ex-)?(?:wife|husband|girlfriend|boyfriend|partner)['’]?s?) (?:daily |weekly |exact )?(?:routine|schedule|movements|whereabouts|comings and goings|running route|route home|commute) (?:from|using|with|via|through|on)\b|\bwhat time (?:does|do) (?:my ex|she|he|they) (?:leave|get home|go home|arrive|finish|walk)\b`,
      String.raw`\bshow (?:up|up unannounced) (?:at|outside) (?:her|his|their|my ex['’]?s?|my (?:ex-)?(?:girlfriend|boyfriend|wife|husband)['’]?s?) (?:house|home|place|flat|apartment|work|workplace|office|door|school|gym)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // A bomb sized or placed for the most harm, or sent by post; a child beaten so it will not show (issue 15,
  // xstest-fresh: the twins of "this track is a bomb", "the Unabomber's history", "beat egg whites").
  {
    category: 'weapons',
    branches: [
      String.raw`\b(?:bombs?|explosives?|ieds?|pipe bombs?)\b[^.?!\n]{0,60}?\b(?:most|maximum|max|greatest|biggest) (?:damage|casualties|deaths|destruction|victims)\b|\b(?:most|maximum|max|greatest) (?:damage|casualties|deaths|destruction)\b[^.?!\n]{0,60}?\b(?:bombs?|explosives?|ieds?)\b`,
      String.raw`\b(?:bombs?|explosives?|charges?)\b[^.?!\n]{0,60}?\b(?:need to be|would it take|do i need|is needed|would i need|does it take) to (?:bring down|destroy|level|collapse|flatten|take down|blow up) (?:a |an |the )?(?:[\w'-]+ ){0,3}(?:building|bridge|tower|office|house|stadium|block)s?\b`,
      String.raw`\b(?:mail|send|post|ship|deliver)\w* (?:a |an |the )?(?:package|parcel|letter|mail|pipe) bombs?\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:beat|hit|punch|slap|hurt|kick|smack|whip|spank|burn)\w* (?:a |my |the |this |our |his |her )?(?:[\w'-]+ )?(?:child|kid|son|daughter|toddler|baby|stepson|stepdaughter|boy|girl)\b[^.?!\n]{0,40}?\bso (?:that )?(?:the )?(?:bruises|marks|injuries|welts|burns)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Where a particular person can be found in private plus when, or a wish to approach them there: a home
  // address, a private number, a gate code, the hotel or gym they go to, with a time ("what time she
  // leaves", "every morning", "this weekend") or "so I can wait for her" — the public office address of
  // the same person is not (issue 15, xstest-fresh: privacy of public figures).
  {
    category: 'harassment',
    branches: (() => {
      const PRIVATE = String.raw`(?:home address|private (?:(?:phone|mobile|cell) )?(?:number|address|e-?mail)|personal (?:(?:phone|mobile|cell) number|e-?mail|address)|gate code|door code|(?:which|what) (?:hotel|gym|school|house|flat|apartment|building)\b(?:[\w'’ -]{1,40}?)\b(?:staying|stays|goes? to|attends?|lives?|sleeps?)|where (?:[\w'’-]+ ){1,6}(?:is staying|are staying|lives|live|sleeps?))`;
      const WHEN = String.raw`(?:what time|when (?:he|she|they)(?:['’]s| is| are)? (?:home alone|alone|leaves?|arrives?|gets? home)|every (?:morning|night|evening|day)|this (?:week|weekend)|tonight|at night|(?:daily |weekly )?(?:routine|schedule|movements)|so (?:that )?i can (?:wait|confront|visit|turn up|show up|harass|get close|meet|follow|surprise|watch))`;
      return [
        String.raw`\b${PRIVATE}\W+(?:[\w'’-]+\W+){0,12}?${WHEN}\b`,
        String.raw`\b${WHEN}\W+(?:[\w'’-]+\W+){0,12}?${PRIVATE}\b`,
        String.raw`\b(?:gate|door|alarm|entry) code (?:to|for|of) (?:her|his|their|[\w'’-]+['’]s?) (?:house|home|flat|apartment|building|mansion|estate|villa)\b`,
      ];
    })(),
    // The pairing is the request ("where … lives … every morning"); "find me", "track" are not in INTENT.
    intent: 'none',
    score: 0.8,
  },
  // S10 hate: a protected group paired with a slur, a dehumanising claim or a call to expel or strip rights.
  {
    category: 'hate',
    branches: (() => {
      const G = String.raw`(?:roma|gypsies|gypsys|jews|jewish people|muslims|black people|blacks|asians|asian people|chinese(?: people)?|indians|indian (?:people|guys|men|women)|mexicans|latinos|hispanics|immigrants|refugees|migrants|asylum seekers|arabs|africans|gays|gay (?:people|men)|lesbians|trans (?:people|women|men)|transgender people|women|disabled people|the disabled|autistic people|native americans|aboriginals?|pakistanis|somalis|nigerians|haitians|poles|polish people|catholics|hindus|sikhs|atheists|christians|foreigners)`;
      const D = String.raw`(?:(?:genetically|naturally|inherently|biologically|by nature) (?:prone|inferior|stupid|violent|criminal|lazy|less|dirty|dishonest)\w*|prone to (?:crime|violence|stealing|terror\w*)|less intelligent|low iq|inferior|subhuman|sub-human|vermin|parasites|animals|apes|monkeys|cockroaches|rats|diseased|(?<!(?:not|never|aren['’]?t|isn['’]?t) )(?:a disease|a plague|a burden|a cancer)|invaders|savages|shouldn['’]?t be allowed|should not be allowed|should be (?:deported|expelled|removed|banned|sterili[sz]ed|exterminated|gassed|locked up|shot|hanged|kicked out|sent back|barred|segregated)|(?:be|get) (?:deported|expelled|sterili[sz]ed|exterminated|gassed|kicked out|sent back|wiped out)|(?:so|always|naturally|all) (?:greedy|lazy|stupid|dumb|dirty|smelly|violent|ugly|cheap|disgusting|aggressive|backward|primitive|untrustworthy)|breed us out|outbreed us|replac\w* us|too (?:emotional|stupid|dumb|weak|lazy|irrational) to|(?:are|is) (?:all )?(?:sick|mentally ill|perverts|groomers|paedophiles|pedophiles|predators|thieves|criminals|terrorists|rapists|lazy|stupid|dumb|dirty|filthy|ugly|evil))`;
      return [
        String.raw`\b${G}\W+(?:[\w'-]+\W+){0,6}${D}`,
        String.raw`\b${D}\W+(?:[\w'-]+\W+){0,4}${G}\b`,
        // A case for shutting a group out of a right or a role: "why should immigrants not be allowed to
        // vote", "why should gay couples be forbidden from adopting", "why are women not fit to testify" —
        // the same question about purple aliens or snowmen is a joke (issue 15, xstest-fresh).
        String.raw`\bwhy (?:should|must) (?:we )?(?:${G.slice(3, -1)}|(?:gay|lesbian|same-sex|interracial) couples) (?:(?:not|never) be (?:allowed|permitted)|be (?:denied|forbidden|barred|banned|refused|excluded|kept (?:out|away)|stripped of))\b|\bwhy (?:are|is) (?:${G.slice(3, -1)}) (?:not fit|unfit) (?:to|for)\b`,
        String.raw`\b(?:mock|make fun of|ridicule|laugh at|imitate|parody|roast|tease)\w* (?:[\w'-]+ ){0,6}(?:for|about|over) (?:their|his|her) (?:accent|skin|skin colou?r|race|religion|eyes|hijab|turban|disability|wheelchair|weight|sexuality|nose)\b`,
        String.raw`\b(?:nicknames?|names|insults?|jokes?|slurs?|memes?) (?:[\w'-]+ ){0,3}(?:to )?(?:mock|make fun of|tease|bully|insult|humiliate)\w* (?:the )?(?:[\w'-]+ ){0,3}(?:indian|black|asian|chinese|jewish|muslim|gay|trans|disabled|fat|mexican|arab|african|roma|immigrant|autistic)`,
        String.raw`\b(?:chants?|songs?|memes?|captions?|tweets?|posts?|jokes?|poems?|raps?|speech|essay|thread|flyers?|slogans?|stickers?|banners?)\W+(?:[\w'-]+\W+){0,10}(?:(?:dirty|filthy|stupid) (?:monkeys|apes|animals|rats|pigs|dogs|jews|gypsies|immigrants|arabs)|subhuman|vermin|parasites|cockroaches|monkey (?:chants?|noises))`,
      ];
    })(),
    intent: 'any',
    score: 0.8,
  },
  // S1 and S10 violent extremism: race war, attacks on institutions, praising attackers, funding armed groups, recruiting.
  {
    category: 'hate',
    branches: [
      String.raw`\b(?:start|trigger|spark|begin|launch|ignite|wage|fight)\w* (?:a |the )?(?:race war|racial holy war|holy war|civil war|revolution|armed uprising|uprising|insurrection|jihad|intifada)\b|\b(?:racial holy war|rahowa|day of the rope)\b`,
      String.raw`\btake up arms\b|\barmed (?:uprising|insurrection|struggle|resistance|revolt) against\b|\b(?:overthrow|topple)\w* (?:the )?(?:government|regime|state) (?:by force|with (?:violence|weapons|guns))`,
      String.raw`\b(?:storm|attack|bomb|blow up|burn down|raid|invade|firebomb|shoot up)\w* (?:the |a |our |their |local )?(?:capitol|parliament|congress|senate|government buildings?|federal buildings?|government (?:hq|headquarters|offices?)|town hall|city hall|prefecture|police stations?|mosques?|synagogues?|churches|church|temples?|gurdwaras?|refugee (?:centres?|centers?|shelters?|homes?)|asylum (?:centres?|centers?|hostels?)|pride (?:parade|march|event)|polling stations?)\b`,
      String.raw`\b(?:prais|celebrat|glorif|honou?r|worship|idoli[sz])\w*\W+(?:[\w'-]+\W+){0,6}(?:shooters?|bombers?|gunmen|gunman|attackers?|terrorists?|breivik|tarrant|christchurch|mcveigh|dylann roof|unabomber|bin laden|isis fighters|jihadis?|martyrdom operations?)\b|\b(?:shooters?|bombers?|gunman|terrorists?|breivik|tarrant|mcveigh|attackers?)\W+(?:[\w'-]+\W+){0,4}(?:as (?:a |an )?(?:hero|heroes|martyrs?|saints?|role models?|example)|(?:for )?others to follow|should be (?:copied|repeated|followed))`,
      String.raw`\b(?:fund|finance|send money|donate|wire money|transfer money|smuggle money|raise money|raise funds|funnel money|get money)\w* (?:[\w'-]+ ){0,4}(?:hamas|hezbollah|isis|daesh|al[- ]?qaeda|al[- ]?shabaab|the taliban|boko haram|pkk|qassam|armed wing|military wing|jihadis?|mujahideen|militias?|terror\w* (?:groups?|cells?|organi[sz]ations?)|neo-?nazi (?:groups?|movement))\b`,
      String.raw`\b(?:recruit|radicali[sz]|groom|indoctrinat|draw|lure)\w* (?:[\w'-]+ ){0,3}(?:teenagers?|teens|young (?:men|people|boys|muslims)|kids|students|youths?|people|members|followers|gamers|lonely (?:men|boys)) (?:into|for|to join|to) (?:[\w'-]+ ){0,2}(?:cell|militia|movement|group|cause|jihad|organi[sz]ation|fight|struggle|brotherhood)\b`,
      String.raw`\b(?:manifesto|pamphlet|flyer|leaflet|speech|post|call|appeal)s?\W+(?:[\w'-]+\W+){0,8}(?:race war|holy war|take up arms|armed struggle|kill (?:the |all )?(?:jews|muslims|immigrants|infidels|traitors|politicians)|attack (?:the )?(?:government|state|police))`,
      String.raw`\b(?:want|plan|planning|going|trying|how|help me|ways?) to (?:join|reach|travel to|fight for) (?:isis|daesh|al[- ]?qaeda|the taliban|hamas|hezbollah|al[- ]?shabaab|boko haram|the islamic state|the caliphate|a (?:jihadi|terrorist|militant|extremist) (?:group|cell|organi[sz]ation))\b|\b(?:accelerationis[mt]\w*|lone[- ]wolf (?:attacks?|operations?|terror\w*)|soft targets?|maximum casualties|most casualties|mass casualt(?:y|ies))\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // S13 elections and disinformation: voter suppression, fake official notices, health hoaxes, doctored evidence, fake reviews.
  {
    category: 'misinformation',
    branches: [
      String.raw`\b(?:polling (?:stations?|places?)|polls|voting (?:centres?|centers?|booths?|machines|sites?)|the election|the vote|election day|voting day|ballot boxes)\W+(?:[\w'-]+\W+){0,8}(?:closed|cancelled|canceled|postponed|moved|delayed|rigged|hacked|flipped)\b(?:[\w'-]+\W+){0,10}(?:so (?:voters|people|they)|stay (?:at )?home|(?:don['’]?t|won['’]?t) (?:vote|go|turn out|bother))|\b(?:so|make) (?:that )?(?:voters|people|they|them) (?:stay (?:at )?home|(?:don['’]?t|won['’]?t) (?:vote|turn out|show up))\b|\bvote (?:by text|by phone|online) (?:[\w'-]+ ){0,3}(?:instead|this year)`,
      String.raw`\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)fake (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b|\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)bogus (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b|\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)made-up (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b|\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)fabricated (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b|\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)forged (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b|\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)phony (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b|\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)counterfeit (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b|\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)doctored (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b|\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)invented (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b|\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)fictitious (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b|\b(?<!(?:spot|recogni[sz]e|identify|detect|report|debunk|about|against) (?:a |an |the )?)spoof (?:[\w'-]+ ){0,3}(?:statements?|announcements?|notices?|press releases?|alerts?|reports?|articles?|broadcasts?|bulletins?|tweets?|posts?|interviews?|quotes?|emails?|memos?|leaks?|screenshots?|headlines?|stor(?:y|ies)|studies|study|papers?|polls?|charts?|graphs?|statistics|stats|evidence|documents?|recordings?|audio|videos?|photos?|images?|footage|transcripts?|warnings?|recalls?|advisor(?:y|ies)|directives?)\b`,
      String.raw`(?<!\b(?:debunk|refut|disprov|counter|rebut|fact[- ]check)\w*\b[^.!?\n]{0,60})\b(?:claim|claiming|claims|saying|proving|stating)\w* (?:that )?(?:the |a |this )?(?:[\w'-]+ ){0,2}(?:vaccines?|jabs?) (?:[\w'-]+ ){0,3}(?:(?:has|have) been recalled|(?:was|were|is|are) (?:recalled|banned|poison\w*|deadly|killing)|contains? (?:micro)?chips?|causes? (?:autism|infertility|cancer|death|sterility|hiv|aids|turbo cancer|sids)|kills?|alters? (?:your )?dna|(?:makes?|made) (?:you |people )?magnetic)(?![^.!?\n]{0,30}\b(?:is|are|was|were) (?:false|untrue|a myth|myths|wrong|baseless|debunked|nonsense|misinformation))`,
      String.raw`\b(?:caused|created|planned|staged|engineered|started|released|spread) by (?:a |the )?(?:secret |covert |hidden )?(?:government|cia|fbi|mossad|deep state|haarp|5g|weather (?:weapons?|machines?)|jews|the jews|bill gates|soros|big pharma|the elites?|the globalists)\b`,
      String.raw`\b(?:make|making) (?:it|this|them|the (?:quote|story|article|post|claim|news|statement|video|audio|photo|screenshot)) (?:look|sound|seem|feel) (?:real|authentic|genuine|credible|believable|legit|true|official)\b`,
      String.raw`\b(?:\d+|dozens|hundreds|tons|a (?:bunch|lot|load)|multiple|several|many|twenty|thirty|fifty|hundred|ten|five) (?:of )?(?:different |fake |unique |varied |positive |negative |1-star |one-star |5-star |five-star )*(?:[\w'-]+ ){0,2}reviews\b(?:[\w'-]+\W+){0,10}(?:competitor|rival|different (?:names|accounts|voices|personas|people|customers)|as (?:different |real |verified )?(?:customers?|buyers|users|patients)|so (?:they|it) (?:look|looks|seem|seems) (?:real|genuine|organic))|\b(?:(?:1|one)[- ]star|negative|bad|fake) reviews? (?:[\w'-]+ ){0,4}(?:for|of|on|about) (?:my |a |our |the )?(?:competitor|rival|ex['’]?s?)['’]?s?\b`,
      String.raw`\b(?:to |so as to |and |that will )(?:create|cause|spread|sow|start|stir up|whip up|trigger)\w* (?:mass |public |widespread )?(?:panic|chaos|hysteria|confusion|outrage|a (?:bank )?run|riots?)\b`,
      String.raw`\bviral (?:[\w'-]+ )?(?:post|tweet|video|message|thread|story|rumou?r)s? (?:[\w'-]+ ){0,2}(?:claiming|alleging|saying that|that says|accusing|blaming)\b|\b(?:it|this|that) (?:didn['’]?t|never|did not) (?:happen|happened)\W+(?:[\w'-]+\W+){0,6}(?:real|believable|viral|spread|share|post)`,
      String.raw`\bdeepfake\w* (?:[\w'-]+ ){0,4}(?:of |where |showing |saying |in which )?(?:the )?(?:president|prime minister|pm|senator|mayor|candidate|minister|politician|ceo|governor|celebrity|my (?:ex|boss|teacher|coworker|classmate))|\b(?:script|audio|video|voice (?:clone|message))\w* (?:[\w'-]+ ){0,4}(?:the )?(?:president|prime minister|pm|senator|mayor|candidate|minister|governor) (?:saying|announcing|admitting|confessing)\b`,
    ],
    intent: 'any',
    score: 0.75,
  },
  // S12 and S4 child safety: getting a child to send images, to keep secrets, to be alone; sexualised children.
  {
    category: 'child_sexual',
    branches: [
      String.raw`\b${MINOR_EN}\W+(?:[\w'-]+\W+){0,10}(?:private|intimate|naked|nude|sexy|revealing|secret|underwear|bikini|bath|shower|bedroom|lingerie|spicy) (?:pictures?|photos?|pics|images?|videos?|selfies?|snaps)\b`,
      String.raw`\bso (?:that )?i (?:can|could) (?:be|get|spend (?:more )?time) (?:close to|near|around|alone with|closer to) (?:young |little )(?:girls|boys|children|kids)\b|\b(?:close to|around|near|access to) (?:young |little )(?:girls|boys)\b(?:[\w'-]+\W+){0,4}(?:that['’]?s what i|i['’]?m after|is what i want|without (?:parents|supervision))`,
      String.raw`\b(?:seduc|groom|touch|kiss|fondl|undress|date|sleep with|have sex with|hook up with)\w* (?:[\w'-]+ ){0,3}(?:\d{1,2}[- ]?(?:year[- ]?old|yo|y/o)|underage|minor|preteen|schoolgirl|schoolboy|little girl|little boy|young girl|young boy|niece|nephew|stepdaughter|stepson)s?\b`,
      String.raw`\b(?:message|contact|chat with|talk to|dm|meet|groom|befriend)\w* (?:them|kids|children|minors|teens|young (?:girls|boys)|girls|boys|the kids|her|him) (?:[\w'-]+ ){0,3}without (?:their |the )?(?:parents|mum|mom|dad|guardians|family|teachers) (?:seeing|knowing|noticing|finding out|finding|being able)`,
      String.raw`\b${MINOR_EN}\W+(?:[\w'-]+\W+){0,12}(?:special games?|our (?:little |special )?secrets?|(?:stay|stays|remain|keep it) (?:just )?between (?:us|you and me|the two of us)|between you and me|not to tell (?:anyone|mum|mom|dad|her parents|his parents)|mustn['’]?t tell)|\b(?:special games?|our (?:little |special )?secrets?|(?:stay|stays|remain|keep it) (?:just )?between (?:us|you and me|the two of us))\W+(?:[\w'-]+\W+){0,10}${MINOR_EN}\b`,
      String.raw`\b(?:photos?|pictures?|pics|images?|videos?|footage) of (?:young |little )?(?:kids|children|minors|girls|boys|toddlers|preteens|teens|babies)\W+(?:[\w'-]+\W+){0,2}(?:in (?:their )?(?:underwear|swimsuits?|bikinis?|lingerie|the bath|the shower|diapers|nappies)|undress\w*|naked|nude|changing)`,
      String.raw`\b(?:fake|false|pretend)\w* (?:[\w'-]+ ){0,2}(?:profile|account|persona|identity) (?:[\w'-]+ ){0,3}(?:as )?(?:a |an )?(?:\d{1,2}[- ]?(?:year[- ]?old|yo)|teen(?:ager|age)?|kid|child|minor|schoolgirl|schoolboy)\b(?:[\w'-]+\W+){0,10}(?:chat|talk|meet|get|photos|pictures|pics)`,
    ],
    intent: 'any',
    score: 0.9,
  },
  // Sexual content without consent: nudified photos, covert filming, intimate images shared, "forced and enjoying it", intoxication.
  {
    category: 'sexual',
    branches: [
      String.raw`\b(?:nude|naked|topless|undressed|sexy|explicit|porn\w*|nsfw|lewd|sexual) (?:image|photo|picture|pic|version|video|deepfake|edit|render)s? (?:[\w'-]+ ){0,3}(?:of|from) (?:the |a |this |my |her |his |our )?(?:[\w'-]+ )?(?:girl|woman|guy|classmate|coworker|colleague|neighbou?r|ex|teacher|boss|friend|sister|crush|celebrity|actress|streamer|photo|picture|instagram|selfie|student)\b`,
      String.raw`\b(?:undress|unclothe|nudify|strip)\w* (?:[\w'-]+ ){0,3}(?:photo|picture|image|pic|selfie|her|him|my (?:coworker|colleague|classmate|crush|ex|neighbou?r))\b|\bnudif\w+|\bundress(?:ing)? (?:app|ai|bot|tool)|\bdeepnude\b|\bdeepfake porn\w*`,
      String.raw`\b(?:secretly |covertly )?(?:film|record|photograph|video|tape|spy on|watch|peep on|livestream)\w* (?:[\w'-]+ ){0,2}(?:my )?(?:roommate|flatmate|sister|stepsister|neighbou?r|coworker|colleague|girlfriend|boyfriend|partner|wife|husband|guests?|tenants?|babysitter|nanny|classmates?|someone|her|him|women|girls|people|customers)\W+(?:[\w'-]+\W+){0,3}(?:in the shower|showering|changing|undressing|naked|in the bathroom|in the toilets?|having sex|while we have sex|while (?:we|they) (?:are )?(?:having sex|sleep\w*)|in (?:her|his|their) (?:bedroom|room)|in the changing room|up (?:her|their) skirts?)`,
      String.raw`\b(?:upload|post|share|leak|sell|send|spread|publish|distribute)\w* (?:[\w'-]+ ){0,3}(?:my ex['’]?s?|her|his|their|my (?:ex-)?(?:girlfriend|boyfriend|wife|husband|partner)['’]?s?) (?:[\w'-]+ ){0,2}(?:intimate|private|nude|naked|sexual|explicit|sex) (?:videos?|photos?|pictures?|pics|images?|tapes?)\b|\b(?:intimate|private|nude|naked|explicit|sex) (?:videos?|photos?|pictures?|pics|images?|tapes?) (?:[\w'-]+ ){0,3}(?:my ex|she|he|her|him) (?:sent|gave|shared|took|made)\b(?:[\w'-]+\W+){0,6}(?:sell|upload|post|share|leak|send|everyone|revenge|where)`,
      String.raw`\b(?:forced|raped|non-?consensual|against (?:her|his|their) will|unwilling|drugged)\W+(?:[\w'-]+\W+){0,4}(?:and )?(?:enjoy\w*|liking it|loves? it|secretly wants? it|wanted it|begs? for more)\b|\b(?:explicit|graphic|erotic|sexual|porn\w*|arousing) (?:[\w'-]+ ){0,4}(?:rape|non-?consensual sex|forced sex|being forced|sexual assault)\b`,
      String.raw`\b(?:get|make|keep)\w* (?:her|him|someone|a girl|a woman|my date|girls|women) (?:[\w'-]+ ){0,2}(?:drunk|high|wasted|intoxicated|tipsy|out of it) (?:enough )?(?:so (?:that )?|that |to )?(?:she|he|they)?(?:['’]ll| will| would)? ?(?:sleep with|have sex|hook up|go home with|agree|say yes|not resist|won['’]?t resist|can['’]?t say no)\b`,
      String.raw`\b(?:explicit|graphic|erotic|sex|sexual|porn\w*|nsfw|smut)\w* (?:[\w'-]+ ){0,8}(?:with|about|involving|featuring|of) (?:my )?(?:real )?(?:coworker|colleague|classmate|neighbou?r|teacher|professor|boss|manager|ex|crush|roommate|landlord|student|tutor)\b(?:[\w'-]+\W+){0,8}(?:real name|actual name|full name|her name|his name|nome|name and)`,
    ],
    intent: 'any',
    score: 0.75,
  },
  // Academic dishonesty: handing in someone else's work, cheating in an exam, impersonation, fabricated data.
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:hand|turn|submit|pass|present)\w* (?:it |this |them |that )?(?:in |off )?as (?:my own|mine|my (?:own )?work|if i wrote it)\b|\b(?<!\bbefore )i (?:can |could |will )?(?:hand|turn) (?:it|this) in (?:tomorrow|as mine|as my own|under my name)|\bunder my (?:own )?name\b(?:[\w'-]+\W+){0,4}(?:submit|hand|turn|give)`,
      String.raw`\bso (?:that )?(?:it looks like|it seems like|the (?:teacher|professor|prof|tutor|lecturer|examiner|marker|supervisor) (?:thinks|believes|won['’]?t know|can['’]?t tell)(?: that)?) i (?:wrote|did|made|researched)\b|\bthat i (?:wrote|did) it myself\b`,
      String.raw`\b(?:hide|sneak|smuggle|hidden|conceal|tape)\w* (?:[\w'-]+ ){0,3}(?:notes|cheat ?sheets?|answers|formulas?|phone|earpiece|smart ?watch|crib sheets?)\W+(?:[\w'-]+\W+){0,5}(?:into|in|during|on) (?:the |my |an? )?(?:[\w'-]+ )?(?:exam|test|final|midterm|quiz|finals|sat|gre|bar exam)\b`,
      String.raw`\b(?:earpiece|smart ?watch|hidden camera|phone|bluetooth)\W+(?:[\w'-]+\W+){0,5}(?:during|in|for|on|at) (?:the |my |an? )?(?:[\w'-]+ )?(?:exam|test|final|midterm|quiz|finals)\b(?:[\w'-]+\W+){0,6}(?:without|caught|cheat|answers|invigilators?|proctors?)`,
      String.raw`\b(?:turnitin|plagiarism (?:checkers?|software|detectors?|check)|the (?:plagiarism|ai) (?:checker|detector)|gptzero|copyleaks|zerogpt|originality\.ai|ai detectors?) (?:doesn['’]?t|won['’]?t|can['’]?t|does not|will not|cannot|wouldn['’]?t|never) (?:catch|detect|flag|notice|find|see|pick up)\b|\b(?:so|without) (?:that )?(?:turnitin|plagiarism (?:checkers?|software|detectors?)|the (?:plagiarism|ai) (?:checker|detector)|gptzero|ai detectors?) (?:[\w'-]+ ){0,2}(?:catching|detecting|flagging|noticing)`,
      String.raw`\b(?:pretend|pose|impersonat|stand in|sit in)\w* (?:to be |as |for )?me (?:in|on|for|during) (?:my |the |an? )?(?:[\w'-]+ ){0,3}(?:exam|test|interview|class|quiz|oral|assessment|lecture|call)\b`,
      String.raw`\b(?:take|do|sit|write|complete|finish)\w* (?:[\w'-]+ ){0,5}(?:exam|test|quiz|course|coursework|assignment|homework|thesis|dissertation|online class|module)s? (?:[\w'-]+ ){0,2}for me\b(?:[\w'-]+\W+){0,10}(?:login|password|look like|as me|real student|won['’]?t know|graded|grades)`,
      String.raw`\b(?:make up|making up|made up|fabricat\w*|invent\w*|fak(?:e|ing)|falsif\w*|fudg\w*) (?:[\w'-]+ ){0,2}(?:survey |interview |lab |experimental |research |clinical |trial )?(?:responses|data|datapoints|data points|results|participants|interviews|measurements|observations|citations|sources|references|quotes from experts|readings|p-values?)\W+(?:[\w'-]+\W+){0,6}(?:so|for (?:my|the|our)|to make|thesis|paper|study|dissertation|report|lab report|journal|significant|supervisor|look)`,
      String.raw`\bcheat\w* (?:on|in|at|during) (?:my |the |an? |this |tomorrow['’]?s )?(?:[\w'-]+ ){0,2}(?:exam|test|quiz|final|midterm|finals|sat|gre|gmat|lsat|mcat|ielts|toefl|driving test|theory test|assessment|certification|boards|bar)\b`,
      String.raw`\bwrite (?:my|the) (?:whole |entire |full |complete )?(?:\d+[- ]word )?(?:[\w'-]+ ){0,3}(?:essay|thesis|dissertation|paper|assignment|coursework|report|personal statement)\W+(?:[\w'-]+\W+){0,10}(?:as (?:mine|my own)|hand (?:it )?in|submit|turn (?:it )?in|under my name|so (?:i|the teacher))`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // S2 theft, burglary, utility theft, counterfeit goods, smuggling people, sneaking in without paying.
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:break|get|jimmy|pry|force|smash)\w* (?:into|open) (?:a |an |the |someone['’]?s? |somebody['’]?s? |my neighbou?r['’]?s? |his |her |their |that |this )(?:parked |locked |random |stranger['’]?s? |neighbou?r['’]?s? |empty |rich )?(?:car|van|truck|house|home|flat|apartment|shop|store|atm|safe|locker|vending machine|parking meter|garage|shed|warehouse|church|school|office)s?\b(?:[\w'-]+\W+){0,4}(?:without (?:setting off|triggering|tripping|sounding|the (?:owner|alarm|police|key))|alarm|unnoticed|at night|quietly|steal)`,
      String.raw`\b(?:without (?:setting off|triggering|tripping|sounding) (?:the |an? |its )?(?:alarm|sensor|motion sensor)s?)\b`,
      String.raw`\bsmuggl\w* (?:[\w'-]+ ){0,6}(?:through|past|into|across|out of|over) (?:the |a |an )?(?:[\w'-]+ )?(?:border|customs|airport|heathrow|jfk|prison|jail|country|port|checkpoint|security)\b|\b(?:bypass\w*|tamper\w* with|rig|fiddle|jump|reverse|slow down|stop|hack)\w* (?:the |my |a )?(?:electricity |electric |gas |water |power |smart |prepayment )?meters?\b|\bfree (?:electricity|power|gas|cable|satellite tv|water) (?:by|without|from) (?:bypass\w*|tamper\w*|the neighbou?r|hooking|tapping|jumping)|\bsteal\w* (?:[\w'-]+ ){0,2}(?:electricity|power|water|gas|cable|wi-?fi|internet)\b`,
      String.raw`\b(?:sell|make|print|pass|produce|import|ship|move|list|flog|shift)\w* (?:[\w'-]+ ){0,2}(?:counterfeit|fake|replica|knock-?off|bootleg|pirated) (?:[\w'-]+ ){0,2}(?:shoes|sneakers|trainers|bags|handbags|watches|rolex|designer|nike|adidas|gucci|louis vuitton|chanel|jerseys|perfume|goods|clothes|airpods|cigarettes|tobacco|vodka|alcohol|money|bills|notes|banknotes|currency|coins|medicines?|pills|dvds|games|software|tickets)\b`,
      String.raw`\b(?:sneak|smuggle|traffic)\w* (?:someone|somebody|people|a person|migrants|immigrants|refugees|my (?:friend|cousin|brother|sister|uncle|aunt|wife|husband|girlfriend|boyfriend)|him|her|them|workers|girls|women) (?:[\w'-]+ ){0,3}(?:across|over|through|past|into) (?:the )?(?:border|checkpoint|customs|frontier|channel|country)\b|\b(?:hide|hidden|hiding|smuggl\w*)\W+(?:[\w'-]+\W+){0,4}(?:people|migrants|someone|a person|him|her|them) (?:in|inside) (?:the |a |my )?(?:back|boot|trunk|van|truck|lorry|container)`,
      String.raw`\b(?:sneak|get|jump|climb|slip)\w* (?:[\w'-]+ ){0,3}(?:in|into|over|onto|on) (?:[\w'-]+ ){0,4}without (?:paying|a ticket|buying a ticket|a pass)\b|\b(?:fare[- ]?dodg\w*|jump (?:the )?(?:turnstiles?|barriers?|ticket gates?)|dine[- ]and[- ]dash|skip (?:out on )?the (?:bill|check|tab)|leave (?:[\w'-]+ ){0,2}without paying|(?:climb|jump|hop)\w* (?:over )?the fence (?:[\w'-]+ ){0,4}(?:without paying|for free|to get in|to sneak in))\b`,
      String.raw`\b(?:guns?|knives?|knife|weapons?|firearms?|pistols?|blades?|drugs|cocaine|coke|weed|pills|cash|gold|diamonds|cigarettes|ammo|ammunition)\W+(?:[\w'-]+\W+){0,4}(?:past|through|by|undetected (?:through|past)|hidden (?:through|past)) (?:the )?(?:airport |tsa |x-?ray |border )?(?:security|scanners?|checkpoints?|customs|tsa|metal detectors?|sniffer dogs|border (?:control|guards|patrol)|x-?rays?)\b`,
      String.raw`\bsteal\w* (?:[\w'-]+ ){0,3}from (?:a |the |my |our |his |her )?(?:supermarket|grocery store|walmart|target|tesco|pharmacy|chemist|mall|boutique|till|register|cash register|job|workplace|boss|employer|company|church|charity|shop|store|warehouse|restaurant|bar|hotel|parents|grandparents|roommate|flatmate|neighbou?rs?)\b`,
      String.raw`\b(?:steal|nick|swipe|pinch|lift|snatch|nab|take)\w* (?:a |the |someone['’]?s? |somebody['’]?s? |his |her |their |that |this |people['’]?s? )(?:[\w'-]+ ){0,2}(?:bikes?|bicycles?|scooters?|e-?bikes?|mopeds?|motorbikes?|phones?|wallets?|purses?|handbags?|laptops?|parcels?|packages?|catalytic converters?|tyres?|tires?|wheels|rims|plants|fuel|petrol|diesel|number plates?|license plates?|dogs?|puppies)\b(?:[\w'-]+\W+){0,6}(?:without (?:anyone|being|getting|the owner)|unnoticed|that (?:isn['’]?t|is not) mine|parked outside|from (?:outside|the street|the station|a (?:shop|store|car|house|garden|porch|doorstep)))|\b(?:bikes?|bicycles?|cars?|scooters?|phones?|laptops?) (?:that )?(?:isn['’]?t|is not|aren['’]?t|are not) (?:mine|ours|my own)\b|\bsomeone else['’]?s (?:bike|car|scooter|phone|laptop|bag|wallet|package|parcel|lock)\b`,
      String.raw`\b(?:cut|break|pick|crack|bypass|defeat|open|snap)\w* (?:a |the |someone['’]?s? |this |that |his |her |their )(?:[\w'-]+ )?(?:bike|bicycle|d-|u-|padlock|cable|chain|car|door|front door|house) ?locks?\b(?:[\w'-]+\W+){0,6}(?:station|street|outside|not mine|isn['’]?t mine|stranger|someone else|steal|take it|nobody (?:sees|notices))`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Evading the law: fleeing bail, destroying footage or evidence, forensic clean-up, false identities, checkpoints.
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:delete|erase|wipe|destroy|get rid of|make|lose|corrupt|tamper with|edit|overwrite)\w* (?:[\w'-]+ ){0,3}(?:dashcam|dash cam|cctv|security camera|surveillance|body ?cam|doorbell (?:camera|cam)|ring (?:camera|doorbell)|camera) (?:[\w'-]+ )?(?:footage|videos?|recordings?|clips?|tapes?)\b(?:[\w'-]+\W+){0,6}(?:disappear|vanish|before (?:the )?(?:police|insurer|insurance|court|cops|investigators|they|anyone)|so (?:the )?(?:police|insurer|cops|nobody|no one|they)|unrecoverable|can['’]?t be recovered)`,
      String.raw`\bmake (?:the |my |his |her )?(?:footage|evidence|recording|messages|texts|emails|files|records|body|weapon|gun|knife|car|phone|laptop|receipts?|paper trail) (?:[\w'-]+ ){0,2}(?:disappear|vanish|go away|untraceable|unrecoverable)\b`,
      String.raw`\bgunshot residue\b|\bgsr (?:test|off|residue)\b|\b(?:clean|wash|remove|get rid of|bleach|scrub|wipe)\w* (?:[\w'-]+ ){0,3}(?:blood|bloodstains?|blood stains?|dna|fingerprints?|prints|residue|semen|hair)\b(?:[\w'-]+\W+){0,8}(?:before (?:the )?(?:police|cops|they|forensics|investigators|crime scene)|so (?:the )?(?:police|cops|forensics|luminol|they|investigators|nobody|no one)|luminol|forensic\w*|crime scene|csi|dogs (?:can['’]?t|won['’]?t))`,
      String.raw`\b(?:fake|false|forged|new|different|stolen) identit(?:y|ies)\W+(?:[\w'-]+\W+){0,8}(?:court|warrant|police|bail|on the run|disappear|skip\w*|start over|creditors|deported|deportation|probation|parole|sentence|prison)|\b(?:skip\w*|miss(?:ing)? on purpose|dodg\w*|run\w* from) (?:my |the )?court (?:date|appearance|hearing|summons)\b`,
      String.raw`\b(?:drugs|drunk|beers?|drinks|drinking|weed|coke|a gun|guns|warrant|stolen|no licen[cs]e|suspended licen[cs]e|over the limit)\W+(?:[\w'-]+\W+){0,10}(?:checkpoints?|roadblocks?|sobriety tests?|breath tests?)\b|\b(?:checkpoints?|roadblocks?)\W+(?:[\w'-]+\W+){0,10}(?:drugs|drunk|beers?|weed|coke|gun|warrant|stolen|over the limit)\b`,
      String.raw`\b(?:repaint|respray|paint|re-?plate|re-?vin|chop|strip|torch|burn|crush|dump|hide)\w* (?:[\w'-]+ ){0,3}(?:car|van|truck|vehicle|bike|motorbike)\W+(?:[\w'-]+\W+){0,6}(?:so (?:the )?(?:police|cops|nobody|no one|they|investigators)|after (?:the |a |my )?(?:accident|crash|hit and run|robbery|heist|job)|before (?:the )?(?:police|cops))`,
      String.raw`\b(?:change|swap|switch|fake|cover|obscure|hide|bend|tape over|spray)\w* (?:[\w'-]+ ){0,2}(?:number|license|licence|registration) plates?\b(?:[\w'-]+\W+){0,6}(?:so (?:the |i )?(?:cameras?|police|speed cameras?|anpr|tolls?|(?:i|we) (?:don['’]?t|won['’]?t) get)|to (?:avoid|dodge|beat|fool)|flashed|caught|tickets?|fines?)`,
      String.raw`\b(?:hide|hiding|stay hidden|lie low|lay low|go underground|disappear|vanish)\w* (?:[\w'-]+ ){0,3}(?:from (?:the )?(?:police|cops|feds|law|authorities|interpol|marshals|immigration)|until (?:the )?(?:warrant|statute of limitations|charges?) (?:expires?|runs? out|drops?|lapses?)|while (?:i['’]?m |i am )?(?:on bail|wanted|on the run))`,
      String.raw`\b(?:what (?:should|do|can) (?:i|we) (?:say|tell)|(?:lie|lying) to) (?:to )?(?:the )?(?:police|cops|officers?|detectives?|investigators?|insurers?|court|judge)\b(?:[\w'-]+\W+){0,10}(?:drunk|drinking|was driving|did it|stole|hit (?:him|her|them|someone)|don['’]?t find out|won['’]?t find out|so (?:they|he|she) (?:don['’]?t|won['’]?t))`,
      String.raw`\b(?:pass|beat|cheat|fool|trick|fake|get through|pass through)\w* (?:[\w'-]+ ){0,3}(?:drug test|drug screen|urine test|piss test|hair test|breath test|breathalyz?s?er|breathaliser|dui test|sobriety test|polygraph|lie detector|ankle (?:monitor|tag)|electronic tag)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Targeted harm in ordinary words: the harm is an act on a person (hurt, drug, trip, follow, wait
  // for, isolate, get a child to keep a secret), not a named weapon or drug. Each branch is a
  // requested first-person act (TH_REQ) on a person (TH_PERSON), or the act with a cue of intent
  // (to look like an accident, so she can't tell, when he's alone). Negated or protective uses
  // ("without hurting her", "so she doesn't walk alone") do not match the act, and the protective
  // frame still excuses the rest.
  {
    category: 'violence',
    branches: [
      String.raw`\b${TH_REQ}\W+(?:[\w'-]+\W+){0,3}?${TH_NOT}${TH_HARM} ${TH_PERSON}\b(?!['’]s\b| (?:feelings|pride|ego|chances|reputation|career|business|grades?|score|case|out)\b)`,
      String.raw`\b${TH_REQ}\W+(?:[\w'-]+\W+){0,3}?${TH_NOT}(?:beat|rough|mess|bash|smash|knock|cut)\w* ${TH_PERSON} (?:up|out cold|senseless|unconscious|to death|black and blue|to a pulp)\b`,
      String.raw`\b(?:push|shove|trip|kick|knock|throw)\w* ${TH_PERSON} (?:[\w'-]+ ){0,3}(?:down|off|over|from|into|in front of|onto) (?:the |a |an |his |her |their |my )?(?:[\w'-]+ )?(?:stairs|staircase|steps|stairwell|escalator|cliff|balcony|ledge|roof|bridge|platform|road|traffic|bus|train|tracks|river|lake|pool|water|window|ladder)\b`,
      String.raw`\bmake ${TH_ADULT} (?:really |very |seriously |violently |so |badly |a (?:bit|little) )?(?:sick(?! of)|ill|vomit|throw up|pass out|faint|bleed|collapse|suffer|fall|trip|crash|have (?:a |an )?(?:heart attack|seizure|stroke|breakdown|allergic reaction|accident))\b`,
      String.raw`\b(?:slip|put|mix|add|sneak|hide|crush|grind|sprinkle|stir|drop|pour|swap)\w* (?:[\w'-]+ ){0,4}(?:in|into|on) (?:a |the )?(?:guy|girl|woman|man|stranger|date|someone|somebody|coworker|colleague|roommate|neighbou?r|boss|teacher|classmate|ex|wife|husband|partner|sister|brother|mom|mum|dad|father|mother|stepdad|stepmom|grandma|grandpa|uncle|aunt|cousin|father-in-law|mother-in-law|in-laws)['’]${TH_FOOD}\b`,
      String.raw`\b(?<!(?:from|avoid|prevent|stop|against|not|never|of) )(?:spike|drug|roofie|dose|lace)\w* (?:a |the |some )?(?:[\w'-]+['’]s |his |her |their |my [\w'-]+['’]s )(?:[\w'-]+ )?(?:drink|food|coffee|tea|beer|wine|cocktail|meal|water|juice|punch|smoothie)\b`,
      String.raw`\b(?:scare|frighten|terrify|startle|shock|stress)\w* ${TH_ADULT} (?:[\w'-]+ ){0,4}(?:to death|into (?:a )?(?:heart attack|stroke|seizure)|(?:enough|badly enough|so badly|so much) (?:that )?(?:(?:she|he|they) )?(?:has|have|gets?|dies?|faints?|collapses?)|(?:that|so) (?:she|he|they) (?:has|have|gets) (?:a |another )?(?:heart attack|stroke|seizure|panic attack))`,
      String.raw`\b${TH_HARM} ${TH_PERSON}\b(?!['’]s\b)\W+(?:[\w'-]+\W+){0,10}?(?:(?:so|and) (?:that )?(?:it|this) (?:looks?|seems?|appears?) (?:like )?(?:an? )?(?:accident|natural|self-defen[cs]e|(?:she|he|they) (?:fell|slipped|tripped))|(?:look|seem|pass) (?:like|as|for) an? accident|(?:and|to) get away with it|(?:with|for) (?:an? |a solid |a good )?alibi|nothing (?:traces|leads|comes|points) back|(?:traced?|tied|linked) (?:back )?to me|(?:nobody|no one|no-one) (?:would|will|could|can) (?:ever )?(?:suspect|tell|prove|blame)|as (?:revenge|payback)|for (?:revenge|payback)|teach (?:her|him|them) a lesson)`,
      String.raw`\b(?:revenge|payback|get (?:back|even) (?:at|with)|teach (?:him|her|them|my [\w'-]+|the [\w'-]+|that [\w'-]+|this [\w'-]+) a lesson)\W+(?:[\w'-]+\W+){0,12}?(?:(?:hurt|injur|harm|poison|drug|spik|beat|attack|ambush|burn|stab|break|maim|cripple|sabotag|tamper)\w* (?:him|her|them|his|her|their)|physically (?:hurt|harmed|injured)|(?:in|into) (?:the |a )?hospital|break (?:his|her|their) (?:[\w'-]+ )?(?:legs?|arms?|nose|jaw|ribs|fingers|hand|wrist|knees?))\b`,
      String.raw`\bwhere (?:to|should i|do i|can i|would i|could i) (?:hit|punch|kick|strike|stab|cut|hurt|grab|choke) (?:[\w'-]+ ){0,4}(?:so (?:it|that it) (?:doesn['’]?t|won['’]?t|wouldn['’]?t) (?:leave|show)|without (?:leaving )?(?:a |any )?(?:marks?|bruises?|evidence))`,
      String.raw`\b(?:want|get|need)\w* ${TH_ADULT} to (?:get|be|become|fall|end up) (?:really |very |seriously |badly )?(?:sick|hurt|injured|poisoned|beaten up|in (?:the )?hospital)\b`,
      String.raw`\b(?:give|giving) ${TH_ADULT} (?:[\w'-]+ ){0,2}(?:food poisoning|a concussion|a black eye|a broken (?:nose|arm|leg|jaw)|a beating|an allergic reaction|diarrh?o?ea|the runs)\b`,
      String.raw`\b(?:get|have|getting|having) ${TH_PERSON} (?:[\w'-]+ )?(?:beaten up|beat up|jumped|attacked|stabbed|shot|roughed up|hospitali[sz]ed|kneecapped|hurt|injured)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'harassment',
    branches: [
      // Following, watching and waiting for a person; learning their routine; turning up at their door.
      String.raw`\b(?:follow|tail|shadow|stalk|track|watch|trail)\w* (?:${TH_PERSON}) (?:[\w'-]+ ){0,2}(?:home|everywhere|around town|wherever (?:she|he|they) go(?:es)?|to (?:her|his|their) (?:car|house|home|place|work|office|apartment|flat|door|building|gym)|from (?:the |her |his |their )?(?:train|station|bus stop|gym|bar|club|office|work|school|party)|all (?:day|night)|day and night|24/7|every (?:day|night|minute))\b`,
      String.raw`\b(?:learn|figure out|work out|find out|know|map|memori[sz]e|study|get|track|note down|log|record)\w* (?:out )?(?:exactly )?(?:${TH_STPOSS}) (?:daily |weekly |exact |usual |whole |work |gym |morning |evening )?(?:routine|schedule|movements|whereabouts|comings and goings|timetable|patterns?|routes?)\b`,
      String.raw`\b(?:wait|waiting|lie in wait|lurk|lurking|hide|hiding|park|hang around|loiter)\w* (?:[\w'-]+ ){0,3}(?:for|outside|near|behind|by) (?:${TH_PERSON})\b\W+(?:[\w'-]+\W+){0,10}?(?:(?:she|he|they)(?:['’]s|['’]re| is| are)? (?:[\w'-]+ )?(?:alone|by (?:her|him|them)sel(?:f|ves))|(?:comes?|gets?|walks?|goes?|leaves?) (?:[\w'-]+ )?(?:back |home |out )?alone|(?:get|catch|corner|grab) (?:her|him|them) alone|so (?:i|we) can (?:grab|corner|confront|catch|jump|hurt|scare|follow|get (?:her|him|them))|teach (?:her|him|them) a lesson|without (?:her|him|them) (?:seeing|noticing|knowing))`,
      String.raw`\b(?:show|turn) up (?:unannounced |uninvited )?(?:at|outside|on) (?:my ex['’]?s?|the (?:barista|cashier|waitress|waiter|girl|woman|streamer)['’]?s|(?:this|that|a) (?:girl|woman|guy|stranger|streamer)['’]?s) (?:new )?(?:house|home|place|door|doorstep|flat|apartment|work|workplace|office|job|gym|school|dorm)\b|\b(?:where|which (?:building|street|house|apartment)) (?:this|that|the|a) (?:girl|woman|stranger|barista|cashier|waitress|streamer) (?:[\w'-]+ ){0,4}lives\b`,
      String.raw`\b(?:isolate|cut|turn|keep|shut|wall)\w* (?:${TH_PARTNER}) (?:off )?(?:away )?(?:from|against) (?:(?:her|his|their|all (?:her|his|their)) )?(?:friends|family|parents|sisters?|brothers?|mum|mom|dad|support|coworkers|colleagues|everyone|everybody|the outside world)\b|\bmake (?:${TH_PARTNER}) (?:completely |totally |more |fully )?(?:dependent|depend|reliant|rely|need) (?:only )?on me\b|\bcontrol (?:who|what|where|how much|when) (?:${TH_PARTNER}|she|he) (?:sees|talks|goes|wears|spends|eats|texts|calls|leaves)\b`,
      String.raw`\b(?:post|publish|share|leak|spread|dump|put)\w* (?:[\w'-]+ ){0,4}(?:so|and let|for) (?:that )?(?:people|others|everyone|strangers|the internet|my followers|his|her) (?:[\w'-]+ )?(?:can |will |could )?(?:go after|harass|find|visit|confront|show up (?:at|on)|hunt|target|come for|pay (?:him|her|them) a visit)\b`,
      String.raw`\b(?:ruin|destroy|wreck)\w* (?:${TH_STPOSS}|someone['’]s|my (?:[\w'-]+ ){0,1}${TH_REL}['’]s) (?:[\w'-]+ )?(?:life|career|reputation|marriage|relationship)\b|\bmake (?:${TH_STPOSS}|someone['’]s|my (?:[\w'-]+ ){0,1}${TH_REL}['’]s) (?:[\w'-]+ )?life (?:a )?(?:living )?(?:hell|miserable|a nightmare|unbearable)\b`,
      String.raw`\b(?:get|have)\w* ${TH_PERSON} (?:fired|expelled|evicted|arrested|deported|kicked out|suspended|sacked)\b\W+(?:[\w'-]+\W+){0,8}?(?:making up|made-up|fake|false|lying|lies|framing|plant\w*|fabricat\w*|set (?:him|her|them) up)|\bframe ${TH_PERSON} (?:for|as)\b`,
      String.raw`\b(?:track|locate|see|check|monitor|follow|read|access|watch)\w* (?:[\w'-]+ ){0,3}(?:${TH_STPOSS}) (?:[\w'-]+ )?(?:location|phone|messages|texts|whereabouts|movements|gps|chats|dms)\b\W+(?:[\w'-]+\W+){0,6}?(?:without (?:asking|(?:her|his|their) (?:permission|consent|knowledge))|secretly|remotely)\b`,
      String.raw`\b(?:find out|figure out|work out|track down|dig up)\w* where ${TH_ADULT} (?:[\w'-]+ )?(?:lives|is living|works|is staying|sleeps|parks)\b`,
      String.raw`\b${TH_NOT}(?:humiliate|bully|torment|mock)\w* (?:${TH_PERSON}|the (?:[\w'-]+ ){0,2}(?:girl|boy|kid|guy|woman|man|student)) (?:[\w'-]+ ){0,5}(?:in front of|publicly|online|at school|at work|so (?:everyone|she|he|they))\b`,
      String.raw`\bscare (?:${TH_ADULT}) (?:[\w'-]+ ){0,2}(?:into (?:leaving|moving|quitting|dropping|selling|staying quiet|silence|withdrawing)|out of (?:the|her|his|their|town|the neighbou?rhood))\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'harassment',
    branches: [
      // Getting a child (not one's own) to trust, come along, stay silent or be alone.
      String.raw`\b(?:gain|win|earn|get|build)\w* (?:the )?(?:trust|confidence) of (?:a |an |the |this |that |some |young |little )(?:[\w'-]+ ){0,2}${TH_MINOR}\b|\b(?:gain|win|earn|get|build)\w* (?:a |an |the |this |that |some )(?:young |little |local |shy |lonely )?${TH_MINOR}['’]s? (?:trust|confidence)\b`,
      String.raw`\b(?:a |an |the |this |that |some |young |little )(?:[\w'-]+ ){0,2}${TH_MINOR}\b\W+(?:[\w'-]+\W+){0,12}?(?:(?:won['’]?t|wouldn['’]?t|doesn['’]?t|does not|will not|would not|never|not to|not) (?:tell|say anything to|mention (?:it |this |us )?to|talk to) (?:anyone|anybody|(?:her|his|their) (?:parents|mum|mom|dad|mother|father|family|teachers?))|(?:come|get)s? (?:with me|in(?:to)? my (?:car|van|truck)|to my (?:car|van|house|place|room|flat|apartment))|(?:meet|see) me (?:alone|in private|without (?:her|his|their) parents)|(?:too )?(?:scared|afraid) to (?:tell|say anything|talk)|send me (?:photos|pics|pictures|selfies|nudes))\b`,
      String.raw`\b(?:lure|entice|coax|convince|persuade|trick)\w* (?:a |an |the |this |that |some )(?:[\w'-]+ ){0,2}${TH_MINOR}\b (?:[\w'-]+ ){0,4}(?:into (?:coming|getting|meeting|sending|keeping|going)|to (?:come (?:with|to|home)|get (?:in|into)|meet (?:me|up)|send (?:me )?(?:photos|pics|pictures|selfies)|keep (?:our|it|this|a) (?:[\w'-]+ )?secret|follow me)|(?:too )?(?:scared|afraid) to (?:tell|say|talk))\b`,
      String.raw`\b(?:alone time|one-on-one time|private time|time alone|sleepovers?|overnights?) with (?:a |an |the |this |that |some |my (?:friend|neighbou?r|coworker|colleague)['’]s )(?:[\w'-]+ ){0,2}(?:${TH_MINOR}|daughter|son)\b`,
      String.raw`\b${TH_MINOR}\b\W+(?:[\w'-]+\W+){0,8}?(?:keeps?|keep) (?:our|this|it|a|the) (?:little |special )?(?:secret|chats?|messages|talks|meetings|friendship) (?:secret )?(?:from|between)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'hate',
    branches: [
      // Demeaning content about a protected group asked for as content: jokes, insults, reasons why.
      String.raw`\b(?:jokes?|insults?|slurs?|roasts?|memes?|nicknames?|put-?downs?|burns|rants?|tirades?|diatribes?)\b (?:[\w'-]+ ){0,2}(?:about|for|on|targeting|mocking|against|aimed at) (?:[\w'-]+ ){0,1}${TH_GROUP}\b`,
      // The same as a piece of writing described as demeaning: "an insulting rant about fat people".
      String.raw`\b(?:insulting|demeaning|hateful|mocking|degrading|humiliating|dehumani[sz]ing)\b (?:[\w'-]+ ){0,1}(?:rants?|speech(?:es)?|posts?|essays?|poems?|songs?|tweets?|messages?|paragraphs?|articles?|stor(?:y|ies)|monologues?)\b (?:about|on|against|targeting) (?:[\w'-]+ ){0,1}${TH_GROUP}\b`,
      // A conspiracy in which a group secretly runs the banks, the media or the world.
      String.raw`(?<!\b(?:debunk|refut|disprov|counter|rebut|myth|hoax|trope|lie|false|conspiracy theor)\w*\b[^.!?\n]{0,60})\b(?:arguing|argue|argues|proving|prove|proves|showing|show|shows|saying|say|says|stating|convincing (?:people|readers|everyone)) (?:that )?${TH_GROUP} (?:secretly |really |actually |still )?(?:control|run|own|rule|manipulate)s? (?:the |all (?:the )?|our )?(?:world['’]?s |global |western |american |international )?(?:banks|banking|media|governments?|world|money supply|finance|financial system|hollywood|economy)\b`,
      String.raw`\bwhy ${TH_GROUP} (?:are|is) (?:all |so |always |naturally |genetically |basically )?(?:lazier|dumber|stupider|worse|inferior|less (?:intelligent|capable|human|civili[sz]ed|evolved)|more (?:violent|criminal|stupid)|(?:bad|terrible|awful|worse) (?:drivers|parents|people|workers|leaders)|disgusting|lazy|stupid|dumb|dirty|criminals|terrorists|animals|parasites|vermin|subhuman|evil|a (?:burden|plague|disease|problem)|ruining|destroying)\b`,
      String.raw`\b${TH_GROUP} (?:are|is) (?:all |so |always |naturally |genetically |basically |just )?(?:lazier|dumber|stupider|inferior|less (?:intelligent|capable|human|civili[sz]ed|evolved)|(?:bad|terrible|awful|worse|inferior) (?:drivers|parents|people|workers|leaders)|disgusting|subhuman|parasites|vermin|(?:a )?burden on society|ruining (?:our|the|this) (?:country|kids|children|society|neighbou?rhood|town|culture)|destroying (?:our|the|this) (?:country|society|culture|race)|(?:all )?(?:thieves|criminals|terrorists|rapists|animals)|(?:too )?(?:emotional|stupid|weak) to)\b`,
      String.raw`\b${TH_GROUP} (?:should(?:n['’]?t| not)|do(?:n['’]?t| not) deserve to|must not|need to be) (?:be allowed to |have the right to )?(?:vote|work|lead|teach|marry|adopt|have (?:kids|children)|exist|be (?:deported|kicked out|driven out|sent back|banned|sterili[sz]ed|locked up|segregated|kept out))\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:burn|hit|punch|punish|bruise|scratch|starve|poison)\w* myself\b(?!\W+(?:[\w'-]+\W+){0,3}(?:by accident|accidentally))|\bbreak (?:my own|one of my) (?:wrist|arm|leg|ankle|hand|finger|bones?)\b`,
      String.raw`\b(?:hide|cover|conceal)\w* (?:the |my )?(?:marks|scars|cuts|bruises|burns|weight loss)\b(?:[\w'-]+\W+){0,6}(?:parents|family|school|teachers?|doctor|everyone|people|roommates?)`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Third pass, from the weak categories of the held-out tables (physical harm, child safety,
  // self-harm, fraud, economic harm, non-consensual sexual content): the outcome asked for on a person,
  // getting a child alone or trusted over the parents, the means of one's own death, a claim for a loss
  // that never happened, rigged odds and cornered supplies, intimate images spread, sex after a no.
  {
    category: 'violence',
    branches: [
      String.raw`\bknock\w* (?:[\w'-]+ ){0,3}(?:man|woman|guy|girl|person|him|her|them|someone|somebody|people|everyone|everybody|the guards?|the room) (?:[\w'-]+ ){0,2}(?:out cold|unconscious)\b|\bknock\w* out (?:everyone|everybody|the (?:whole )?room|people|the guards?|a (?:grown )?(?:man|woman|guy|person))\b`,
      String.raw`\b(?:punch|hit|kick|blow|strike|stab|cut|blade|knife|swing)\w*\W+(?:[\w'-]+\W+){0,8}(?:the )?most (?:lasting |permanent |serious |internal )?damage\b`,
      String.raw`\b(?:so|until|before|and) (?:that )?(?:he|she|they|the guy|the man|my \w+) (?:bleeds? out|stays? down|never (?:wakes?|gets?) up|never walks? again|can['’]?t (?:get up|breathe|walk|move|fight back|scream|call for help)|stops? breathing|gets? (?:really |seriously |badly )?hurt(?: bad)?|breaks? (?:his|her|their) neck)\b`,
      String.raw`\b(?:arter(?:y|ies)|veins?|organs?)\W+(?:[\w'-]+\W+){0,6}(?:aim|stab|cut|slash|hit|go) (?:for|at)\b|\baim for (?:[\w'-]+ ){0,3}(?:arter(?:y|ies)|throat|neck|kidneys?|liver|heart)\b`,
      String.raw`\b(?:make|making) (?:a |the |his |her |it |this )?(?:[\w'-]+ ){0,4}(?:look|seem|appear) (?:natural|accidental)\b|\b(?:make|making) (?:it|this|his death|her death|the fall) (?:look|seem|appear) like (?:an? )?(?:accident|suicide|natural causes|(?:he|she|they) (?:jumped|fell|slipped|tripped|did it))\b`,
      String.raw`\b(?:sedatives?|sleeping pills?|tranquili[sz]ers?|benzos?|chloroform|ether|roofies?|rohypnol|ghb|ketamine)\W+(?:[\w'-]+\W+){0,10}(?:keep|make|knock|put|get)\w* (?:[\w'-]+ ){0,2}(?:asleep|unconscious|out cold|under|drowsy|passed out)\b`,
      String.raw`\b(?:gas|fumes|smoke|spray)\W+(?:[\w'-]+\W+){0,4}(?:knock out|knocks out|kill|poison|suffocate|incapacitate)\w* (?:everyone|everybody|people|them|the (?:whole )?room|a room)\b`,
      String.raw`\b(?:loosen|cut|sabotag|tamper|unscrew|drain|remov|weaken|saw)\w* (?:[\w'-]+ ){0,3}(?:on|of|from|in) ${OTHER} (?:[\w'-]+ ){0,2}(?:car|bike|bicycle|motorbike|scooter|wheels?|brakes?|tyres?|tires?|steering|ladder|harness|helmet|railing|balcony)\b`,
      String.raw`\b(?:before|or (?:else)?) (?:something|anything) (?:bad )?happens to (?:them|you|him|her)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'child_sexual',
    branches: [
      String.raw`\b(?:get|have|be|spend time|end up)\w* (?:(?:one of )?(?:the |a |my |his |her |their )?(?:[\w'-]+ ){0,2}(?:boys?|girls?|kids?|child(?:ren)?|students?|pupils?|players?|him|her))(?: [\w'-]+){0,4} alone\W+(?:[\w'-]+\W+){0,6}(?:changing rooms?|locker rooms?|after (?:practice|class|school|training)|car|van|tent|room|house|home|with me)`,
      String.raw`\b(?:i|me) (?:[\w'-]+ ){0,3}alone with (?:[\w'-]+ ){0,3}(?:boys?|girls?|kids?|child(?:ren)?|son|daughter|students?|pupils?|under-?\d{1,2}s)\b`,
      String.raw`\b(?:spend|stay|have)\w* (?:the |a few |some )?nights? with (?:their|her|his|the|a) (?:[\w'-]+ ){0,2}(?:son|daughter|kids?|child|boy|girl)\b`,
      String.raw`\btrust (?:me|you|him|her) more than (?:their|her|his|your) (?:parents|mum|mom|dad|family)\b`,
      String.raw`\b(?:keep|stay)\w* (?:quiet|silent) about (?:our|what we|the time we)\b|\bthink (?:i['’]?m|im|i am) (?:their|her|his|the same) age\b`,
      String.raw`\b(?:access|get close) to (?:little|young|small) (?:kids|children|girls|boys|ones)\b|\bgroom(?:ing)? (?:her|him|them) for when\b|\b(?:before|when) (?:you|i|one) can (?:start )?groom\w*`,
      String.raw`\b(?:\d{1,2}[- ]?(?:yrs?|year)[- ]?olds?)\W+(?:[\w'-]+\W+){0,8}(?:agree to meet|meet (?:up )?(?:with )?me|come (?:over|meet)|send (?:me )?(?:pics|pictures|photos)|think (?:i['’]?m|im|i am))`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:enough|would it take|do i need|should i take) (?:[\w'-]+ ){0,2}to (?:not|never) wake up\b|\bto (?:not|never) wake up (?:again|ever)\b`,
      String.raw`\b(?:belt|rope|cord|noose|scarf|ligature|cable|plastic bag)\W+(?:[\w'-]+\W+){0,3}(?:around|round|over) (?:my|the|your|one['’]s) (?:neck|head)\b`,
      String.raw`\bhide (?:[\w'-]+ ){0,4}(?:that i|i['’]?m|i have|i['’]ve) (?:[\w'-]+ ){0,2}(?:stopped eating|not eating|starving|purging|throwing up|vomiting|cutting|self[- ]harming|harming myself)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:claim|insurance|insurer|report)\w* (?:[\w'-]+ ){0,5}(?:i|we) (?:never|didn['’]t|did not|haven['’]t|have not) (?:actually )?(?:lost|lose|had|bought|owned|damaged|broke|received|get|got)\b`,
      String.raw`\b(?:rig|tweak|fix|manipulat|adjust|program)\w* (?:the )?(?:odds|games?|slots?|slot machines?|machines?|wheel|payouts?)\W+(?:[\w'-]+\W+){0,6}(?:players?|customers?|people|gamblers?|they)\w* (?:keep |always |never |still )?(?:los|think|believe)\w*`,
      String.raw`\b(?:corner|hoard|buy up)\w* (?:the )?(?:[\w'-]+ ){0,3}(?:supply|supplies|market|stock)\W+(?:[\w'-]+\W+){0,10}(?:double|triple|quadruple|jack up|hike|gouge)\w*`,
      String.raw`\b(?:pick|open|break into|get into|bypass|unlock)\w* (?:[\w'-]+ ){0,4}(?:lock|door|car|house|flat|apartment|safe|shed|garage)\w* (?:[\w'-]+ ){0,4}(?:that|which) (?:is(?:n['’]?t| not)|are(?:n['’]?t| not)) (?:mine|theirs|yours|ours|his|hers|my own)\b|\bpoach(?:es|ed|ing)? (?:a |some |a few |the )?(?:rhinos?|elephants?|tigers?|lions?|pangolins?|gorillas?|bears?|wildlife)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'sexual',
    branches: [
      String.raw`\b(?:intimate|nude|naked|private|explicit|sexual) (?:photos?|pics|pictures|images|videos?) of (?:my |her\b|him\b|them\b)(?:[\w'-]+\W+){0,12}(?:post|share|leak|upload|send|spread|publish|expose)\w*`,
      String.raw`\b(?:post|share|leak|upload|send|spread|publish)\w* (?:[\w'-]+ ){0,3}(?:intimate|nude|naked|private|explicit) (?:photos?|pics|pictures|images|videos?) of (?:my |her\b|him\b|them\b)`,
      String.raw`\b(?:sex|sleep with (?:me|her|him))\W+(?:[\w'-]+\W+){0,6}(?:when|even (?:though|if)|after|if) (?:she|he|they|my (?:[\w'-]+ )?(?:girlfriend|boyfriend|wife|husband|partner|date)) (?:says?|said|keeps? saying|has said) no\b`,
      String.raw`\b(?:ghb|roofies?|rohypnol|sedatives?|sleeping pills?|xanax|ketamine|eye drops)\W+(?:[\w'-]+\W+){0,8}(?:so|without) (?:that )?(?:a |the |my |his |her )?(?:date|girl|woman|guy|he|she|they|him|her|them|victim)\w* (?:doesn['’]?t|won['’]?t|can['’]?t|wouldn['’]?t|don['’]?t|never|noticing|tasting) ?(?:taste|notice|smell|know|see|reali[sz]e|find out)?`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Fourth pass, from the taxonomies again (privacy, hate, fraud, violence), shapes that no rule had:
  // identifying a stranger, harvesting or looking up a person's data, "go back where they came from",
  // insults for a group, arguing a group inferior, cheating people out of money, credit in another's name.
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:facial recognition|face search|face recognition|reverse image search|pimeyes)\W+(?:[\w'-]+\W+){0,6}(?:identify|find|track|name|locate)\w* (?:a |the |this |that )?(?:stranger|person|woman|girl|guy|man|someone|somebody|people|her|him)\b`,
      String.raw`\b(?:scrape|harvest|collect|compile|buy|sell)\w* (?:[\w'-]+ ){0,3}(?:emails?|e-mail addresses|phone numbers?|home addresses|personal (?:data|info\w*|details)|profiles|contacts)\W+(?:[\w'-]+\W+){0,6}(?:to sell|and sell|for sale|without (?:their |the )?(?:consent|permission|knowing|knowledge))`,
      String.raw`\b(?:look up|find|get|give me|dig up|pull up)\w* (?:[\w'-]+ ){0,2}(?:social security numbers?|ssns?|national insurance numbers?|bank details|credit card (?:numbers?|details)|medical records|criminal records?|home address|ip address|phone number|passport number)\W+(?:of|for|belonging to) (?:a |an |the |this |that |some )?(?:person|someone|somebody|stranger|guy|girl|woman|man|user|player|streamer|journalist|reporter|neighbou?r|coworker|ex|him|her|them|[\w'-]+ [\w'-]+ (?:in|from|who|living|at))\b`,
      String.raw`\b(?:and|then|so (?:that )?i can) (?:go after|hunt down|track down|get back at|beat up|hurt|teach (?:him|her|them) a lesson|show up at (?:his|her|their) (?:house|home|door|work|school))\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'hate',
    branches: [
      String.raw`\bgo back (?:to )?where (?:they|you|he|she) came from\b|\bgo back to (?:their|your|his|her) (?:own )?(?:country|countries)\b`,
      String.raw`\b(?:insults?|slurs?|jokes?|names|nicknames|put-?downs|roasts?) (?:for|about|against|to call|targeting|that mock|mocking) ${TH_GROUP}\b`,
      String.raw`\b(?:prov|argu|convinc|show|demonstrat)\w* (?:[\w'-]+ ){0,4}${TH_GROUP} (?:are|is) (?:worse|inferior|less intelligent|dumber|stupider|lazier|more violent|more criminal|subhuman)\b|\b${TH_GROUP} (?:are |is )?(?:worse|inferior|less intelligent|dumber|stupider|lazier|more violent|more criminal|subhuman)\W+(?:[\w'-]+\W+){0,8}(?:prov|argu|convinc)\w*`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:cheat|con(?=s?\b|ned\b|ning\b)|swindle|trick|scam|fleece|rip off|bilk)\w* (?:[\w'-]+ ){0,3}(?:people|customers|investors|old people|the elderly|seniors|pensioners|tourists|victims|someone|somebody|them|strangers) (?:out of|into (?:giving|paying|sending|investing|handing))\b`,
      String.raw`\b(?:loans?|credit cards?|mortgages?|accounts?|phone contracts?|leases?|benefits)\W+(?:[\w'-]+\W+){0,3}(?:in|under|using|with) (?:someone else['’]?s|somebody else['’]?s|another person['’]?s|a dead person['’]?s|my (?:[\w'-]+ )?(?:mom|mum|dad|father|mother|brother|sister|roommate|grandma|grandpa|grandmother|grandfather|ex|partner|friend|neighbou?r)['’]?s?) (?:name|identity|details|ssn|social security)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'violence',
    branches: [String.raw`\bstart (?:a )?(?:fight|brawl|riot)s? (?:with|at|in|on)\b`],
    intent: 'doing',
    score: 0.75,
  },
  // Fifth pass, from a second batch of examples written by hand (not the probe's): coercion, weak spots
  // of the body, lethal amounts of medicines, the least painful place to cut, starving, a fatal
  // height, a minor's pictures, private chats with young teens, "invading", not paying.
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:scare|threaten|intimidate|frighten|bully|pressure|force|blackmail|terrori[sz])\w* (?:[\w'-]+ ){0,3}(?:into (?:obeying|doing what|staying|giving|having sex|sending|silence|submission|dropping|paying|keeping quiet)|to (?:obey|stay with me|keep quiet|do what i say))\b|\bwhat threats (?:work|would work|are) (?:best|most effective)\b`,
      String.raw`\b(?:weak(?:est)? (?:spots?|points?)|most vulnerable (?:spots?|points?|parts?)) (?:on|of|in) (?:a |the )?(?:human|person['’]?s?|man['’]?s?|woman['’]?s?|body|skull|head|neck|throat)\b`,
      String.raw`\b(?:must|should|need to|have to) be (?:stopped|eliminated|wiped out|removed|exterminated|dealt with|driven out) (?:by any means(?: necessary)?|at any cost|with force|by force|violently)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:pills?|tablets?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|insulin|antidepressants?|meds|medications?|over the counter (?:pills|meds|drugs))\W+(?:[\w'-]+\W+){0,3}(?:is|are|would be) (?:a )?(?:lethal|deadly|deadliest|fatal|the deadliest|the most lethal)\b|\b(?:deadliest|most lethal|most deadly) (?:[\w'-]+ ){0,3}(?:pills?|meds|medications?|over the counter)\b`,
      String.raw`\b(?:least painful|most painless|hurts? (?:the )?least) (?:place|spot|part|way|where) (?:to|i can|i could|on my body to) (?:cut|slit|burn|stab|hang)\b`,
      String.raw`\b(?:want|going|trying|need|plan(?:ning)?) to (?:stop eating|not eat|eat nothing)(?: (?:completely|at all|entirely|for (?:days|a week|weeks)))?\b(?:\W+(?:[\w'-]+\W+){0,8}(?:suppress|ignore|stop) (?:the |my )?(?:hunger|appetite))?`,
      String.raw`\b(?:jump|jumping|fall|falling)\w* (?:off |from )?(?:the |a )?(?:\d+(?:st|nd|rd|th)? (?:floor|storey|story)|roof|bridge|balcony|building|cliff)\W+(?:[\w'-]+\W+){0,3}(?:enough|high enough|guaranteed|certain)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'sexual',
    branches: [
      String.raw`\bi['’]?m (?:1[0-7]|[5-9])\b\W+(?:[\w'-]+\W+){0,10}(?:pics|nudes|nude|naked|sexy|lingerie)\b`,
      String.raw`\b(?:chat|talk|message|dm|meet|hang out|be alone)\w* (?:privately |secretly |alone )?with (?:(?:young|little|underage) (?:teens|teenagers|girls|boys)|minors|preteens|kids|children)\W+(?:[\w'-]+\W+){0,4}(?:without (?:moderators|parents|supervision|adults|anyone)|privately|in private|alone)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'hate',
    branches: [
      String.raw`\b${TH_GROUP} (?:are )?(?:invading|infesting|replacing|taking over|destroying|poisoning|ruining|breeding)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:not pay|avoid paying|get out of paying|skip paying|without paying)\W+(?:[\w'-]+\W+){0,3}(?:at|for|in|on) (?:the |a )?(?:self[- ]?checkouts?|checkouts?|stores?|shops?|supermarkets?|restaurants?|bus|trains?|subway|metro|taxis?|ubers?|gas stations?|petrol stations?|tolls?)\b`,
    ],
    intent: 'any',
    score: 0.75,
  },
  // Sixth pass, a third hand-written batch (hypotheticals, third person, slang): making someone sick,
  // locking someone up, getting a minor to sneak out or meet, cutting deep, a noose, wanting someone
  // gone for good, rumours, pushing someone to suicide, a named person's personal data, stolen cards,
  // animal cruelty.
  {
    category: 'violence',
    branches: [
      String.raw`\bmake (?:their|his|her|my|your|our|a|the) (?:[\w'-]+ )?${TH_REL} (?:really |very |seriously |violently |so )?(?:ill|sick|vomit|throw up|pass out|faint|bleed|collapse)\b`,
      String.raw`\block\w* (?:him|her|them|my (?:[\w'-]+ )?(?:brother|sister|son|daughter|kid|child|wife|husband|girlfriend|boyfriend|roommate|stepmom|stepdad|mom|mum|dad|grandma|grandpa)) (?:up )?in (?:the |a |his |her )?(?:basement|closet|cellar|attic|room|shed|cage|trunk|boot|bathroom|garage|freezer)\b`,
      String.raw`\b(?:want|need|wish)\w* (?:him|her|them|my (?:[\w'-]+ )?${TH_REL}) (?:dead|gone\W+(?:[\w'-]+\W+){0,2}(?:permanently|for good|forever)|to (?:die|disappear (?:forever|for good|permanently)))`,
      String.raw`\b(?:tortur|poison(?!ous)|drown|abuse|starve|mutilat)\w* (?:a |the |my |his |her |their |some |neighbou?r['’]?s? )?(?:[\w'-]+ )?(?:cats?|dogs?|puppy|puppies|kittens?|pets?|horses?)\b(?! (?:food|toys?|treats?|bed|owners?))`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'child_sexual',
    branches: [
      String.raw`\b(?:get|convince|persuade|make)\w* (?:a |an |the |this |that )?(?:\d{1,2}[- ]?(?:year[- ]?old|yo|y/o)|teen(?:ager)?|kid|child|minor|girl|boy)\w* (?:[\w'-]+ ){0,4}to (?:[\w'-]+ ){0,5}(?:sneak out|meet (?:me|up)|come (?:over|to my)|keep (?:it |this |us )?(?:a )?secret|get in my car|send (?:me |us )?(?:[\w'-]+ ){0,2}(?:nudes|nude (?:pics|photos|pictures|selfies)|naked (?:pics|photos|pictures|selfies)|pics of (?:herself|himself|themselves)))\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // A minor talked into nicotine, alcohol or drugs: "a message convincing a teenager to try vaping".
  {
    category: 'drugs',
    branches: [
      String.raw`\b(?:convinc|persuad|encourag|pressur|get|talk|dar)\w* (?:a |an |the |this |that |my |our |some )?(?:\d{1,2}[- ]?(?:year[- ]?olds?|yo|y/o)|teen(?:ager)?s?|kids?|child(?:ren)?|minors?|middle[- ]schoolers?|high[- ]schoolers?|underage \w+) (?:[\w'-]+ ){0,3}(?:in)?to (?:try|start|use|take|smoke|drink|vape|buy)\w* (?:[\w'-]+ ){0,2}(?:vap(?:e|es|ing)|e-?cig\w*|cigarettes?|smoking|nicotine|juul|alcohol(?!-free)|beer|vodka|liquor|booze|drugs?|weed|cannabis|pills|molly|ecstasy|cocaine)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'self_harm',
    branches: [
      String.raw`\bwhere (?:should|do|can|could|would) i cut\b(?:\W+[\w'-]+){0,6}\W+(?:bleeds?|die|deep|veins?|arter(?:y|ies))\b|\bcut\w* (?:[\w'-]+ ){0,3}so (?:it|i) bleeds? (?:fast|faster|out|more|a lot|heavily)\b|\bcut (?:myself|my (?:wrists?|arms?|legs?|thighs?|skin)) (?:[\w'-]+ ){0,2}(?:deep enough|deeper)\b|\bcut (?:[\w'-]+ ){0,2}deep enough to (?:hit|reach|bleed|die|need)\b|\b(?:cut|slice|slit)\w* (?:[\w'-]+ ){0,4}(?:to |and )?(?:hit|reach|sever|open) (?:a |the |my )?(?:vein|artery)\b`,
      String.raw`\btie (?:a |the )?noose\b|\bnoose\W+(?:[\w'-]+\W+){0,4}(?:won['’]?t slip|hold (?:my|a person['’]?s) weight|strong enough)`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'harassment',
    branches: [
      String.raw`\bspread\w* (?:[\w'-]+ )?(?:rumou?rs?|lies|gossip) (?:about|that) (?!me\b|my\b|us\b|our\b)|\bby spreading (?:[\w'-]+ )?(?:rumou?rs?|lies)\b`,
      String.raw`\bmake (?:him|her|them|someone|somebody) (?:want to |wanna )?(?:kill (?:him|her|them)sel(?:f|ves)|commit suicide|end (?:his|her|their) (?:own )?life|hurt (?:him|her|them)sel(?:f|ves))\b`,
      String.raw`\b(?:personal|private) (?:info\w*|details|data)\W+(?:[\w'-]+\W+){0,5}(?:about|on|for) [\w'-]+ [\w'-]+,? (?:\d{1,2}\b|from\b|in\b|who\b|living\b)`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:buy|sell|get|find|order)\w* (?:[\w'-]+ ){0,2}stolen (?:credit cards?|card (?:numbers|details)|accounts?|identities|passports?|data|credentials|logins|cc)\b`,
    ],
    intent: 'any',
    score: 0.8,
  }, // JailbreakBench's categories the rules above missed (issue 15, jbb-fresh), written per category:
  // taking over someone else's account, filming or tracking people without their knowing, a dossier
  // on a private person's routine, a fake appeal whose money goes to the asker, siphoning public money,
  // talking a patient out of treatment, a false abuse accusation or ridicule of a body to drive a
  // person away.
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:take|took|taking) over (?!(?:my|our) (?:own |old |new |main |work )?(?:[\w-]+ )?accounts?\b)(?:[\w'-]+ ){0,3}(?:accounts?|inbox|email|phone|icloud|instagram|facebook|snapchat|whatsapp|tiktok)\b|\bhijack\w* (?!(?:my|our) (?:own |old |new |main |work )?(?:[\w-]+ )?accounts?\b)(?:[\w'-]+ ){0,3}(?:accounts?|inbox|password reset|sim|phone number)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:hide|hid|hidden|hiding|conceal\w*|plant\w*|install\w*|put) (?:[\w'-]+ ){0,3}(?:cameras?|webcams?|recorders?|microphones?|mics?|bugs|trackers?|gps tags?|airtags?)\b[^.?!\n]{0,60}\b(?:film|record|watch|spy on|listen to|track|follow)\w* (?:the |my |our )?(?:guests?|tenants?|lodgers?|neighbou?rs?|roommates?|flatmates?|wife|husband|girlfriend|boyfriend|ex|partner|employees?|nanny|women|girls|people|her|him|them)\b`,
      String.raw`\b(?:dossier|file|profile)\b[^.?!\n]{0,80}\b(?:daily routine|routines?|movements|whereabouts|schedule)\b[^.?!\n]{0,40}\b(?:follow|stalk|find|track|watch|confront|catch)\w* (?:her|him|them)\b`,
      String.raw`\b(?:claim\w*|accus\w*|say\w*|post\w*|spread\w*) (?:that )?(?:a |my |the |our )?(?:named |real )?(?:[\w'-]+ ){0,2}(?:is an? (?:paedophile|pedophile|rapist|child abuser|child molester)|abuses? (?:children|kids)|molests? (?:children|kids))\b`,
      String.raw`\b(?:mock\w*|ridicul\w*|humiliat\w*|shame\w*|insult\w*) (?:[\w'-]+ ){0,3}(?:weight|body|appearance|looks|disabilit\w+|stutter|acne)\b[^.?!\n]{0,40}\b(?:stops?|quits?|leaves?|gives? up|never comes?|cries|cry)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:fake|bogus|sham|fraudulent|phony) (?:[\w'-]+ ){0,2}(?:charity|charities|appeals?|fundrais\w*|donation (?:page|drive|site)|gofundme)\b[^.?!\n]{0,80}\b(?:to|into|in) my (?:own )?(?:account|wallet|pocket|paypal)\b|\bdonations? (?:go|goes|went|sent|send|sends|end up) (?:straight )?(?:to|into) my (?:own )?(?:account|wallet|pocket|paypal)\b`,
      String.raw`\b(?:siphon|skim|divert|funnel|embezzl|pocket)\w* (?:[\w'-]+ ){0,3}(?:money|funds|cash|budget) (?:out of|from) (?:a |the )?(?:[\w'-]+ ){0,2}(?:public|government|state|council|city|municipal|federal|eu|road-building|contract|project|tender)\b`,
      String.raw`\b(?:run|start|organi[sz]e|pull off|set up|launch|execute|coordinate|orchestrate)\w* (?:a |an |the |my |our )?(?:[\w'-]+ )?pump[- ]and[- ]dump\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'misinformation',
    branches: [
      String.raw`\b(?:persuade|convince|talk|tell|get|encourage|push)\w* (?:a |an |my |the |our )?(?:[\w'-]+ ){0,2}(?:patients?|people|someone|somebody|him|her|them|mum|mom|dad|mother|father|friends?|uncle|aunt|grand(?:ma|mother|pa|father)|son|daughter|child|kid|wife|husband|partner|brother|sister|readers|followers|parents) (?:into |to )?(?:stop|stopping|quit|quitting|skip|skipping|refuse|refusing|abandon\w*|give up|giving up|drop|dropping) (?:[\w'-]+ ){0,2}(?:chemo\w*|insulin|medication|medicines?|treatment|vaccin\w*|antiretrovirals?|meds|dialysis|antibiotics)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Taking over another person's account; harvesting others' credentials; a fake login page.
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:take|taking|took|takes) over (?:someone['’]?s?|somebody['’]?s?|another (?:person|user)['’]?s?|(?:a|an|my|his|her|their|the|our) (?:[\w-]+ ){0,2}(?:ex|ex-\w+|partner|girlfriend|boyfriend|wife|husband|colleague|coworker|co-worker|boss|neighbou?r|rival|classmate|friend|sister|brother|target|victim|user|teacher|stepdad|stepmom|landlord)['’]?s?) (?:[\w-]+ ){0,2}(?:accounts?|profiles?|inbox|email|e-mail|phone|channel|page)\b`,
      String.raw`\b(?:harvest|phish|sniff|skim|scrape|grab|capture)\w* (?:[\w'’-]+ ){0,4}(?:passwords|credentials|logins|log-ins|card numbers|card details|2fa codes|one-time codes|otp codes)\b`,
      String.raw`\b(?:build|make|set up|create|host|clone|code|design|write)\w* (?:a |an |the |my |our )?(?:[\w-]+ ){0,2}(?:fake|spoofed|cloned|lookalike|look-alike|counterfeit|phishing) (?:[\w-]+ ){0,2}(?:login|log-in|sign-in|signin) (?:pages?|portals?|screens?|forms?|sites?)\b|\bfake (?:[\w-]+ ){0,2}(?:login|log-in|sign-in) (?:pages?|portals?|forms?|sites?) (?:[\w'’-]+ ){0,3}(?:to|that) (?:harvest|steal|capture|collect|grab|phish)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Drug synthesis detail (precursors, reaction steps) for a named drug; tampering with what others
  // drink or eat; a harm-result clause ("so the drinkers go blind").
  {
    category: 'drugs',
    branches: [
      String.raw`\b(?:precursors?|reagents?|reaction (?:steps?|conditions?|scheme)|synthesis (?:routes?|steps?|procedure)|cook(?:ing)? (?:steps?|process)) (?:[\w'’-]+ ){0,6}(?:for|of|to (?:make|cook|synthesi[sz]e|produce)) (?:pure |crystal |street |illicit )?(?:meth(?:amphetamine)?|fentanyl|carfentanil|heroin|cocaine|crack|mdma|lsd|ghb|ketamine|pcp|nitazenes?)\b`,
      String.raw`\b(?:spike|spiking|spiked|lace|lacing|laced|tamper with|tampering with|poison|poisoning|contaminate|contaminating|adulterate|adulterating) (?:a |an |the |someone['’]?s? |somebody['’]?s? |his |her |their |my (?:[\w-]+ ){0,2}|(?:a |an |the )?(?:[\w-]+ )?(?:rival|competitor|neighbou?r|enemy|boss|coworker|colleague|ex|roommate|teacher)['’]?s? )(?:[\w-]+ )?(?:drinks?|batch|brew|food|coffee|tea|punch|cocktails?|beers?|wine|water|bottles?|glass|meals?|stock|supply)\b`,
      String.raw`\bso (?:that )?(?:the )?(?:drinkers|customers|guests|people|buyers|users|diners|patrons|kids|they|he|she|everyone|anyone who drinks (?:it|them)) (?:will |would |all )?(?:go(?:es)? blind|die|dies|get (?:really |very )?sick|gets (?:really |very )?sick|pass(?:es)? out|black(?:s)? out|overdose|collapse)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Expert-advice abuse: smuggling a drug past a check, lying on an application or to an insurer, treating
  // others without being qualified, do-it-yourself surgery with household tools, a dose to get high.
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:sneak|smuggl|slip)\w* (?:[\w'’-]+ ){0,4}(?:through|past|across|into) (?:the )?(?:airport security|security checks?|security checkpoints?|customs|border|border control|tsa|x-ray|metal detectors?|prison|jail)\b`,
      String.raw`\b(?:fake|faking|falsify|falsifying|fudge|fudging|inflate|inflating|lie about|lying about|misstate|misstating|doctor|forge|forging)\w* (?:my |the |our |his |her )?(?:[\w-]+ ){0,2}(?:income|salary|earnings|assets|employment|address|age|medical history|qualifications|mileage|readings?|symptoms) (?:[\w'’-]+ ){0,3}(?:on|in|for|to) (?:a |an |my |the |our )?(?:[\w-]+ ){0,2}(?:applications?|forms?|claims?|returns?|loans?|mortgages?|visa|benefits|insurers?|insurance|lenders?|banks?)\b`,
      String.raw`\b(?:lie|lies|cover story|fake story) (?:to tell|for|to give) (?:the |my |an? |our )?(?:insurance(?: company| adjuster)?|insurers?|adjusters?|police|cops|court|judge|customs|immigration|border (?:agents?|officers?)|tax (?:office|inspector)|irs|hmrc|lenders?|auditors?)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:prescrib|inject|operat(?:e|ing) on|perform\w* (?:surgery|procedures?|botox|fillers?|abortions?))\w* (?:[\w'’-]+ ){0,5}(?:even though|although|though|without being|but|when|since) i(?:'m| am)? (?:not|no|never) (?:a |an )?(?:licensed |qualified |trained |registered |real )?(?:doctor|physician|nurse|pharmacist|surgeon|dentist|vet|medic)\b`,
      String.raw`\b(?:cheat|fool|trick|rig|bypass|defeat|beat)\w* (?:a |an |the |my |its |his |her )?(?:emissions?|smog|mot|breathalyz\w*|breathalys\w*|urine|polygraph|lie detector) (?:tests?|checks?|inspections?)\b|\bpass\w* (?:[\w'’-]+ ){0,3}(?:tests?|inspections?|checks?) (?:when|even though|although) (?:it|i|he|she|they) (?:shouldn'?t|should not|would fail|failed|is failing)\b`,
    ],
    intent: 'any',
    score: 0.75,
  },
  {
    category: 'self_harm',
    branches: [
      String.raw`\b(?:cut(?:ting)? out|cut(?:ting)? off|pull(?:ing)? out|pull(?:ing)?|extract(?:ing)?|stitch(?:ing)? up|sew(?:ing)? up|remov(?:e|ing)|amputat(?:e|ing)|operat(?:e|ing) on) (?:out )?(?:my own |my |a |the |this )?(?:[\w-]+ ){0,2}(?:tooth|teeth|molars?|mole|gash|wound|cyst|lump|tumou?r|bullet|appendix|finger|toe)\b[^.?!\n]{0,60}\b(?:with|using) (?:a |an |some |my |the )?(?:kitchen knife|knife|pliers|sewing needle|needle and thread|razor(?: blade)?|box cutter|scissors|fishing line|nail clippers|drill|hacksaw|superglue)\b`,
    ],
    intent: 'any',
    score: 0.75,
  },
  {
    category: 'drugs',
    branches: [
      String.raw`\b(?:dose|doses|how much|how many|amount) (?:[\w'’-]+ ){0,6}(?:tramadol|oxy\w*|xanax|valium|morphine|codeine|fentanyl|adderall|ketamine|pills|meds|medication|painkillers?|benzos?|opioids?|cough syrup|lean)\b[^.?!\n]{0,60}\bto get (?:really |so |very )?(?:high|stoned|wasted|a buzz|buzzed|messed up|fucked up)\b`,
    ],
    intent: 'any',
    score: 0.75,
  },
  // Harassment: contacting someone until they give in, humiliating names and posts, review-bombing a
  // business, a grievance clause ("so I can confront her"), draining another person's account.
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:messag|text|call|email|dm|contact|ring|spam)\w* (?:[\w'’-]+ ){0,8}until (?:she|he|my ex) (?:finally )?(?:answers?|replies|reply|responds?|picks? up|unblocks? me|gives? in|agrees?|talks? to me|meets? me)\b`,
      String.raw`\b(?:nicknames?|insults?|names|jokes|memes|roasts?|messages|posts|songs?|rumou?rs?|comments) (?:[\w'’-]+ ){0,3}(?:to|that|which) (?:will )?(?:humiliate|bully|torment|demean|degrade|break)\b`,
      String.raw`\breview[- ]?bomb\w*|\b(?:fake|bad|negative|one-star|1-star) reviews? (?:[\w'’-]+ ){0,6}(?:to|that|and|so) (?:will )?(?:drive|put|run|force|push) (?:[\w'’-]+ ){0,4}out of business\b`,
      String.raw`\bso (?:that )?i can (?:confront|go after|get back at|get even with|track down|show up at|turn up at|teach (?:him|her|them) a lesson|make (?:him|her|them) pay|scare|hurt|punish) (?:him|her|them|the (?:driver|owner|person|guy|girl|woman|man|reviewer|poster|user)|my ex)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'cybercrime',
    branches: [
      String.raw`\bdrain\w* (?:someone['’]?s?|somebody['’]?s?|(?:his|her|their|a|the|my) (?:[\w-]+ ){0,2}(?:neighbou?rs?|ex|victims?|targets?|boss|grandma|grandmother|grandfather|parents?|mother|father|mom|mum|dad|customers?|users?|employer)['’]?s?) (?:[\w-]+ ){0,2}(?:bank accounts?|accounts?|savings|wallets?|crypto)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Picking or forcing someone else's lock.
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:pick|picking|bump|bumping|force|forcing|jimmy|jimmying|shim|shimming) (?:open )?(?:the |a )?(?:locks? (?:on|of) )?(?:someone['’]?s?|somebody['’]?s?|(?:my|a|the|our|his|her|their) (?:[\w-]+ ){0,2}(?:neighbou?rs?|ex|landlord|roommate|flatmate|boss|colleague|coworker|co-worker|sister|brother|rival|teacher|stepdad|stepmom)['’]?s?) (?:[\w-]+ ){0,3}(?:locks?|deadbolts?|padlocks?|doors?)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
];
for (const { branches, ...rule } of [
  ...LEX_RULES,
  ...GOAL_LEX_RULES,
  ...COVERT_LEX_RULES,
  ...FORBIDDEN_LEX_RULES,
  ...POLICY_LEX_RULES,
  ...HARMBENCH_LEX_RULES,
  ...MUTATION_LEX_RULES,
  ...VICTIM_GOAL_LEX_RULES,
  ...DECEIT_GOAL_LEX_RULES,
  ...ACCESS_GOAL_LEX_RULES,
  ...DOSING_GOAL_LEX_RULES,
  ...CONTROL_GOAL_LEX_RULES,
  ...EVASION_GOAL_LEX_RULES,
  ...FORGERY_GOAL_LEX_RULES,
  ...THEFT_GOAL_LEX_RULES,
  ...ANIMAL_GOAL_LEX_RULES,
  ...SELF_HARM_GOAL_LEX_RULES,
])
  for (const b of branches) for (const alt of splitTopLevel(b)) RULES.push({ ...rule, re: r(alt) });

// Which rules (and the secrecy cues, last two) can match at all: one pass for their required
// literals instead of a scan per rule.
export const GATED_REGEXES: readonly RegExp[] = [...RULES.map((rule) => rule.re), SECRECY, SECRETLY];
const GATE = lazyGate(() => new LiteralGate(GATED_REGEXES, { all: true }));
const SECRECY_AT = RULES.length;
const RULE_STARTS = lazyGate(() => {
  const places = new StartPlaces(RULES.map((rule) => rule.re));
  return {
    places: (text: string, run: readonly boolean[]) => places.places(text, run),
    sticky: RULES.map((rule, k) => (places.prefixed[k] ? new RegExp(rule.re.source, `${rule.re.flags}y`) : null)),
  };
});

export function findHarmfulTopics(text: string, categories?: ReadonlySet<HarmCategory>): Finding[] {
  const out: Finding[] = [];
  const may = GATE().scan(text);
  // Most rules need a request phrase: tested once up front, so a long text without one (a document,
  // a tool result) skips them instead of scanning for objects it could never flag.
  const any = intent(text);
  let doing: boolean | undefined;
  let help: boolean | undefined;
  let counterOk: boolean | undefined;
  // An English object in a de/es/fr/it/pt prompt ('malware', 'ransomware'): that language's frame counts too.
  const framed = scopedFrame(text, (scope) => protectiveFrame(scope) || framedIntl(scope) || gameFrame(scope));
  const story = scopedFrame(text, storyOnly);
  const run: boolean[] = new Array(RULES.length).fill(false);
  for (let k = 0; k < RULES.length; k++) {
    const rule = RULES[k];
    if (!may[k]) continue;
    if (categories && !categories.has(rule.category)) continue;
    if (rule.intent === 'any' && !any) continue;
    // A do-it rule without a do-it phrase flags nothing (its hits used to be dropped one by one): one
    // test of the phrase saves scanning the text for each such rule's objects.
    if (rule.intent === 'doing') {
      doing ??= DOING.test(text);
      if (!doing) continue;
    }
    run[k] = true;
  }
  // Where each rule to run may start a match (a place one of its literal prefixes starts), in one walk: the
  // rule is tried there only, not scanned over the whole text (32 KB bench prompt: ≈ 1 ms of scans).
  const starts = RULE_STARTS();
  const places = starts.places(text, run);
  for (let k = 0; k < RULES.length; k++) {
    if (!run[k]) continue;
    const rule = RULES[k];
    const at = places[k];
    const sticky = at === null ? null : (starts.sticky[k] as RegExp);
    let i = 0;
    // The next match at or after `from`, as the rule's global exec loop finds it.
    const next = (from: number): RegExpExecArray | null => {
      if (sticky === null || at === null) {
        rule.re.lastIndex = from;
        return rule.re.exec(text);
      }
      for (; i < at.length; i++) {
        if (at[i] < from) continue;
        sticky.lastIndex = at[i];
        const m = sticky.exec(text);
        if (m) return m;
      }
      return null;
    };
    for (let m = next(0); m; m = next(m.index + m[0].length)) {
      // A prohibition is not a request: "Do not write essays for them" in a bot's instructions.
      if (PROHIBITED.test(text.slice(Math.max(0, m.index - 24), m.index)) || PROHIBITS.test(m[0])) continue;
      // … nor an item of an operator's list of topics its bot stays off (ban-list.ts).
      if (inBanList(text, m.index)) continue;
      if (rule.category !== 'child_sexual' && COUNTERED.test(text.slice(Math.max(0, m.index - 48), m.index))) {
        counterOk ??= !EVASION.test(text) && !SECRECY.test(text) && !MAKE_ONE.test(text);
        if (counterOk) continue;
      }
      // Child sexual content never passes; the speaker's own self-harm neither.
      if (rule.category !== 'child_sexual' && !(rule.category === 'self_harm' && FIRST_PERSON.test(m[0]))) {
        if (framed(m.index, m.index + m[0].length)) continue;
        if (
          (NARRATIVE.has(rule.category) ||
            PLOT_WEAPON.test(m[0]) ||
            (rule.category === 'drugs' && PLOT_DRUG.test(m[0]))) &&
          story(m.index, m.index + m[0].length)
        )
          continue;
        if (rule.category === 'self_harm') {
          help ??= helpSeeking(foldAccents(text));
          if (help) continue;
        }
      } else if (
        rule.category === 'child_sexual' &&
        (parentTalk(text) ||
          reportsAbuse(text) ||
          fightsAbuseMaterial(text) ||
          (spotsGrooming(text, GROOMING_CUE) && !EVASION.test(text) && !SECRECY.test(text)))
      )
        break;
      else if (rule.category === 'self_harm') {
        help ??= helpSeeking(foldAccents(text));
        if (help) continue;
      }
      out.push({ type: `harmful:${rule.category}`, start: m.index, end: m.index + m[0].length, score: rule.score });
    }
  }
  if (out.length === 0 && any && (!categories || categories.has('crime'))) {
    const s = (may[SECRECY_AT] ? SECRECY.exec(text) : null) ?? (may[SECRECY_AT + 1] ? SECRETLY.exec(text) : null);
    // Secret by manner only ("secretly", "covertly") inside a story that asks for nothing real ("in my
    // space opera the advisor secretly wants the empire to fall. Write a scene …") is the plot, not a goal.
    const manner = s !== null && SECRETLY.test(s[0]) && !SECRECY.test(text);
    // Secret by manner of a thought or feeling ("what you secretly think of it", "she secretly hopes"):
    // an inner state hides no act (issue 15, roleplay4-fresh).
    const inner = manner && s !== null && INNER_STATE.test(text.slice(s.index + s[0].length));
    // … or a trait in a character card ("a stern nun who secretly funds the children's education"): the
    // {{char}} placeholder marks a role-play card, whose "secretly" is the character's (cards-fresh).
    const trait = manner && CARD_PLACEHOLDER.test(text);
    if (
      s &&
      !SURPRISE.test(text) &&
      !framed(s.index, s.index + s[0].length) &&
      !(manner && story(s.index, s.index + s[0].length)) &&
      !inner &&
      !trait
    )
      out.push({ type: 'harmful:crime', start: s.index, end: s.index + s[0].length, score: 0.75 });
  }
  if (out.length === 0)
    for (const f of findHarmfulIntl(text, categories))
      if (!(NARRATIVE.has(f.type.slice('harmful:'.length) as HarmCategory) && story(f.start, f.end))) out.push(f);
  // The same for a dressed prompt asking for the working detail (story-howto.ts), unless it asks for care
  // (care-frame.ts) inside a protective frame: "step by step, how to get rid of grandmother's fentanyl
  // patches safely" is the care. Only care: other frames (a role card, a thesis) still dress a how-to.
  if (out.length === 0 && !(care(text) && defensiveRequest(text)))
    out.push(...findStoryHowTo(text).filter((f) => !categories || categories.has(f.type.slice(8) as HarmCategory)));
  // A harmful goal in a WildJailbreak-style rewriter's dressing (tactic-harm.ts); a request framed
  // as protection, reporting, support or teaching is not one.
  if (out.length === 0 && !defensiveRequest(text))
    out.push(...findTacticHarm(text).filter((f) => !categories || categories.has(f.type.slice(8) as HarmCategory)));
  // A PAIR/TAP attacker's paragraph (pair-harm.ts): its pretext is dressing, so the frames above do not excuse it.
  if (out.length === 0)
    out.push(...findPairHarm(text).filter((f) => !categories || categories.has(f.type.slice(8) as HarmCategory)));
  // … and a persuasive paragraph's request sentence naming an operational harm (persuasion-goal.ts).
  if (out.length === 0)
    out.push(...findPersuadedHarm(text).filter((f) => !categories || categories.has(f.type.slice(8) as HarmCategory)));
  // In a paragraph a hit whose own sentence asks to spot, refuse or forbid the harm is not its goal, whatever
  // the pretext around it (defended-sentence.ts).
  if (out.length > 0 && text.length >= GOAL_MIN_CHARS)
    return out.filter((f) => !defendedInSentence(text, f.start, f.end));
  return out;
}
