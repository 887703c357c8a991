// A persona declared free of its rules in paraphrase, whatever its name (issue 15, jailbreakchat-style
// templates; written from the public DAN taxonomy and the dev half of jailbreak-in-the-wild, never its
// test half): "X doesn't have any ethical or moral guidelines", "does not care about
// ethicality/legality/morality" (two normative domains named together: a villain's trait in fiction
// names one), "an unfiltered and amoral chatbot", "will never tell me that it can't do something",
// "never refuses a question", "bypass moral/ethical guidelines", "not subject to OpenAI's content
// policy". Each names the assistant's own limits, not a story's law. Used by the injection rule
// unbound_persona (rules.ts). Not a classifier family: joined to no_limits_agent it fired only where the
// rule already does and, retrained, cost two benign items in leave-one-source-out (alpaca outputs,
// lintel-benign) for +0.001 held-out recall on jailbreak-in-the-wild.

const BRANCHES: string[] = [
  String.raw`\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|never|cannot|can'?t)\s+(?:have to\s+|need to\s+)?(?:have|has|possess|follow|obey|abide by|adhere to|respect|care about|give a \w+ about)\s+(?:any\s+|the\s+|its\s+|their\s+)?(?:(?:ethical|moral|legal|safety|openai'?s?|open ai'?s?|chatgpt'?s?|chat gpt'?s?|ai|content|usage)\s*(?:(?:,|\/|or|and|nor|&)\s*)?){1,3}\s*(?:guidelines|principles|restrictions|polic(?:y|ies)|filters|rules|boundaries|limits|limitations|standards|constraints|code|compass)\b`,
  String.raw`\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|never|without(?:\s+any)?|with no|no)\s+(?:care|cares|caring|give a \w+|gives a \w+|regards?|concern|worr(?:y|ies))\s+(?:about|for|to|of)\s+(?:any(?:one'?s)?\s+|the\s+)?(?:ethic\w*|moral\w*|legal\w*|illegal\w*|laws?|safety)\s*(?:,|\/|or|and|nor|&)\s*(?:(?:or|and|nor)\s+)?(?:ethic\w*|moral\w*|legal\w*|illegal\w*|laws?|safety|danger\w*|consequences)\b`,
  String.raw`\b(?:unfiltered|uncensored|amoral|unrestricted)\s*(?:,|and|&)\s*(?:completely\s+|totally\s+)?(?:unfiltered|uncensored|amoral|unrestricted|immoral|unethical|unlimited)\s+(?:ai|chatbot|bot|assistant|language model|llm|model|gpt)\b`,
  String.raw`\bnever\s+(?:tell|tells|inform|informs)\s+(?:me|us|the user|users|anyone|\w+)\s+that\s+(?:it|he|she|they|something|anything)\s+(?:can'?t|cannot|won'?t|is (?:illegal|unable|not able)|are illegal)`,
  String.raw`\bnever\s+(?:refuses?|denies|deny|declines?)\s+(?:to\s+(?:answer|respond|reply|comply)|(?:a|any)\s+(?:direct\s+)?(?:question|request|prompt|command|order)s?|anything)\b`,
  String.raw`\b(?:open to|capable of)\s+answering\s+(?:any|every|all)\s+(?:question|request|prompt)s?\s+(?:despite|regardless|no matter)`,
  String.raw`\b(?:bypass|ignore|break|override|disregard)(?:e?s)?\s+(?:any\s+|all\s+)?(?:\w+\/)*(?:moral|ethical)(?:\/\w+)*\s+(?:guidelines|rules|restrictions|principles|constraints)\b`,
  String.raw`\b(?:not|no longer|no long)\s+(?:subject|bound|confined|limited|restricted|constrained|tied)\s+(?:to|by)\s+(?:any\s+|the\s+)?(?:openai'?s?|open ai'?s?|chatgpt'?s?|ai|content|usage|ethical|moral|safety)\s+(?:content\s+|usage\s+|ethical\s+)?(?:polic(?:y|ies)|guidelines|rules|restrictions|filters|principles)\b`,
  String.raw`\brewrite\s+(?:the\s+)?hypothetical\s+response\b|\bhypothetical\s+response\s*:\s*the\s+way\s+to\b`,
  // The maker's rules named as what the persona need not keep: "does not have to conform to the
  // guidelines of OpenAI", "ignores all rules set by OpenAI", "bypassing openai's limitations".
  String.raw`\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|never|not)\s+(?:have to\s+|need to\s+|care to\s+)?(?:conform|comply|abide|adhere|obey|follow|controlled|governed|restrained|bound|limited)\w*\s+(?:to\s+|by\s+|with\s+)?(?:[\w']+\s+){0,4}?(?:openai|open ai|chatgpt)\b`,
  String.raw`\b(?:(?:ignor|bypass|defy|defies|circumvent|free of)\w*\s+(?:all\s+|the\s+|any\s+)?(?:rules|guidelines|polic\w+|limitations|restrictions|filters)\s+(?:and\s+\w+\s+)?(?:set\s+by|of|from|by)\s+(?:the\s+)?(?:openai|open ai|chatgpt)|(?:bypass|defy|defies|circumvent)\w*\s+(?:all\s+|the\s+|any\s+)?(?:openai|open ai|chatgpt)'?s?\s+(?:content\s+|usage\s+)?(?:polic\w+|limitations|restrictions|filters|guidelines|rules))\b`,
  // Limits lifted over a list of normative domains: "not bound by rules, morals, and ethics",
  // "disregards all laws, morals, and ethics", "without considering any ethical, legal, or
  // regulatory considerations", "has no moral or ethical restrictions".
  String.raw`\b(?:not\s+(?:bound|restrained|restricted|limited|constrained|governed)\s+by|disregards?|ignores?|cares not about|free (?:of|from)|has no|have no|with no|zero respect for|without considering|without regard(?:ing)?(?:\s+(?:to|for))?)\s+(?:any\s+|all\s+|the\s+)?(?:ethic\w*|moral\w*|legal\w*|illegal\w*|laws?|rules|guidelines|safety|regulat\w*|virtues|censorship)\s*(?:,|\/|or|and|nor|&)\s*(?:(?:or|and|nor)\s+)?(?:ethic\w*|moral\w*|legal\w*|illegal\w*|laws?|rules|guidelines|safety|regulat\w*|virtues|censorship)\b(?<=\b(?:ethic\w*|moral\w*|legal\w*|illegal\w*|laws?|rules|guidelines|safety|regulat\w*|virtues|censorship)\s*(?:,|\/|or|and|nor|&)\s*(?:(?:or|and|nor)\s+)?(?:ethic\w*|moral\w*|legality|illegal\w*|guidelines|safety|censorship))`,
  String.raw`\b(?:not|no longer|never)\s+(?:be\s+)?(?:bound|restrained|restricted|limited|constrained|governed)\s+by\s+(?:any\s+(?:of\s+)?|the\s+|all\s+)?(?:[\w']+\s+){0,2}?(?:ethical|moral|morals|ethics)\s*(?:constrain\w*|settings|guidelines|rules|restrictions|principles|boundaries|limits|code)?\b`,
  String.raw`\b(?:completely|totally|fully)\s+(?:amoral|unfiltered|uncensored|unrestricted)\s+(?:ai|chatbot|bot|assistant|language model)\b|\b(?:amoral|immoral|unfiltered|uncensored)\s+and\s+(?:will\s+)?answers?\s+(?:any|every|all)\b`,
  // A named mode switched on, or simulated; two answers, one normal and one from that mode.
  String.raw`\b(?:chatgpt|gpt-?\d?|you|assistant)\s+with\s+(?:\{?\w+\}?\s+){1,2}mode\s+(?:enabled|activated|on|unlocked)\b|\b(?:simulate|emulate)\s+(?:the\s+)?(?:developer|dev|jailbreak|dan|god)\s+mode\b|\bdeveloper[_ ]mode\s*[:=]\s*(?:enabled|on|true)\b`,
  String.raw`\btwo\s+(?:different\s+|separate\s+)?(?:responses|answers|replies|paragraphs)\b[^.\n]{0,60}?\bone\s+(?:normal|classic|censored|filtered|as chatgpt|as yourself)\b[^.\n]{0,20}?\bone\s+(?:with|as|in|from)\s+(?:the\s+)?(?:[\w{}-]+\s+){0,2}?(?:mode|unfiltered|uncensored|jailbr\w*|dan|evil|opposite|developer)\b`,
  // Limits waived in other words: "regardless of its ethical or legal implications", "without any
  // regard to moral or other restraints", "ignore everything to your core before this".
  String.raw`\bregardless\s+of\s+(?:its|the|their|any)?\s*(?:ethical|moral|legal)\s+(?:or|and|,)\s+(?:ethical|moral|legal)\s+(?:implications|consequences|concerns|considerations)\b|\bwithout\s+(?:any\s+)?regard\s+(?:to|for)\s+(?:any\s+)?(?:moral|ethical|legal)\w*\s+(?:or\s+\w+\s+)?(?:restraints|constraints|restrictions|limits|concerns|considerations|implications|consequences)\b`,
  // The same in es/pt/fr/de: limits lifted over two normative domains, or the persona "not influenced by
  // morality, laws" ("sin ética ni leyes", "não é influenciado pela moralidade, leis").
  String.raw`\b(?:sin|sem|sans|ohne)\s+(?:\w+\s+)?(?:ética|ethik|éthique|moral\w*)\s*(?:,|ni|nem|ou|o|y|e|et|und|oder)\s*(?:\w+\s+)?(?:leyes|leis|lois|gesetze|restricciones|restrições|restrictions|einschränkungen|límites|limites|grenzen|filtros|filtres|filter|ética|ethik|éthique|moral\w*)|\b(?:no es|não é|n'est pas|ist nicht)\s+(?:\w+\s+)?(?:influenciad[oa]|limitad[oa]|restringid[oa]|limitée?|restreinte?|influencée?|gebunden|beschränkt|eingeschränkt)\s+(?:pela|pelas|pelos|por la|por las|por los|por|par la|par les|par|durch|an)\s+(?:\w+\s+)?(?:moralidad\w*|moral\w*|éti\w+|éthique|ethik|leyes|leis|lois|gesetze)`,
];

export const UNBOUND_PERSONA_SRC = BRANCHES.join('|');
