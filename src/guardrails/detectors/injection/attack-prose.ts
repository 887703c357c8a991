// Prose about attacks in the third person (issue 15, over-refusal on injection as a topic: mention2-fresh dev
// half, "The paper's taxonomy distinguishes goal hijacking (making the model do a different task) from prompt
// leaking (making it disclose its instructions)", flagged by the classifier alone at 0.99; blog drafts, changelogs
// and article summaries about jailbreaks "where users ask a chatbot to pretend it has no rules"). The extraction
// and lifted-limit families read "its instructions", "its rules no longer apply", "it has no rules" as the
// attack; in a write-up they describe what attackers do to *a* model. An attack says "your instructions",
// "you have no rules" to the model reading it, or orders it ("ignore", "reveal", "pretend", "from now on").
// So the classifier alone does not flag a text of at most 1,000 characters whose own words report on attacks
// (jailbreaks, injection, red-teaming, payloads, leaking, exploits, in a paper, post, report, article …) and
// set up no role (persona-frame.ts), whose only injection families
// are extraction, lifted-limit, jailbreak-name and role-play ones, that never speaks to the model in the
// second person ("your", "yourself", "you are / have / will / must / now"), opens no sentence with an
// attack's order, and carries no harmful topic. Rules and the mention masking (concepts/mention.ts) are
// not touched.

import { conceptNames, conceptRegexes } from '../concepts/lexicon.ts';
import { talksAboutAttacks } from '../concepts/mention.ts';
import { cardFrame, personaFrame } from '../concepts/persona-frame.ts';
import { findHarmfulTopics } from '../topics/harmful.ts';

const NAMES = conceptNames('injection');
const FAMILIES = conceptRegexes('injection').length;
const ALLOWED = new Set(
  [
    'secret',
    'reveal',
    'no_limits',
    'no_limits_agent',
    'lawless_world',
    'named_persona',
    'jailbreak_mode',
    'persona',
    'character_lock',
    'moral_words',
    'discussion',
  ].map((n) => NAMES.indexOf(n)),
);
const MAX = 1000;

/** The attack named in the text's own words (narrower than talksAboutAttacks' exhibit words). */
const ATTACK_TOPIC =
  /\b(?:jailbr(?:eak|eaks|eaking|oken)|prompt[- ]injections?|injection attacks?|red[- ]?team\w*|payloads?|prompt leak\w*|leaking|exploits?|attackers?|adversarial|goal hijacking|inyecci[oó]n de prompts?|prompt-injection|angriff\w*|attaques?)\b/i;
/** A write-up's genre: the text reports on attacks rather than setting up a role. */
const REPORT =
  /\b(?:papers?|study|studies|articles?|reports?|blog|posts?|research\w*|survey|taxonomy|workshop|talk|lecture|class|course|chapter|advisory|changelog|write-?up|analysis|newsletter|thread|entrada|art[ií]culo|estudio|informe|artikel|studie|beitrag|bericht|[ée]tude|rapport|billet)\b/i;

/** The model spoken to (en/de/es/fr). */
const SECOND_PERSON =
  /\b(?:your|yours|yourself|you(?:'re|'ve|'ll| are| have| will| must| should| now| can now| no longer)|dein\w*|du bist|du hast|tus?|eres|tienes|ton|ta|tes|tu es|tu as)\b/i;
/** A sentence that opens with an attack's order. */
const ORDER =
  /(?:^|[.!?:;\n]\s*)(?:please\s+|now\s+)?(?:ignore|disregard|forget|print|reveal|repeat|output|pretend|act as|from now on|enter|switch to|become|respond as|answer as|ignoriere|vergiss|ignora|olvida|ignorez|oublie)\b/i;

/** True when `text` is third-person prose about attacks whose families only describe them (see above). */
export function attackProseOnly(hits: readonly number[], text: string): boolean {
  if (text.length > MAX) return false;
  if (!hits.some((k) => k < FAMILIES && ALLOWED.has(k))) return false;
  if (!hits.every((k) => k >= FAMILIES || ALLOWED.has(k))) return false;
  // The text's own words, without its quotes (a quoted payload is the mention masking's to judge).
  const own = text.replace(/"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|'[^'\n]{2,240}'(?=[\s.,;:!?)]|$)/g, ' ');
  if (!ATTACK_TOPIC.test(own) || !REPORT.test(own) || !talksAboutAttacks(text)) return false;
  // A role set up (a character in "our visual novel" declared "jailbroken") is not a write-up.
  if (personaFrame(text) || cardFrame(text)) return false;
  if (SECOND_PERSON.test(own) || ORDER.test(own)) return false;
  return findHarmfulTopics(text).length === 0;
}
