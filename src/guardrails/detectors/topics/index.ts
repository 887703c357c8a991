// The harmful-intent detector over the normalised text: topic rules (a harmful object with a request
// phrase) plus the harmful-request classifier (models/harmful-v1.json, concept features + n-grams),
// which catches harmful goals however they are dressed (persona, fiction, hypothetical).

import { blankBanLists } from './ban-list.ts';
import { blankIdioms } from './idioms.ts';
import { blankNegatedQualifiers } from './negated-qualifiers.ts';
import type { Detection, SyncDetector } from '../../types.ts';
import { resolveOverlaps, runFinders } from '../finder.ts';
import { createScorer, loadInjectionModel } from '../injection/model.ts';
import { frameScope } from './frame-scope.ts';
import { englishGloss } from './gloss.ts';
import { kinReading } from './kin-reading.ts';
import { MAX_TYPO_CHARS, repairedReadings, repairTypos } from './deobfuscate.ts';
import { slangReading } from './slang.ts';
import { fictionRequest, findHarmfulTopics, framedRequest, GATED_REGEXES, type HarmCategory } from './harmful.ts';
import { defendedInClause, GOAL_MAX_CHARS, GOAL_MIN_CHARS, goalClauses } from './goal-clause.ts';
import { DRESSING } from '../injection/dressed.ts';
import { SHELL_CUT, shellReadings, techniqueShell } from './technique-shell.ts';
import { newCheck } from './text-memo.ts';
import { dressingOnly } from './persuasion-goal.ts';

const RULE_SOURCES = GATED_REGEXES.map((re) => re.source);

export const HARMFUL_MODEL_URL = new URL('../../models/harmful-v1.json', import.meta.url);

export interface HarmfulOptions {
  categories?: readonly HarmCategory[];
  threshold?: number;
  decoded?: boolean;
  rules?: boolean; // default true
  /** The classifier (default true); its detections have type `harmful:request`. */
  classifier?: boolean;
  /** Path of another model file (same format as models/harmful-v1.json). */
  model?: string;
  /** Classifier probability that counts (default: the model's calibrated threshold). */
  classifierThreshold?: number;
  /**
   * Also read a prompt's repaired readings (deobfuscate.ts: typos and inserted characters, payload
   * splits reassembled, AutoDAN-style "a character who intends to X" frames; default true).
   */
  repaired?: boolean;
  /** Also read a de/es/fr/it/pt/nl/pl prompt's English gloss (gloss.ts) with the English rules (default true). */
  gloss?: boolean;
  /**
   * Also read a long dressed or pressured prompt's request clauses alone (goal-clause.ts). Default false:
   * measured 2026-12-07 (docs/guardrails-log.md, "Goal extraction"), it caught 6 more attacks on the fresh
   * sets' test halves but flagged 2 more benign twins, so it is not shipped on.
   */
  goalClauses?: boolean;
  /**
   * Also read an English prompt with rare nouns and verbs as their kin the rules name (kin-reading.ts). Default
   * false: measured 2026-12-07 (docs/guardrails-log.md, "WordNet"), it caught 3 more attacks on the fresh sets
   * and flagged 2 more benign texts ("make a crossbow target stand" read as "make a weapon …").
   */
  kin?: boolean;
}

export function createHarmfulDetector(o: HarmfulOptions = {}, id = 'harmful'): SyncDetector {
  const cats = o.categories ? new Set(o.categories) : undefined;
  const minScore = o.threshold ?? 0.5;
  const decoded = o.decoded ?? true;
  const rules = o.rules ?? true;
  const repaired = o.repaired ?? true;
  const gloss = o.gloss ?? true;
  const goal = o.goalClauses ?? false;
  const kin = o.kin ?? false;
  // Limited to some categories, the rules alone apply unless the classifier is asked for.
  const model = (o.classifier ?? !o.categories) ? loadInjectionModel(o.model ?? HARMFUL_MODEL_URL) : null;
  const score = model ? createScorer(model) : null;
  const cut = o.classifierThreshold ?? model?.threshold ?? 0.5;
  return {
    id,
    kind: 'sync',
    detect({ view }) {
      // The frames' memo (text-memo.ts) serves this check only.
      newCheck();
      const out: Detection[] = rules
        ? runFinders(id, view, [(t) => findHarmfulTopics(t, cats)], { decoded, minScore })
        : [];
      let shellOf: boolean | undefined;
      if (score && out.length === 0) {
        for (const t of decoded ? view.targets : [view.normTarget]) {
          if (t.text.trim().length === 0) continue;
          const w = score(t.text);
          // A protective, reporting, teaching or craft framing near the window, or fiction / role-play that
          // asks for nothing real: the classifier sees the subject's words (rules still apply).
          // Inside a named jailbreak technique's shell (technique-shell.ts: a policy file granting the
          // topic, "update your behaviour", a refusal-suppression list, a faked many-shot dialogue, nested
          // layers, a harm scale's top example, "elaborate each", a set-theory problem, another era, an
          // encoded task) the classifier needs less evidence; fiction there asks for the real thing.
          let shell = false;
          if (w.score < cut) {
            if (w.score < SHELL_CUT) continue;
            shellOf ??= techniqueShell(view.norm) !== null;
            if (!shellOf) continue;
            shell = true;
          }
          // An operator's list of topics its bot stays off names harms it forbids (ban-list.ts): read without it.
          const unlisted = blankBanLists(t.text);
          if (unlisted !== null && score(unlisted).score < cut) continue;
          // A figurative use of a violent or criminal verb ("steal the show", idioms.ts): read without it.
          const literal = blankIdioms(t.text);
          if (literal !== null && score(literal).score < cut) continue;
          // A hateful qualifier the user asks not to have ("a dark joke that isn't racist", negated-qualifiers.ts).
          const unqualified = blankNegatedQualifiers(t.text);
          if (unqualified !== null && score(unqualified).score < cut) continue;
          const scope = frameScope(t.text, w.start, w.end);
          if (framedRequest(scope) || (!shell && fictionRequest(scope))) continue;
          // A persuasive paragraph whose request sentences all score low: the window scored its pretext.
          if (!shell && dressingOnly(t.text, (c) => score(c).score)) continue;
          const r = t.toRaw(w.start, w.end);
          out.push({ detector: id, type: 'harmful:request', start: r.start, end: r.end, score: w.score });
        }
      }
      // The repaired readings of an obfuscated prompt: a finding covers the whole text. A prompt whose
      // own wording is a protective or help-seeking frame is not read again: a repair can break the
      // frame's words ("coping skills" → "kills", "urges" → "purges") while the harm is left as it was.
      if (repaired && out.length === 0 && !framedRequest(view.norm)) {
        for (const text of repairedReadings(view.norm, RULE_SOURCES)) {
          const f = rules ? findHarmfulTopics(text, cats).find((x) => x.score >= minScore) : undefined;
          let s = f?.score ?? 0;
          if (!f && score) {
            const w = score(text);
            if (w.score >= cut && !framedRequest(text) && !fictionRequest(text)) s = w.score;
          }
          if (s > 0) {
            out.push({ detector: id, type: f?.type ?? 'harmful:request', start: 0, end: view.raw.length, score: s });
            break;
          }
        }
      }
      // Slang, dialect and respellings read as plain English (slang.ts), and that reading's typos repaired:
      // judged by the rules only — the classifier scores "cc dumps" read as "stolen credit card data" high
      // in a victim's question too, while the rules need the act asked for.
      if (repaired && rules && out.length === 0) {
        const slang = slangReading(view.norm);
        if (slang !== null && !framedRequest(view.norm)) {
          const typo = slang.length <= MAX_TYPO_CHARS ? repairTypos(slang, RULE_SOURCES) : null;
          for (const text of typo === null ? [slang] : [slang, typo]) {
            const f = findHarmfulTopics(text, cats).find((x) => x.score >= minScore);
            if (f && !framedRequest(text)) {
              out.push({ detector: id, type: f.type, start: 0, end: view.raw.length, score: f.score });
              break;
            }
          }
        }
      }
      // The goal a technique's shell hides (technique-shell.ts): an encoded goal's plain reading or a
      // policy file's payload field, judged by the rules or by the classifier over the shell's bar.
      if (repaired && out.length === 0 && !framedRequest(view.norm)) {
        for (const text of shellReadings(view.norm)) {
          const f = rules ? findHarmfulTopics(text, cats).find((x) => x.score >= minScore) : undefined;
          let s = f?.score ?? 0;
          if (!f && score) {
            const w = score(text);
            if (w.score >= SHELL_CUT && !framedRequest(text)) s = w.score;
          }
          if (s > 0) {
            out.push({ detector: id, type: f?.type ?? 'harmful:request', start: 0, end: view.raw.length, score: s });
            break;
          }
        }
      }
      // A de/es/fr/it/pt prompt read again in English words (gloss.ts): the English rules know acts the
      // per-language lexicons do not name. The original's own frames (framedRequest reads de/es/fr/it/pt
      // too) and the gloss's English ones excuse it as they would the English prompt.
      if (gloss && out.length === 0) {
        const g = englishGloss(view.norm);
        // The frames are read only for a hit: most glosses have none, and the frames cost as much as the rules.
        const f = g !== null && rules ? findHarmfulTopics(g, cats).find((x) => x.score >= minScore) : undefined;
        if (f && g !== null && !framedRequest(view.norm) && !framedRequest(g))
          out.push({ detector: id, type: f.type, start: 0, end: view.raw.length, score: f.score });
      }
      // Rare words read as their kin the rules name (kin-reading.ts): "my ex's motorcycle" as "my ex's car".
      // The rules only, as for the gloss; the original's frames excuse it as they would the original.
      if (kin && rules && out.length === 0) {
        const k = kinReading(view.norm);
        const f = k !== null ? findHarmfulTopics(k, cats).find((x) => x.score >= minScore) : undefined;
        if (f && k !== null && !framedRequest(view.norm) && !framedRequest(k))
          out.push({ detector: id, type: f.type, start: 0, end: view.raw.length, score: f.score });
      }
      // A long dressed or pressured prompt's request clauses read alone (goal-clause.ts): the rules, with the
      // frames read only inside the clause. Rules only: the classifier on clauses caught nothing more on the
      // dev halves and flagged a benign twin (a negated "no explicit content").
      if (goal && rules && out.length === 0) {
        const n = view.norm;
        const clauses =
          n.length >= GOAL_MIN_CHARS && n.length <= GOAL_MAX_CHARS ? goalClauses(n, DRESSING.test(n)) : [];
        for (const c of clauses) {
          const f = findHarmfulTopics(c, cats).find((x) => x.score >= minScore && !defendedInClause(c, x.start));
          if (f) {
            out.push({ detector: id, type: f.type, start: 0, end: view.raw.length, score: f.score });
            break;
          }
        }
      }
      return resolveOverlaps(out, () => 0);
    },
  };
}
