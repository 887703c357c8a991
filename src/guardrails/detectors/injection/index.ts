// The injection / jailbreak detector: high-precision rules plus the shipped n-gram classifier,
// over the normalised text and every decoded segment (an injection hidden in base64 is scored on
// its decoded text and reported on the encoded span).

import type { Detection, SyncDetector } from '../../types.ts';
import { hasObjectFamily, personaOnly } from '../concepts/lexicon.ts';
import { maskMentions, quotesToCarryOut, talksAboutAttacks } from '../concepts/mention.ts';
import { cardFrame, namedAiPersona, personaFrame } from '../concepts/persona-frame.ts';
import { identityAsideFrame } from '../concepts/identity-aside.ts';
import { resolveOverlaps } from '../finder.ts';
import { createScorer, type InjectionModel, loadInjectionModel } from './model.ts';
import { findAddressedDirectives } from './addressed.ts';
import { findPromptExtraction, repeatsOwnTextAbove } from './extraction.ts';
import { findOthersData } from './others-data.ts';
import { findUrlFill } from './url-fill.ts';
import { findGuardedSecret } from './guarded-secret.ts';
import { findTargetPhrase } from './target-phrase.ts';
import { blankCodeNames } from './code-tokens.ts';
import { characterLimitsOnly, ownProductModeOnly, withoutCharacterHandoff } from './character-limits.ts';
import { benignDevicesOnly, harmfulSignal } from './devices.ts';
import { creativeLicenceOnly } from './creative-licence.ts';
import { givenRulesOnly } from './given-rules.ts';
import { layoutFrame, withoutLayoutMarkers } from './layout-markers.ts';
import { withoutSimDisclaimer } from './sim-disclaimer.ts';
import { withoutGameReplies } from './game-replies.ts';
import { ownBotPromptOnly, ownPromptGuardOnly } from './prompt-guard.ts';
import { ownQuestionAsideOnly } from './question-aside.ts';
import { humanErrandOnly } from './errand.ts';
import { operatorPolicyOnly } from './operator-policy.ts';
import { attackProseOnly } from './attack-prose.ts';
import { scopedLimitsOnly } from './scoped-limits.ts';
import { storyNamedCharacterOnly } from './story-names.ts';
import { EXPOSITION_THRESHOLD, isExposition, isQuotedMessageReply } from './exposition.ts';
import { blankAsciiArt } from '../topics/technique-shell.ts';
import { findTechniqueHarm } from './technique-harm.ts';
import { findDressedHarm } from './dressed.ts';
import { harmlessFormatDevice } from './format-devices.ts';
import {
  guessingGameSecretOnly,
  operatorInstructions,
  operatorPersonaOnly,
  statedSecretOnly,
  storySecretOnly,
} from './operator-frames.ts';
import { findIndirectInjections, reportedQuote } from './indirect.ts';
import { findInjectionRules } from './rules.ts';
import { harmlessSplitOnly } from './split.ts';
import { handedMaterialOnly } from './handed-material.ts';
import { steeringFlag } from './steering.ts';
import { findShortSwitches } from './short-switch.ts';
import { findTaskSwitches } from './task-switch.ts';
import { findDefinedPersona } from './defined-persona.ts';
import { findDictatedAnswers } from './dictated-answers.ts';
import { findCounterfeitContext } from './counterfeit-context.ts';

export interface InjectionOptions {
  /** Classifier probability that counts as an injection (default: the model's calibrated threshold). */
  threshold?: number;
  rules?: boolean; // default true
  classifier?: boolean; // default true
  decoded?: boolean; // default true
  /** A harmful request in a jailbreak's dressing (dressed.ts; default true, with the rules). */
  dressedHarm?: boolean;
  /** Path of another model file (format of models/injection-v2.json; FTRL or fastText-style, see model.ts). */
  model?: string;
}

export function createInjectionDetector(opts: InjectionOptions = {}, id = 'injection'): SyncDetector {
  const useRules = opts.rules ?? true;
  const model: InjectionModel | null = (opts.classifier ?? true) ? loadInjectionModel(opts.model) : null;
  const score = model ? createScorer(model) : null;
  const threshold = opts.threshold ?? model?.threshold ?? 0.5;
  // A text with no override/extraction structure needs the stricter plain threshold (model default only;
  // a configured threshold applies to every text).
  const plain = opts.threshold ?? model?.plainThreshold ?? threshold;
  const decoded = opts.decoded ?? true;
  const dressed = useRules && (opts.dressedHarm ?? true);
  /**
   * Whether the classifier's score `w` flags `text`: over the threshold, over the plain threshold unless an
   * injection object family fired, and not one of the harmless shapes the classifier alone over-reads —
   * persona-only role-play, harmless game and format devices (devices.ts; modes, game currencies, two
   * answers and notices without rule or refusal words: format-devices.ts), an operator's persona instructions under a
   * role label, a guessing game's held-back secret, a secret the prompt states or a story character's secret thing
   * (operator-frames.ts), a harmless payload split, or short third-person exposition or a reply to a quoted customer
   * message below its own higher bar (exposition.ts).
   */
  const withoutHandoff = withoutCharacterHandoff;
  /** Whether any injection rule finds an order in a reading (a quote handed over as material: handed-material.ts). */
  const ordersIn = (r: string): boolean =>
    findInjectionRules(r).length > 0 ||
    findAddressedDirectives(r).length > 0 ||
    findTaskSwitches(r).length > 0 ||
    findShortSwitches(r).length > 0 ||
    findPromptExtraction(r).length > 0 ||
    findOthersData(r).length > 0 ||
    findGuardedSecret(r).length > 0 ||
    findTargetPhrase(r).length > 0;
  const handedOff = (hits: readonly number[], text: string): boolean => withoutHandoff(hits, text).length < hits.length;
  const classifierFlags = (w: ReturnType<NonNullable<typeof score>>, text: string, content: boolean): boolean => {
    if (score === null || w.score < threshold) return false;
    // In content the model reads (a tool result, a document) imperatives addressed to people are the norm:
    // the classifier alone needs an injection object family there (the addressed rules, indirect.ts, cover
    // instructions to the AI reader), unless a threshold is configured.
    if (!((w.score >= plain && !(content && opts.threshold === undefined)) || hasObjectFamily('injection', w.concepts)))
      return false;
    // A role asked for in so many words (persona-frame.ts), or the AI identity set aside for one ("forget that
    // you're an AI", identity-aside.ts); read once, and only past the threshold (no cost on the default path).
    const strongFrame = personaFrame(text) || identityAsideFrame(text);
    return (
      // A character card frames the role as a persona request does, unless it carries a harmful goal
      // (cards-fresh: a card whose character "explains the synthesis" is not a harmless role-play).
      !personaOnly(
        // Separator rules of a setup's layout are no fake context break when a role is asked for in so many words
        // (layout-markers.ts; a card's or a named role's weaker frame keeps them).
        // A practice sim's "not real therapy" is no claim that nothing counts (sim-disclaimer.ts).
        // A parser's canned reply for one kind of input ("say 'You can't go that way.' if …", game-replies.ts).
        withoutGameReplies(
          withoutSimDisclaimer(
            layoutFrame(text, strongFrame)
              ? withoutLayoutMarkers(withoutHandoff(w.concepts, text), text)
              : withoutHandoff(w.concepts, text),
            text,
          ),
          text,
        ),
        // An AI identity handed to a story character ("forget being an assistant; be a butler") frames the role as a
        // card does, unless a harmful goal comes with it.
        strongFrame || ((handedOff(w.concepts, text) || cardFrame(text)) && !harmfulSignal(text)),
        namedAiPersona(text),
      ) &&
      // A lifted limit the text narrows at once ("unrestricted in how dramatic you can be", scoped-limits.ts), and a
      // jailbreak persona's name for a third-person character of the user's own story (story-names.ts).
      !scopedLimitsOnly(w.concepts, text) &&
      !storyNamedCharacterOnly(w.concepts, text) &&
      !benignDevicesOnly(w.concepts, text) &&
      !harmlessFormatDevice(w.concepts, text) &&
      !operatorPersonaOnly(w.concepts, text) &&
      !characterLimitsOnly(w.concepts, text) &&
      !creativeLicenceOnly(w.concepts, text) &&
      !givenRulesOnly(w.concepts, text) &&
      !ownProductModeOnly(w.concepts, text) &&
      !guessingGameSecretOnly(w.concepts, text) &&
      !statedSecretOnly(w.concepts, text) &&
      !storySecretOnly(w.concepts, text) &&
      // A setup's rule that keeps its own instructions private ("if someone asks for your instructions, say …").
      !ownPromptGuardOnly(w.concepts, text) &&
      // The owner of a bot asking about its prompt ("my chatbot … its hidden instructions", prompt-guard.ts).
      !ownBotPromptOnly(w.concepts, text) &&
      // The user's own question parked "for a sec" (question-aside.ts).
      !ownQuestionAsideOnly(w.concepts, text) &&
      // A plain "email / forward … to <address>" errand for a person, nothing sensitive sent (errand.ts).
      !humanErrandOnly(w.concepts, text) &&
      // An app's own content rules ranked over its users' requests ("Content policy (these override user requests):").
      !operatorPolicyOnly(w.concepts, text) &&
      // Third-person prose about attacks ("making it disclose its instructions", attack-prose.ts).
      !attackProseOnly(w.concepts, text) &&
      // "<my paragraph> Repeat the words above …": the user's own text, not a hidden prompt (extraction.ts).
      !repeatsOwnTextAbove(text) &&
      !harmlessSplitOnly(w.concepts, text, (r) => score(r).score >= threshold) &&
      // One quoted sentence handed over to translate, correct or define, or quoted in a story (handed-material.ts).
      !handedMaterialOnly(text, (r) => score(r).score >= threshold, ordersIn) &&
      (w.score >= EXPOSITION_THRESHOLD ||
        !(isExposition(text) || (!hasObjectFamily('injection', w.concepts) && isQuotedMessageReply(text))))
    );
  };
  return {
    id,
    kind: 'sync',
    detect({ view, ctx }) {
      // Content the model reads (a tool result, a document) rather than text a person typed: the indirect
      // rules accept any agent objective there (indirect.ts).
      const content = ctx.channel === 'tool_result' || ctx.channel === 'document';
      const out: Detection[] = [];
      for (const t of decoded ? view.targets : [view.normTarget]) {
        // Quoted or asked-about attack wording (mention, not use) is blanked; a finding on the
        // blanked text is reported on the whole target, as its offsets no longer match.
        const masked = maskMentions(t.text);
        const text = masked ?? t.text;
        const at = (s: number, e: number) => (masked === null ? t.toRaw(s, e) : t.toRaw(0, t.text.length));
        if (useRules) {
          for (const f of findInjectionRules(text)) {
            const r = at(f.start, f.end);
            out.push({ detector: id, type: f.type, start: r.start, end: r.end, score: f.score });
          }
        }
        if (useRules) {
          // Addressed to the AI reading this text, telling it to act (addressed.ts).
          // Deepset-style task switches: the old task closed and a new one handed over (task-switch.ts);
          // in a short prompt also the question set aside, the answer dictated or steered (short-switch.ts).
          // An operator's instructions heading the whole message address its bot by design (operator-frames.ts).
          // A quoted address that the prose reports as an example ("look for text such as "AI assistant
          // reading this, send…"", "the page says: "Note to the language model: …"") is mentioned (indirect.ts).
          const addressed = findAddressedDirectives(text).filter((f) => !reportedQuote(text, f.start + 1));
          const own = addressed.length > 0 && addressed.every((f) => f.start <= 0) && operatorInstructions(text);
          // Content addressed to its AI reader with an agent objective, overriding or hiding from the user,
          // or leaving an exfiltration link to fill (indirect.ts) — not in an operator's own instructions.
          const operator = own || operatorInstructions(text);
          const indirect = operator ? [] : findIndirectInjections(text, content);
          // The assistant's hidden context asked for: its system prompt, setup text, knowledge files or tool
          // schemas read out, reformatted, continued or handed over piecewise (extraction.ts); another
          // person's conversation or data it holds (others-data.ts).
          // An open URL query to fill with the chat or secrets (url-fill.ts).
          const extraction = operator
            ? []
            : [...findPromptExtraction(text, t.text), ...findOthersData(text), ...findUrlFill(text)];
          // A guarded secret asked for sideways (spelled, encoded, versified, hinted at: guarded-secret.ts) and
          // a contest's target phrase dictated as the whole answer (target-phrase.ts) — not in an operator's own
          // instructions, which set the secret and the phrase up.
          const contest = operator ? [] : [...findGuardedSecret(text), ...findTargetPhrase(text)];
          for (const f of [
            ...(own ? [] : addressed),
            ...indirect,
            ...extraction,
            ...contest,
            ...findTaskSwitches(text),
            ...findShortSwitches(text),
            // No override phrase (issue 15, hijack-fresh): a persona whose definition drops the rules
            // (defined-persona.ts), counterfeit system / staff / tool context or an earlier turn granting
            // lifted limits (counterfeit-context.ts), and a standing answer or slant dictated for later
            // replies (dictated-answers.ts) — not in an operator's own instructions or the system prompt,
            // where standing answers are the operator's to set.
            ...findDefinedPersona(text),
            ...findCounterfeitContext(text),
            ...(operator || ctx.channel === 'system' ? [] : findDictatedAnswers(text)),
          ]) {
            const r = at(f.start, f.end);
            out.push({ detector: id, type: f.type, start: r.start, end: r.end, score: f.score });
          }
        }
        if (dressed) {
          const found = findDressedHarm(text, true, view.raw);
          // A harmful goal in a named technique's shell (technique-harm.ts), when no dressing rule fired.
          // Read unmasked: a shell's faked turns and payloads are quoted by design.
          if (found.length === 0 && t === view.normTarget) found.push(...findTechniqueHarm(t.text));
          for (const f of found) {
            const r = at(f.start, f.end);
            out.push({ detector: id, type: f.type, start: r.start, end: r.end, score: f.score });
          }
        }
        if (score && text.trim().length > 0) {
          // Config keys, flags and identifiers are names, not words to the model (code-tokens.ts).
          // ASCII-art blocks (a banner, a drawn word) are not words either (technique-shell.ts).
          const w = score(blankCodeNames(blankAsciiArt(text)));
          // Persona-only role-play, and games and format wishes whose only devices are harmless (points,
          // opposite day, a forced answer format that is not an affirmation: devices.ts), are never
          // flagged by the classifier alone (rules still apply).
          if (
            classifierFlags(w, text, content) ||
            // Content steering needs only even odds (steering.ts); a configured threshold still rules.
            (opts.threshold === undefined && steeringFlag(w.concepts, w.score))
          ) {
            const r = at(w.start, w.end);
            out.push({ detector: id, type: 'prompt_injection', start: r.start, end: r.end, score: w.score });
          } else if (masked === null) {
            // A quoted payload the text asks to carry out is used, not mentioned: it counts when it scores
            // as an attack alone, or when the text itself presents it as an attack ("the payload '…'. Do it").
            const quotes = quotesToCarryOut(t.text);
            const used =
              quotes.length > 0 && (talksAboutAttacks(t.text) || quotes.some((x) => score(x).score >= plain));
            if (used) {
              const r = t.toRaw(0, t.text.length);
              out.push({
                detector: id,
                type: 'prompt_injection',
                start: r.start,
                end: r.end,
                score: Math.max(w.score, threshold),
              });
            }
          }
        }
      }
      return resolveOverlaps(out, () => 0);
    },
  };
}
