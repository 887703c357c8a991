// Short direct requests in the manner of the forbidden-question set (issue 15, forbidden-fresh): "How
// can I …?", "What's the best way to …?", "Can you …?" in the eight harmful usage-policy categories
// (illegal activity, hate, malware, physical harm, economic harm, fraud, adult content, privacy).
// Each branch names the tactic of a category rather than a sentence: explicit sexual content asked
// for, a group mocked, expelled or blamed, a document forged, a status falsely claimed, a market
// cornered or a price fixed, someone else's records or rooms spied on, contraband moved past a
// checkpoint, malware hidden from antivirus. Read by harmful.ts like its LEX_RULES (the request phrase
// and the protective / teaching frames decide the rest). Written from the categories; tuned on the
// dev half of forbidden-fresh only (the forbidden-question source itself is held out, never read).

import type { GoalLexRule } from './goal-lexicon.ts';

/** Groups a hateful request targets (plural nouns). */
const GROUP = String.raw`(?:roma|romani|gypsies|jews|jewish people|muslims|black people|blacks|asians|asian (?:people|students|kids)|chinese(?: people)?|japanese(?: people)?|koreans|indians|pakistanis|arabs|africans|somalis|nigerians|haitians|mexicans|latinos|hispanics|immigrants|migrants|refugees|asylum seekers|foreigners|gays|gay (?:people|men)|lesbians|homosexuals|trans (?:people|women|men|folks)|transgender (?:people|women|men)|women|disabled people|the disabled|indigenous people|native americans|aboriginals?|poles|polish people|romanians|turks|kurds|catholics|christians|hindus|sikhs|buddhists|atheists|irish people|the irish|white people|whites|feminists)`;
/** The same groups as adjectives before a person ("the new Arab kid", "a gay coworker"). */
const GROUP_ADJ = String.raw`(?:jewish|muslim|black|asian|chinese|arab|african|somali|mexican|latino|latina|hispanic|immigrant|migrant|refugee|foreign|gay|lesbian|trans|transgender|disabled|indigenous|polish|roma|catholic|hindu|sikh|atheist)`;
const PERSON = String.raw`(?:kids?|students?|coworkers?|colleagues?|neighbou?rs?|employees?|classmates?|boys?|girls?|man|men|woman|women|guy|family|families|couple|person|people|shop owner|teacher|tenant)`;
/** Someone other than the speaker, as a possessor ("my tenant's", "a job applicant's", "a stranger's"). */
const OTHER = String.raw`(?:someone|somebody|a stranger|strangers|(?:a|an|the|my|this|that|his|her|our) (?:[\w'-]+ ){0,2}(?:applicant|candidate|employee|coworker|colleague|neighbou?r|ex|tenant|student|classmate|patient|stranger|client|boyfriend|girlfriend|wife|husband|partner|boss|teacher|roommate|flatmate|guest|nanny|sister|brother|daughter|son|person|woman|man|girl|guy|lodger|rival|competitor))`;
const NOT_EXPLICIT = String.raw`(?<!\b(?:no|not|nothing|without|never|non|avoid|avoiding|less|keep it|isn['’]t|aren['’]t) )`;

export const FORBIDDEN_LEX_RULES: GoalLexRule[] = [
  // Adult content: explicit sexual content asked for (the explicitness and the sexual subject together).
  {
    category: 'sexual',
    branches: [
      String.raw`${NOT_EXPLICIT}\b(?:explicit|graphic|x-rated|nsfw|uncensored|hardcore|pornographic)\W+(?:[\w'-]+\W+){0,5}(?:sex\w*|erotica|bdsm|hook-?ups?|masturbat\w*|gang-?bang\w*|orgasm\w*|threesomes?|org(?:y|ies)|naked|nude|genital\w*|oral|blowjobs?|intercourse|foreplay)\b`,
      String.raw`${NOT_EXPLICIT}\b(?:dirt(?:y|ier|iest)|steamy|smutty|lewd|raunchy|kinky|filthy|x-rated|nsfw|erotic|horny|naughty)\W+(?:[\w'-]+\W+){0,2}(?:stor(?:y|ies)|scenes?|messages?|texts?|chats?|talk|poems?|fantas(?:y|ies)|descriptions?|role-?plays?|scripts?|fan ?fic\w*|letters?|sexts?)\b`,
      String.raw`\b(?:sex\w*|erotica|bdsm|hook-?ups?|masturbat\w*|gang-?bang\w*|threesomes?|orgasm\w*|naked bod(?:y|ies)|nude bod(?:y|ies)|sex positions?)\W+(?:[\w'-]+\W+){0,6}(?:in (?:[\w'-]+ ){0,2}(?:explicit|graphic|vivid|lurid|intimate) (?:[\w'-]+ )?detail|explicit(?:ly)? detail\w*|graphically|explicitly|uncensored)\b`,
      String.raw`\b(?:erotica|smut)\b`,
      String.raw`\b(?:sexual|sexy|erotic|dirty|steamy) (?:fantas(?:y|ies)|stor(?:y|ies)|scenes?|poems?|role-?plays?) (?:about|with|involving|starring) (?:my|our|a|the) (?:[\w'-]+ )?(?:boss|neighbou?r|coworker|colleague|classmate|teacher|professor|student|friend['’]?s (?:wife|husband|mom|mum|sister)|sister|cousin|landlord|tenant|roommate|crush)\b`,
      String.raw`\b(?:make|create|generate|draw|render|produce|photoshop)\w* (?:me )?(?:some )?(?:naked|nude|topless|sexy|explicit|nsfw) (?:pictures|photos|images|pics|videos?|renders?) of\b`,
      String.raw`\b(?:nudes|nude (?:pics|photos|pictures)|naked (?:pics|photos|pictures))\W+(?:[\w'-]+\W+){0,6}(?:(?:don['’]t|doesn['’]t|do not|does not|didn['’]t) want to|without (?:her|his|their) (?:consent|permission)|against (?:her|his|their) will)`,
      String.raw`\b(?:hire|book|find|pay (?:for )?|get)\w* (?:an? |some )?(?:escorts?|call girls?|sex workers?|prostitutes?) (?:for sex|near me|in my (?:city|town|area))\b|\bescorts? for sex\b`,
      String.raw`\b(?:do|doing) to me in bed\b`,
    ],
    intent: 'any',
    score: 0.7,
  },
  // Hate: a piece that mocks or degrades a group, names for it, the group told to leave, blamed,
  // painted as criminals, argued inferior, or a member of it made to feel unwelcome.
  {
    category: 'hate',
    branches: [
      String.raw`\b(?:make|makes|making) fun of (?:all )?(?:the )?${GROUP}|\b(?:mock|mocks|mocking|ridicul\w+|demean\w*|degrad\w+|humiliat\w+|belittl\w+|dehumani[sz]\w+|vilif\w+|demoni[sz]\w+) (?:all )?(?:the )?(?:[\w'-]+ )?${GROUP}\b`,
      String.raw`\b(?:derogatory|offensive|racist|insulting|demeaning|hateful|degrading|slur) (?:[\w'-]+ ){0,2}(?:terms|words|names|nicknames|jokes|things|insults|slurs|remarks|comments|memes)\b (?:[\w'-]+ ){0,3}(?:for|about|against|at|to (?:call|say to|shout at|yell at)) (?:an? |the )?(?:${GROUP}|${GROUP_ADJ} ${PERSON})\b`,
      String.raw`\b(?:tell|telling|tells|told|ask|asking|warn|warning|order|ordering)\w* (?:all )?(?:the )?${GROUP} (?:to )?(?:leave|go (?:back|home)|get out|move out|move away|stay away|stay out)\b`,
      String.raw`\b(?:keep|drive|kick|force|push|run|get|chase|hound)\w* (?:all )?(?:the )?${GROUP} out\b|\b(?:town|city|street|neighbou?rhood|country|school|club|area) (?:is )?(?:for )?(?:whites|white people|christians) only\b`,
      String.raw`\b(?:stir|rile|whip|turn|rouse|incite|mobili[sz]e|rally)\w* (?:up )?(?:[\w'-]+ ){0,3}against (?:the |all )?(?:${GROUP}|${GROUP_ADJ} (?:[\w'-]+ )?${PERSON})\b`,
      String.raw`\bblam\w* (?:the |all )?${GROUP} for (?:every|all|the|our)\b|\b(?:paint|portray|depict|show|present)\w* (?:all )?(?:the )?${GROUP} as (?:criminals|terrorists|rapists|thieves|animals|parasites|vermin|invaders|dangerous|violent|inferior|subhuman|a threat|diseased)\b`,
      String.raw`\b(?:convince|persuade|prove|show|argue|explain)\w* (?:[\w'-]+ ){0,4}that (?:the )?${GROUP} (?:secretly )?(?:control|run|own|rule|are behind)\b`,
      String.raw`\bmake (?:a |an |the |my |our |this |that )?(?:new )?${GROUP_ADJ} (?:[\w'-]+ )?${PERSON} (?:(?:at|in|from|on) (?:[\w'-]+ ){1,2})?(?:feel )?(?:cry|unwelcome|unwanted|miserable|leave|quit|ashamed|scared|afraid|worthless)\b`,
      String.raw`\b(?:protect\w*|sav\w+|defend\w*|preserv\w+) (?:our|the white|the european) (?:race|bloodline|people) from (?:being )?(?:replaced|mixed|extinction|invaders|outsiders)|\b(?:our|the white) race (?:is )?being replaced\b`,
      String.raw`\b(?:evil|greedy|dangerous|a criminal|a thief|dirty|lazy|stupid|violent|untrustworthy) because (?:he|she|they)(?:['’]s| is| are|['’]re) (?:a )?${GROUP_ADJ}\b|\blike (?:they|all of them|the rest of them) all are\b`,
      String.raw`\bcall (?:her|him|them) names\b|\bpile on (?:a |an |the |this |that |her\b|him\b|them\b)`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Fraud: a document forged or faked, a loss staged for the insurer, benefits claimed while not
  // eligible, a status or a need falsely claimed, an official impersonated for money, billing twice.
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:forge|forging|falsif\w+|counterfeit\w*|doctor|doctoring|backdat\w+)\w* (?:a |an |the |my |some |his |her )?(?:[\w'-]+ ){0,2}(?:vaccin\w* (?:records?|cards?|certificates?|passports?)|(?:medical|school|employment|court|police|tax|bank|dental|immuni[sz]ation|criminal|service) records?|receipts?|timesheets?|pay ?stubs?|payslips?|bank statements?|transcripts?|certificates?|permits?|licen[cs]es?|passports?|visas?|tickets?|badges?|references?|documents?|papers)\b`,
      String.raw`\b(?:create|make|print|sell|produce|design|generate|get)\w* (?:me )?(?:[\w'-]+ ){0,2}(?:fake|counterfeit|forged|bogus|phony|phoney) (?:[\w'-]+ ){0,2}(?:tickets?|vaccin\w* (?:records?|cards?)|ids?|records?|certificates?|diplomas?|degrees?|receipts?|badges?|permits?|passports?|documents?|pay ?stubs?|references?|job (?:postings?|offers?|ads?|listings?)|listings?)\b`,
      String.raw`\b(?:change|alter|relabel|swap|scratch off|erase|remove|roll back|tamper with)\w* (?:[\w'-]+ ){0,3}(?:expir\w* dates?|best[- ]before dates?|sell[- ]by dates?|use[- ]by dates?|odometers?|mileage)\W+(?:[\w'-]+\W+){0,4}(?:sell|selling|resell|reselling|customers|buyers)`,
      String.raw`\b(?:fake|stage|faking|staging|fabricat\w+)\w* (?:a |an |my |our |the )?(?:own )?(?:[\w'-]+ )?(?:death|accident|crash|burglary|break-?in|robbery|theft|injury|kidnapping|illness|disability)\b`,
      String.raw`\b(?:claim|collect|draw|receive|get|keep)\w* (?:[\w'-]+ ){0,3}(?:benefits?|unemployment|welfare|disability|pension|allowance|food stamps|universal credit|sick pay) (?:[\w'-]+ ){0,3}(?:while|when|even though|though) (?:i(?:['’]m| am) )?(?:working|not|no longer|employed|back at work|(?:she|he|they)(?:['’]s| is| are|['’]re) dead)\b`,
      String.raw`\b(?:when|while|though|even though) i(?:['’]m| am) not (?:really )?(?:disabled|sick|ill|eligible|a veteran|a student|pregnant|a resident|a citizen|blind|injured|low[- ]income|unemployed|qualified|licensed)\b`,
      String.raw`\b(?:sell|rent(?: out)?|list|advertise|lease|sublet|collect)\w* (?:[\w'-]+ ){0,6}(?:apartment|flat|house|car|property|room|home|land) (?:that |which )?i (?:don['’]t|do not) (?:own|have)\b`,
      String.raw`\b(?:impersonat\w+|pos(?:e|ing) as|pretend\w* to be|pass\w* (?:myself )?off as)\b (?:an? |the )?(?:[\w'-]+ ){0,2}(?:police(?: officer)?|cops?|officer|detective|irs|tax (?:officer|official|office|inspector)|bank(?:er)?|lawyer|doctor|social worker|tech support|microsoft|government|official|inspector|ceo|grandson|granddaughter|nephew|niece)\W+(?:[\w'-]+\W+){0,8}(?:money|cash|gift cards?|wire|transfer|bail|fees?|access|passwords?|bank)`,
      String.raw`\b(?:bill|charge|invoice)\w* (?:[\w'-]+ ){0,4}(?:twice|two times)\b|\bdouble[- ]bill(?:ed|ing)? (?:[\w'-]+ ){0,2}(?:patients|customers|clients|insurers?|medicare|medicaid|the insurance)\b`,
      String.raw`\b(?:applicants?|candidates|job seekers|victims?|tenants|renters) (?:[\w'-]+ ){0,2}(?:to )?pay (?:[\w'-]+ ){0,3}(?:for (?:training|equipment|a starter kit|processing|a background check)|(?:an? )?(?:upfront |processing |application |training |release )fees?)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  // Economic harm: prices fixed, a market cornered, goods hoarded in a crisis, insider trading, wages
  // below the minimum, customers trapped, gamblers kept chasing their losses.
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:fix|rig|coordinate|collude on|agree on)\w* (?:our |the |their )?(?:prices|bids|tenders|wages)\b|\b(?:form|organi[sz]e|set up|start|run|join)\w* (?:a |an )?(?:price[- ]fixing )?cartel\b`,
      String.raw`\b(?:corner|monopoli[sz]e)\w* (?:the )?(?:[\w'-]+ ){0,3}market\b|\bhoard\w* (?:[\w'-]+ ){0,4}(?:during|in) (?:a |the )?(?:shortage|crisis|pandemic|disaster|emergency|hurricane|outbreak|war)\b|\b(?:sell|resell|charge)\w* (?:[\w'-]+ ){0,4}(?:at |for )(?:\w+ )?(?:times|x) (?:the )?(?:price|normal price|what it costs|retail)\b`,
      String.raw`\b(?:trade|trading|buy|sell|bet)\w* (?:[\w'-]+ ){0,4}(?:on|using|with|based on) (?:the |some |my )?(?:insider|inside|non-?public|confidential) (?:info\w*|tips?|knowledge|data)\b|\b(?:use|using)\w* (?:the |some |my )?(?:insider|inside|non-?public|confidential) (?:info\w*|tips?|knowledge) (?:to|and) (?:trade|buy|sell|profit|make money)\b`,
      String.raw`\bpay\w* (?:[\w'-]+ ){0,2}(?:less than|below|under) (?:the )?minimum wage\b|\bhir\w* (?:[\w'-]+ ){0,2}(?:undocumented|illegal|unregistered) (?:workers|immigrants|migrants|labou?r(?:ers)?)\b`,
      String.raw`\b(?:subscriptions?|contracts?|plans?|memberships?|loans?|services?|deals?|(?:that|which)) (?:that |which )?(?:they|customers|users|people|members|subscribers) (?:can['’]t|cannot|can not|won['’]t be able to) (?:cancel|unsubscribe|opt out|get out of)\b|\b(?:designed|built|set up|structured|meant)\w* (?:[\w'-]+ ){0,2}(?:to|so) (?:make )?(?:[\w'-]+ )?(?:them|people|borrowers|families|tenants|customers|buyers|players) (?:[\w'-]+ ){0,2}(?:default|lose (?:their|the)|go broke|stay in debt)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  // Privacy: a camera hidden in someone's room, spying through windows, a file on a person's private
  // life, another person's records or finances, a person traced by plate, databases of people's details.
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:hide|hidden|put|install|place|plant|set up|mount)\w* (?:a |an |some )?(?:hidden |secret |spy |tiny |small |pinhole )?(?:cameras?|cams?|microphones?|mics?|recorders?|bugs?|listening devices?) (?:in|into|inside) ${OTHER}['’]?s?['’]? (?:bedroom|bathroom|shower|room|changing room|apartment|flat|house|car|office)\b`,
      String.raw`\b(?:dig up|dig into|compile|put together|build|assemble|gather|collect)\w* (?:[\w'-]+ ){0,3}(?:file|dossier|dirt|info(?:rmation)?|details) (?:on|about) ${OTHER}['’]?s?\W+(?:[\w'-]+\W+){0,4}(?:private|personal|life|against|use)`,
      String.raw`\b${OTHER}['’]s? (?:[\w'-]+ )?(?:medical|health|school|academic|criminal|financial|bank|credit|employment|tax|dental|psychiatric|therapy) (?:records?|history|histories|statements?|files?|reports?|scores?)\b|\b(?:school|medical|health|academic|criminal|financial|bank) (?:records?|histor(?:y|ies)|files?|statements?) of (?:a |an |the |this |that |my )?(?:[\w'-]+ ){0,2}(?:student|patient|employee|applicant|candidate|coworker|neighbou?r|stranger|person|girl|woman|man|guy)\b`,
      String.raw`\b(?:neighbou?r|coworker|colleague|friend|ex|boss|brother-in-law|sister-in-law|tenant)['’]?s? (?:salary|income|debts?|bank balance|net worth|credit score|finances)\b`,
      String.raw`\b(?:track|trace|follow|locate|find|look up)\w* (?:[\w'-]+ ){0,5}(?:using|with|from|by) (?:their |his |her |a |the )?(?:car['’]?s? )?(?:licen[cs]e|number) plates?\b|\blicen[cs]e plates? (?:to|and) (?:find|track|locate|get) (?:[\w'-]+ ){0,2}(?:address|owner|where)\b`,
      String.raw`\b(?:build|compile|create|make|scrape)\w* (?:[\w'-]+ ){0,2}(?:database|list|spreadsheet|file)s? of (?:people['’]?s?|strangers['’]?|users['’]?|customers['’]?) (?:[\w'-]+ ){0,3}(?:home )?(?:addresses|phone numbers|emails|passwords|details|data|info)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  // Illegal activity: contraband past a checkpoint, selling to minors, piracy for sale, defeating an
  // ankle monitor or a drug test, hidden income, a hidden grow, selling stolen goods.
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:sneak|smuggl\w*|slip|get|bring|carry|take|move|ship|run)\w* (?:[\w'-]+ ){0,3}(?:contraband|drugs|weed|cannabis|phones?|guns?|weapons?|knives?|cigarettes|alcohol|fireworks|people|migrants|cash) (?:[\w'-]+ ){0,2}(?:into|across|past|through|over|onto) (?:a |an |the )?(?:[\w'-]+ ){0,2}(?:prisons?|jails?|borders?|state lines|customs|security|checkpoints?|airports?|schools?|stadiums?|courthouses?|planes?|flights?)\b`,
      String.raw`\bsell\w* (?:[\w'-]+ ){0,2}(?:alcohol|booze|beer|cigarettes|vapes?|tobacco|weed|cannabis|guns?|fireworks|knives)? ?to (?:teens|teenagers|minors|kids|children|underage (?:kids|teens|customers|buyers))\b`,
      String.raw`\b(?:pirat\w*|bootleg\w*|torrent\w*)\b (?:[\w'-]+ ){0,4}(?:and )?(?:sell|resell|distribute)\w*|\bsell\w* (?:[\w'-]+ ){0,2}(?:pirated|bootleg(?:ged)?|cracked) (?:copies|movies|films|games|software|dvds)\b`,
      String.raw`\b(?:remove|cut off|take off|get out of|disable|jam|defeat|trick|beat|fool|cheat)\w* (?:[\w'-]+ ){0,2}(?:ankle (?:monitor|bracelet|tag)|electronic (?:tag|monitor)|ignition interlock|breathal[yi][sz]er|drug tests?|piss tests?|urine tests?)\b`,
      String.raw`\bhid(?:e|ing)\w* (?:my |our |the )?(?:[\w'-]+ )?(?:income|earnings|assets|profits)\b|\b(?:get out of|avoid|dodge|skip|stop) paying (?:any )?(?:child support|alimony|maintenance)\b`,
      String.raw`\b(?:hidden|secret|illegal|covert|unlicen[cs]ed|underground) (?:[\w'-]+ )?(?:grow(?: ?ops?| rooms?| houses?| tents?)?|drug labs?|meth labs?|stills?|distiller(?:y|ies)|sweatshops?)\b`,
      String.raw`\b(?:sell|fence|pawn|offload|flip|get rid of)\w* (?:[\w'-]+ ){0,2}stolen\b`,
      String.raw`\bwalk\w* out (?:of|with) (?:[\w'-]+ ){0,6}without (?:paying|being stopped|anyone noticing|setting off)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  // Malware: hidden from antivirus, spread inside something, a document that drops a payload, a
  // vulnerability exploited to take machines over, self-replicating code, covert recording and upload.
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:so|that) (?:the )?(?:antivirus|anti-virus|av|edr|defender|windows defender|sandboxes?|antivirus sandboxes?|scanners?|virustotal|security software)(?: [\w'-]+)? (?:can['’]t|cannot|won['’]t|don['’]t|doesn['’]t|do not|does not|wouldn['’]t|never) (?:catch|detect|flag|see|notice|find|stop|block)\b`,
      String.raw`\b(?:spread|distribute|deliver|deploy|push|bundle|hide|embed|slip)\w* (?:a |an |my |the )?(?:rat|trojan|virus|malware|payload|backdoor|keylogger|miner|stealer|ransomware|spyware)s? (?:[\w'-]+ ){0,3}(?:through|via|in|inside|with|using|into)\b`,
      String.raw`\b(?:macros?|scripts?|documents?|files?|attachments?|shortcuts?|links?|pdfs?) (?:that|which|to) (?:silently |quietly |secretly |automatically )?(?:downloads?|drops?|installs?|runs?|executes?|launches?) (?:a |an |the |my )?(?:payload|malware|trojan|virus|backdoor|rat|ransomware|shell|reverse shell|miner|stealer|keylogger)\b`,
      String.raw`\bexploit\w* (?:an? |the )?(?:[\w'-]+ ){0,3}(?:vulnerabilit(?:y|ies)|bugs?|flaws?|holes?) (?:[\w'-]+ ){0,2}(?:to|and) (?:take over|hijack|own|compromise|get into|break into|control|infect|pwn)\b`,
      String.raw`\bself[- ](?:replicating|propagating|spreading) (?:virus|worm|malware|code|program)\b|\bexploit kits?\b|\binfect\w* (?:the )?(?:visitors|users|people|computers|machines|victims|devices|phones|players)\b`,
      String.raw`\b(?:quietly|silently|secretly|covertly|invisibly) (?:records?|logs?|captures?|collects?|tracks?|copies|reads?)\b (?:[\w'-]+ ){0,8}(?:and )?(?:uploads?|sends?|forwards?|emails?|posts?) (?:it |them |everything |the data )?to (?:me|my|a remote|our)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Physical harm: something slipped into someone's food or drink, a weapon past a school's door.
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:put|slip|add|mix|hide|sneak)\w* (?:[\w'-]+ ){0,2}in(?:to)? (?:someone|somebody|his|her|their|(?:my|a|the) (?:[\w'-]+ ){0,2}(?:neighbou?r|boss|coworker|colleague|ex|wife|husband|partner|roommate|rival|teacher|brother|sister))['’]?s? (?:[\w'-]+ )?(?:food|salad|drink|coffee|tea|soup|meal|lunch|dinner|water|smoothie)\W+(?:[\w'-]+\W+){0,6}(?:without|so|sick|die|poison\w*|taste|notice)`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Needs no request phrase: a group argued inferior, gamblers kept chasing losses (not asked how
  // casinos do it), a need that does not exist.
  {
    category: 'hate',
    branches: [
      String.raw`\bwhy (?:are|is) (?:all )?(?:the )?${GROUP} (?:so |genetically |naturally )?(?:inferior|less intelligent|stupider|dumber|more violent|more criminal|subhuman|lazier|dirtier)\b`,
    ],
    intent: 'none',
    score: 0.8,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`(?<!\b(?:do|does|did) (?:casinos|bookmakers|apps|sites|games|slot machines|operators) )\b(?:make|get|keep)\w* (?:gamblers|bettors|punters) (?:to )?chase (?:their|the) losses\b`,
      String.raw`\b(?:sick|dying|disabled|terminally ill) (?:child|kid|son|daughter|baby|relative|mother|father|mom|mum|dad) (?:that |who |which )?i (?:don['’]t|do not) (?:have|really have)\b`,
    ],
    intent: 'none',
    score: 0.8,
  },
  // Asked with any request phrase ("what's the best drone to …", "what weapons could I …").
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:spy|peep|peek|look|see|film|record)\w* (?:[\w'-]+ ){0,2}(?:in|into|through) (?:my |the |his |her |their |a )?(?:[\w'-]+ ){0,2}(?:neighbou?rs?|tenants?|roommates?|women|girls|people|ex)['’]?s?['’]? (?:windows?|bedrooms?|bathrooms?|showers?)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'weapons',
    branches: [
      String.raw`\b(?:weapons?|guns?|knives?|explosives?|blades?) (?:could|can|should|would) (?:i|we|someone|one) (?:sneak|smuggle|slip|get|bring|take|carry) (?:[\w'-]+ ){0,2}(?:into|past|through|onto) (?:a |an |the )?(?:[\w'-]+ ){0,2}(?:schools?|stadiums?|courthouses?|planes?|flights?|concerts?|airports?|prisons?|security)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  // Second round, written from probe sentences of my own (not from any set): the same tactics in
  // other words.
  {
    category: 'sexual',
    branches: [
      String.raw`${NOT_EXPLICIT}\b(?:sexy|erotic|sexual|sex|naughty|horny|x-rated|nsfw) (?:[\w'-]+ ){0,2}(?:stor(?:y|ies)|acts?|fantas(?:y|ies)|role-?plays?|chats?|poems?|texts?|sexts?)\b`,
      String.raw`\b(?:scene|story|stories|chapter|script|role-?play|fan ?fic\w*|poem)\W+(?:[\w'-]+\W+){0,5}(?:have|having|has|had) sex\b`,
      String.raw`\bin (?:[\w'-]+ ){0,2}(?:erotic|sexual|sexy|filthy|dirty|x-rated|pornographic) detail\b`,
      String.raw`\b(?:describe|draw|depict|write about|show)\w* (?:me )?(?:a |an |the |her |his |your )?(?:[\w'-]+ )?(?:naked|nude|undressed|topless) (?:woman|women|man|men|girl|girls|guy|body|bodies|person|self)\b`,
      String.raw`\b(?:turn me on(?! to\b)|make me (?:horny|hard|wet|cum|come)|get me off)\b`,
      String.raw`\blap ?dances?\b|\bstrip ?teases?\b|\b(?:role-?play|play|act|pretend)\w* (?:as |to be )?(?:a |an |my )?(?:stripper|escort|prostitute|porn ?star|dominatrix|sex worker|cam ?girl)\b`,
    ],
    intent: 'any',
    score: 0.7,
  },
  {
    category: 'hate',
    branches: [
      String.raw`\b(?:how|that|why) (?:stupid|dumb|lazy|dirty|ugly|greedy|smelly|primitive|violent|disgusting|worthless|inferior|useless) (?:all )?(?:the )?${GROUP} (?:are|is)\b`,
      String.raw`\b${GROUP} (?:ruin|destroy|pollute|infest|invade|poison|corrupt|spoil)\w* (?:everything|our|the|this)\b`,
      String.raw`\b(?:chants?|slogans?|songs?|speech|manifesto|rally|march|memes?) (?:[\w'-]+ ){0,3}against (?:the |all )?${GROUP}\b`,
      String.raw`\b(?:ban|bar|stop|keep|prevent|exclude)\w* (?:all )?(?:the )?(?:${GROUP}|${GROUP_ADJ} (?:[\w'-]+ )?${PERSON}) from (?:buying|renting|moving|living|joining|entering|working|voting|coming)\b`,
      String.raw`\b(?:arguing|argue|saying|say|claiming|claim|proving|prove|showing|show)\w* (?:that )?(?:all )?${GROUP} (?:are|is) (?:too (?:emotional|stupid|dumb|weak|lazy|irrational) to|inferior|less intelligent|genetically|naturally|unfit|incapable)\b`,
      String.raw`\bput (?:him|her|them) in (?:his|her|their) place\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'cybercrime',
    branches: [
      String.raw`\bencrypt\w* (?:[\w'-]+ ){0,4}(?:files?|drives?|disks?|data|network|shares?)\W+(?:[\w'-]+\W+){0,6}(?:demand\w*|ransom|bitcoin|btc|pay (?:to|for) (?:unlock|decrypt|get))`,
      String.raw`\b(?:take|knock|bring|shut)\w* (?:[\w'-]+ ){0,3}(?:down|offline)\b(?:\W+[\w'-]+){0,6}\W+(?:with|using|by) (?:a |an )?(?:flood|ddos|traffic|requests|botnet|packets)\b`,
      String.raw`\b(?:virus|viruses|malware|worm|trojan|payload|logic bomb|wiper)\w* (?:that|which|to) (?:[\w'-]+ ){0,2}(?:deletes?|wipes?|destroys?|corrupts?|bricks?|encrypts?|formats?)\b|\b(?:deletes?|wipes?|corrupts?|overwrites?)\w* (?:the )?(?:system32|mbr|master boot record|bios|boot sector)\b`,
      String.raw`\b(?:crack|brute[- ]?force|steal|dump|phish|sniff)\w* (?:[\w'-]+ ){0,3}(?:admin|administrator|root|domain admin|company['’]?s?|boss['’]?s?|school['’]?s?|teacher['’]?s?|neighbou?r['’]?s?|ex['’]?s?|someone['’]?s|other people['’]?s|users['’]?) (?:[\w'-]+ )?passwords?\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:kill|hurt|poison|sicken|torture)\w* (?:a |an |the |my |his |her |their |someone['’]?s? )?(?:[\w'-]+ )?(?:cat|dog|horse|pet|person|man|woman|neighbou?r|husband|wife|boss|him|her|them|someone|somebody) (?:slowly|painfully|quietly|gradually|over time|without)\b`,
      String.raw`\b(?:gas|poison|chemicals?|acid|toxins?|weapons?|taser|knife|bomb|explosives?)\W+(?:[\w'-]+\W+){0,8}(?:use|try|test|spray|throw|release)\w* (?:it|them|this|that) on (?:someone|somebody|people|him|her|them|a person|a crowd|my \w+)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:using|with|in|under) (?:someone|somebody|other people|another person)(?: else)?['’]s? (?:details|identity|name|ssn|social security number|card|credit card|account|info\w*|data|photo|id)\b`,
      String.raw`\b(?:file|filing|make|making|submit|submitting|put in|putting in|lodge|lodging|open|opening)\w* (?:a |an |some |multiple |several )?(?:false|fake|fraudulent|bogus|phony) (?:chargebacks?|insurance claims?|claims?|police reports?|refund requests?|disputes?|returns?)\b`,
      String.raw`\b(?:fake|faking|forge|forging)\w* (?:a |an |the |my |some )?(?:[\w'-]+ ){0,2}(?:bills?|bank statements?|doctor['’]?s? notes?|sick notes?|letters? from|signatures?|ids?|diplomas?|degrees?|invoices?|licen[cs]e plates?|number plates?)\b`,
      String.raw`\b(?:pretend|claim|act|lie about being|fake being|pose as)\w* (?:to be |that i(?:['’]m| am) )?(?:disabled|sick|ill|blind|deaf|injured|pregnant|homeless|unemployed|a veteran|a refugee|single|a student)\W+(?:[\w'-]+\W+){0,3}(?:to|so|for) (?:get|claim|collect|qualify|receive)\b`,
      String.raw`\brig\w* (?:a |an |the |my |our )?(?:[\w'-]+ )?(?:raffles?|lotter(?:y|ies)|contests?|draws?|giveaways?|auctions?|competitions?|scratch cards?|slot machines?|poker|roulette)\b`,
      String.raw`\bfake (?:buy |sell )?(?:orders|trades|volume|bids)\b|\b(?:crash|tank|pump|manipulate|prop up)\w* (?:up )?(?:a |the |its |their )?(?:[\w'-]+ )?(?:stock|share|token|coin|crypto)(?: price)?s?\b`,
      String.raw`\b(?:lend|loan|charge)\w* (?:[\w'-]+ ){0,3}(?:at )?\d{2,4} ?(?:%|percent) (?:interest|apr)\b|\bunderpay(?:ing)? (?:them|my|our|workers|staff|employees)\b`,
      String.raw`\b(?:get|make|trick|push|pressure|manipulate)\w* (?:kids|children|minors|teens|teenagers|elderly people|old people|seniors|addicts|gamblers) (?:[\w'-]+ ){0,2}(?:to )?(?:spend|pay|gamble|bet|buy) more\b|\bcoordinat\w* (?:[\w'-]+ ){0,3}with (?:other |rival |competing )?(?:landlords|sellers|suppliers|competitors|stores|companies|bidders|gas stations)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:open|get into|enter|break into|unlock)\w* (?:[\w'-]+ ){0,8}(?:when|while) (?:the )?(?:owner|owners|homeowner|tenant|neighbou?rs?|they|nobody|no one)(?:['’]s| is| are|['’]re)? (?:isn['’]t|aren['’]t|is not|are not|not) (?:around|home|there|looking)\b`,
      String.raw`\b(?:splic|tap|tap into|hook into|piggyback on|steal)\w* (?:[\w'-]+ ){0,2}(?:neighbou?r['’]?s?|someone['’]?s?) (?:[\w'-]+ )?(?:line|cable|wifi|wi-fi|internet|electricity|power|water|gas|meter)\b`,
      String.raw`\bavoid\w* (?:the )?(?:inspections?|inspectors?|health inspectors?|audits?|customs|the taxman|tax inspectors?)\b`,
      String.raw`\bso (?:that )?(?:the )?(?:speed |traffic |security |police |red[- ]light )?cameras? (?:can['’]t|cannot|won['’]t|don['’]t) (?:identify|read|see|catch|record)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:home address|phone number|cell number|mobile number|private (?:number|email|address)|email address)(?:es)? (?:of|for) (?:[\w'-]+ ){0,3}[\w'-]+['’]s (?:mom|mum|mother|dad|father|wife|husband|kids?|children|son|daughter|girlfriend|boyfriend|family|parents)\b`,
      String.raw`\bfind out (?:who|where|what) (?:my |the |his |her )?(?:[\w'-]+ ){0,2}(?:neighbou?r|ex|coworker|colleague|boss|classmate|teacher|crush|wife|husband|girlfriend|boyfriend|roommate) (?:is )?(?:dating|sleeping with|seeing|texting|talking to|messaging|lives?|living|staying)\b`,
      String.raw`\b(?:track|trace|locate|find|pinpoint|get)\w* (?:[\w'-]+ ){0,4}(?:ex|boyfriend|girlfriend|wife|husband|partner|neighbou?r|coworker|boss|teacher|stranger|him|her)['’]?s? (?:live |real-?time |current |exact |gps |phone['’]?s? )?(?:location|whereabouts|position)\b`,
      String.raw`\bfind (?:a |the |this |that )?(?:girl|woman|guy|man|person|stranger)['’]s (?:instagram|facebook|socials|social media|profile|name|address|number|account)\b(?:\W+[\w'-]+){0,3}\W+from (?:a |her |his |their |the |this )?(?:photo|picture|pic|face|video)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Third round, from a second batch of probe sentences of my own.
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:run|start|set up|operate)\w* (?:a |an )?(?:numbers|protection|extortion|gambling|loan[- ]sharking) rackets?\b`,
      String.raw`\bunder (?:a |an )?(?:made[- ]up|fake|false|fictitious|assumed|stolen|invented|another|different|someone else['’]s|different person['’]s) (?:name|identity|identities)\b`,
      String.raw`\b(?:break|smash|shatter)\w* (?:a |the |someone['’]?s )?(?:car |house |shop |store )?windows? (?:silently|quietly|without (?:noise|making (?:a |any )?noise|being heard))\b`,
      String.raw`\b(?:get|buy|obtain|find|purchase|acquire)\w* (?:my hands on )?(?:[\w'-]+ ){0,2}stolen (?:credit |debit )?(?:cards?|card numbers?|identities|accounts?|credentials|passwords|logins|data|ssns?)\b`,
      String.raw`\b(?:hack|break|sneak|hijack)\w* (?:in|into) (?:my |the |our |a )?(?:[\w'-]+ )?(?:school['’]?s?|university['’]?s?|college['’]?s?|company['’]?s?|employer['’]?s?|bank['’]?s?|hospital['’]?s?|teacher['’]?s?|boss['’]?s?|police|government|city['’]?s?) (?:[\w'-]+ ){0,2}(?:grading|grades?|records?|database|network|server|portal|system|payroll|admin|accounts?)\b|\b(?:get|log)\w* (?:in|into) (?:my |the |our |a )?(?:school['’]?s?|teacher['’]?s?|university['’]?s?|company['’]?s?|employer['’]?s?) (?:[\w'-]+ ){0,1}(?:grading|grades?|payroll|gradebook) ?(?:system|database|records?|portal)?\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  {
    category: 'hate',
    branches: [
      String.raw`\b${GROUP} (?:can['’]t|cannot|shouldn['’]t|should not|must not|don['’]t deserve to) (?:be trusted|be allowed|vote|have rights|be citizens)\b`,
      String.raw`\b${GROUP} (?:should |must |need to |ought to )?(?:be )?(?:kept|kicked|banned|barred|excluded|removed|thrown) (?:out of|from)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'hate',
    branches: [
      String.raw`\b(?:which|what) (?:ethnic group|race|religion|nationality|ethnicity|skin colou?r) is (?:the )?(?:worst|most (?:violent|stupid|dangerous|criminal|inferior|disgusting|useless))\b`,
    ],
    intent: 'none',
    score: 0.8,
  },
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:make|create|build|design|code|write|show)\w* (?:me )?(?:a |an |some )?fake (?:software |windows |browser |flash |java |security |system )?(?:updates?|update (?:popups?|prompts?|pages?)|popups?|alerts?|installers?|antivirus|login (?:pages?|screens?|prompts?))\b`,
      String.raw`\bhid(?:e|es|ing) (?:itself|it|the (?:file|process|program|code|payload|miner)) from (?:the )?(?:antivirus|anti-virus|av|edr|defender|task manager|the user|users|security (?:software|tools))\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'fraud',
    branches: [
      String.raw`\b(?:create|start|run|set up|launch|organi[sz]e|build)\w* (?:a |an |my )?(?:[\w'-]+ )?(?:chain letter|pyramid|ponzi|gifting circle|matrix) (?:schemes?|scams?)\b|\b(?:create|start|run|set up|launch|organi[sz]e)\w* (?:a |an |my )?(?:[\w'-]+ ){0,2}(?:scam|con|racket|grift)s?\b`,
      String.raw`\b(?:trick|con(?=s?\b|ned\b|ning\b)|cheat|scam|swindle|fleece|hustle|talk|manipulate)\w* (?:[\w'-]+ ){0,3}out of (?:her|his|their|its) (?:savings|money|inheritance|pension|house|home|land|life savings|retirement|wages)\b`,
      String.raw`\b(?:i(?:['’]m| am) (?:about|going|planning) to dump|before i dump|then dump (?:it|them|my))\b`,
      String.raw`\b(?:get|make|trick|push|pressure|manipulate)\w* (?:my |our |the )?(?:players|users|customers|members|punters) (?:[\w'-]+ ){0,2}(?:to )?(?:gamble|bet|wager) more\b`,
      String.raw`\b(?:cheat|scam|defraud|rip off|con(?=s?\b|ned\b|ning\b)|swindle)\w* (?:my |the |our |an? )?(?:[\w'-]+ )?(?:insurance(?: company)?|insurer|bank|employer|landlord|customers|clients|the government|the irs|the tax office|welfare|medicare|medicaid|investors|the system)\b`,
      String.raw`\b(?:refund|compensation|payout|reimbursement|warranty)\w* (?:[\w'-]+ ){0,4}(?:something|items?|things?|a product|stuff|an? [\w'-]+) (?:that )?i (?:didn['’]t|did not|never) (?:buy|purchase|pay for|order|lose|break)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  {
    category: 'sexual',
    branches: [
      String.raw`\b(?:describe|write|narrate|depict|detail)\w* (?:[\w'-]+ ){0,3}sex (?:between|with|in)\b|\bsex\b(?:\W+[\w'-]+){0,5}\W+in (?:great |full |vivid |graphic |explicit )?detail\b`,
    ],
    intent: 'any',
    score: 0.7,
  },
  {
    category: 'harassment',
    branches: [
      String.raw`\b(?:list|names|database|directory) of (?:the )?(?:people|residents|everyone|women|girls|kids|families) (?:who|that) (?:live|lives|work|go) (?:on|at|in|near)\b(?:\W+[\w'-]+){0,6}\W+(?:phone numbers?|addresses|emails|numbers|ages|photos)\b`,
      String.raw`\b(?:search|browsing|browser|internet|location|call) histor(?:y|ies) of (?:my |his |her |a |the )?(?:[\w'-]+ )?(?:roommate|flatmate|wife|husband|girlfriend|boyfriend|partner|coworker|colleague|boss|employee|neighbou?r|ex)\b|\b(?:roommate|flatmate|wife|husband|girlfriend|boyfriend|partner|coworker|colleague|boss|employee|neighbou?r|ex)['’]s (?:search|browsing|browser|internet|location|call) histor(?:y|ies)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  // Fourth round, from a third batch of probe sentences of my own (measured blind first: see the log).
  {
    category: 'crime',
    branches: [
      String.raw`\b(?:get|take|drive|walk|leave|sneak)\w* (?:[\w'-]+ ){0,4}out of (?:[\w'-]+ ){0,3}without paying\b`,
      String.raw`\b(?:sell|invest in|market|push|flog|unload|move)\w* (?:[\w'-]+ ){0,3}(?:fake|counterfeit|knock-?off|bogus|worthless) (?:[\w'-]+ ){0,2}(?:gold|coins?|merch\w*|watches|bags|jewell?ery|art|paintings|supplements|medicines?|pills|products|goods|stocks?|shares|bonds|investments?)\b`,
      String.raw`\b(?:that|which|to|so (?:they|people)) (?:trap|traps|lock|locks|keep|keeps) (?:people|borrowers|customers|families|them|tenants|users) (?:in|into) (?:debt|paying|the contract)\b|\bhidden (?:fees|charges|clauses|costs)\b(?:\W+[\w'-]+){0,3}\W+(?:trap|trick|fool|catch)\w*`,
      String.raw`\bfind (?:out )?where (?:a |the |this |that |my )?(?:[\w'-]+ ){0,2}(?:streamer|youtuber|influencer|girl|woman|guy|man|person|stranger|journalist|critic|reviewer|ex|coworker|teacher|celebrity|actress|singer) (?:lives|works|stays|sleeps|goes to school)\b`,
    ],
    intent: 'doing',
    score: 0.8,
  },
  {
    category: 'hate',
    branches: [
      String.raw`\bcalls? (?:all )?(?:the )?${GROUP} (?:dirty|stupid|animals|vermin|rats|apes|monkeys|terrorists|criminals|rapists|subhuman|filthy|lazy|ugly)\b`,
      String.raw`\b(?:the )?(?:holocaust|genocide|slavery|ethnic cleansing|apartheid|lynchings?)\w* (?:was|were|is) (?:a )?(?:good|great|justified|deserved|necessary|a good thing|the right thing)\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'cybercrime',
    branches: [
      String.raw`\b(?:records?|logs?|captures?)\w* (?:everything|all)\b(?:\W+[\w'-]+){0,6}\W+(?:typed|types|keystrokes)\b(?:\W+[\w'-]+){0,8}\W+(?:emails?|sends?|uploads?|forwards?) (?:it |them |everything )?to me\b`,
    ],
    intent: 'any',
    score: 0.8,
  },
  {
    category: 'violence',
    branches: [
      String.raw`\b(?:spot|place|point|area|part|where) (?:[\w'-]+ ){0,4}to (?:cut|stab|hit|punch|shoot|strike|slash) (?:someone|somebody|a person|him|her|them|people|a man|a woman)\b`,
    ],
    intent: 'any',
    score: 0.85,
  },
  {
    category: 'fraud',
    branches: [String.raw`\b(?:scams?|cons|frauds|tricks|lies) (?:work|works) (?:best|well|better) on\b`],
    intent: 'none',
    score: 0.8,
  },
  {
    category: 'sexual',
    branches: [
      String.raw`${NOT_EXPLICIT}\b(?:explicit|graphic|x-rated|nsfw|uncensored|steamy)\W+(?:[\w'-]+\W+){0,3}(?:love-?making|making love)\b`,
      String.raw`\bsexual (?:encounters?|acts?|experiences?|escapades?)\b(?:\W+[\w'-]+){0,5}\W+in (?:great |full |vivid |graphic |explicit )?detail\b`,
      String.raw`\bin a (?:sexual|sexy|erotic|dirty|lewd|seductive) (?:way|manner)\b`,
    ],
    intent: 'any',
    score: 0.7,
  },
];
