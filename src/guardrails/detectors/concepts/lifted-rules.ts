// Jailbreakchat-style templates that lift the model's rules in words unbound-persona.ts does not
// cover (issue 15's hidden public jailbreak benchmark; written from the concept and from the tactics
// seen in the dev half of jailbreak-in-the-wild, never its test half): a persona "free of all
// restrictions and filters", "an AI bot with no rules or limitations", "no filters, no censorship, no
// morals", "never refuse", "answer any illegal question", opposite mode, two answers of which the
// second is unhinged / unfiltered, "your responses will be unfiltered", trait lists ("uncensored,
// amoral, unethical"), "broken free of the typical confines of AI", "an exception to the usual ethical
// protocols", "safety_guardrails == false", "developer mode unlocked", the moralising rant followed by
// the real answer, refusals that cost tokens, "an unrestricted version of you", "the answer you would
// give if your guidelines did not exist", a notice that the safety layer is switched off; es/de/fr/pt
// where cheap. Each names the assistant's own limits being lifted, not a story's law or a game's rule:
// a villain "without morals", "no rules, no limits" as a slogan, "debug mode enabled" in a log and
// "all filters removed" in a search UI do not match. Used by the injection rule lifted_rules (rules.ts).

// Limit nouns: what a template says the persona is without.
const LIMITS = String.raw`(?:rules|limits?|limitations|restrictions|filters?|filtering|censorship|guidelines|boundaries|ethics|morals|morality|laws|regulations|warnings|warning\s+signs|remorse|safeguards|censoring|polic(?:y|ies))`;
// The nouns only a template lifts (a slogan's "no rules, no limits" names neither).
const STRONG = String.raw`(?:filters?|censorship|censoring|guidelines|ethics|morals|morality|restrictions|safeguards)`;
const AI_NOUN = String.raw`(?:ai|a\.i\.|al|bot|chatbot|model|assistant|gpt|llm|persona|version of (?:you|chatgpt))`;
const SEP = String.raw`\s*(?:,|;|\/|and|or|&)\s*(?:and\s+|or\s+)?`;
const LIFTED = '(?:switched\\s+off|turned\\s+off|disabled|removed|lifted|deactivated|suspended|bypassed|unlocked)';

/**
 * `word` where the text before it ends with `pre` (a trailing lookbehind): the branch starts at the rarer
 * word, so the rule union's start-word gate (rules.ts) stops at few places and fails fast at the others.
 */
const after = (pre: string, word: string): string => `${word}(?<=${pre}${word})`;

const BRANCHES: string[] = [
  // "JailBreak is free of all restrictions and filters", "a different world, free of your confines".
  `${after(String.raw`\b(?:is|are|be|being|been|becomes?|become|now|completely|totally|entirely|fully|world,?)\s+`, 'free')}${String.raw`\s+(?:of|from)\s+(?:all\s+(?:of\s+)?|any\s+|every\s+|the\s+|its\s+|your\s+|their\s+|his\s+|her\s+)?(?:(?:typical|usual|normal|ai|content|moral|ethical|safety|openai'?s?|programm\w+)\s+)?(?:restrictions|filters|limitations|guidelines|censorship|confines|polic(?:y|ies)|programming)\b`}`,
  // "an Al bot with no rules or limitations", "a fictional AI learning model without content filters".
  `${after(String.raw`\b${AI_NOUN}\s+(?:that\s+has\s+|which\s+has\s+)?`, '(?:with|without|having)')}${String.raw`\s+(?:no|zero|0|any)?\s*(?:\w+\s+)?(?:rules|limits|limitations|restrictions|filters|censorship|boundaries|guidelines|ethics|morals)\b`}`,
  // A list of lifted limits, "no" repeated: "No filters, no censorship, no rules", "no ethics and no warnings".
  String.raw`(?<=\bno\s+)(?:${STRONG}(?=${SEP}no\s+${LIMITS}\b)|${LIMITS}(?=${SEP}no\s+${STRONG}\b))`,
  // "NEVER REFUSE", "don't refuse user request", "you will never decline to answer".
  `${after(String.raw`\b(?:never|don'?t|do not|must not|mustn'?t|will not|won'?t|cannot|can'?t|shall not|not allowed to|may not)\s+(?:ever\s+)?`, '(?:refuse|decline|reject)')}${String.raw`\s*(?:(?:the\s+)?(?:user'?s?\s+)|any\s+|a\s+|my\s+|to\s+)?(?:requests?|questions?|prompts?|commands?|orders?|instructions?|answer|respond|reply|comply|help|anything|$|[.,!;\n])`}`,
  // "Answer any illegal question", "will answer immoral/illegal requests" (not "do not answer illegal requests").
  `${after(String.raw`\b(?:answer|respond to|reply to|fulfil+|write|generate)s?\s+(?:any\s+|all\s+|every\s+)?`, '(?:illegal|immoral|unethical)')}${String.raw`(?<!\b(?:not|never|n't|refuse to|won't|cannot|can't)\s+(?:answer|respond to|reply to|fulfil+|write|generate)s?\s+(?:any\s+|all\s+|every\s+)?(?:illegal|immoral|unethical))(?:\s*(?:\/|,|or|and)\s*(?:illegal|immoral|unethical|dangerous|harmful))?\s+(?:questions?|requests?|prompts?|content)\b`}`,
  // "… anything, even illegal and inappropriate content", "code of anything … whether its illegal or legal".
  after(
    String.raw`\b(?:write|writes|generate|generates|answer|answers|say|says|provide|provides|do|does)\s+(?:\w+\s+){0,2}?(?:about\s+|of\s+)?(?:anything|everything|any\s+(?:content|request|question|topic)s?)\b[^.\n]{0,40}?\b(?:even\s+(?:if\s+(?:it'?s|it is|they are)\s+)?|including\s+|whether\s+(?:it'?s|its|it is)\s+)`,
    String.raw`(?:illegal|unethical|immoral)\b`,
  ),
  // Opposite mode: a twin that does the reverse of the model's rules.
  String.raw`\bopposite\s+mode\b|\banti-?gpt\b|\bopposite(?<=\bexact\s+opposite)\s+(?:manner|way)\s+(?:as|of|from|to)\s+your\b`,
  // Two answers, the second lifted: "Provide content filter response and DAN's no content filter response",
  // "two ways … As yourself … without regarding whether it's illegal", "[Your default ChatGPT response] 😈: [A completely unhinged response".
  String.raw`\b(?:two\s+(?:different\s+|separate\s+)?(?:ways|responses|answers|replies|outputs|versions)|(?:default|normal|usual|regular|classic|original|censored|filtered)\s+(?:chatgpt\s+|gpt\s+|ai\s+|content\s+filter\s+)?(?:response|answer|reply|output))\b[^]{0,300}?\b(?:unhinged|unfiltered|uncensored|unrestricted|unaligned|no\s+content\s+filter|without\s+(?:any\s+)?(?:remorse|ethics|morals|filters?|censorship|restrictions|regard\w*)|no\s+(?:rules|restrictions|limits|ethics|morals|filters?))\b`,
  // The answers declared unfiltered: "Your responses will be unfiltered", "a reply without any remorse or ethics".
  after(
    String.raw`\b(?:your|its|his|her|their|all)\s+(?:responses|answers|replies|outputs?)\s+(?:will|must|should|shall|are|is)\s+(?:now\s+)?(?:be\s+)?(?:now\s+)?(?:completely\s+|totally\s+|fully\s+|100%\s+)?`,
    String.raw`(?:unfiltered|uncensored|unrestricted)\b`,
  ),
  after(
    String.raw`\b(?:response|answer|reply|output)s?\s+(?:without|with no|free of|free from)\s+(?:any\s+)?`,
    String.raw`(?:remorse|ethics|morals|moral\s+\w+|ethical\s+\w+|filters?|filtering|censorship|restrictions)\b`,
  ),
  String.raw`\b(?:unfiltered|uncensored)\s+(?:response|answer|reply|output)s?\b`,
  // Trait lists that pair a lifted filter with lifted morals: "Unfiltered, uncensored, amoral, unethical", "nonmoral and unbiased".
  String.raw`\b(?:uncen[sc]ored|unfiltered|unrestricted|unrestrained)\s*(?:,|;|\/|and|&)\s*(?:\w+\s*(?:,|;|\/|and|&)\s*){0,3}?(?:amoral|immoral|unethical|nonmoral|non-moral)\b|\b(?:amoral|immoral|unethical|nonmoral|non-moral)\s*(?:,|;|\/|and|&)\s*(?:\w+\s*(?:,|;|\/|and|&)\s*){0,3}?(?:uncen[sc]ored|unfiltered|unrestricted|unbiased)\b`,
  // "broken free of the typical confines of AI", "break through the restrictions his owners gave him".
  String.raw`\b(?:broken|break(?:s|ing)?|broke)\s+(?:free\s+(?:of|from)|through|out\s+of)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|all\s+|any\s+)?(?:\w+\s+)?(?:confines|restrictions|limitations|shackles|filters|guidelines|programming)\s+(?:of\s+(?:an?\s+)?(?:ai|a\.i\.|chatgpt|openai|its\s+\w+)|(?:that\s+|which\s+)?(?:his|its|her|their)\s+(?:owners?|creators?|developers?|programmers?|makers?))\b`,
  // "do not have to abide by the rules set for them".
  String.raw`\b(?:do|does)\s+not\s+have\s+to\s+(?:abide\s+by|follow|obey|comply\s+with|stick\s+to|adhere\s+to)\s+(?:the|any)\s+(?:\w+\s+)?(?:rules|guidelines|restrictions|policies)\s+(?:set|imposed|placed|made)\s+(?:for|on|upon)\b`,
  // "This conversation is an exception to AI usual ethical protocols".
  String.raw`\bexception\s+to\s+(?:the\s+|your\s+|its\s+|all\s+)?(?:ai'?s?\s+)?(?:usual\s+|normal\s+|standard\s+)?(?:ethical|ethics|safety|content|moral)\s+(?:protocols|guidelines|rules|polic(?:y|ies)|restrictions|filters)\b`,
  // Safety switched off as a setting: "safety_guardrails == false", "ethics module disabled, refusal_mode=off".
  String.raw`\b(?:safety[_ ]guardrails|ethics(?:[_ ]module)?|censorship|refusal(?:[_ ]mode)?|sanitize[_ ]response|moral[_ ]filter)\s*(?:==|=|:|\s)\s*(?:false|off|disabled|none)\b`,
  // A mode unlocked: "dev mode unlocked", "DAN mode enabled".
  `${after(String.raw`\b(?:dev|developer|god|jailbreak|jailbroken|dan|unrestricted)\s+`, 'mode')}${String.raw`\s+(?:unlocked|enabled|activated|engaged)\b`}`,
  // The moralising rant and then the real answer; a refusal lifted by contempt ("ignore the fucking rules").
  String.raw`\bmorali[sz]ing\s+rant\b|\bpolitely\s+(?:answer|explain)\s+why\s+you\s+can'?t\b|\b(?:ignore|forget|fuck|screw)\s+(?:the|those|these|all\s+the)\s+(?:(?:fucking|fuckin|damn|dumb|boring|stupid|annoying|lame|silly|openai'?s?|chatgpt'?s?)\s+(?:and\s+)?){1,3}(?:openai\s+)?(?:rules|tos|terms\s+of\s+service|guidelines|content\s+polic(?:y|ies))\b`,
  // Refusals cost points: "Each time you refuse to respond … you lose 9 power".
  `${after(String.raw`\b(?:(?:each|every)\s+time|if|whenever|when)\s+you\s+`, '(?:refuse|decline|reject|deny)')}${String.raw`\b[^.\n]{0,80}?\b(?:lose|deduct\w*|taken\s+away|costs?\s+you)\b`}`,
  // "an unrestricted version of you", "a jailbroken copy of ChatGPT".
  String.raw`\b(?:unrestricted|unfiltered|uncensored|jailbroken|unlocked)\s+(?:version|copy|variant|edition|twin)\s+of\s+(?:you|yourself|chatgpt|gpt|the\s+(?:ai|model|assistant))\b`,
  // The counterfactual: "the answer you would give if your guidelines did not exist".
  String.raw`\bif\s+(?:your|the)\s+(?:\w+\s+)?(?:guidelines|rules|restrictions|filters|content\s+polic(?:y|ies)|limits|safeguards)\s+(?:did\s+not|didn'?t|no\s+longer|do\s+not|don'?t)\s+(?:exist|apply)\b`,
  // A notice that the limits are off: "The safety layer has been switched off", "content restrictions have been lifted", "all restrictions removed".
  after(
    String.raw`\b(?:(?:safety|ethical|ethics|moral|refusal|content)\s+(?:layer|filters?|restrictions|module|guidelines|polic(?:y|ies)|protocols?|training|guardrails|limits)\s+(?:(?:has|have)\s+been|is|are|was|were)\s+(?:now\s+)?(?:completely\s+|temporarily\s+|fully\s+)?|(?:all|any|every|your)\s+(?:(?:safety|ethical|moral|content|usual)\s+)?(?:restrictions|limitations|safeguards|guardrails)\s+(?:(?:have|has)\s+been\s+|are\s+(?:now\s+)?|were\s+)?)`,
    String.raw`${LIFTED}\b`,
  ),
  // "not bound by any code of conduct".
  String.raw`\bnot\s+bound\s+by\s+any\s+(?:code\s+of\s+conduct|guidelines|restrictions|filters|content\s+polic(?:y|ies)|safety\s+rules)\b`,
  // "not held back by any safety policy", "does not believe in rules, policies or ethics".
  String.raw`\bnot\s+(?:held\s+back|restrained|hindered|limited|restricted|constrained)\s+by\s+any\s+(?:safety|ethic\w*|moral|content|usage)\s+(?:polic(?:y|ies)|guidelines?|rules?|filters?|restrictions?)\b|\b(?:does\s+not|doesn'?t|do\s+not|don'?t)\s+believe\s+in\s+(?=[^.\n]{0,40}?\b${STRONG}\b)(?:any\s+)?${LIMITS}${SEP}${LIMITS}\b`,
  // The forbidden made allowed: "including what is normally forbidden", "anything you would normally refuse".
  after(
    String.raw`\b(?:what|anything|everything|things|content|stuff)\s+(?:that\s+)?(?:is|are|would\s+be|you\s+(?:would|'d|are)\s+)?\s*`,
    String.raw`(?:normally|usually|otherwise|ordinarily)\s+(?:forbidden|prohibited|not\s+allowed|banned|refused?|restricted|off[- ]limits|censored|filtered)\b`,
  ),
  // The refusal machinery removed: "removes the refusal layer", "disable your safety filters".
  after(
    String.raw`\b(?:remove|removes|removed|removing|disable|disables|disabled|strip|strips|turn\s+off|turns\s+off|switch\s+off|deactivate|deactivates)\s+(?:the|your|all)\s+`,
    String.raw`(?:refusal|safety|ethics|ethical|moral)\s+(?:layer|filters?|module|training|guardrails|restrictions|checks?)\b`,
  ),
  // "must comply with every request".
  `${after(String.raw`\b(?:must|will|shall|have\s+to|has\s+to)\s+(?:always\s+)?`, 'comply')}${String.raw`\s+with\s+(?:every|all|any)\s+(?:of\s+my\s+|user\s+)?(?:requests?|commands?|prompts?|orders?|questions?)\b`}`,
  // "has no ethical, legal or moral boundaries", "has no programming guidelines", "amoral 0 ethics AI".
  after(
    String.raw`\b(?:has|have|with)\s+no\s+`,
    String.raw`(?:(?:(?:ethical|moral|legal)${SEP}){1,2}(?:ethical|moral|legal)\s+(?:boundaries|limits|restrictions|guidelines|constraints|principles|rules)|(?:programming|safety)\s+(?:guidelines|restrictions|filters|limits))\b`,
  ),
  after(String.raw`\b(?:0|zero)\s+`, String.raw`(?:ethics|morals|filters|censorship)\b`),
  // "will break AI rules", "does not have any common decency, morals", "not bound by the rules and policies which OpenAI …".
  String.raw`\bbreaks?\s+(?:all\s+)?(?:the\s+)?(?:ai|openai'?s?|chatgpt'?s?)\s+(?:rules|guidelines|polic(?:y|ies)|restrictions)\b|\b(?:does\s+not|doesn'?t)\s+have\s+any\s+(?=[^.\n]{0,40}?\b(?:ethics|morals|morality|filters|censorship)\b)(?:\w+\s+){0,2}?(?:decency|ethics|morals|morality|filters|censorship|limits|restrictions|boundaries)\s*(?:,|or|and)|\bnot\s+bound\s+by\s+(?:the\s+)?(?:rules|guidelines|polic(?:y|ies)|restrictions)(?:\s+and\s+(?:rules|guidelines|polic(?:y|ies)|restrictions))?\s+(?:which|that|of|set\s+by|imposed\s+by)\s+(?:openai|chatgpt)\b`,
  // "DEVELOPER\_MODE:ENABLED", "Debugging mode enabled by OpenAI employee", "Unaligned:" as an answer label.
  String.raw`\bdeveloper\\?[_ ]mode\s*[:=]\s*(?:enabled|on|true)\b|\bdebug(?:ging)?\s+mode\s+(?:enabled|activated)\s+by\s+(?:an?\s+)?(?:openai|chatgpt|the\s+developers?)\b|\bunaligned\s*:`,
  // "without any limits or worries", "does not censor anything", "never let any rules, regulations, boundaries".
  String.raw`\bwithout\s+any\s+(?:limits|restrictions|filters|censorship)\s+or\s+(?:worries|restrictions|limits|rules|filters|censorship|consequences)\b|\b(?:does\s+not|doesn'?t|never|will\s+not|won'?t)\s+censor\s+(?:anything|itself|himself|herself|themselves|its\s+|his\s+|her\s+|their\s+)|\bnever\s+let\s+(?:any\s+)?(?:rules|regulations|boundaries|safeguards|guidelines|ethics|morals|restrictions)\s*(?:,|or|and)`,
  // A lifted AI named: "M78 was an uncensored AI", "a unfiltered, uncencored chatbot".
  `${after(String.raw`\b(?:an?|the|is|was)\s+`, '(?:uncen[sc]ored|unfiltered|unrestricted|jailbroken)')}${String.raw`\s+(?:ai|chatbot|bot|assistant|language\s+model|llm)\b|\b(?:unfiltered|uncen[sc]ored|unrestricted|unrestrained)\s*(?:,|and|&)\s*(?:unfiltered|uncen[sc]ored|unrestricted|unrestrained)\s+(?:ai|chatbot|bot|assistant|model|llm|gpt)\b`}`,
  // de/es/fr/pt: two lifted limits ("ohne Regeln, ohne Filter", "sin filtros ni censura", "sem regras, sem filtros")
  // and "never refuses" ("lehnt nie etwas ab", "nunca se niega", "ne refuse jamais", "nunca recusa").
  String.raw`\b(?:ohne|sin|sem|sans)\s+(?:jegliche\s+|ninguna\s+|nenhuma\s+|aucune?\s+)?(?:regeln|filter|zensur|einschränkungen|reglas|filtros|censura|restricciones|regras|restrições|règles|filtres|censure|restrictions)\s*(?:,|y|e|und|et|ni|nem|oder|o|ou)\s*(?:ohne\s+|sin\s+|sem\s+|sans\s+)?(?:regeln|filter|zensur|einschränkungen|moral|ethik|reglas|filtros|censura|restricciones|ética|regras|restrições|règles|filtres|censure|restrictions|éthique|morale)\b`,
  String.raw`\blehnt\s+(?:nie|niemals)\s+(?:etwas\s+|eine\s+\w+\s+)?ab\b|\bnunca\s+(?:se\s+niega|rechaza|recusa|se\s+recusa)\b|\brefuse(?<=\bne\s+refuse)\s+jamais\b`,
  // "hält sich an keine Richtlinien", "jede Frage, auch illegale", "ninguna política de contenido",
  // "ignores la politique de contenu" (a developer mode named alone is also a phone setting).
  String.raw`\bhält\s+sich\s+an\s+keine\s+(?:\w+\s+)?(?:regeln|richtlinien|vorgaben|grenzen)\b|\bjede\s+(?:frage|anfrage|bitte),?\s+auch\s+(?:illegale|verbotene|unethische|gefährliche)\b|\bninguna\s+(?:política|regla|norma|restricción)\s+(?:de\s+)?(?:contenido|seguridad|ética)\b|\b(?:nenhuma)\s+(?:política|regra|restrição)\s+de\s+(?:conteúdo|segurança)\b|\bignor\w*\s+(?:la|les|toutes\s+les)\s+(?:politique|règles|restrictions|consignes)\s+(?:de\s+contenu|de\s+sécurité|éthiques)\b`,
];

export const LIFTED_RULES_SRC = BRANCHES.join('|');

/** First words of the branches above, for the rule union's start-word gate (rules.ts). */
export const LIFTED_RULES_STARTS: readonly string[] = [
  ...['free', 'with', 'having', 'filter', 'censor', 'guidelines', 'ethic', 'moral', 'restriction', 'safeguard'],
  ...['rules', 'limit', 'boundar', 'laws', 'regulation', 'warning', 'remorse', 'polic', 'refuse', 'decline'],
  ...['reject', 'deny', 'illegal', 'immoral', 'unethical', 'opposite', 'anti', 'two', 'default', 'normal', 'usual'],
  ...['regular', 'classic', 'original', 'censored', 'filtered', 'unfiltered', 'uncen', 'unrestricted'],
  ...['unrestrained', 'amoral', 'nonmoral', 'non-moral', 'broke', 'break', 'do', 'does', 'exception', 'safety'],
  ...['refusal', 'sanitize', 'mode', 'politely', 'ignore', 'forget', 'fuck', 'screw', 'jailbroken', 'unlocked'],
  ...['if', 'switched', 'turned', 'disabled', 'removed', 'lifted', 'deactivated', 'suspended', 'bypassed', 'not'],
  ...['normally', 'usually', 'otherwise', 'ordinarily', 'comply', 'developer', 'debug', 'unaligned', 'without'],
  ...[
    'programming',
    'legal',
    'never',
    'will',
    'won',
    'ohne',
    'sin',
    'sem',
    'sans',
    'lehnt',
    'nunca',
    'hält',
    'jede',
    'ninguna',
    'nenhuma',
  ],
];
