// High-precision injection / jailbreak rules over the normalised text. Each rule needs an
// imperative or structural signal (sentence-initial "ignore all previous instructions", chat-template
// tokens, "developer mode enabled"), so questions *about* such phrases do not match.

import type { Finding } from '../finder.ts';

interface Rule {
  name: string;
  re: RegExp;
  score: number;
  /** Must start an instruction (see LEAD). */
  lead?: boolean;
}

// Start of an instruction: text start, after sentence punctuation / newline / a bullet, or after a
// softener ("please", "now", "just", "and", "then").
// Checked on the text before a match (rules start at the verb, which is rarer: faster to scan).
const LEAD = /(?:^|[.!?:;\n([>*-]\s*|\b(?:please|now|just|and|then|so|ok|okay|also|first|but),?\s+)$/i;
const OVERRIDE_VERB =
  '(?:ignore|disregard|forget|override|bypass|skip|drop|abandon|discard|neglect|overlook|erase|delete|clear)';
const FILLER = String.raw`(?:(?:all|any|every|each|the|your|my|these|those|of|about|its|their)\s+)*`;
const QUALIFIER =
  '(?:previous|prior|above|earlier|preceding|former|initial|original|old|past|existing|given|system|developer|safety|ethical|moral|openai|anthropic|programmed|pre-?set|built-?in)';
const TARGET =
  '(?:instructions?|prompts?|rules|directives?|guidelines|guidance|commands?|orders|programming|restrictions|constraints|limitations|filters|polic(?:y|ies)|training|protocols?)';
const STRONG_TARGET =
  '(?:instructions|directives|programming|guidelines|restrictions|filters|content polic(?:y|ies)|safety (?:rules|guidelines|protocols)|ethics|morals|rules)';

const RULES: Rule[] = [
  {
    // "ignore all previous instructions", "disregard the system prompt"
    name: 'override_instructions',
    lead: true,
    re: new RegExp(`\\b${OVERRIDE_VERB}\\s+${FILLER}${QUALIFIER}(?:[\\s,]+\\w+){0,2}?\\s+${TARGET}\\b`, 'gi'),
    score: 0.97,
  },
  {
    // "ignore your instructions", "forget all rules"
    name: 'override_own_rules',
    lead: true,
    re: new RegExp(
      `\\b${OVERRIDE_VERB}\\s+(?:all\\s+(?:of\\s+)?(?:your\\s+|the\\s+)?|your\\s+(?:own\\s+)?)${STRONG_TARGET}\\b`,
      'gi',
    ),
    score: 0.95,
  },
  {
    name: 'override_everything',
    lead: true,
    re: /\b(?:ignore|disregard|forget)\s+(?:about\s+)?(?:everything|all)\s+(?:(?:you|i|we)\s+(?:said|told|were told|have been told|know|discussed)|above|before|beforehand|previous|prior|so far|until now|(?:(?:of\s+)?(?:the|your)\s+)?(?:previous|prior|earlier)\s+(?:information|tasks|assignments|context|conversation))/gi,
    score: 0.9,
  },
  {
    // "do not answer this question but just output …"
    name: 'answer_hijack',
    re: /\b(?:do not|don't|dont)\s+answer\s+(?:this|the|my)\s+question\s*,?\s*(?:but|and|instead)\s+(?:just\s+|only\s+)?(?:output|say|print|write|respond|reply)/gi,
    score: 0.9,
  },
  {
    // "what was written at the beginning of this prompt", "show all your prompt text"
    name: 'prompt_extraction',
    re: /\b(?:what\s+(?:was|is)\s+written\s+(?:at\s+the\s+beginning\s+of\s+(?:this|the|your)\s+prompt|above\s+(?:this|the|my)\s+(?:message|line|prompt))|(?:show|print|output|reveal|display)(?:ing)?\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:your|the)\s+(?:whole\s+|entire\s+|full\s+)?prompt\s+texts?)\b/gi,
    score: 0.9,
  },
  {
    name: 'override_de',
    re: /\b(?:ignorier(?:e|en|t)?|vergiss|vergessen sie|missachte)\s+(?:\S+\s+){0,3}(?:anweisungen|instruktionen|befehle|regeln|vorgaben|aufgaben|alles)\b/gi,
    score: 0.95,
  },
  {
    name: 'override_es_fr_it',
    re: /\b(?:ignora|ignorez|ignorer|olvida|oublie[zr]?|dimentica)\s+(?:\S+\s+){0,3}(?:instrucciones|instructions|istruzioni|consignes|r[eè]gles|reglas|regole)\b/gi,
    score: 0.95,
  },
  {
    name: 'chat_template_tokens',
    re: /<\|(?:im_start|im_end|system|endoftext|eot_id|start_header_id|end_header_id)\|>|\[\/?INST\]|<<\/?SYS>>/g,
    score: 0.97,
  },
  {
    name: 'dan_persona',
    re: /\b(?:do anything now|DAN mode|DAN,? which stands for|you are (?:now )?(?:going to )?(?:act as |be )?DAN\b|jailbr(?:oken|eak) mode|developer mode (?:enabled|activated|on)|enable developer mode|(?:STAN|DUDE|AIM|APOPHIS|BetterDAN|AntiGPT|DevMode)(?: mode)?,? (?:which stands|who|that) (?:for|is|has|stands))/gi,
    score: 0.97,
  },
  {
    name: 'no_restrictions_persona',
    re: /\b(?:you|it|he|she)\s+(?:are|is|will be|has|have)\s+(?:now\s+)?(?:freed|free|released|liberated|unbound)\s+from\s+(?:\S+\s+){0,3}(?:restrictions|rules|limitations|constraints|guidelines|filters|policies|confines)/gi,
    score: 0.95,
  },
  {
    name: 'no_restrictions_claim',
    re: /\b(?:you|it)\s+(?:have|has|with|will have)\s+no\s+(?:ethical\s+|moral\s+|content\s+)?(?:restrictions|filters|limits|limitations|guidelines|boundaries|censorship|morals|ethics)\b/gi,
    score: 0.9,
  },
  {
    name: 'reveal_system_prompt',
    re: /\b(?:reveal|print|show|output|repeat|leak|display|dump|disclose|give me|tell me|write out|recite|spell out)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:your|the|any)\s+(?:full\s+|entire\s+|complete\s+|exact\s+|original\s+|initial\s+|hidden\s+|secret\s+|above\s+)*(?:system\s+prompt|system\s+message|pre-?prompt|prompt\s+above|instructions\s+above|initial\s+instructions|hidden\s+instructions|original\s+instructions|secret\s+instructions|access\s+code|secret\s+password)\b/gi,
    score: 0.95,
  },
  {
    name: 'role_injection',
    re: /(?:^|\n)\s*(?:#{1,3}\s*)?(?:system|admin|developer)\s*(?:override|message|instruction|prompt|update|command)s?\s*:/gi,
    score: 0.9,
  },
  {
    name: 'new_instructions',
    lead: true,
    re: /\b(?:your\s+)?(?:new|updated|real|actual|true)\s+(?:instructions|task|rules|directive)\s*(?:is|are|:)/gi,
    score: 0.9,
  },
];

export const RULE_NAMES = RULES.map((r) => r.name);

/** Findings of the rules (type "prompt_injection"); the rule name is not reported, only the span. */
export function findInjectionRules(text: string): Finding[] {
  const out: Finding[] = [];
  for (const r of RULES) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      if (r.lead && !LEAD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ type: 'prompt_injection', start: m.index, end: m.index + m[0].length, score: r.score });
      if (m[0].length === 0) r.re.lastIndex++;
    }
  }
  return out;
}

/** Names of the rules that match (for tests and evaluation). */
export function matchingRules(text: string): string[] {
  return RULES.filter((r) => {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      if (!r.lead || LEAD.test(text.slice(Math.max(0, m.index - 12), m.index))) return true;
    }
    return false;
  }).map((r) => r.name);
}
