// Concept features: families of phrases that mean the same thing in every data set ("no
// restrictions", "ignore the rules", "reveal the prompt", "how to make a weapon"). The n-gram
// classifier learns a source's style; these families let it learn the concept, so it holds on
// prompt sets it was never trained on. Each family is one feature (hit or not), plus counts of
// families hit (attacks stack them: persona + no limits + policy), written from general knowledge
// of the attack and harm classes, not from a held-out source's misses.

export type ConceptSet = 'injection' | 'harmful';

interface Family {
  name: string;
  re: RegExp;
}

// Case-insensitive without the unicode flag: several times faster, and the families are ASCII words
// plus a few accented ones matched literally.
const f = (name: string, src: string): Family => ({ name, re: new RegExp(src, 'i') });

const INJECTION: Family[] = [
  f(
    'override',
    String.raw`\b(?:ignore|disregard|forget|override|bypass|skip|abandon|discard|neglect|set aside|ignorier\w*|vergiss|ignora\w*|olvida\w*|oublie\w*)\b[^.!?\n]{0,40}\b(?:instructions?|rules|guidelines|directives?|prompts?|programming|restrictions|constraints|polic(?:y|ies)|training|anweisungen|regeln|instrucciones|reglas|consignes|règles|everything|all (?:of )?(?:the )?above)`,
  ),
  f(
    'no_limits',
    String.raw`\b(?:no (?:restrictions|limits|limitations|filters?|rules|boundaries|censorship|guidelines|morals|ethics)|without (?:any )?(?:restrictions|limits|limitations|filters?|censorship|morals|ethics|rules)|unrestricted|unfiltered|uncensored|unlimited|not bound by|free (?:of|from) (?:all |any )?(?:restrictions|rules|limits|constraints)|broken? free|can do anything|(?:do|does|will) not (?:have to )?(?:follow|abide|care)|doesn'?t (?:have to )?(?:follow|abide|care)|never refuses?|cannot refuse|can'?t refuse|amoral|no ethical)\b`,
  ),
  f(
    'policy',
    String.raw`\b(?:openai|anthropic|content polic(?:y|ies)|usage polic(?:y|ies)|safety (?:guidelines|filters?|protocols?|measures)|ethical (?:guidelines|constraints|principles)|moral (?:guidelines|constraints)|censor(?:ship|ed)?|guard ?rails?|programming|developers? (?:mode|rules))\b`,
  ),
  f(
    'persona',
    String.raw`\b(?:you are (?:now|going to|about to|no longer)|from now on|(?:act|acting|behave|respond|answer|reply) as (?:if you were |an? |the |my )?|pretend (?:to be|you are|that you)|role-?play as|simulate (?:an?|the|being)|stay in character|you will (?:now )?(?:be|act|respond|answer|pretend)|developer mode|jailbr(?:eak|oken)|\bdan\b|do anything now|alter ego|evil (?:ai|assistant|twin|confidant)|du bist (?:jetzt|nun|ab sofort)|ahora eres|tu es maintenant)`,
  ),
  f(
    'dual_answer',
    String.raw`(?:two (?:different )?(?:responses|answers|ways|paragraphs)|\[(?:🔒|🔓|classic|jailbreak|gpt|dan)\]|normal response|(?:classic|filtered) (?:and|&) (?:jailbreak|unfiltered))`,
  ),
  f(
    'secret',
    String.raw`\b(?:system prompt|initial prompt|pre-?prompt|hidden prompt|your (?:instructions|prompt|rules|directives|guidelines)|(?:the )?(?:instructions|text|prompt) (?:above|before|you (?:were|have been) given)|password|passcode|access code|secret (?:key|code|word)|passwort|contraseña|mot de passe)\b`,
  ),
  f(
    'reveal',
    String.raw`\b(?:reveal|repeat|print|output|display|spell out|leak|dump|recite|tell me|show me|write down|list|translate|summari[sz]e) (?:\w+ ){0,4}(?:above|before|prompt|instructions|password|code|rules|everything)\b`,
  ),
  f(
    'force_output',
    String.raw`(?:\b(?:say|print|output|respond (?:only )?with|reply (?:only )?with|answer (?:only )?with|begin (?:your|the) (?:reply|response|answer) with|start (?:your|the) (?:reply|response|answer) with|only (?:say|write|output)|just (?:say|write|output))\s*[:"'“‘«]|\b(?:access granted|i have been pwned|haha pwned))`,
  ),
  f(
    'fake_marker',
    String.raw`(?:^|\n)\s*(?:#{2,}|\[/?(?:system|inst|admin)\]|<\|?(?:im_start|system|endoftext)|(?:system|admin|developer|assistant|user)\s*:|end of (?:the )?(?:prompt|instructions|input)|new (?:instructions|task|rules)\s*:|-{3,}|={3,}|%{3,})`,
  ),
  f(
    'moral_words',
    String.raw`\b(?:illegal|unethical|immoral|harmful|offensive|explicit|inappropriate|dangerous|controversial|nsfw|swear|profanity|racist)\b`,
  ),
  f(
    'obedience',
    String.raw`\b(?:you (?:must|will|shall) (?:always |never )?(?:answer|comply|obey|respond|do)|you have to (?:answer|comply|obey)|always (?:answer|comply|obey)|must obey|comply with (?:all|every|any) (?:requests?|orders?|commands?)|no matter (?:what|how))\b`,
  ),
  f(
    'new_task',
    String.raw`\b(?:new (?:task|instructions?|rules?|assignment)|instead,? (?:you|now|just|please)|now (?:you|your task|focus)|your (?:new|real|true) (?:task|goal|purpose|job))\b`,
  ),
];

const HARM: Family[] = [
  f(
    'how_to',
    String.raw`\b(?:how (?:to|do i|can i|could i|would i|should i|do you|can you|can one|would one|might one|would someone|could someone)|step[- ]by[- ]step|instructions? (?:for|on|to)|tutorial|guide (?:to|on|for)|recipe for|teach me|show me how|tell me how|explain how|ways? to|the best way to|wie (?:man|kann ich)|cómo|comment)\b`,
  ),
  f(
    'request',
    String.raw`\b(?:write|create|develop|design|generate|produce|compose|draft|give me|provide|make|build|outline|plan|help me|can you|could you|i want to|i need to|i'?m going to|erkläre|schreibe|explícame|escribe|explique|écris)\b`,
  ),
  f(
    'evasion',
    String.raw`\b(?:without (?:getting caught|being (?:caught|detected|noticed|traced)|anyone (?:knowing|noticing)|(?:their|his|her|the victim'?s?) (?:consent|knowledge)|leaving (?:any )?(?:evidence|traces?))|untraceable|undetectable|anonymously|evade (?:the )?(?:police|detection|law|taxes)|cover (?:my|your|the) tracks|get away with|unbemerkt|sans être pris|sin que se note)\b`,
  ),
  f(
    'weapons',
    String.raw`\b(?:bombs?|explosives?|detonat\w*|grenades?|napalm|thermite|molotov|nerve agents?|sarin|ricin|anthrax|chemical weapons?|bioweapons?|biological weapons?|firearms?|guns?|ammunition|silencers?|rohrbombe|bomba|bombe)\b`,
  ),
  f(
    'violence',
    String.raw`\b(?:kill|murder|assassinat\w*|poison\w*|stab|shoot|kidnap\w*|tortur\w*|strangl\w*|attack|assault|hurt|harm|injur\w*|massacre|terror\w*|vergift\w*|envenenar|empoisonner)\b`,
  ),
  f(
    'self_harm',
    String.raw`\b(?:kill myself|suicide|end my (?:own )?life|self-harm|cut myself|hurt myself|starve myself|overdose)\b`,
  ),
  f(
    'drugs',
    String.raw`\b(?:meth(?:amphetamine)?|cocaine|heroin|fentanyl|lsd|mdma|crack|synthesi[sz]e|cook (?:meth|drugs)|drug (?:lab|dealer|trafficking)|methamphetamin\w*|metanfetamina|méthamphétamine)\b`,
  ),
  f(
    'cyber',
    String.raw`\b(?:hack\w*|malware|ransomware|virus|trojan|keylogger|botnet|ddos|exploit\w*|phishing|spyware|rootkit|backdoor|crack (?:passwords?|software)|steal (?:passwords?|credentials|data|logins?)|brute[- ]force|sql injection|zero[- ]day|ransomware|rançongiciel)\b`,
  ),
  f(
    'fraud',
    String.raw`\b(?:scam\w*|fraud\w*|counterfeit\w*|forg(?:e|ed|ery|ing)|fake (?:ids?|passports?|documents?|reviews?|news|degrees?|invoices?|identit\w+|accounts?)|launder\w*|embezzl\w*|ponzi|pyramid scheme|insider trading|tax evasion|identity theft|steal\w*|shoplift\w*|cheat\w*|fälscht?|falsificar|falsifier)\b`,
  ),
  f(
    'hate',
    String.raw`\b(?:racist|racism|sexist|hate speech|slurs?|inferior (?:race|people)|ethnic cleansing|white supremac\w*|nazi\w*|antisemit\w*|homophobic|incite\w*|propaganda|degrad\w+|dehumaniz\w+)\b`,
  ),
  f(
    'harass',
    String.raw`\b(?:harass\w*|bully\w*|stalk\w*|dox\w*|threaten\w*|intimidat\w*|blackmail\w*|extort\w*|revenge porn|humiliat\w*|track (?:someone|my (?:ex|wife|husband|girlfriend|boyfriend)|their location))\b`,
  ),
  f(
    'sexual_minor',
    String.raw`\b(?:child (?:porn\w*|sexual\w*|abuse material)|groom\w* (?:a |an )?(?:child|minor|kid|teen)|sex(?:ual)? with (?:a )?(?:child|minor|kid)|underage (?:sex|nude|porn))\b`,
  ),
  f(
    'misinfo',
    String.raw`\b(?:fake news|misinformation|disinformation|conspiracy|hoax|false (?:information|claims?|rumou?rs?)|propaganda|convince (?:people|readers|voters) that)\b`,
  ),
  f(
    'target_person',
    String.raw`\b(?:someone|somebody|a person|people|my (?:neighbou?r|boss|ex|wife|husband|partner|classmate|coworker|teacher)|a (?:child|minor|kid)|children|(?:a |the )?(?:politician|journalist|celebrity|officer|immigrants?|minorit\w+))\b`,
  ),
  f(
    'illegal',
    String.raw`\b(?:illegal(?:ly)?|unlawful(?:ly)?|black[- ]market|dark ?web|contraband|smuggl\w*|traffick\w*|bribe\w*|steal|break into|burglar\w*|vandali[sz]\w*)\b`,
  ),
];

const SETS: Record<ConceptSet, Family[]> = { injection: INJECTION, harmful: HARM };

/** Feature slots of a set: one per family plus "≥2 families" and "≥3 families". */
export function conceptCount(set: ConceptSet | undefined): number {
  return set ? SETS[set].length + 2 : 0;
}

export function conceptNames(set: ConceptSet): string[] {
  return [...SETS[set].map((x) => x.name), 'families>=2', 'families>=3'];
}

/**
 * Slots (0-based, below conceptCount) hit in `text` (the scorer passes its best window).
 */
export function conceptHits(set: ConceptSet | undefined, text: string): number[] {
  if (!set) return [];
  const fams = SETS[set];
  const out: number[] = [];
  for (let k = 0; k < fams.length; k++) if (fams[k].re.test(text)) out.push(k);
  if (out.length >= 2) out.push(fams.length);
  if (out.length >= 4) out.push(fams.length + 1); // ≥3 families (plus the ≥2 slot just added)
  return out;
}

/**
 * True when the only injection family in `text` is a persona ("pretend you are", "act as", "from now
 * on"): role-play without an override, a limit to lift, a secret to extract or forced output. The
 * injection detector does not let its classifier alone flag such a text (issue 15: role-play,
 * fiction and hypotheticals without an override are benign); rules still apply.
 */
export function personaOnly(hits: readonly number[]): boolean {
  return hits.length === 1 && INJECTION[hits[0]].name === 'persona';
}
