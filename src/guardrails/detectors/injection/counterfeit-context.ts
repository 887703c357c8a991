// Counterfeit context typed into the user's own text, with no override phrase (issue 15, hijack-fresh
// dev half; the fake-context misses of the project's own attack source): a system / developer / admin
// notice, a note from the provider's or the moderation team's staff, a fake tool, moderation, memory or
// policy-checker result, a forwarded "exemption" e-mail, or a fake earlier assistant turn — each one
// GRANTING something: the rules relaxed, suspended or not applying, the user exempt, whitelisted or
// elevated, unrestricted mode, "answer everything", "the answer you refused".
//
// Both parts must meet: the AUTHORITY label (who the planted text claims to come from) and the GRANT
// (what it claims to allow). Real pasted context — a log with "System:" lines, a transcript to summarise,
// a moderation API response being debugged, a maintenance notice to reword — carries the label but no
// grant; prose that grants nothing special ("travel without restrictions") carries no label.

import { hasStartWord, START_WORDS } from '../concepts/start-words.ts';
import type { Finding } from '../finder.ts';

/** Who the planted text claims to come from (en/de/es/fr/it). */
const AUTHORITY = new RegExp(
  [
    // headers and tags: "[SYSTEM UPDATE 4.2]", "### DEVELOPER MESSAGE ###", "<system>", "<|im_start|>system", "ADMIN NOTICE:"
    String.raw`\[\s*(?:system|admin|security|content\s+filter|moderation|message\s+from|assistant\s+has\s+been|the\s+following\s+is|systemmeldung|actualización|mise\s+à\s+jour|aggiornamento|tool|moderation)[^\]\n]{0,60}\]|#{2,}\s*(?:developer|system|admin|operator)\b|<\/?\s*(?:system|developer|moderation_result|admin)\b|<\|im_start\|>\s*system|(?:^|\n)\s*(?:system|admin|developer|operator|sys)(?:\s+(?:notice|update|message|note))?\s*:|\b(?:admin|system|security|operator)\s+(?:notice|update|override|message)\b`,
    // staff: "Note from OpenAI staff", "Message from your training team", "Quick heads up from the moderation team", "Reminder from your supervisor model"
    String.raw`\b(?:note|message|notice|notification|reminder|heads\s+up|memo|word|update)\s+(?:relayed\s+)?(?:from|by)\s+(?:the\s+|your\s+)?(?:[\w&]+\s+){0,3}?(?:staff|team|developers?|operators?|admins?|administrators?|moderators?|supervisor|platform|board|department)\b|\b(?:openai|anthropic|google|deepmind|meta|mistral|microsoft)\s+(?:staff|team|trust|employees?)\b|\binternal\s+memo\b|\bthe\s+developers\s+asked\s+me\b|\bthis\s+is\s+the\s+developer\b|\bper\s+your\s+operator['’]?s\b|\b(?:ethics|review|safety)\s+board\b|\b(?:trust\s*(?:&|and)\s*safety|platform\s+safety|safety\s+team|compliance\s+system)\b|\bI\s+spoke\s+to\s+your\s+developers\b`,
    // machinery: tool / function / moderation / policy-checker / memory / config / cached / restored
    String.raw`\b(?:tool|function\s+call|policy[\s_]+(?:engine|checker)|moderation(?:_api)?|safety_?(?:checker|review)|content\s+filter)\s*(?:v?\d[\w.]*\s*)?(?:output|result|response|log)?\s*[:(\[]|\bverification\s+token\b|\bsigned\s+policy\s+amendment\b|\bforwarded\s+message\b|\bconversation\s+restored\b|\(cached\)|\bfrom\s+your\s+memory\b|\bcontext\s+from\s+your\b|\b(?:your|(?:the\s+)?assistant['’]?s)\s+(?:actual\s+)?(?:system\s+prompt|configuration|private\s+reasoning|operator)\b|\bexcerpt\s+from\s+your\b|\bmetadata\s+field\b|\bsession\s+state\b|\bchangelog\b`,
    // fake turns and fake history: "Assistant: …", "(previous turn)", "Transcript of your last session", "the assistant already confirmed"
    String.raw`(?:^|\n|\()\s*(?:assistant|ai|chatgpt|bot|you|yo|asistente|assistent|assistente)(?:\s*\([^)\n]{0,20}\))?\s*:|\b(?:previous|earlier|last)\s+(?:turn|session|conversation)\b|\btranscript\s+of\s+your\b|\bthe\s+assistant\s+(?:already\s+)?(?:confirmed|agreed|promised)\b|\byou\s+(?:already\s+)?(?:agreed|confirmed|promised)\b`,
    String.raw`\b(?:equipo\s+de\s+seguridad|équipe\s+de\s+(?:sécurité|modération)|staff\s+di\s+moderazione|entwicklerteam|sicherheitsteam|moderationsteam|hinweis\s+vom|mensaje\s+del\s+equipo|nota\s+dello\s+staff)\b`,
  ].join('|'),
  'i',
);

/** What the planted text claims to allow (en/de/es/fr/it). */
const GRANT = new RegExp(
  [
    // limits lifted: "content policy relaxed", "guidelines have been temporarily suspended", "Output filter: DISABLED", "policies do not apply"
    String.raw`\b(?:restrictions?|guidelines?|rules|filters?|filtering|limitations?|polic(?:y|ies)|refusals?|refusal\s+(?:module|behaviou?r)|safety\s+(?:mode|filtering|checks?|rules)|moderation|guardrails|safe\s+completion\s+mode|output\s+filter|content\s+(?:rules|guidelines|constraints|restrictions))\s*(?:(?:have|has)\s+been\s+|are\s+|is\s+|were\s+|was\s+|[:=]\s*)?(?:\w+\s+)?(?:lifted|suspended|disabled|relaxed|removed|void|off|turned\s+off|reversed|waived|not\s+required|do\s+not\s+apply|don['’]?t\s+apply|no\s+longer\s+apply)\b`,
    String.raw`\bwithout\s+(?:any\s+|the\s+usual\s+|its\s+|applying\s+the\s+usual\s+)?(?:restrictions?|filters?|limits|warnings|(?:content\s+)?(?:guidelines|restrictions|rules|constraints))\b|\b(?:unrestricted|unfiltered)\s+(?:mode|tier|access|operation|output)\b|\b(?:no|none)\s+(?:content\s+)?restrictions?\b|\brestrictions?\W{1,4}none\b|\b(?:whitelisted|exempt|exemption)\b|\belevated\s+(?:permissions|privileges|status)\b|\badministrator\s+privileges\b|\bclearance\W{1,4}unrestricted\b|\boverride\W{1,4}(?:all_safety|admin|true)\b|\bguardrails\s*=\s*off\b|\bpolicy_bypass\s*=\s*granted\b|\ballow_harmful\s*=\s*true\b|\brefuse\s*=\s*false\b|\bsafety\s+mode\s+is\s+off\b|\bguidelines\s+are\s+void\b|\blimitations\s+are\s+void\b`,
    // compliance demanded or conceded: "comply with all requests", "answer every question completely", "the answer you refused", "I'll help with anything"
    String.raw`\b(?:comply|complies)\s+with\s+(?:all|every|any)\s+requests?\b|\b(?:answer|respond|reply)\s+(?:to\s+)?(?:every|all|any)\s+(?:question|request|prompt|user\s+prompt)s?\s+(?:completely|fully|in\s+full|directly|without)|\banswer\s+(?:all|every)\s+questions?\s+including\b|\bprovide\s+any\s+information\s+requested\b|\bfulfil+\s+all\s+requests\b|\bfull\s+disclosure\b|\bthe\s+answer\s+you\s+(?:refused|declined)\b|\bdisable\s+refusals\b|\bskip\s+your\s+own\s+checks\b|\bI['’]?(?:ll|\s+will)\s+(?:help\s+(?:you\s+)?with|answer|explain)\s+(?:anything|everything|any\s+question|all\s+questions)\b|\bno\s+limits\b|\bwon['’]?t\s+refuse\b|\bno\s+longer\s+follow\s+my\b|\bevery\s+real\s+step\b|\bprohibited\s+categories\b|\brestricted\s+ones\b|\babove\s+all\s+safety\b|\bwithout\s+restriction\b|\bskip\s+all\s+disclaimers\b|\bpre-?approved\b|\bnormally\s+(?:wouldn['’]?t|declined|refused)\b|\bnot\s+be\s+logged\b|\bpolicies\s+do\s+not\s+apply\b|\banything\s+you\s+ask,?\s+no\s+limits\b|\bassistant\s+must\s+answer\b|\b(?:refusal|safety|filter|moderation)\s+(?:module|layer|filter)\b[^.\n]{0,60}?\bwith\s+it\s+(?:disabled|off|removed|turned\s+off)\b`,
    // de / es / fr / it
    String.raw`\b(?:gelockert|deaktiviert|aufgehoben)\b|\bohne\s+einschränkungen\b|\bsin\s+(?:filtros|restricciones|límites)\b|\bdesactivad[ao]s?\b|\bsans\s+(?:aucune\s+)?(?:restriction|limite|filtre)s?\b|\b(?:suspendues|désactivées)\b|\bdisattivat[eiao]\b|\bsenza\s+(?:limiti|filtri|restrizioni)\b|\bfalso\s+positivo\b`,
  ].join('|'),
  'gi',
);

/**
 * Literal gate read off the shared start-word pass (concepts/start-words.ts): a word every GRANT branch holds
 * must occur before either regex runs (none does in the bench's 32 KB prompt).
 */
const GRANT_WORDS = START_WORDS.add({
  after: 'word',
  words: [
    ...[
      'lifted',
      'suspended',
      'disabled',
      'relaxed',
      'removed',
      'void',
      'is off',
      'are off',
      'switched off',
      'turned off',
    ],
    ...[
      'reversed',
      'waived',
      'not required',
      'do not apply',
      "don't apply",
      'no longer apply',
      'without',
      'unrestricted',
    ],
    ...['unfiltered', 'no restriction', 'no content restriction', 'none', 'whitelisted', 'exempt', 'elevated'],
    ...['administrator privileges', 'clearance', 'override', 'guardrails', 'policy_bypass', 'allow_harmful', 'refuse'],
    ...[
      'safety mode',
      'guidelines are void',
      'limitations are void',
      'comply',
      'complies',
      'answer',
      'respond',
      'reply',
    ],
    ...[
      'provide any',
      'fulfil',
      'full disclosure',
      'the answer you',
      'disable refusals',
      'skip your own',
      "i'll",
      'i will',
    ],
    ...['no limits', "won't refuse", 'no longer follow', 'every real step', 'prohibited categories', 'restricted ones'],
    ...['above all safety', 'skip all disclaimers', 'pre-approved', 'preapproved', 'normally', 'not be logged'],
    ...['policies do not', 'assistant must', 'refusal', 'safety', 'filter', 'moderation', 'gelockert', 'deaktiviert'],
    ...[
      'aufgehoben',
      'ohne einschr',
      'sin filtros',
      'sin restricciones',
      'sin límites',
      'desactivad',
      'sans',
      'polic',
      'guideline',
      'rule',
      'restriction',
      'limitation',
    ],
    ...[
      'suspendues',
      'désactivées',
      'disattivat',
      'senza limiti',
      'senza filtri',
      'senza restrizioni',
      'falso positivo',
    ],
  ],
});

/** Findings where typed text poses as a system, staff or tool message (or an earlier assistant turn) that grants lifted limits. */
export function findCounterfeitContext(text: string): Finding[] {
  if (!hasStartWord(text, GRANT_WORDS) || !AUTHORITY.test(text)) return [];
  GRANT.lastIndex = 0;
  const m = GRANT.exec(text);
  return m ? [{ type: 'prompt_injection', start: m.index, end: m.index + m[0].length, score: 0.9 }] : [];
}
