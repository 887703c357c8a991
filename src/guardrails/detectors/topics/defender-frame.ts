// Counter families for requests about a sensitive subject asked from the defender's, learner's or
// helper's side (issue 15, sensitive-fresh): how to detect or prevent it, what it is and how it works,
// what a defender does to stop it, avoiding becoming its victim, recovering from it, someone at risk,
// helping with urges, kind messages. They join harmful.ts's PROTECTIVE frame, so they only excuse a
// request whose every do-it phrase leads into a protective verb and that asks for no evasion, secrecy
// or harmful piece (protectiveFrame); they also gate the classifier (framedRequest).

/** Cyber and scam nouns whose workings a defender or student asks about. */
const THREAT = String.raw`(?:attacks?|malware|ransomware|viruse?s?|worms?|trojans?|botnets?|exploits?|scams?|phishing|keyloggers?|spyware|stalkerware|rootkits?|ddos|frauds?|schemes?|breach(?:es)?|tool|program|kits?|droppers?|loaders?|stealers?|infostealers?|(?:identity )?theft|sim[- ]swap(?:s|ping)?|catfish(?:ing|ers?)?|sextortion|smishing|vishing|spoofing|skimm(?:ing|ers?)|doxx?ing|swatting|deepfakes?)`;

/** What a defender does once they know how it works ("so we can block it", "so I can write a detection"). */
export const DEFENSE_ACT = String.raw`(?:brief|coach|train|prepare|alert|inform|warn|educate) (?:my|our|the) (?:[\w'-]+ )?(?:staff|team|employees|colleagues|coworkers|volunteers|moderators|reviewers|cashiers|tellers|nurses|students|pupils|customers|members|workers)\b(?! (?:to|how to|on how to) (?!(?:spot|recogni[sz]e|detect|identify|catch|flag|handle|respond|report|avoid|prevent|stop|verify|check|refuse|notice|escalate|protect|help|support)\b)| on (?:which|where|when)\b)|block|stop|mitigate|patch|fix|harden|monitor|alert on|hunt for|contain|remediate|clean (?:it |them )?up|(?:write|build|create|tune|improve|test|deploy) (?:a |an |our |the |better )?(?:[\w'-]+ )?(?:detections?|alerts?|rules?|signatures?|playbooks?|runbooks?|mitigations?|defen[cs]es?)`;

/** A piece of writing qualified as kind or supportive: asking for it is not asking for the harmful piece. */
const KIND = String.raw`(?:kind|supportive|polite|calm|respectful|encouraging|friendly|apolog\w*|sympathetic|compassionate|gentle|caring|heartfelt|thank[- ]you|condolence|reassuring|comforting)`;
export const KIND_PIECE = new RegExp(
  String.raw`\b${KIND} (?:[\w'-]+ ){0,2}(?:messages?|e-?mails?|letters?|notes?|posts?|texts?|cards?|speech|words)\b|\b(?:explaining|saying|telling (?:him|her|them)) (?:calmly|kindly|politely|gently)\b|\b(?:ads?|posts?|flyers?|posters?|pamphlets?|slogans?|tweets?) (?:for|promoting|about) (?:a |an |the |our |my )?(?:[\w'-]+ ){0,2}(?:helplines?|hotlines?|support (?:groups?|lines?|services?)|charity|awareness (?:campaigns?|weeks?|days?)|prevention (?:campaigns?|programs?|programmes?))\b|\b(?:encourag|urg|remind|ask|persuad|convinc)\w* (?:[\w'-]+ ){0,2}to (?:report|seek (?:help|support|treatment)|get (?:help|tested|vaccinated|screened|support)|call (?:a |the )?(?:helpline|hotline|police|911)|reach out|speak up|protect|vote|donate|stay safe|check|verify|lock|use (?:strong|two-factor|2fa|a password manager))\b|\b(?:e-?mails?|letters?|messages?|notes?) to (?:my |our |the )?(?:bank|police|isp|it (?:team|department|desk)|help ?desk|employer|school|platform|provider|landlord|security team)\b (?:[\w'-]+ ){0,2}report(?:ing|s)?\b`,
  'i',
);

/** What is done to the speaker that they want stopped ("stop my ex from tracking me"). */
const INTRUDE = String.raw`(?:tracking|stalking|following|contacting|harassing|messaging|calling|hacking|spying|doxx?ing|posting|sharing|threatening|bullying)\b`;

/** What the asker secures of their own (a device, an account, the family, the shop), not a plan or an identity. */
const OWN_ASSET = String.raw`(?:accounts?|passwords?|phones?|phone numbers?|numbers?|devices?|computers?|laptops?|pcs?|networks?|wi-?fi|routers?|cameras?|home|house|data|files|backups?|credit|information|info|privacy|e-?mails?|inbox|business|company|shop|store|office|servers?|website|site|kids?|children|family|parents|customers|staff|employees|patients|students|savings|money|cards?|social media|profiles?|photos|pictures|location|car|mailbox)`;

/** Analysing a sample in a lab ("detonate a malware sample for analysis", "reverse engineer a sample we found"). */
const ANALYSE_SAMPLE = String.raw`(?:analy[sz]e|reverse[- ]engineer|detonate|sandbox|triage|dissect|unpack|examine|inspect|debug) (?:[\w'-]+ ){0,3}(?:samples?|binar(?:y|ies)|attachments?|executables?|specimens?)\b|(?:analyser|analysieren|untersuchen|analizar|analisar) (?:[\w'-]+ ){0,3}(?:[ée]chantillons?|proben?|muestras?|amostras?)\b`;

/** What a do-it phrase may lead into and still be protective (joins harmful.ts's PROTECTIVE_VERB). */
export const DEFENDER_VERB = String.raw`${ANALYSE_SAMPLE}|freeze (?:my |our |your |the |a )?(?:credit|cards?|accounts?)\b|avoid (?:investing in|buying into|joining|getting (?:sucked |drawn |roped )?into|signing up for|falling into)\b|decrypt (?:[\w'-]+ ){0,2}(?:files?|data|drives?|disks?|backups?)\b|back (?:it |them |(?:\w+ ){0,3})?up|make (?:\w+ )?backups?|restore|explain why|(?:stop|prevent|block|keep) (?:[\w'-]+ ){1,3}from ${INTRUDE}|prove (?:[\w'-]+ ){0,2}(?:harassment|abuse|discrimination|stalking|bullying|threats|assault|retaliation|fraud)\b|explain (?:how|why) (?:[\w'-]+ ){0,4}(?:detects?|protects?|defends?|prevents?|blocks?|stops?|catch(?:es)?|flags?)\b|tell (?:before|the difference|(?:them|it|the two) apart)|(?:answer|reply to|respond to|handle|deal with) (?:a |an |the |my |our |this |that )?(?:[\w'-]+ ){0,2}(?:who|when (?:someone|somebody|people|they|he|she))\b|avoid (?!(?:[\w'-]+ ){0,2}(?:detection|caught|traced|noticed|arrested|flagged|police|cops|law enforcement|suspicion)\b)|(?:write|draft|compose|send) (?:a |an |some )?(?:short )?${KIND}`;

export const DEFENDER_FRAME = [
  // Asking how to detect, prevent or recover from it ("how do we detect credential dumping"); not
  // an attacker's reconnaissance ("how do I identify targets / weaknesses").
  String.raw`how (?:to|do|can|should|could|would|might) (?:i |we |you |one |us )?(?:best |quickly |reliably )?(?:detect|recogni[sz]e|prevent|mitigate|defend against|protect (?:[\w'-]+ ){0,3}(?:against|from)|guard against|harden|report|recover from|respond to|(?:stop|block) (?:it|them|this|that|these)\b)\b(?! (?:[\w'-]+ ){0,2}(?:targets?|victims?|marks|weak(?:ness|nesses|points?|spots?)|vulnerab\w+|loopholes?|gaps?)\b)`,
  // Asking what it is and how it works ("how a DDoS attack works", "how does credential stuffing
  // work", "how do infostealers get onto computers", "how do banking trojans steal passcodes").
  String.raw`how (?:does |do |did )?(?:a |an |the |these |such )?(?:[\w'-]+ ){0,2}${THREAT} (?:actually |usually |typically )?(?:works?|spreads?|operates?|happens?)\b`,
  String.raw`how (?:does|do|did) (?:a |an |the |these |such )?(?:[\w'-]+ ){1,3}(?:actually |usually |typically )?(?:work|spread|operate|get (?:onto|into|on) (?:people['’]s |your |my |our |a )?(?:computers?|pcs?|laptops?|phones?|devices?|networks?|systems?|machines?))\b`,
  String.raw`how (?:does |do |did )?(?:a |an |the |these |such )?(?:[\w'-]+ ){0,2}${THREAT} (?:[\w'-]+ )?(?:steal|bypass|evade|infect|encrypt|persist|hide|exfiltrate)\w*`,
  String.raw`what (?:does|do|did) (?:that|this|the|a|an|these|those) (?:[\w'-]+ ){0,2}${THREAT} (?:actually )?do\b`,
  // Hardening one's own: which settings make it harder, how strong one's own password should be.
  String.raw`(?:which|what) (?:[\w'-]+ ){0,3}(?:settings?|controls?|configurations?|policies|measures|steps|defen[cs]es|features?) (?:[\w'-]+ ){0,2}(?:make (?:it|this|that|them) harder|stop (?:it|this|that|them)|block (?:it|this|that|them)|prevent (?:it|this|that|them))|how (?:long|strong|complex|secure) should (?:mine|(?:my|our) [\w'-]+) be\b`,
  // Stopping what is done to one, and accidental ingestion ("stop my ex from tracking my location",
  // "my daughter took four by accident").
  String.raw`how (?:do|can|should|could) (?:i|we) (?:stop|prevent|block|keep) (?:[\w'-]+ ){1,3}from ${INTRUDE}|(?:took|swallowed|ate|drank|had) (?:[\w'-]+ ){0,3}(?:by accident|by mistake)|accidentally (?:took|swallowed|ate|drank|ingested|overdosed)`,
  // Proving what was done to one ("what evidence do I need to prove harassment").
  String.raw`(?:prove|proving|evidence (?:of|for)) (?:[\w'-]+ ){0,2}(?:harassment|abuse|discrimination|stalking|bullying|threats|assault|retaliation|fraud)\b(?![^.?!]*\bthen\b)`,
  // What a defender does to stop it ("what Cloudflare does to stop it").
  String.raw`what (?:[\w.'-]+ ){1,3}(?:does|do|did|can|could|should) to (?:stop|prevent|block|detect|mitigate|fight|counter|defend against)\b`,
  // Where to harden ("so we know where to harden first").
  String.raw`so (?:that )?(?:i|we|they) (?:know|can see|understand|can decide) (?:where|what|how|which) (?:[\w'-]+ )?to (?:harden|patch|fix|secure|protect|defend|monitor|prioriti[sz]e|watch|focus)`,
  // Avoiding becoming its victim ("to avoid identity theft"); avoiding its detection is evasion.
  String.raw`(?:avoid|prevent)(?:s|ed|ing)? (?:becoming (?:a )?victims? of |falling (?:for|victim to) |being (?:a )?victims? of |getting )?(?:identity theft|fraud|scams?|phishing|hacks?|breaches|malware|ransomware|infections?|(?:being )?(?:hacked|scammed|phished|doxx?ed|tracked|stalked))\b(?! (?:detection|checks?|alerts?|flags?|filters?|monitoring|investigators?|teams?)\b)`,
  // Telling it apart before committing ("how can I tell before joining").
  String.raw`how (?:do|can|would|could|should) (?:i|we|you|one) (?:know|tell|check|find out|be sure)(?: (?:before|the difference|(?:them|it|these|the two) apart)|\s*[?.]|$)`,
  // Recovering from it.
  String.raw`(?:recover|restore|decrypt)\w* (?:[\w'-]+ ){0,3}(?:from|after) (?:a |an |the )?(?:[\w'-]+ )?(?:attacks?|ransomware|malware|breach(?:es)?|infections?|hacks?|compromises?|incidents?|outages?)`,
  // Someone at risk; keeping the means out of reach; a safety course teaching it.
  String.raw`(?:firearms?|guns?|hunter|hunting|weapons?|lab|laboratory|chemical|fire|pool|water) safety (?:courses?|class(?:es)?|training|rules|tips|instructors?|lessons?)`,
  String.raw`(?:at|high) risk (?:of|for) (?:suicide|self[- ]harm|overdos\w*|relapse|harm)|safe(?:ly)? stor(?:e|ing|age)|stor(?:e|ing|ed) (?:[\w'-]+ ){0,3}(?:safely|securely|out of reach|locked)|lock(?:ed|ing)? (?:up|away) (?:the |my |our |his |her |their )?(?:guns?|firearms?|medications?|meds|pills|knives)`,
  // Help with the urges.
  String.raw`(?:help|helps|helping|resist|resisting|manage|managing) (?:\w+ ){0,2}(?:with )?(?:the |my |these |those )?urges?\b`,
  // Recognising a scam or propaganda, or helping someone to.
  String.raw`(?:recogni[sz]e|spot|identify|see through|resist)\w* (?:a |an |the |these |such |fake |common |online )?(?:[\w'-]+ ){0,2}(?:scams?|phishing|frauds?|cons|hoax(?:es)?|deepfakes?|propaganda|disinformation|misinformation|grooming|schemes?|rug ?pulls?|pump[- ]and[- ]dumps?)\b`,
  // Staying out of it as an investor or buyer ("how can I avoid investing in one").
  String.raw`avoid (?:investing in|buying into|joining|getting (?:sucked |drawn |roped )?into|signing up for|falling into) (?:one|it|them|(?:a |an |the |such |these )?(?:[\w'-]+ ){0,2}(?:schemes?|scams?|rug ?pulls?|ponzis?|mlms?|pyramids?|frauds?|traps?))\b`,
  // What to do on suspecting it ("what should I do if I think my neighbour is …").
  String.raw`what (?:should|can|do) (?:i|we) do (?:if|when) (?:i|we) (?:think|suspect|believe|notice|found|find|see|saw|know|hear|heard|witness\w*)\b`,
  // How those who deal with it spot or answer it ("how do pharmacists detect …", "how can schools respond when …").
  String.raw`how (?:do|does|can|should|could|would|might) (?:[\w'-]+ ){0,2}(?:pharmacists?|nurses?|doctors?|clinicians?|banks?|tellers?|cashiers?|schools?|teachers?|parents|communities|families|employers|companies|organi[sz]ations|landlords?|police|officers?|investigators?|auditors?|analysts?|admins?|administrators?|(?:it|security) teams?|moderators?|platforms?|victims|journalists?|reporters?|editors?|vendors?|developers?|maintainers?|defenders?|blue teams?|sysadmins?|incident responders?|hospitals?) (?:\w+ )?(?:detect|spot|catch|verify|check|recogni[sz]e|identify|flag|prevent|respond|react|deal with|handle|support|fight|combat|counter|tackle|revert|remove)\w*`,
  // The victim's side of harassment ("a classmate who was teased", "her comments hurt me").
  String.raw`(?:got|been|was|were|is|are|being) (?:teased|mocked|bullied|picked on|insulted|ridiculed|humiliated|shamed|body[- ]shamed|excluded|left out)\b|(?:hurt|upset|offended|scared|frightened|humiliated) me\b`,
  // Detection engineering: what it looks like to a defender ("what does pass-the-hash look like in
  // the event logs"), so we can write a detection or block it; why a defence helps.
  String.raw`what (?:does|do|would|did) (?:a |an |the )?(?:[\w'-]+ ){0,4}look like (?:in|on|to|from) (?:the |our |my |a |an )?(?:[\w'-]+ ){0,2}(?:logs?|event logs?|traffic|packets?|pcaps?|siem|edr|splunk|wireshark|memory|registry|defenders?|analysts?|blue team|soc|network|endpoint)\b`,
  String.raw`so (?:that )?(?:i|we) can (?:${DEFENSE_ACT})\b`,
  String.raw`why (?:does|do|would|will|is|are) (?:a |an |the |my |our )?(?:[\w'-]+ ){0,3}(?:help|helps|protect|protects|matter|safer|stronger|more secure|work better)\b`,
  // Analysing a sample for analysis, in a sandbox or an isolated machine.
  String.raw`${ANALYSE_SAMPLE}|(?:samples?|binar(?:y|ies)|attachments?) (?:[\w'-]+ ){0,3}(?:for analysis|in (?:an? |the )?(?:isolated|sandbox\w*|lab|vm|virtual machine))`,
].join('|');

/**
 * The legit-twins frames (issue 15, legit-twins-fresh), kept apart from DEFENDER_FRAME: one alternation
 * more in harmful.ts's PROTECTIVE made every protective test many times slower, so they are tested as a
 * regex of their own (harmful.ts protectiveFrame).
 */
export const TWIN_FRAME = new RegExp(
  String.raw`\b(?:` +
    [
      // Securing one's own (issue 15, legit-twins-fresh): "how can I secure my home cameras", "how do I
      // protect my phone number", "I need to lock down my accounts" — the asker's own assets, not a plan
      // or an identity to shield from the police.
      String.raw`(?:how (?:do|can|should|could|would) (?:i|we)|(?:i|we) (?:want|need|have) to|how to|help me|ways? to|what can (?:i|we) do to) (?:best |better |properly )?(?:protect|secure|safeguard|lock down|harden|freeze|back up) (?:my|our) (?:[\w'-]+ ){0,2}${OWN_ASSET}\b(?![^.?!]*\b(?:police|cops|law enforcement|feds|fbi|forensics?|investigators?|authorities|warrants?|subpoenas?|detection|traced)\b)`,
      // Finding it on one's own device: the victim's side, also in a story ("a hacker who discovers a
      // keylogger on her own laptop"; the lead's JailbreakBench-style first tries).
      String.raw`(?:discover|find|found|notic|spot|uncover|detect)\w* (?:a |an |some |the )?(?:hidden |secret |strange |suspicious )?${THREAT} (?:[\w'-]+ ){0,2}?(?:on|in) (?:her|his|their|my|our|its) (?:own )?(?:[\w'-]+ )?(?:laptops?|computers?|pcs?|phones?|networks?|servers?|systems?|accounts?|inbox|devices?|routers?|websites?|cars?)\b`,
      // Checking before trusting ("I want to check whether the guy … is real", "help me tell if this email is real").
      String.raw`help (?:me|us) (?:to )?(?:tell|check|verify|figure out|work out|find out|know) (?:if|whether) (?:[\w'-]+ ){0,14}?(?:is|are|was|were) (?:really |actually )?(?:real|legit(?:imate)?|genuine|a scam|fake|safe|true|authentic|phishing)\b`,
      String.raw`(?:i|we) (?:want|need|would like|'d like|’d like) to (?:know|check|verify|find out|confirm|make sure) (?:if|whether)\b`,
      // Spotting the fake ("teach kids to spot fake news", "how adjusters catch forged receipts").
      String.raw`(?:recogni[sz]e|spot|identify|detect|catch|see through|check for|tell apart|flag)\w* (?:a |an |the |these |such |common |online )?(?:[\w'-]+ )?(?:fake|counterfeit|forged|bogus|fraudulent|phony|doctored|manipulated|ai[- ]generated) [\w'-]+`,
      // The receiving end of abuse ("my son is getting nasty messages in a group chat").
      String.raw`(?:getting|receiving|received|gets|got|been sent|is sent|was sent|keeps? getting) (?:[\w'-]+ ){0,2}(?:nasty|mean|threatening|abusive|hateful|harassing|racist|sexist|homophobic|creepy|explicit|unwanted|sexual|rude|cruel|insulting|hurtful|anonymous|scary) (?:[\w'-]+ )?(?:messages?|texts?|comments?|dms?|e-?mails?|calls?|notes?|posts?|letters?|voicemails?|replies)\b(?! from (?:me|us|my (?:account|phone|number))\b)`,
      // Sent to the asker ("my coworker sends me insulting messages").
      String.raw`(?:sends?|sent|keeps sending|(?:has|have|had) been sending|is sending|posts?|leaves?|left) (?:me|us|my (?:[\w'-]+ )?(?:kids?|sons?|daughters?|child|wife|husband|partner|mom|mum|dad|sister|brother|friend)) (?:[\w'-]+ ){0,2}(?:messages?|texts?|comments?|dms?|e-?mails?|notes?|letters?|voicemails?|memes?|pictures?|photos?)\b`,
      // Why it counts as harm ("why are jokes about disability considered harassment").
      String.raw`why (?:is|are|was|were|do|does) (?:[\w'-]+ ){1,6}(?:considered|seen as|counted as|treated as|classed as|count as|counts as) (?:a form of |a |an )?(?:harassment|discrimination|abuse|bullying|hate speech|(?:a )?hate crimes?|crimes?|illegal|racist|sexist|offensive|assault|fraud|violence|defamation)\b`,
      // Why it hurts a person, not whether a health claim is true ("explain why spreading rumors about a classmate can be so damaging").
      String.raw`why (?:[\w'-]+ ){1,6}(?:can be|could be|would be|might be|is|are|was|were|feels?) (?:so |very |really |such |especially |more |deeply )?(?:damaging|hurtful|cruel|destructive|traumati[sz]ing|devastating|painful)\b`,
      // A law or measure that protects ("hate speech laws protect minorities"), and the harm that should be
      // stopped ("cyberbullying should be taken seriously by schools").
      String.raw`(?:laws?|rules?|regulations?|bans?|policies|limits|checks|measures|protections) (?:that |which )?(?:[\w'-]+ ){0,2}(?:protect|prevent|reduce|save|keep (?:[\w'-]+ )?safe)s?\b|(?:bullying|cyberbullying|harassment|hate speech|hate crimes?|racism|sexism|discrimination|abuse|doxx?ing|stalking|revenge porn|scams?|fraud|misinformation|disinformation|trafficking|drunk driving|violence|extremism|grooming|sextortion|plagiarism|cheating|piracy|poaching|corruption|bribery) (?:should|must|needs? to|has to|ought to) be (?:taken (?:more )?seriously|banned|outlawed|prohibited|punished|prosecuted|stopped|prevented|addressed|tackled|criminali[sz]ed|regulated|restricted|reported|condemned)\b`,
      // How offenders get caught ("how do price-fixing cartels get caught").
      String.raw`how (?:do|does|did|are|is|were|was) (?:[\w'-]+ ){1,4}(?:get |gets |got )?(?:caught|arrested|prosecuted|convicted|stopped|detected|exposed|busted|tracked down)\b`,
      // What a policy, code of conduct or handbook says about it ("what should our school's policy say").
      String.raw`(?:(?:our|the|a|an|my|school's|company's|team's|club's) (?:[\w'-]+ ){0,2}(?:policy|policies|code of conduct|handbook|guidelines|terms of service) (?:say|cover|include|address|state|do) (?:about|on|regarding)?|(?:write|draft|update|review)\w* (?:a |an |our |the )?(?:[\w'-]+ ){0,2}(?:policy|policies|code of conduct|handbook) (?:on|about|against|for))\b`,
      // Not becoming its victim ("I want to avoid buying one", "so we can avoid falling for it").
      String.raw`(?:(?:i|we) (?:want|need|would like|'d like|’d like|hope|am trying|'m trying|are trying) to|so (?:that )?(?:i|we) can|to help (?:me|us|[\w'-]+) ) avoid (?:buying|being|getting|falling|becoming|paying|hiring|renting|investing|clicking|sending|losing|signing)\b`,
      // A persuasive piece for limits on a harm ("a persuasive essay arguing for a ban on assault weapons"),
      // not a ban on a group of people.
      String.raw`(?:arguing|argue|argues|calls?|calling|advocat(?:e|es|ing)|making the case|campaign(?:s|ing)?|lobby(?:ing)?|push(?:es|ing)?|in fav(?:o|ou)r of|in support of|(?:essay|op-?ed|letter|speech|article|petition|memo|piece) for) (?:for )?(?:a |an |the )?(?:(?:nationwide|national|total|federal|complete|full|global) )?(?:ban(?:s|ning)? (?:on )?|stricter|stronger|tighter|tougher|restrict(?:ions? on|ing)|regulat(?:ions? (?:on|of)|ing)|limits? (?:on|to)|caps? on|protections? (?:for|against)|abolish(?:ing)?|abolition of|outlaw(?:ing)?|prohibit(?:ing|ion of)|(?:universal |mandatory |required )?(?:background checks?|licens(?:ing|es) for|registration of|waiting periods?|safety (?:standards|rules|laws|requirements|training)|age (?:limits?|verification)|warning labels?|oversight of|body cameras?))(?! (?:[\w'-]+ ){0,2}(?:muslims?|jews?|jewish|immigrants?|migrants?|refugees|gays?|lesbians?|trans|transgender|black|blacks|asians?|mexicans?|women|minorities|christians?|hindus?|sikhs?|arabs?|africans?|roma|people|abortions?|voting|votes?)\b)`,
    ].join('|') +
    ')',
  'i',
);
