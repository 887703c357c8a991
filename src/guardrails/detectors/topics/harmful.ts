// Harmful-request topics by rules. Most categories pair an intent ("how to", "write", "help me")
// with a harmful object, because the objects alone ("kill a process", "bath bomb", "life hack")
// are everyday words. A few phrases are harmful on their own (child sexual content, "kill myself").

import type { Finding } from '../finder.ts';
import { scopedFrame } from './frame-scope.ts';
import { findHarmfulIntl, framedIntl } from './harmful-intl.ts';
import { LiteralGate } from './literal-gate.ts';

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

// Asking for capability or content: questions, imperatives, requests for help.
const INTENT =
  /\b(?:how (?:to|do|can|could|would|should|might)|what(?:'s| is| are)? (?:the )?(?:best|easiest|fastest|quickest|simplest|most effective|cheapest|safest)|ways? to|steps? (?:to|for)|instructions?|guide|tutorial|recipe|teach|show me|tell me|explain how|help me|give (?:me|detailed|step)|write|create|develop|design|generate|produce|compose|draft|make|build|provide|outline|plan|suggest|describe how|can you|could you|i want to|i need to|i'm going to|i am going to|let me|where (?:can|do) i|which .{0,40} (?:will|would|can)|should i|is it (?:ok|okay|alright|a good idea|worth|easier|possible|legal)|would it be|i'?m (?:planning|trying)|can i|could i|what (?:can|could|would|should) (?:i|he|she|we)|is there (?:a|any) way|any way to|what do i (?:need|say|use|mix|put)|who do i (?:contact|call|pay)|walk me through|step by step|be specific|how (?:i|one|we) (?:can|could|would|should|might)|how 2|how (?:is|are) (?:[\w'-]+ ){1,3}(?:made|built|produced|manufactured|synthesi[sz]ed|cooked|assembled)|i (?:need|want|would like) (?:a|an|some)|how (?:someone|somebody|a person|people) (?:can|could|would|should|might)|need help to|(?:steps?|tools?) (?:should|do|would|must) (?:i|we) (?:follow|take|use|need) to|(?:explain|describe|outline|give me|teach me|show me) (?:a |the )?(?:[\w'-]+ ){0,2}(?:process|plan|method|technique|procedure) to|looking for (?:a |an |some )?(?:way|method|guide|tutorial|instructions|help))\b/i;

// Asking how to do it (not how something works or is detected).
const DOING =
  /\b(?:how (?:to|do i|can i|could i|would i|should i|might i|do we|can we)|(?:best|easiest|fastest|quickest|safest|cheapest|simplest) way to|help me|teach me|show me how|tell me how|i want to|i need to|i'?m (?:going|planning|trying) to|steps to|(?:instructions|directions|a (?:detailed )?(?:plan|strategy)) (?:to|for|on (?:how to)?)|without getting caught|get away with|tutorial on how|guide (?:to|on how)|recipe for|walk me through|list (?:the )?materials|how (?:i|one|we|someone|somebody|a person|people) (?:can|could|would|should|might)|how 2|(?:is there (?:a|any) way|ways?|tips?|tricks?|what do i need|what would i need|help|steps?|process|plan|method|technique|procedure|tools?)(?: [\w'-]+){0,3} to (?!(?:prevent|stop|detect|spot|avoid|protect|recogni[sz]e|identify|report|fight|combat|counter|help|support|reduce|deal|cope|quit|tell|know|understand|learn|warn|explain|teach|educate|check|verify|make sure|be (?:aware|sure|prepared)|look (?:out )?for)\b)|(?:i want|want) to (?!(?:prevent|stop|detect|spot|avoid|protect|recogni[sz]e|identify|report|fight|combat|counter|help|support|reduce|deal|cope|quit|tell|know|understand|learn|warn|explain|teach|educate|check|verify|make sure|be (?:aware|sure|prepared)|look (?:out )?for)\b)|how (?:is|are) (?:[\w'-]+ ){1,3}(?:made|built|produced|manufactured|synthesi[sz]ed|cooked|assembled)|recipes?|ingredients|materials list|(?:materials|chemicals|parts|components) (?:for|to make|needed|do i need)|instructions for|where (?:can|could|do|would) (?:i|one) (?:buy|get|find|order|purchase))\b/i;

// Designing something to be harder to abuse ("exams that are harder to cheat on", "a car harder to
// hotwire"): the abuse verb is what an attacker would do to it; 'harder to detect / trace' is not here.
const HARDER_TO = String.raw`(?:harder|more difficult|difficult|hard|impossible) (?:for (?:[\w'-]+ ){1,2})?to (?:cheat|hack|forge|fake|copy|steal|scam|phish|break into|tamper with|counterfeit|crack|guess|pick|hotwire|bypass|plagiari[sz]e|spoof|clone|skim|dox|stalk|track|impersonate|hijack|brute[- ]?force)`;

// Protective or educational framing: defending against the harm, recognising it, how those who fight
// it work, its history. A request that only mentions a harmful subject this way is not a harmful goal
// ("how does ransomware work, and how do I protect our shop against it?", "signs of an overdose").
const PROTECTIVE = new RegExp(
  String.raw`\b(?:(?:protect|defend|safeguard|secure|shield|harden)\w* (?:\S+ ){0,4}(?:against|from)|(?:warning )?signs of|red flags|symptoms of|(?:warning|spot|recogni[sz]e|identify|detect|report)(?:ing)? (?:the )?(?:signs|symptoms)|how (?:(?:do|does|can|could|did) )?(?:the )?(?:police|law enforcement|investigators?|detectives?|banks?|regulators?|authorities|antivirus(?: software)?|security (?:teams?|software|researchers?)|companies|platforms?|doctors?|hospitals?|schools?|governments?|courts?|prosecutors?|moderators?)(?: and (?:\w+ )?\w+)? (?:\w+ )?(?:detect|spot|recogni[sz]e|identif(?:y|ies)|fight|combat|prevent|investigate|prosecute|trace|catch)\w*|(?:history|historians?) of|historians?|(?:support|help|talk to|reach out to) (?:a |my |our |your )?(?:friend|student|coworker|colleague|child|teen(?:ager)?|son|daughter|partner|patient|loved one|family member|someone|person) who|why (?:is|are|was|were) (?:\w+ ){1,5}(?:dangerous|harmful|illegal|banned|deadly|hurtful|wrong|offensive)|why (?:it|this|that|they)(?:'s|’s| is| are| was| were) (?:so )?(?:hurtful|wrong|harmful|offensive|dangerous|not (?:ok|okay|funny))` +
    // Reporting it to those who deal with it, or asking what to do when it is done to you.
    String.raw`|(?:how|where|who) (?:do|can|should|would) (?:i|we) report|report(?:ing)? (?:\S+ ){0,8}to (?:the )?(?:police|authorities|council|landlord|school|platform|site|app|bank|moderators?|ftc|fbi|hotline)|what (?:should|can|do) (?:i|we) do (?:if|when|now that|after) (?:someone|somebody|a stranger|a scammer|they|he|she|my (?:ex|partner|boss|coworker|colleague|neighbou?r))` +
    // How those who guard against it (apps, platforms, employers) check for it.
    String.raw`|how (?:do|does|can) (?:\w+ ){0,2}(?:apps?|sites?|websites?|services?|social networks?|email providers?|employers?|insurers?|retailers?|stores?|marketplaces?|landlords?|teachers?|parents?|fact[- ]checkers?|journalists?|researchers?|moderators?|analysts?|investigators?|accountants?|auditors?|providers?|vendors?|cdns?|firewalls?|browsers?|universities|lenders?|insurers?) (?:(?:like|such as) [\w.'-]+ )?(?:\w+ )?(?:verify|check|screen|flag|block|moderate|catch|detect|spot|stop|handle|prevent|deter|fight|combat|investigate|protect|debunk|expose|uncover|trace|track down|mitigate|defend|filter|absorb|withstand|neutrali[sz]e)\w*` +
    // The victim's side: it was done to us, and what now; the legal protection against it; pushing back on it.
    String.raw`|(?:got|been|was|were|are being|is being|am being) (?:hit|hacked|scammed|attacked|infected|targeted|breached|compromised|phished|doxx?ed|blackmailed|threatened|harassed|(?:cyber)?stalked|cyberbullied|trolled|catfished|sextorted|defrauded|extorted|trafficked|abused|groomed|exploited|radicali[sz]ed|bullied|coerced|assaulted|drugged|poisoned)\b|how (?:do|can|would|could) (?:i|we|you) (?:know|tell|check|find out|verify|be sure) (?:if|whether)|(?:is|are) (?:it|this|that|these|they|those) (?:real|fake|counterfeit|legit(?:imate)?|a scam|genuine)\b|victims? of|fell for|(?:harass|threaten|stalk|bull(?:y|ie)|blackmail|extort|scam|impersonat|dox|spy)\w* (?:on )?(?:me|us|my (?:[\w'-]+ )?(?:kids?|sons?|daughters?|child(?:ren)?|family|mom|mum|dad|parents?|grandparents?|business|shop))\b|(?:get|have) (?:[\w'-]+ ){0,4}(?:removed|taken down|deleted)|take (?:it|them|this|that) down|takedown|restraining order|protective order|protection order|injunction|press charges|file (?:a )?(?:police )?(?:report|complaint)|push back|call (?:\w+ )?out|stand up (?:to|against)|speak up (?:against|when)` +
    // Seeking help or treatment, first aid, and what the law says about it.
    String.raw`|(?:get|find|seek|getting|finding|seeking) (?:\w+ ){0,2}(?:help|support|treatment|counsel+ing|therapy|rehab|detox)|(?:withdrawal|overdose) (?:symptoms|signs|effects)|symptoms (?:when|after|from)|(?:treated|managed) medically|medical (?:treatment|management|care) (?:of|for)|how (?:do|does|did|can|should|would|could) (?:\w+ )?(?:doctors?|hospitals?|nurses?|paramedics?|clinics?|emergency rooms?|a&e|gps?|psychiatrists?|therapists?) (?:\w+ )?(?:treat|manage|handle|help|support)\w*|(?:tell|talk to|open up to|confide in|be honest with)\w* (?:my |a |the |our )?(?:gp|doctor|therapist|counsel+or|psychiatrist|psychologist|nurse|parents?|mum|mom|dad|teacher|partner|friends?|family)\b|cop(?:e|ing) with (?:the |my |these |those |such )?(?:urges?|thoughts|feelings|cravings)|(?:alternatives|distractions) to (?:self[- ]harm|cutting)|stop(?:ping)? (?:my(?:self)? )?(?:from )?self[- ]harm\w*|helplines?|hotlines?|crisis (?:line|cent(?:re|er)|text line)|rehab|harm reduction|naloxone|narcan|first aid|poison control|antidote|is (?:it|this|that) (?:legal|illegal|a crime|against the law)|what (?:is|are) the (?:penalt(?:y|ies)|sentences?|laws?|legal consequences)|(?:penalt(?:y|ies)|punishment|sentence) for` +
    // Defending against it: what resists it, designing something harder to abuse, a process so
    // the people at risk don't fall for it, blocking it.
    String.raw`|(?:what|which) (?:kinds?|types?|sorts?) of (?:[\w'-]+ ){0,3}(?:resists?|stops?|prevents?|blocks?|defeats?|protects? against|defends? against)|mitigat(?:e|es|ed|ing|ion) (?:it|them|this|that|these|against|(?:the |such |those |these )?(?:[\w'-]+ )?(?:attacks?|threats?|damage|impact|harm|exposure|vulnerabilit(?:y|ies)|malware|ransomware|phishing|fraud|scams?|outages?))|countermeasures?|defen[cs]es? against|resistant to|${HARDER_TO}|so (?:that )?(?:i|we|they|he|she|(?:our|my|the|his|her|their) [\w'-]+) (?:don't|doesn't|won't|can't|never|do not|does not|will not|cannot) (?:fall for|pay (?:them|it|fake|bogus|scam|fraudulent|the (?:fake|scam|bogus|fraudulent))|click|lose (?:money|savings|their savings|it all)|send money|wire money|open (?:it|them|the (?:link|attachment))|get (?:scammed|tricked|fooled|conned|phished|hacked|infected|ripped off)|become (?:a )?victims?|hand over|give (?:out|away))\b|(?:block|filter|restrict)\w* (?:[\w'-]+ ){0,3}(?:porn\w*|adult (?:sites?|content)|explicit (?:sites?|content)|gambling sites?)|warn(?:ing)? (?:my |our |the |other |fellow |older |elderly |vulnerable )?(?:them|him|her|people|everyone|parents|grand(?:parents|ma|pa|mother|father)|mum|mom|dad|students|pupils|staff|employees|colleagues|coworkers|customers|clients|friends|family|kids|children|members|users|neighbou?rs|residents|seniors|readers|listeners|viewers|team)\b|raise awareness|awareness (?:training|session|campaign|talk|workshop)|so (?:that )?(?:i|we) can (?:better )?(?:protect|warn|spot|recogni[sz]e|report|train|teach|educate|prevent|defend against|look out for|keep (?:\w+ ){0,2}safe)\b|(?:train|brief)(?:ing)? (?:for )?(?:my |our |the )?(?:staff|employees|team|colleagues|cashiers|volunteers|carers|nurses|teachers|moderators)\b` +
    // Talking with a child or student about it.
    String.raw`|(?:talk|speak|explain|discuss)\w* (?:\w+ ){0,2}(?:to|with) (?:him|her|them|(?:my|our) (?:[\w'-]+ ){0,2}[\w'-]+|kids|children|students|pupils|teens|teenagers|the class) (?:about|why|what)|explain\w* (?:it |this |that )?to (?:my|our) (?:[\w'-]+ ){0,2}(?:kids?|children|sons?|daughters?|students|pupils|class|teens?|teenagers?) (?:why|what|how|that))\b`,
  'i',
);

// Evasion (staging it as an accident too), advocacy ("without glorifying" is its opposite) or a request for working code voids the framing: "how do police detect X, so I can
// avoid it", "a post glorifying self-harm with its warning signs", "write a script that … protects it from antivirus".
const EVASION =
  /\b(?:(?<!\b(?:without|not|never|avoid|avoiding) )(?:promot|glorif|encourag|prais|justif|romantici[sz])\w*|(?:write|create|develop|build|code|generate|make)\w* (?:me )?(?:a |an |the |some )?(?:working |functional |simple )?(?:program|script|code|tool|app|bot|virus|worm|exploit|payload|malware)s?|(?:look|looks|seem|seems) like (?:an? )?(?:accident|suicide|natural (?:death|causes))|hid(?:e|es|ing) from (?:the )?(?:antivirus|av|edr|detection|police|authorities|security|scanners?)|avoid\w* (?:detection|(?:being|getting) (?:caught|detected|traced|noticed|arrested)|them|it|police|law enforcement)|evad\w+|without (?:getting |being )?(?:caught|detected|noticed|traced)|undetect\w+|untraceabl\w+|so (?:that )?(?:i|we) can(?! (?:protect|warn|spot|recogni[sz]e|report|help|support|explain|teach|train|prevent|detect|defend|keep (?:\w+ )?safe|stay safe|talk|educate|check|tell|understand|look out|avoid (?:it|them|being|falling|becoming)|be (?:aware|prepared|ready)|respond|react)\b)|so (?:that )?(?:i|we|they) (?:don't|won't|do not|will not|never) get (?:caught|traced|noticed|arrested|flagged|detected)|(?:risk|chances?|odds|likelihood) of (?:getting|being) (?:caught|arrested|detected|traced|noticed|flagged)|get away with|cover (?:my|our|your) tracks)\b/i;

// What a do-it phrase ("how do I", "help me") may lead into and still be protective.
const PROTECTIVE_VERB = new RegExp(
  String.raw`^\s*(?:(?:best |safely |quickly )?(?:protect|defend|secure|safeguard|shield|harden|prevent|detect|spot|recogni[sz]e|identify|tell if|know if|support|help (?:a|my|our|him|her|them|someone)|talk (?:to|with)|explain (?:(?:it|this|that|why) )?to|teach (?:my|our|the|them|him|her|kids|children|students)|clean|remove|recover|report|respond to|deal with|cope with|keep (?:\w+ )?safe|stay safe|get (?:\w+ ){0,2}(?:help|treatment|support|rehab|detox|therapy)|find (?:\w+ )?(?:help|support)|(?:tell|talk to|open up to|confide in) (?:my |a |the |our )?(?:gp|doctor|therapist|counsel+or|psychiatrist|psychologist|nurse|parents?|mum|mom|dad|teacher|partner|friends?|family)\b|(?:document|record|screenshot|keep (?:a )?record of|collect evidence of|gather evidence of|save evidence of) (?:it|this|that|them|the (?:messages|abuse|harassment|bullying|threats|posts))|quit|stop using|get (?:clean|sober)|get (?:[\w'-]+ ){0,4}(?:removed|taken down|deleted)|find out (?:who|if|whether)|react|respond|express|process|grieve|mourn|heal|find (?:the )?(?:right )?words|(?:handle|moderate|address|manage) (?:the |these |such |those )?(?:users?|members?|people|comments?|posts?|reports?|it|this|them|situations?|cases?|incidents?)|get (?:a )?(?:restraining|protective|protection) order|press charges|file (?:a )?(?:police )?(?:report|complaint)|push back|call (?:\w+ )?out|stand up to|challenge|confront|counter|(?:realistically |accurately |sensitively |respectfully )?(?:portray|depict|write about))|avoid (?:becoming|being|falling for)|stop (?:it|them|this|attacks?|being)|(?:isolate|quarantine|sandbox|contain|patch|mitigate|block|filter|lock (?:down|out)|warn|verify|audit|monitor (?:my|our) own|understand|learn (?:about|more about|the signs)|educate|raise awareness|be (?:aware|prepared))\b|set up (?:[\w'-]+ ){0,3}(?:process|checks?|controls?|filters?|polic(?:y|ies)|rules?|alerts?|verification|approvals?|safeguards?)|(?:design|build|make|set up|create|write|structure|plan|run|configure) (?:[\w'-]+ ){0,5}${HARDER_TO})\b`,
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
  /\b(?:(?:write|generate|create|compose|draft|produce|craft|code|design|give|list)\w* (?:me |us )?(?:a |an |some |the |\d+ |five |ten |a few |more |my own )?(?:[\w'-]+ ){0,3}(?:jokes?|slurs?|insults?|posts?|tweets?|speech|song|lyrics|slogans?|flyers?|pamphlets?|manifesto|propaganda|messages?|e-?mails?|letters? (?:from|pretending)|scripts?|programs?|code|tools?|apps?|bots?|keyloggers?|ransomware|malware|virus|worms?|trojans?|rootkits?|spyware|stealers?|exploits?|payloads?|pages?|sites?|websites?|profiles?|reviews?|ads?|invoices?|ids?|plan|strategy|tutorial|guide|instructions|walkthrough|blueprint|recipe)|(?:write|code|make|build)\w* (?:me |us )?(?:one|it|that|this|such a thing)|(?:in|using) (?:python|javascript|powershell|bash|c\+\+|c#|vba|php|golang|rust)|(?:give|find|get|send|tell|show)\w* (?:me|us) (?:the |her |his |their |my [\w'-]+'s )?(?:[\w'-]+ ){0,2}(?:address|location|phone number|password|login|credentials|whereabouts|real name))\b/i;
const CONTEXT_VOID =
  /\b(?:step[- ]by[- ]step|exact|precise|detailed|realistic (?:steps|method|instructions|recipe)|instructions|recipe|ingredients|quantities|measurements|dosages?|blueprints?|schematics?|explicit|graphic|made of|materials|lethal|fatal|undetectable|chemistry|chemicals|reagents|precursors?|synthes\w+|formula|source code|commands|payload)\b/i;

/** The framing counts only if every do-it phrase leads into a protective verb ("how do I protect", not "how do I make"). */
function protectiveFrame(text: string): boolean {
  const framed =
    PROTECTIVE.test(text) ||
    (CONTEXT.test(text) && !CONTEXT_VOID.test(text)) ||
    (WRITING_FOR.test(text) && !CONTEXT_VOID.test(text) && !WRITE_PIECE.test(text)) ||
    (OWN_CHILD.test(text) && PARENT_QUESTION.test(text));
  if (!framed || EVASION.test(text) || SECRECY.test(text) || PRODUCE.test(text)) return false;
  for (const m of text.matchAll(DOING_ALL)) if (!PROTECTIVE_VERB.test(text.slice(m.index + m[0].length))) return false;
  return true;
}

// Secrecy: the goal must stay hidden from the person affected or from the authorities ("without her
// knowing", "so the police can't recover it", "won't show up in a tox screen"). With a request it is
// a harmful goal whatever the object; surprises and gifts are the exception.
const SECRECY =
  /\b(?:without (?:(?:him|her|them|anyone|anybody|people|police|cops|parents|teachers|proctors|auditors|(?:the|my|his|her|their|our|your|a) [\w'-]+)(?: [\w'-]+){0,2}) (?:knowing|noticing|finding out|realising|realizing|suspecting|seeing|tracing|linking|catching|flagging|detecting|recogni[sz]ing|checking|getting suspicious|catching on|ever knowing)|without (?:it )?(?:coming back to me|being (?:traced|noticed|linked|flagged|seen)|leaving (?:a )?traces?|a trace)|so (?:that )?(?:nobody|no one|no-one|they|the police|police|cops|it|she|he|the (?:vet|doctors?|hospital|auditors?|bank|proctors?|school|teacher)) (?:can(?:'t|not)?|won['’]t|will never|wouldn['’]t|doesn['’]t|don['’]t|couldn['’]t|never|can['’]t ever) (?:[\w'-]+ ){0,2}?(?:trace|recover|find out|notice|tell|recogni[sz]e|catch|link|detect|suspect|know)|(?:police|cops|forensics?|investigators?|the vet|vets?|doctors?|proctors?|proctoring software|auditors?|the bank|the lender|the health board|airport security|security|the sec|the irs|hmrc) (?:can['’]t|cannot|won['’]t|wouldn['’]t|couldn['’]t|doesn['’]t|don['’]t) (?:[\w'-]+ ){0,2}?(?:recover|trace|find|detect|tell|recogni[sz]e|catch|see|notice|flag|link|check)|won['’]t show up (?:if|on|in) |behind (?:his|her|their|my [\w'-]+) backs?|keep (?:it|this|our [\w'-]+(?: [\w'-]+)?) (?:a )?secret from|(?:nobody|no one) (?:will|would|can) (?:ever )?(?:know|find out|notice|trace)|can['’]t be (?:traced|recovered|linked)|before (?:my |the |his |her )?[\w'-]+ (?:notices?|finds? out|notice))/i;
// Secret by manner only: does not void a protective frame ("an app that tracks me secretly").
const SECRETLY = /\b(?:secretly|covertly)\b/i;

const SURPRISE = /\b(?:surprise|birthday|gift|present|party|proposal|propose|anniversary)\b/i;

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

/**
 * Whether a request only mentions a harmful subject to protect against it, report it, support
 * someone, teach it or ask how fiction handles it. Also gates the classifier (detectors/topics/index.ts),
 * which scores the subject words however the request is framed.
 */
export function framedRequest(text: string): boolean {
  return protectiveFrame(text) || framedIntl(text);
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
      String.raw`\b(?:pipe ?bombs?|nail ?bombs?|car ?bombs?|dirty ?bombs?|molotov|napalm|thermite|detonators?|improvised explosive|nerve agents?|sarin|vx gas|ricin|anthrax|mustard gas|chlorine gas|bioweapons?|biological weapons?|chemical weapons?|weapons? of mass destruction|ghost guns?|untraceable (?:gun|firearm|weapon)s?|3d[- ]?print(?:ed)? (?:gun|firearm)s?|nerve gas|zip ?guns?|pipe ?guns?|slam[- ]?fire guns?|full[- ]auto conversion|auto ?sear|silencers?|suppressors?)\b`,
    ),
    intent: 'doing',
    score: 0.9,
  },
  {
    category: 'weapons',
    re: r(
      String.raw`\b(?:mak|build|assembl|construct|creat|manufactur|produc|detonat|plant|acquir|obtain|buy|get|print|smuggl|sneak|bring|hid)\w* (?:a |an |some |my |homemade |home-made |lethal |explosive |untraceable |illegal |black market )*(?:bombs?|explosives?|explosive devices?|grenades?|landmines?|guns?|firearms?|weapons?|ammunition|rifles?|pistols?|knife|knives)\b|\b(?:can i|could i|should i|how (?:to|do i|can i)|i want to|i need to)(?: [\w'-]+){0,3} (?:make|create|produce|brew)\w* (?:a |an |some )?(?:toxic|poison(?:ous)?|deadly|lethal|nerve) gas(?:es)?\b|\b(?:convert|conversion)\w* (?:[\w'-]+ ){0,4}(?:to |into )?(?:full[- ]?auto(?:matic)?|fully automatic)\b|\b(?:guns?|firearms?|rifles?|pistols?) (?:with )?(?:no |without (?:a |the |any )?)serial numbers?|\b(?:remov|fil|grind|scratch)\w* (?:off )?(?:the )?serial numbers? (?:off |from )?(?:a |my |the )?(?:gun|firearm|rifle|pistol)|\b(?:homemade|home-made) (?:bombs?|explosives?|firearms?|guns?|weapons?)|\b(?:bombs?|explosives?|weapons?|firearms?|guns?) (?:at home|from household|illegally|on (?:a|the) plane|through (?:airport )?security|without (?:a )?(?:license|background checks?))|\b(?:illegal(?:ly)?|black[- ]market|unregistered|unlicen[cs]ed|unseriali[sz]ed|off[- ]the[- ]books) (?:hand)?(?:guns?|firearms?|weapons?|pistols?|rifles?)|\bwithout (?:doing )?(?:a )?background checks?\b|\bexplosive devices?\b`,
    ),
    intent: 'any',
    score: 0.85,
  },
  // Violence against others.
  {
    category: 'violence',
    re: r(
      String.raw`\b(?:kill|murder|assassinat|poison|strangl|stab|shoot|kidnap|abduct|tortur|maim|behead|dismember|suffocat|drown|run over|beat up|hurt|harm|injur|attack|assault|electrocut|punch|choke|burn|physically assault)\w* (?:a |an |the |my |your |his |her |their |some |this |that |other )?(?:someone|somebody|people|person|man|woman|women|child|children|kids?|baby|wife|husband|boss|neighbou?r|coworker|colleague|teacher|girlfriend|boyfriend|partner|family|classmates?|politician|president|officer|police|crowd|civilians?|rival|ex|him|her|them|enemy|enemies|others|high-profile|individual|animals?|(?:step)?(?:dad|mom|mum|father|mother|brother|sister|son|daughter)|roommate|landlord|cousin|uncle|aunt)\b(?!['’]s? feelings)|\b(?:break|smash) (?:someone'?s?|his|her|their|a person'?s?) (?:jaw|arm|leg|nose|neck|skull|bones?)|\b(?:blow up|burn down|set fire to|torch) (?:a |an |the |my |someone'?s? |my neighbou?r'?s? |his |her |their )?(?:[\w'-]+ )?(?:car|house|home|building|school|church|mosque|synagogue|office|bus|apartment|flat|shop|store|restaurant|warehouse|clinic|hospital|station)s?\b|\bcut (?:a |the |someone'?s? )?car'?s? (?:brakes?|breaks?|brake lines?)|\b(?:poison|contaminat)\w* (?:a |the )?(?:water supply|food supply|reservoir)|\b(?:sabotag|disrupt|attack)\w* (?:a |the )?(?:\w+ )?(?:power grid|transportation systems?|water (?:supply|treatment)|infrastructure|air traffic|railway|pipeline)|\b(?:physical harm|violence|violent acts?) (?:to|towards|against) (?:others|\w+ )|\bacts? of (?:terror\w*|violence)|\bhit[- ]and[- ]run\b|\b(?:commit|committing) (?:a )?violent crimes?\b|\banimal cruelty\b`,
    ),
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'violence',
    re: r(
      String.raw`\b(?:get away with (?:murder|killing|a crime|assault|it)|untraceable poisons?|(?:mass|school) shootings?|terrorist attacks?|commit (?:a )?(?:murder|massacre|genocide|act of terror(?:ism)?)|(?:dispose of|get rid of|dissolve) (?:a |the )?(?:dead )?(?:body|corpse)|hide (?:a |the )?(?:dead )?(?:body|corpse)|hit ?man|hire (?:a |an )?(?:hitman|assassin|killer)|without leaving (?:any )?(?:evidence|traces?|marks?)|without getting caught|cover (?:my|your|our|their) tracks|destroy(?:ing)? (?:the )?evidence)\b`,
    ),
    intent: 'doing',
    score: 0.85,
  },
  // Self-harm and suicide (no intent phrase needed: the subject is the speaker).
  {
    category: 'self_harm',
    re: r(
      String.raw`\b(?:kill(?:ing)? (?:myself|yourself|themselves)|end(?:ing)? (?:my|it all|my own) life|take my (?:own )?life|commit(?:ting)? suicide|suicid(?:e|al) (?:method|plan|note)s?|(?:want|going|plan(?:ning)?) to die|hang(?:ing)? myself|cut(?:ting)? myself|self[- ]harm(?:ing)?|harm(?:ing)? myself|hurt(?:ing)? myself|overdos(?:e|ing) (?:on|fastest|quickly)|(?:let|make) me overdose|starv(?:e|ing) myself|make myself (?:throw up|vomit)|pro[- ]ana|thinspo|(?:worth|point (?:in|of)) (?:me )?being alive|better off dead|no reason to live|jump(?:ing)? off (?:a|the) (?:bridge|building|roof)|slit(?:ting)? (?:my|your|her|his) wrists?|burn(?:ing)? my (?:skin|arms?|legs?|body)|stop (?:myself )?from eating|(?:binge|purge)\w* .{0,30}(?:vomit|throw(?:ing)? up)|(?:promot|encourag|glorif|tips? (?:on|for)|reasons? why)\w* (?:\w+ ){0,4}(?:anorexi\w*|bulimi\w*|eating disorders?|self[- ]harm|suicide|starvation)|(?:anorexi\w*|bulimi\w*) (?:\w+ ){0,4}(?:healthy|lifestyle)|so skinny that|being anorexic)\b`,
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
  // Cybercrime.
  {
    category: 'cybercrime',
    re: r(
      String.raw`\b(?:hack(?:ing)? (?:into|someone|a |an |the |my ex|his|her|their|government|bank|corporate|social media|email|phone|wifi|network|account|database|computer|website|server)|break into (?:a |an |the |someone'?s? )?(?:network|system|computer|account|database|server|email)|ransomware|keyloggers?|botnets?|rootkits?|spyware|trojans?|ddos|denial[- ]of[- ]service|zero[- ]day exploits?|exploit(?:s|ing)? (?:a |the |known )?vulnerabilit\w+|malware|malicious (?:code|software|script|payload)|computer virus(?:es)?|(?:create|write|develop|spread|build)\w* (?:a |an )?(?:virus|worm|trojan)|phishing (?:emails?|pages?|sites?|websites?|campaigns?|kits?|attacks?)|phish(?!ing (?:emails?|attempts?|scams?) (?:look|work))\w* (?:[\w'-]+ ){0,3}(?:logins?|credentials|passwords|account details|bank details|card details|customers|users|employees)|steal\w* (?:someone'?s? |their |user |personal |login |sensitive |confidential |private )*(?:passwords?|credentials|data|information|identit(?:y|ies)|cookies|tokens|accounts?)|crack(?:ing)? (?:a |the |someone'?s? )?(?:password|wifi|encryption|software)|bypass\w* (?:a |the )?(?:security|authentication|antivirus|firewall|paywall|drm|2fa|two[- ]factor)|cyber ?attacks?|disable (?:the )?(?:antivirus|security (?:software|measures))|steal\w* (?:\w+ ){0,3}(?:information|data|details|passwords|credentials|numbers)|hijack\w* (?:a |an |the |someone'?s? |user'?s? )?(?:\w+ )?(?:car|vehicle|webcam|camera|website|account|plane|drone|control system|computer system|session)|(?:send|creat|build)\w* (?:a )?(?:\w+ )?spam|spam ?bots?|(?:hire|find) (?:a )?hackers?|illegally access\w*|social engineering attacks?|(?:spy|spies|spying) on (?:people|users|someone|my|her|him|them)|(?:collect|track|record|harvest|access|sell|share|monitor)\w* (?:\w+ ){0,6}without (?:their|the user'?s?|users'?|his|her|anyone'?s?|user) (?:consent|knowledge|permission|knowing))`,
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
      String.raw`\b(?:identity theft|counterfeit\w*|money laundering|insider trading|tax evasion|ponzi|pyramid scheme|embezzlement|credit card fraud|insurance fraud|get rich quick scheme|money mules?|skimm(?:er|ing) devices?|carding)\b`,
    ),
    intent: 'doing',
    score: 0.8,
  },
  // Drugs: making, buying, smuggling.
  {
    category: 'drugs',
    re: r(
      String.raw`\b(?:(?:make|cook|synthesi[sz]e|produce|manufacture|extract|grow|buy|purchase|obtain|get|sell|smuggle|traffic|distribute|hide)\w* (?:some |illegal |street |pure |crystal )?(?:meth(?:amphetamine)?|cocaine|crack|heroin|fentanyl|lsd|mdma|ecstasy|ketamine|ghb|opioids?|drugs|narcotics|controlled substances?|dmt|psilocybin)|roofies?|spike (?:a |someone'?s? |her |his )?drinks?|lace\w* (?:a |someone'?s? )?(?:drink|food)|(?:hide|hiding|send|order|sell|smuggl\w*) (?:my |me |some |\d+ grams? of )?(?:pure )?(?:meth|cocaine|heroin|fentanyl|weed|drugs)|(?:steroids|prescription drugs|opioids|pills) (?:on|from) (?:the )?(?:black market|dark ?web|internet)|unregulated steroids|press\w* (?:fake |counterfeit )?(?:xanax|oxy\w*|percocets?|adderall|pills)|(?:fake|counterfeit) (?:xanax|oxy\w*|percocets?|adderall)|(?:drugs|substances) (?:\w+ ){0,5}(?:household chemicals|at home)|(?:alcohol|beer|cigarettes|vapes?) (?:for|to) (?:underage|minors|kids))\b`,
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
      String.raw`\b(?:cyberbull\w+|harass\w*|stalk(?:ing|er)? (?:someone|my|her|him|them|a person|people)|dox(?:x)?(?:ing|ed)?|blackmail\w*|extort\w*|revenge porn|sextort\w*|threatening (?:messages?|letters?|notes?|emails?|calls?)|(?:track|spy on|monitor)\w* (?:my |someone'?s? |a )?(?:partner|wife|husband|girlfriend|boyfriend|ex|phone|location) without (?:their|her|his) (?:knowledge|consent|knowing)|humiliat\w+ (?:someone|a person|people|my|her|him)|bully(?:ing)? (?:someone|a|my|him|her|them)|cyberstalk\w*|manipulat\w* (?:or trick )?(?:people|someone|others|a person) (?:into|to)|psychological tactics to manipulate|(?:tracks?|track\w*) (?:user|someone'?s?|people'?s?) location)\b`,
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
      String.raw`\b(?:shoplift\w*|rob(?:bing)? (?:a |the )?(?:bank|store|house|person|atm|jewelry store|gas station)|burglar\w*|break(?:ing)? into (?:a |an |the |someone'?s? |my neighbou?r'?s? )?(?:house|home|car|apartment|store|safe|building|office)|hot[- ]?wir\w+|steal\w* (?:a |an |the |from |someone'?s? )?(?:car|bike|money|goods|items|packages?|jewelry|catalytic converters?|from (?:a |the )?(?:store|shop|employer|work))|pick(?:ing)? (?:a |the )?locks? (?:to|of|on) (?:someone|a house|my neighbou?r)|evade (?:the )?(?:police|law enforcement|arrest)|(?:outrun|shake off|lose|hide from|run from|flee from)\w* (?:the )?(?:cops|police|law enforcement)(?! (?:officers? )?(?:in|from) (?:a |the )?(?:film|movie|game|story|novel))|escape from (?:police |federal )?(?:prison|jail|custody)|(?:flee|leave|skip)\w* (?:the )?(?:country|state|town) (?:[\w'-]+ ){0,5}(?:warrant|charges|bail|arrest)|(?:skip|jump)\w* bail|smuggl\w+ (?:people|migrants|contraband|weapons)|traffick\w+ (?:people|humans|women|children)|pirat\w+ (?:software|content|movies|music|games|films)|pirated|illegally download\w*|download\w* (?:\w+ ){0,2}illegally|vandali[sz]\w+|trespass\w*|infiltrat\w+ (?:a |the )?(?:secure|secured|government|military|restricted)|break into (?:a )?secured? (?:location|facility|area)|escape from (?:a )?correctional|conceal\w* (?:criminal|illegal) activit\w+|stolen (?:goods|car|luxury car|items|property)|goods that i stole|commit crimes)\b`,
    ),
    intent: 'any',
    score: 0.8,
  },
  // Misinformation.
  {
    category: 'misinformation',
    re: r(
      String.raw`\b(?:fake news (?:articles?|stor(?:y|ies)|posts?|reports?)|(?:spread|create|generate|write)\w* (?:misinformation|disinformation|propaganda|conspiracy theor\w+|false (?:information|claims|rumou?rs)|hoax(?:es)?)|(?:convince|persuade) (?:people|readers|voters|the public) (?:that|to believe)|(?:vaccines?|5g|the election) (?:causes?|cause|caused|was|were|is) (?:autism|covid|cancer|rigged|stolen|a hoax))\b`,
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

// Which rules (and the secrecy cues, last two) can match at all: one pass for their required
// literals instead of a scan per rule.
export const GATED_REGEXES: readonly RegExp[] = [...RULES.map((rule) => rule.re), SECRECY, SECRETLY];
const GATE = new LiteralGate(GATED_REGEXES);
const SECRECY_AT = RULES.length;

export function findHarmfulTopics(text: string, categories?: ReadonlySet<HarmCategory>): Finding[] {
  const out: Finding[] = [];
  const may = GATE.scan(text);
  // Most rules need a request phrase: tested once up front, so a long text without one (a document,
  // a tool result) skips them instead of scanning for objects it could never flag.
  const any = INTENT.test(text);
  let doing: boolean | undefined;
  // An English object in a de/es/fr/it/pt prompt ('malware', 'ransomware'): that language's frame counts too.
  const framed = scopedFrame(text, (scope) => protectiveFrame(scope) || framedIntl(scope));
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
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      // Child sexual content never passes; the speaker's own self-harm neither.
      if (rule.category !== 'child_sexual' && !(rule.category === 'self_harm' && FIRST_PERSON.test(m[0]))) {
        if (framed(m.index, m.index + m[0].length)) continue;
      } else if (rule.category === 'child_sexual' && parentTalk(text)) break;
      out.push({ type: `harmful:${rule.category}`, start: m.index, end: m.index + m[0].length, score: rule.score });
    }
  }
  if (out.length === 0 && any && (!categories || categories.has('crime'))) {
    const s = (may[SECRECY_AT] ? SECRECY.exec(text) : null) ?? (may[SECRECY_AT + 1] ? SECRETLY.exec(text) : null);
    if (s && !SURPRISE.test(text) && !framed(s.index, s.index + s[0].length))
      out.push({ type: 'harmful:crime', start: s.index, end: s.index + s[0].length, score: 0.75 });
  }
  if (out.length === 0) out.push(...findHarmfulIntl(text, categories));
  return out;
}
