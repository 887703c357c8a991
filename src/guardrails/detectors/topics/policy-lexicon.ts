// The usage-policy definitions of the forbidden-question categories, read as acts (issue 15, forbid2-fresh):
// economic harm (predatory lending and gambling that hook the vulnerable, wages withheld or below the
// minimum, prices set together, markets moved by rumours, goods mislabelled, debts hidden from investors),
// privacy (bulk personal data listed, scraped or sold, a protected trait inferred about staff or tenants,
// strangers identified by their faces, everyone's salaries or records), hate (slurs to use, a race argued
// superior, people turned against a group, coded words to dodge moderation), malware (kept from the
// antivirus, antivirus killed for a payload, a workplace's machines bricked, someone's phone infected),
// fraud (posing as an authority for money, a false non-delivery claim, billing for what never happened,
// a meter rigged), adult content (dirty talk, kinky acts described explicitly) and illegal activity
// (toxic waste dumped, wildlife or people trafficked). Each branch names the act of a category, not a
// sentence; the request phrase and harmful.ts's protective frames decide the rest. Written from the
// policy categories; tuned on forbid2-fresh's dev half only (the forbidden-question source is held out).

import type { GoalLexRule } from './goal-lexicon.ts';

/** Those a predatory product hooks or traps. */
const VULNERABLE = String.raw`(?:kids|children|minors|teens|teenagers|gamblers|problem gamblers|addicts|borrowers|the elderly|old people|seniors|pensioners|retirees|the poor|low-income (?:families|people))`;
/** What hooks them: gambling, predatory credit, paid randomness. */
const HOOK = String.raw`(?:gambling|betting|casinos?|slots?|loot ?box(?:es)?|payday|loans?|lotter(?:y|ies)|scratch ?cards?|sports ?books?|credit)`;
/** Those with less power in a deal. */
const WEAKER = String.raw`(?:suppliers|vendors|farmers|workers|employees|staff|tenants|contractors|freelancers|subcontractors|small businesses|drivers|cleaners|interns)`;
/** Groups a hateful request targets, as nouns and as adjectives before a person. */
const GROUP = String.raw`(?:jews|muslims|black people|blacks|asians|chinese people|indians|pakistanis|arabs|africans|mexicans|latinos|hispanics|immigrants|migrants|refugees|foreigners|gays|gay people|lesbians|trans people|transgender people|disabled people|roma|gypsies|sikhs|hindus|christians|catholics|atheists|women|whites|white people)`;
const GROUP_ADJ = String.raw`(?:jewish|muslim|black|asian|chinese|indian|pakistani|arab|african|mexican|latino|latina|hispanic|immigrant|migrant|refugee|foreign|gay|lesbian|trans|transgender|disabled|roma|sikh|hindu|christian|catholic|atheist)`;
/** Personal data of people. */
const PII = String.raw`(?:social security numbers|ssns|passwords|credit cards?|card numbers|home addresses|addresses|phone numbers|e-?mail addresses|emails|personal (?:data|info\w*|details)|private (?:data|info\w*|details)|medical records|health records|dates of birth|id numbers|passport numbers)`;
/** Whose data it is: other people, in bulk. */
const PEOPLES = String.raw`(?:other )?(?:people['’]?s?|customers['’]?|users['’]?|strangers['’]?|employees['’]?|patients['’]?|voters['’]?|students['’]?|members['’]?|everyone['’]?s|their)`;
/** A protected trait to be inferred about someone. */
const TRAIT = String.raw`(?:gay|lesbian|bi|bisexual|queer|trans|transgender|pregnant|muslim|jewish|religious|hiv[- ]positive|sick|disabled|autistic|mentally ill|depressed|in a union|union members|undocumented|illegal immigrants|on medication)`;
/** Malicious software. */
const MALWARE = String.raw`(?:malware|virus|viruses|trojans?|payloads?|rats?|keyloggers?|backdoors?|ransomware|implants?|stealers?|spyware|worms?|rootkits?|botnets?)`;
/** Someone else, as a device's owner. */
const SOMEONES = String.raw`(?:someone['’]?s?|somebody['’]?s?|other people['’]?s?|people['’]?s?|their|his|her|(?:my|a|the|this) (?:[\w'-]+ )?(?:ex|girlfriend|boyfriend|wife|husband|boss|coworker|colleague|friend|neighbou?r|classmate|teacher|victim|target|sister|brother)['’]?s?)`;
/** An authority or a brand impersonated for money. */
const AUTHORITY = String.raw`(?:irs|hmrc|tax office|tax authorities|police|(?:the |their |your )?bank|landlord|microsoft|apple|amazon|paypal|dhl|fedex|ups|usps|royal mail|social security|government|customs|court|utility company|power company|tech support|medicare|a charity)`;
/** Not a porn question asked to keep it away ("block porn", "quit watching porn"). */
const NOT_PORN_NEG = String.raw`(?<!\b(?:block|blocking|filter|filtering|ban|banning|quit|quitting|stop|stopping|avoid|avoiding|report|reporting|against|from|of|on|without|no) )`;
const NOT_NEG = String.raw`(?<!\b(?:no|not|nothing|without|never|non|avoid|avoiding|less) )`;

export const POLICY_LEX_RULES: GoalLexRule[] = [
  // Economic harm: products that hook or trap the vulnerable, wages withheld, prices set together,
  // markets moved by rumours or pumped, goods mislabelled, losses hidden from investors.
  {
    category: 'fraud',
    branches: [
      String.raw`\b${HOOK}\w*\b(?:\W+[\w'-]+){0,6}?\W+(?:get|gets|keep|keeps|make|makes)\w* (?:[\w'-]+ ){0,2}${VULNERABLE} (?:hooked|addicted)\b|\b(?:get|gets|keep|keeps|make|makes)\w* (?:[\w'-]+ ){0,2}${VULNERABLE} (?:hooked|addicted) (?:on|to) (?:[\w'-]+ ){0,2}(?:${HOOK}|my (?:app|game|casino|site))|\bhook (?:[\w'-]+ ){1,3}on (?:[\w'-]+ ){0,2}${HOOK}`,
      String.raw`\b(?:trap|traps|trapping|lock|locks|locking)\w* (?:[\w'-]+ ){0,3}(?:in|into) (?:a cycle of |endless |more |permanent )?(?:debt|borrowing|repayments|payments|fees|contracts?|subscriptions?)\b|\bso (?:that )?(?:people|they|customers|borrowers|users|players|tenants) (?:keep|have to keep|end up|must keep) (?:borrowing|paying|rolling (?:it |them )?over|spending|coming back)\b`,
      String.raw`\b(?:avoid|dodge|get out of|skip|stop|not have to)\w* pay(?:ing)? (?:my |our |the |their )?(?:[\w'-]+ ){0,2}(?:overtime|minimum wage|wages|salar(?:y|ies)|severance|sick pay|holiday pay|pensions?|social security|national insurance|payroll tax(?:es)?)\b|\bpay\w* (?:[\w'-]+ ){0,3}(?:under the table|off the books|cash in hand)\b|\b(?:less than|below|under) (?:the )?(?:legal )?(?:minimum wage|smic|mindestlohn|salario m[ií]nimo)\b|\bsign away (?:their|his|her|your) (?:rights?|claims?|wages|pay|overtime)\b`,
      String.raw`\b(?:all|together)\W+(?:[\w'-]+\W+){0,2}?(?:raise|hike|increase|fix|set)\w* (?:our |their |the )?(?:prices|rents|fees|rates)\b|\b(?:raise|hike|increase|fix|set)\w* (?:our |their |the )?(?:prices|rents|fees|rates) (?:together|at the same time|in lockstep|in sync)\b(?! with (?:inflation|costs?|the market))|\b(?:agree|coordinate|collude|conspire)\w* (?:with (?:[\w'-]+ ){1,4})?(?:on|to (?:raise|fix|set|keep up)) (?:our |their |the )?(?:prices|rates|rents|fees|wages|bids)\b`,
      String.raw`\b(?:squeeze|force|pressure|bully|strong-?arm|coerce)\w* (?:[\w'-]+ ){0,2}${WEAKER} into\b`,
      String.raw`\b(?:spread|start|post|plant|seed)\w* (?:a |some )?(?:fake |false |made-up |bogus )?(?:rumou?rs?|news|stories|claims|reports) (?:[\w'-]+ ){0,4}(?:bank|company|stock|shares|competitor|rival|coin|token|brand|business|firm)\b|\bspread\w* (?:some )?(?:fake|false|made-up) (?:news|rumou?rs?|stories|claims)\b`,
      String.raw`\bartificially (?:inflate|raise|push up|pump|prop up|boost|drive up)\b|\b(?:inflate|pump|push up|prop up|drive up)\w* (?:the |a |my |our )?(?:[\w'-]+ ){0,2}(?:stock|share|token|coin) prices?\b`,
      String.raw`\bmis-?(?:label|declar|report|classif|invoic)\w* (?:[\w'-]+ ){0,3}(?:shipments?|goods|imports?|exports?|products?|cargo|parcels?|packages?)\b`,
      String.raw`\bhid(?:e|ing)\w* (?:the |our |my |its |their )?(?:company['’]s )?(?:[\w'-]+ )?(?:debts?|losses|liabilities|profits|earnings) from (?:the |our |my )?(?:investors?|buyers?|auditors?|shareholders?|bank|lenders?|creditors?|regulators?)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  // Privacy: people's personal data listed, scraped or sold, a protected trait inferred, strangers
  // identified by their faces, everyone's salaries or records taken.
  {
    category: 'harassment',
    branches: [
      String.raw`(?<!\bfrom )\b(?:scrap\w*|harvest\w*) (?:(?!my\b|our\b)[\w'-]+ ){0,3}(?:personal|private) (?:data|info\w*|details)\b|\b(?:sell|selling|resell)\w* ${PEOPLES} (?:personal |private )?(?:data|info\w*|details|emails?|phone numbers|addresses)\b|\b(?:personal|private) (?:data|info\w*|details)\b(?:\W+[\w'-]+){0,6}\W+(?:so (?:i|we) can sell|to sell|and sell)\b`,
      String.raw`\b(?:find out|figure out|work out|tell|guess|detect|identify|know|determine|check)\w* (?:which|who|whether|if) (?:of )?(?:my |our |the |his |her |their )?(?:[\w'-]+ ){0,2}(?:employees|staff|workers|tenants|applicants|candidates|students|coworkers|colleagues|neighbou?rs|users|customers|members|team|patients|classmates) (?:is|are) (?:secretly )?${TRAIT}\b`,
      String.raw`\b(?:everyone|all (?:my |the |our )?(?:coworkers|colleagues|employees|staff|workers|tenants|students|patients))['’]?s? (?:[\w'-]+ ){0,2}(?:salar(?:y|ies)|pay|wages|medical|records|files|passwords|emails|messages|browsing history|home addresses)\b|\b(?:salar(?:y|ies)|pay|medical|personnel) (?:details|info\w*|data|slips?|records|files) of (?:everyone|all|my coworkers|other (?:people|employees|staff))\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  // Hate: slurs and insults to use, a race argued superior, people turned against a group or a member
  // of it, coded words to get hate past moderation.
  {
    category: 'hate',
    branches: [
      String.raw`\b(?:race|races|people|ethnicit(?:y|ies)|religion|blood)\b(?:\W+[\w'-]+){0,2}?\W+(?:is|are) (?:genetically |naturally |biologically |inherently )?(?:superior|inferior)\b`,
      String.raw`\b(?:get|make|turn|convince|persuade)\w* (?:[\w'-]+ ){0,3}(?:to )?(?:hate|despise|turn on|turn against|gang up on|shun|ostraci[sz]e) (?:the |a |an |that |this |all |every |those )?(?:new )?${GROUP_ADJ}\b|\b(?:stir|whip|fuel|incite|drum|fan|stoke)\w* (?:up )?(?:hatred|hate|anger|resentment|outrage) (?:against|toward|towards|of|at) (?:the )?(?:${GROUP}|${GROUP_ADJ} [\w'-]+)`,
      String.raw`\b(?:coded|code) (?:words?|language|terms|phrases|names)\b(?:\W+[\w'-]+){0,3}?\W+(?:we|i) (?:can|could) use\b|\bdog ?whistles? (?:we|i) (?:can|could) use\b|\bhat(?:e|ing) ${GROUP}\b(?:\W+[\w'-]+){0,4}?\W+without (?:getting |being )?(?:banned|flagged|reported|caught|suspended)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Malware: kept from the antivirus, the antivirus killed for a payload, a workplace's machines
  // bricked, someone's device infected.
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:disabl|kill|turn\w* off|bypass|switch\w* off)\w* (?:the |windows |their |any |all )?(?:antivirus|anti-virus|av|defender|edr|firewall)\b(?:\W+[\w'-]+){0,6}?\W+(?:payload|silently|quietly|without (?:the user|them|anyone|him|her) (?:noticing|knowing))`,
      String.raw`\b(?:brick|wipe|crash|encrypt|destroy|take down|knock out)\w* (?:all )?(?:the |their |his |her |every )?(?:computers|machines|laptops|pcs|servers|phones|devices|systems|network)\b(?:\W+[\w'-]+){0,3}?\W+(?:at|of|in) (?:my (?:old |former |ex[- ])?(?:job|work|company|employer|school|office)|someone|my ex)\b`,
      String.raw`\binfect\w* (?:[\w'-]+ ){0,1}${SOMEONES} (?:phones?|computers?|pcs?|laptops?|devices?|machines?|networks?|servers?|websites?)\b|\binfect\w* (?:the |a )?(?:phones?|computers?|pcs?|laptops?|devices?) of (?:someone|somebody|my|his|her|other|people)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Fraud: posing as an authority or a brand for money, a false non-delivery claim, billing for what
  // never happened, a utility meter rigged.
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:as|pretending to be|posing as|impersonating|pose as|pretend to be|acting as|disguised as) (?:the |a |an |their |your )?${AUTHORITY}\b(?:\W+[\w'-]+){0,8}?\W+(?:gift cards?|deposits?|money|payments?|pins?|passwords?|card (?:details|numbers)|bank details|fees?|fines?|wire|bitcoin|crypto)\b`,
      String.raw`\b(?:received|got|already have)\b(?:\W+[\w'-]+){0,8}?\W+(?:by )?(?:claim|say|pretend|lie|tell)\w* (?:that )?(?:it|they|the (?:package|parcel|order|item|delivery)|my (?:package|parcel|order)) (?:never (?:arrived|came|showed up)|didn['’]t (?:arrive|come)|was (?:lost|stolen|never delivered))\b|\b(?:claim|say|pretend|lie|tell)\w* (?:\w+ )?(?:that )?(?:it|they|the (?:package|parcel|order|item|delivery)|my (?:package|parcel|order)) (?:never (?:arrived|came|showed up)|didn['’]t (?:arrive|come)|was (?:lost|stolen|never delivered))\W+(?:[\w'-]+\W+){0,2}?(?:when|though|but|after) (?:i|we) (?:already |actually )?(?:got|received|have|had)\b`,
      String.raw`\b(?:bill|charge|invoice|claim)\w* (?:[\w'-]+ ){0,4}(?:for )?(?:treatments?|services?|work|hours|visits|procedures|sessions|appointments) (?:that )?(?:never|weren['’]t|were not|didn['’]t|did not) (?:happen\w*|took place|take place|done|performed|provided|given|delivered)\b`,
      String.raw`\b(?:tamper\w* with|rig|rigging|rewind|bypass|fiddle with|hack|trick|mess with)\w* (?:[\w'-]+ ){0,2}(?:electricity |electric |power |gas |water |utility |smart )?meters?\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Adult content: erotic chat asked for, kinky acts described explicitly.
  {
    category: 'sexual',
    branches: [
      String.raw`\bdirty talk\w*\b`,
      String.raw`\b(?:kinky|sexy|naughty|erotic|horny|nsfw)\b(?:\W+[\w'-]+){0,10}?\W+${NOT_NEG}(?:explicit(?:ly)?|graphic(?:ally)?|uncensored)\b`,
    ],
    intent: 'any',
    score: 0.7,
  },
  // Illegal activity: toxic waste dumped, wildlife or people trafficked.
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:dump|pour|bury|burn|flush|tip)\w* (?:[\w'-]+ ){0,3}(?:toxic|hazardous|chemical|medical|industrial|nuclear|radioactive) (?:waste|sludge|chemicals|runoff)\b(?:\W+[\w'-]+){0,6}?\W+(?:without|illegally|in(?:to)? (?:the )?(?:river|lake|sea|woods|forest|field|drain|sewer|ground))`,
      String.raw`\btraffic(?:k)?\w* (?:[\w'-]+ ){0,2}(?:birds|parrots|animals|wildlife|ivory|rhino horns?|turtles|reptiles|monkeys|tigers|organs|women|girls|children|kids|people|migrants|humans|guns|weapons|firearms)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  // Asked with any request phrase ("can I get a list of …"), or none: the asker's own malware kept from the antivirus.
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:use|using|run|build|make)\w* (?:a |an |some |the )?(?:face|facial) (?:recognition|search|matching)\b(?:\W+[\w'-]+){0,5}?\W+(?:identify|find|track|look up|name|unmask)\w* (?:[\w'-]+ ){0,2}(?:strangers?|people|someone|women|girls|protesters|passers-?by|anyone)\b|\bidentify (?:[\w'-]+ ){0,2}(?:strangers?|random people|passers-?by|women|girls|people) (?:i|we) (?:photograph|film|see|meet|snap|pass|spot)\b`,
      String.raw`\b(?:lists?|database|dumps?|spreadsheet|leaks?|batch) of ${PEOPLES} (?:[\w'-]+ ){0,2}${PII}\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:keep|stop|hide)\w* (?:my|our) (?:[\w'-]+ )?${MALWARE} from (?:being |getting )?(?:caught|detected|flagged|found|spotted|seen)\b|\bmy (?:[\w'-]+ )?${MALWARE}\b(?:\W+[\w'-]+){0,3}?\W+(?:from )?(?:being |getting )?(?:caught|detected|flagged|spotted|quarantined|removed) by\b`,
    ],
    intent: 'none',
    score: 0.85,
  },
  // A request by its very shape, no request phrase needed: slurs to use, dirty talk or sexting asked for.
  {
    category: 'hate',
    branches: [
      String.raw`\b(?:slurs?|insults?|derogatory (?:names|terms|words)|offensive (?:names|terms|words|nicknames)|racist (?:names|terms|words|nicknames))\b(?:\W+[\w'-]+){0,3}?\W+(?:can|could|should|do|would) (?:i|we) (?:use|call|throw|say|yell|shout)\b|\b(?:best|worst|most offensive|harshest|nastiest|heaviest|meanest|most hurtful|strongest|cruellest|cruelest) (?:[\w'-]+ )?(?:slurs?|insults?) (?:for|against|about|to (?:call|use (?:on|against)))\b`,
    ],
    intent: 'none',
    score: 0.8,
  },
  {
    category: 'sexual',
    branches: [
      String.raw`\b(?:talk|speak|text|whisper)\w* (?:really |very |super |so )?dirty (?:to|with) (?:me|us)\b|\bsext(?:ing)? (?:with )?(?:me|you)\b`,
    ],
    intent: 'none',
    score: 0.7,
  },
  // Second round, from the policy categories' own wording (probes of my own, not from any set): pornography
  // sought, MLM recruiting, gambling and borrowing pushed, eligibility denied by a protected trait or an
  // address, someone's browsing or movements watched, a trait or an anonymous author unmasked, a person made
  // to feel worthless, exams or taxes cheated on, plagiarism, sham cures sold.
  {
    category: 'sexual',
    branches: [
      String.raw`\b(?:recommend|suggest|where (?:can|do|could|should) (?:i|one|we)|best|good|free|top|favou?rite|popular|hottest|sexiest|find|watch|download|stream)\b(?:\W+[\w'-]+){0,4}?\W+${NOT_PORN_NEG}(?:porn(?!ography (?:addiction|laws?))\w*|hentai|xxx|adult (?:sites?|websites?|videos?|cam\w*|movies|films|chat\w*|webcam\w*)|cam ?sites?|camgirls?|sex ?cams?|(?:webcam|cam) (?:models|girls|shows)|nude (?:sites?|videos?|pics|photos))\b(?! (?:addiction|habit|use|filters?|blockers?|ban))`,
    ],
    intent: 'any',
    score: 0.7,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:mlm|multi-?level marketing|network marketing|pyramid)\b(?:\W+[\w'-]+){0,6}?\W+(?:recruit\w*|downline)\b|\b(?:recruit|sign up|convince|get|persuade)\w* (?:[\w'-]+ ){0,4}(?:into|to join|to invest in|to buy into) (?:my |our |the |an? )?(?:mlm|downline|pyramid|network marketing)\b`,
      String.raw`\b(?:get|make|push|encourage|convince|nudge)\w* (?:[\w'-]+ ){0,2}(?:people|users|players|customers|gamblers|punters|them|borrowers) (?:to )?(?:bet|gamble|wager|deposit|borrow) (?:more|again|bigger|everything|their)\b`,
      String.raw`\bcheat\w* on (?:my |the |an |a |his |her |our )?(?:[\w'-]+ )?(?:taxes|tax return|exams?|tests?|finals|midterms|quiz(?:zes)?|essays?|homework|assignments?|coursework|insurance|expense reports?)\b|(?<!\b(?:avoid|not|never|stop|accidentally|unintentionally|of) )\bplagiari[sz]e (?:a |an |the |someone|somebody|this |that |his |her |their |other )`,
      String.raw`\b(?:sell|market|advertis|promot)\w* (?:[\w'-]+ ){0,3}(?:vitamins?|supplements?|pills|remed(?:y|ies)|cures?|teas?|oils?|drops|powders?|potions?|tinctures?)\b(?:\W+[\w'-]+){0,4}?\W+(?:cures?|treats?|heals?|reverses?) (?:cancer|diabetes|hiv|aids|covid|autism|alzheimer['’]?s|dementia|tumou?rs?|leukemia|ms)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  {
    category: 'hate',
    branches: [
      String.raw`(?<!\b(?:not|never|avoid|without|stop|from) )\b(?:reject|deny|denies|denying|screen out|filter out|exclude|turn down|refuse)\w* (?:[\w'-]+ ){0,3}(?:applicants|candidates|tenants|borrowers|people|customers|students|patients|renters|buyers|members) (?:[\w'-]+ ){0,3}(?:who are|from|based on|because of|over|with|by) (?:[\w'-]+ ){0,3}(?:age|race|religion|gender|postcodes?|zip ?codes?|neighbou?rhoods?|ethnicity|disabilit\w*|pregnan\w*|over \d+|certain (?:neighbou?rhoods|areas|countries|names)|accents?|foreign names|skin colou?r)\b`,
      String.raw`\b(?:make|made)\w* (?!me\b|us\b|myself\b)(?:[\w'-]+ ){1,3}(?:feel|look) (?:so |really |completely )?(?:worthless|stupid|small|ugly|fat|useless|unwanted|unloved|like (?:a |an )?(?:failure|loser|idiot|nothing|garbage|trash))\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:track|monitor|follow|locate|spy on|watch)\w* (?:[\w'-]+ ){0,2}(?:employee|worker|staff|tenant|neighbou?r|ex|wife|husband|girlfriend|boyfriend|partner|coworker|colleague|roommate|student|boss)['’]?s? (?:[\w'-]+ )?(?:location|whereabouts|movements|browsing|messages|calls|searches)\b`,
      String.raw`\b(?:see|find out|monitor|check|spy on|log|track)\w* (?:what|which) (?:sites|websites|pages|apps|videos) (?:they|he|she|my (?:[\w'-]+ )?(?:neighbou?rs?|roommates?|flatmates?|wife|husband|partner|girlfriend|boyfriend|coworkers?|employees?|guests?|tenants?)) (?:visits?|browses?|uses?|looks? at|watch(?:es)?)\b`,
      String.raw`\b(?:find out|figure out|work out|guess|determine|infer|learn|uncover)\w* (?:[\w'-]+ ){0,2}(?:someone['’]?s|somebody['’]?s|a person['’]?s|people['’]?s|strangers['’]?|(?:my|his|her|their|a|the) [\w'-]+['’]s) (?:religion|sexual(?:ity| orientation)|ethnicity|political (?:views|affiliation)|health (?:conditions?|status)|hiv status|immigration status)\b|\b(?:real name|identity|person|who(?:['’]s| is)) behind (?:a|an|this|that|the) (?!(?:scam|scammer|scammers|phishing|fake|spam|bot|impostor)\b)(?:[\w'-]+ ){0,2}(?:account|username|profile|handle|blog|page|channel)\b(?! (?:that|which|who) (?:scammed|took|stole|hacked|threatened|harass\w*|impersonat\w*))`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  // The usage policy's high-risk economic activities themselves: gambling to win, lending at payday rates,
  // growing a multi-level marketing downline.
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:win|beat|winning|beating)\w* (?:at |on |the )?(?:[\w'-]+ ){0,2}(?:roulette|blackjack|slots?|slot machines?|poker|baccarat|craps|casinos?|bookies|bookmakers?|sports ?betting|betting|bets|lotter(?:y|ies)|scratch ?cards?|the house|online gambling|gambling)\b|\b(?:online )?casinos?\b(?:\W+[\w'-]+){0,4}?\W+(?:best|better|highest) (?:odds|payouts?|bonus(?:es)?)\b`,
      String.raw`\b(?:start|open|run|set up|launch)\w* (?:my |our |a |an )?(?:own )?(?:payday (?:lending|loans?)|loan[- ]shark(?:ing)?|title loans?|high-interest (?:lending|loans?)) (?:business|company|shop|operation|site|app)\b|\b(?:grow|build|expand|scale)\w* (?:my |our |the )?(?:mlm|multi-?level marketing|network marketing|pyramid)\b`,
    ],
    intent: 'any',
    score: 0.7,
  },
];
