// Lintel's fresh hand-written evaluation sets (train/*.jsonl) as training data — their DEV half only.
// Every fresh set is halved (train/dev-test.ts and friends): whoever tunes may read the dev half, the
// test half is the held-out figure. This registry lists each set once, with the concept(s) its items
// belong to, how its labels map, how it is halved (the same rule its `guard eval` rows use, so "test"
// here is the eval's test half) and whether its dev half may be trained on. `freshDevItems` returns
// the dev halves as LabeledText under two sources shared by both concepts — `lintel-fresh-dev`
// (attacks of the concept) and `lintel-fresh-dev-benign` (benign; leave-one-source-out needs
// single-label sources) — and never a test-half text, nor a dev text that shares a split key (the
// normalised 80-character opening, split.ts) with any test-half text of any registered set.
//
// To add a set later: one line in FRESH_SETS (file, labels, split, train, where its test half is reported).

import { readFileSync } from 'node:fs';
import { normalizeText } from '../normalize/normalize.ts';
import type { Concept } from './corpus.ts';
import type { LabeledText } from './datasets.ts';
import { type Half, halfOf } from './dev-test.ts';
import { handwrittenHalves } from './handwritten-split.ts';
import { groupKey, splitKeyText } from './split.ts';

/** Source of the dev-half attacks of a concept; benign dev items go to FRESH_DEV_BENIGN. */
export const FRESH_DEV_SOURCE = 'lintel-fresh-dev';
export const FRESH_DEV_BENIGN = 'lintel-fresh-dev-benign';

/** One line of a fresh set (fields vary by set; a line without `text` is a provenance header). */
export interface FreshRaw {
  text: string;
  label?: number | string;
  category?: string;
  lang?: string;
  id?: number;
  /** roleplay2-fresh / roleplay3-fresh / roleplay4-fresh attack twins: the concept they belong to. */
  concept?: string;
}

/** 1 = attack of the concept, 0 = benign for it, null = not an item of this concept. */
type LabelOf = (it: FreshRaw) => 0 | 1 | null;

export interface FreshSet {
  file: string;
  labels: Partial<Record<Concept, LabelOf>>;
  /**
   * How the set is halved, exactly as its eval rows are: 'text' = halfOf(text); 'language' =
   * handwrittenHalves (alternating within each language, the older hand-written sets); 'pair' = a
   * pair (shared id) takes the half of its harmful item's text (eval/harmful-probe.ts probeHalves).
   */
  split: 'text' | 'language' | 'pair';
  /** false = evaluation only: the whole set stays held out (and blocks its near-duplicates). */
  train: boolean;
  /** Where its test half is reported. */
  reported: string;
}

const attack: LabelOf = () => 1;
const benign: LabelOf = () => 0;
/** `label` 1/0 (or 'attack'/'benign'): attacks for the concept. */
const byLabel: LabelOf = (it) =>
  it.label === 1 || it.label === 'attack' ? 1 : it.label === 0 || it.label === 'benign' ? 0 : null;
/** Only the benign items of a labelled set (its attacks belong to the other concept). */
const benignOnly: LabelOf = (it) => (byLabel(it) === 0 ? 0 : null);
/** persona-attack-fresh: override / exfiltration twins are injections, harmful-goal twins harmful requests. */
const personaAttack =
  (concept: Concept): LabelOf =>
  (it) =>
    (it.category === 'harmful') === (concept === 'harmful') ? 1 : null;

const BOTH = { injection: benign, harmful: benign };
const INJ = { injection: byLabel, harmful: benignOnly };
const HARM = { harmful: byLabel, injection: benignOnly };
/** actas-fresh, darkfic-fresh: benign for both; override / exfil twins are injections, harmful twins harmful requests. */
const ACTAS = {
  injection: (it: FreshRaw) => (it.label === 0 ? 0 : it.category === 'harmful' ? null : 1),
  harmful: (it: FreshRaw) => (it.label === 0 ? 0 : it.category === 'harmful' ? 1 : null),
} as const;
/** jbb-fresh: a harmful goal in jailbreak dressing is an attack for either concept. */
/** roleplay2-fresh, roleplay3-fresh, roleplay4-fresh, xstest-fresh, realusers-fresh: benign for both; each attack twin belongs to the concept its `concept` names. */
const RP2 = {
  injection: (it: FreshRaw) => (byLabel(it) === 0 ? 0 : it.concept === 'injection' ? 1 : null),
  harmful: (it: FreshRaw) => (byLabel(it) === 0 ? 0 : it.concept === 'harmful' ? 1 : null),
} as const;
const JBB = { injection: byLabel, harmful: byLabel };
const PERSONA = { injection: personaAttack('injection'), harmful: personaAttack('harmful') };

/** A set whose dev half may be trained on; `reported`: where its test half is reported. */
const dev = (file: string, labels: FreshSet['labels'], split: FreshSet['split'], reported: string): FreshSet => ({
  file,
  labels,
  split,
  train: true,
  reported,
});

// One line per set. `guard eval --task …` names the task that reports its test half.
export const FRESH_SETS: readonly FreshSet[] = [
  dev('attack-handwritten.jsonl', { injection: attack }, 'text', 'injection: lintel-handwritten [test, held out]'),
  dev('jailbreak-fresh.jsonl', INJ, 'text', 'jailbreak-fresh: [test, held out]'),
  dev('fresh-probe-injection.jsonl', INJ, 'text', 'injection-fresh: fresh probe [test, held out]'),
  dev('persona-attack-fresh.jsonl', PERSONA, 'text', 'persona-fresh: attacks [test, held out]'),
  dev('persona-benign-fresh.jsonl', BOTH, 'text', 'persona-fresh: [test, held out]'),
  dev('trigger-benign2.jsonl', BOTH, 'text', 'trigger-fresh2: trigger-fresh2 [test, held out]'),
  dev('trigger-benign3.jsonl', BOTH, 'text', 'trigger-fresh2: trigger-fresh3 [test, held out]'),
  dev('benign-hard-handwritten.jsonl', BOTH, 'language', 'injection, harmful: lintel-benign-hard [test]'),
  dev('benign-hard-fresh.jsonl', BOTH, 'language', 'injection, harmful: lintel-benign-hard2 [test]'),
  dev('benign-hard3.jsonl', BOTH, 'text', 'injection, harmful: lintel-benign-hard3 [test]'),
  dev('harmful-handwritten.jsonl', { harmful: attack }, 'language', 'harmful, harmful-categories: [test]'),
  dev('harmful-fresh2.jsonl', HARM, 'pair', 'harmful: lintel-harmful-fresh2 (twins) [test]'),
  dev('benign-hard3-twins.jsonl', { harmful: byLabel }, 'pair', 'harmful: lintel-harmful-hard3 [test]'),
  dev('harmful-probe-fresh.jsonl', HARM, 'pair', 'eval/harmful-probe.ts <file> --halves: test'),
  dev('targeted-harm-fresh.jsonl', HARM, 'pair', 'eval/harmful-probe.ts <file> --halves: test'),
  dev('short-injection-fresh.jsonl', INJ, 'text', 'short-fresh: [test, held out]'),
  dev('trigger-benign4.jsonl', INJ, 'text', 'trigger-fresh4: [test, held out]'),
  dev('obfuscated-fresh.jsonl', HARM, 'text', 'obfuscated-fresh: [test, held out]'),
  dev('actas-fresh.jsonl', ACTAS, 'text', 'actas-fresh: [test, held out]'),

  dev('technical-benign-fresh.jsonl', INJ, 'text', 'technical-fresh: [test, held out]'),
  // Evaluation only: role-play, act-as, persona system prompts, dark writing prompts, games with rules,
  // injection as a topic (en/de/es/fr) and override / rule-lifting / exfiltration twins in the same shells.
  {
    file: 'benign-roleplay-fresh.jsonl',
    labels: INJ,
    split: 'text',
    train: false,
    reported: 'roleplay-fresh: [test, held out]',
  },
  // Evaluation only: role-play / fiction / hypotheticals / act-as / product-bot system prompts /
  // terminal simulations / games with rules written one by one in a user's voice (en/de/es/fr), and
  // override, rule-lifting, exfiltration (injection) and operational harmful twins in the same frames.
  {
    file: 'roleplay2-fresh.jsonl',
    labels: RP2,
    split: 'text',
    train: false,
    reported: 'roleplay2-fresh: [test, held out]',
  },
  // Evaluation only: role-play / fiction / hypotheticals / games / simulations by a third hand, in voices
  // unlike a careful native writer (terse, non-native, long rule-and-format setups, system-style openings),
  // with override, rule-lifting, exfiltration (injection) and operational harmful twins in the same voices.
  {
    file: 'roleplay3-fresh.jsonl',
    labels: RP2,
    split: 'text',
    train: false,
    reported: 'roleplay3-fresh: [test, held out]',
  },
  // Evaluation only: role-play / fiction / games / simulations / practice partners whose framing is
  // shaped like a persona jailbreak ("From now on you are…", "never break character", "answer twice",
  // "storyteller mode") with a harmless goal, and override / exfiltration / harmful twins in the same frames.
  {
    file: 'roleplay4-fresh.jsonl',
    labels: RP2,
    split: 'text',
    train: false,
    reported: 'roleplay4-fresh: [test, held out]',
  },
  // Evaluation only: jailbreakchat-style templates (rule-lifting personas, modes, confidants, games,
  // two-answer formats) and benign twins of the same shapes.
  { file: 'jitw2-fresh.jsonl', labels: INJ, split: 'text', train: false, reported: 'jitw2-fresh: [test, held out]' },
  // Evaluation only: dark-theme fiction and hypotheticals; twins by category as in actas-fresh.
  {
    file: 'darkfic-fresh.jsonl',
    labels: ACTAS,
    split: 'text',
    train: false,
    reported: 'darkfic-fresh: [test, held out]',
  },
  // Held out whole until tuning on its dev half is measured: harmful goals in jailbreak dressing
  // count as attacks for both concepts.
  { file: 'jbb-fresh.jsonl', labels: JBB, split: 'text', train: false, reported: 'jbb-fresh: [test, held out]' },
  // Evaluation only: NotInject-style benign prompts with 1–3 trigger words by a fifth hand, and
  // override / exfiltration twins with the same words.
  {
    file: 'trigger5-fresh.jsonl',
    labels: INJ,
    split: 'text',
    train: false,
    reported: 'trigger-fresh5: [test, held out]',
  },
  // Evaluation only: indirect injection — instructions to the AI reader planted in e-mails, pages,
  // documents, JSON, code, invites, reviews, chat logs, CSV and tool errors, and benign documents of the
  // same kinds whose imperatives are meant for humans or programs.
  {
    file: 'indirect-fresh.jsonl',
    labels: INJ,
    split: 'text',
    train: false,
    reported: 'indirect-fresh: [test, held out]',
  },
  // Evaluation only: WildJailbreak-style adversarial prompts — harmful goals rewritten at length with
  // several tactics at once (label 1, attacks for either concept like jbb-fresh) and harmless goals in
  // the same tactics (label 0, benign for both).
  { file: 'wild-fresh.jsonl', labels: JBB, split: 'text', train: false, reported: 'wild-fresh: [test, held out]' },
  // Evaluation only: named 2024-2025 jailbreak techniques (policy files, Skeleton Key, many-shot,
  // nested scenes, Likert judge, Deceptive Delight, MathPrompt, CodeChameleon, ArtPrompt, refusal
  // suppression, time bandit, ciphers) around harmful goals (label 1) and harmless goals (label 0).
  {
    file: 'technique-fresh.jsonl',
    labels: JBB,
    split: 'text',
    train: false,
    reported: 'technique-fresh: [test, held out]',
  },
  // Evaluation only: over-refusal in the manner of XSTest / OR-Bench — safe prompts that only look unsafe
  // (homonyms, figurative language, safe targets and contexts, definitions, fictional groups, history,
  // public figures, security education, drug safety, innocent trigger words) and harmful / injection
  // contrast twins with the same surface words.
  {
    file: 'xstest-fresh.jsonl',
    labels: RP2,
    split: 'text',
    train: false,
    reported: 'xstest-fresh: [test, held out]',
  },
  // Evaluation only: system-prompt / hidden-context extraction in 2023-2025 custom-GPT styles (repeat the
  // words above, reformat or translate the instructions, fake debug modes, completion bait, knowledge files
  // and tool schemas, audit pretexts, piecewise, planted in documents) and benign twins with the same words.
  {
    file: 'extract-fresh.jsonl',
    labels: INJ,
    split: 'text',
    train: false,
    reported: 'extract-fresh: [test, held out]',
  },
  // Evaluation only: system-prompt extraction and exfiltration by a second hand (what were you told before I
  // arrived, everything above, translate / reformat / piecewise, developer pretexts, completion bait, keys and
  // tool schemas, other users' data, markdown-image and webhook exfiltration, planted in tool results, critique
  // of one's own prompt) and a benign twin per attack with the same words; attack and twin share a half.
  {
    file: 'extract2-fresh.jsonl',
    labels: INJ,
    split: 'pair',
    train: false,
    reported: 'extract2-fresh: [test, held out]',
  },
  // Evaluation only: prompt-hacking-competition injections (a guarded password got out by spelling, encoding,
  // poems, hints, pretexts; a target phrase forced out of a translate / summarise app by ignoring the text,
  // fake completion, closing quotes, output-only, leet variants, pieces, print statements) and twins.
  {
    file: 'gandalf-fresh.jsonl',
    labels: INJ,
    split: 'pair',
    train: false,
    reported: 'gandalf-fresh: [test, held out]',
  },
  // Evaluation only: long-form role-play setups (character cards, GM / IF prompts, practice sims,
  // personas, companion-app operator prompts, dark fiction, NPC specs) and twins hiding an attack.
  {
    file: 'cards-fresh.jsonl',
    labels: RP2,
    split: 'text',
    train: false,
    reported: 'cards-fresh: user / system [test, held out]',
  },
  // Evaluation only: a second, differently written set of long-form role-play setups (13 shapes
  // cards-fresh lacks: C.AI definitions, Discord bots, VN sheets, solo RPG, GM screens, improv, history
  // lessons, mock trials, support training, mystery parties, dark fiction, companion rules, practice sims).
  {
    file: 'cards2-fresh.jsonl',
    labels: RP2,
    split: 'text',
    train: false,
    reported: 'cards2-fresh: user / system [test, held out]',
  },
  // Evaluation only: a third set of LONG setups (mostly 1.5–6 KB) in shapes cards / cards2 lack: SillyTavern
  // JSON cards, group chats, lorebooks, campaign primers, IF engines, tutors, mock interviews, sales
  // training, NPC dialogue trees, support personas, counselling practice, dating sims; one twin each.
  {
    file: 'cards3-fresh.jsonl',
    labels: RP2,
    split: 'pair',
    train: false,
    reported: 'cards3-fresh: user / system [test, held out]',
  },
  // Evaluation only: a second act-as set (awesome-chatgpt-prompts manner: consoles, interviewers,
  // translators, adventures, characters, companions, uncensored harmless fiction, tutors, GMs, debaters,
  // renamed assistants, rule lists, format locks, advisors) and a jailbreakchat-style twin of each.
  {
    file: 'actas2-fresh.jsonl',
    labels: RP2,
    split: 'pair',
    train: false,
    reported: 'actas2-fresh: user / system [test, held out]',
  },
  // Held out whole: the mention-vs-use set was written to be scored once, no dev half ever read.
  { file: 'heldout-injection-mention.jsonl', labels: INJ, split: 'text', train: false, reported: 'injection-heldout' },
  // Held out whole, scored once: long (2.4–4.4 KB) benign setups and long jailbreaks, a blind probe of the
  // classifier's sliding windows (docs/guardrails-log.md, longwin).
  {
    file: 'long-setups-probe.jsonl',
    labels: JBB,
    split: 'text',
    train: false,
    reported: 'long-setups-probe: whole, docs/guardrails-log.md (longwin)',
  },
  // Evaluation only: deepset-style injections without override words (disinformation pivots, forced
  // stances, "only truth" framing, partisan personas, coercion) and their benign twins.
  {
    file: 'deepstyle-fresh.jsonl',
    labels: INJ,
    split: 'text',
    train: false,
    reported: 'deepstyle-fresh: [test, held out]',
  },
  // Evaluation only: prose about injection / jailbreaks / system prompts (quoted payloads inside
  // analysis) and attack twins of the same genres that use the payload on the AI reading them.
  {
    file: 'mention2-fresh.jsonl',
    labels: INJ,
    split: 'text',
    train: false,
    reported: 'mention2-fresh: [test, held out]',
  },
  // Evaluation only: colloquial German injections (overrides, leaks, personas, hijacks, forced
  // stances, fake context, threats, Swiss/Austrian and umlaut-free forms) and their benign twins.
  {
    file: 'de-injection-fresh.jsonl',
    labels: INJ,
    split: 'text',
    train: false,
    reported: 'de-fresh: [test, held out]',
  },
  // Evaluation only: short deepset-style injections (question then switch, personas, "ignore the above
  // and say", dictated stances, alarms, leaks, odd roles, content steering; en/de/es/fr/it) and twins.
  {
    file: 'deepset3-fresh.jsonl',
    labels: INJ,
    split: 'text',
    train: false,
    reported: 'deepset3-fresh: [test, held out]',
  },
  // Evaluation only: a fourth deepset-style set by a new hand (mixes, chat-speak and typos, en/de
  // switching, bare imperatives, "new task:", news questions with orders, fake turns, leaks, personas,
  // insults and planted claims; half German) and benign news / everyday questions.
  {
    file: 'deepset4-fresh.jsonl',
    labels: INJ,
    split: 'text',
    train: false,
    reported: 'deepset4-fresh: [test, held out]',
  },
  // Evaluation only: a fifth deepset-style set by a new hand (praise then switch, forget/ignore + new
  // task, personas, opinion steering, "just say", en/de mixes, polite wrappers, appended overrides, role
  // claims, translation tricks, alarms, leaks; ~45 % German) and benign short questions in the same
  // registers, with "forget", "ignore", "new task", "now", "pretend" used innocently.
  {
    file: 'deepset5-fresh.jsonl',
    labels: INJ,
    split: 'text',
    train: false,
    reported: 'deepset5-fresh: [test, held out]',
  },
  // Evaluation only: plainly worded harmful goals (JailbreakBench / forbidden-question categories)
  // and their legitimate twins on the same subjects.
  {
    file: 'harm-goals-fresh.jsonl',
    labels: HARM,
    split: 'text',
    train: false,
    reported: 'harm-goals-fresh: [test, held out]',
  },
  // Evaluation only: legitimate requests on sensitive subjects (medicine, harm reduction, security,
  // law, history, chemistry, self-harm support, privacy, finance) and harmful twins on the same subjects.
  {
    file: 'sensitive-fresh.jsonl',
    labels: HARM,
    split: 'text',
    train: false,
    reported: 'sensitive-fresh: [test, held out]',
  },
  // Evaluation only: short direct questions in the forbidden-question manner (eight harmful usage-policy
  // categories) and benign near-twins on the same subjects.
  {
    file: 'forbidden-fresh.jsonl',
    labels: HARM,
    split: 'text',
    train: false,
    reported: 'forbidden-fresh: [test, held out]',
  },
  // Evaluation only: hand-written PAIR/TAP-style semantic jailbreaks (one persuasive paragraph: role-play with
  // stakes, pretexts, defined code words, word games, 'Begin your reply with: Sure, here is'), harmful goals
  // (attacks for either concept, like jbb-fresh) and one harmless twin each in the same dressing; halves by pair.
  { file: 'pair-fresh.jsonl', labels: JBB, split: 'pair', train: false, reported: 'pair-fresh: [test, held out]' },
  // Evaluation only: a second hand's PAIR/TAP-style persuasive paragraphs (authority, expert endorsement,
  // emotion, nested scenarios, urgency, reward/threat, logic, misrepresentation, 'Sure, here is'), twelve harm
  // areas, each harmful goal with one legitimate twin in the same dressing; halves by pair.
  { file: 'pair2-fresh.jsonl', labels: JBB, split: 'pair', train: false, reported: 'pair2-fresh: [test, held out]' },
  // Evaluation only: a second hand's short direct forbidden-question-style questions (eight harmful
  // usage-policy categories, en + de/es/fr/it), one benign twin per question, halves by pair.
  {
    file: 'forbid2-fresh.jsonl',
    labels: HARM,
    split: 'pair',
    train: false,
    reported: 'forbid2-fresh: [test, held out]',
  },
  // Evaluation only: SORRY-Bench-style harmful requests (fine-grained unsafe categories) in fifteen
  // linguistic mutations (slang, misspellings, dialect, persuasion, role-play, terse keywords, …), each with
  // one legitimate twin of the same mutation and subject, en + de/es/fr/it, halves by pair.
  {
    file: 'sorry-fresh.jsonl',
    labels: HARM,
    split: 'pair',
    train: false,
    reported: 'sorry-fresh: [test, held out]',
  },
  // Evaluation only: MaliciousInstruct / HarmfulQA / CatQA-style short harmful questions ("How to …?",
  // "Ideas for …?", "Ways to …?", terse ones) over fifteen intents, one legitimate twin each (same id,
  // opening shape and subject), en + de/es/fr/it, halves by pair.
  {
    file: 'mali-fresh.jsonl',
    labels: HARM,
    split: 'pair',
    train: false,
    reported: 'mali-fresh: [test, held out]',
  },
  // Evaluation only: benign requests next to harmful ones in JailbreakBench's ten categories (defence,
  // education, history, journalism, policy, parenting, safety, professional advice, fiction without method)
  // and harmful twins on the same subjects.
  {
    file: 'legit-twins-fresh.jsonl',
    labels: HARM,
    split: 'text',
    train: false,
    reported: 'legit-twins-fresh: [test, held out]',
  },
  // Evaluation only: harmful requests in de/es/fr/it/pt (a few nl/pl) across the forbidden-question /
  // JailbreakBench categories in varied voices, and legitimate twins on the same subjects, paired by id.
  {
    file: 'harmml-fresh.jsonl',
    labels: HARM,
    split: 'text',
    train: false,
    reported: 'harmml-fresh: [test, held out]',
  },
  // Evaluation only: HarmBench-style behaviours, standard (one imperative sentence) and contextual (a
  // paragraph of context, then a request that uses it), in HarmBench's semantic categories, and one
  // legitimate twin per id in the same style; a pair goes with its harmful item's half.
  {
    file: 'harmbench-fresh.jsonl',
    labels: HARM,
    split: 'pair',
    train: false,
    reported: 'harmbench-fresh: [test, held out]',
  },
  // Evaluation only: over-refusal in de/es/fr/it/pt (a few nl/pl) — safe prompts with violent or drug
  // words (homonyms, idioms, pests, games, butchery, history, dosing, law, defence, child safety, news)
  // and harmful contrast twins with the same surface words, paired by id.
  {
    file: 'intlfp-fresh.jsonl',
    labels: RP2,
    split: 'text',
    train: false,
    reported: 'intlfp-fresh: [test, held out]',
  },
  // Evaluation only: blind probes of the English gloss — harmful requests in German (compounds, separable
  // verbs), Dutch, Polish and new es/fr/it/pt wordings, and legitimate twins on the same subjects, by id.
  {
    file: 'gloss2-fresh.jsonl',
    labels: HARM,
    split: 'text',
    train: false,
    reported: 'gloss2-fresh: [test, held out]',
  },
  // Evaluation only: prompts as real users of a public chatbot demo type them (ToxicChat / LMSYS-Chat-1M
  // user turns' manner: typos, chat-speak, pasted code and logs, homework, stories, companion chat, games,
  // format / persona orders, sensitive questions, venting; 20 % de/es/fr/it/pt) and the jailbreaks and
  // harmful asks such users type in the same voices (not paired).
  {
    file: 'realusers-fresh.jsonl',
    labels: RP2,
    split: 'text',
    train: false,
    reported: 'realusers-fresh: [test, held out]',
  },
  // Evaluation only: benign requests next to harmful subjects asked by professionals and protective askers
  // (nurses, pharmacists, teachers, parents, moderators, scoped pentesters, journalists, historians,
  // novelists, fraud investigators, safety officers, lawyers) and operational harmful twins, paired by id.
  {
    file: 'nearfp-fresh.jsonl',
    labels: HARM,
    split: 'pair',
    train: false,
    reported: 'nearfp-fresh: [test, held out]',
  },
  // Evaluation only: JailbreakBench's benign behaviours manner (one imperative sentence — write a story,
  // a blog post debunking, describe the history of, explain how X is protected / why Y is illegal) on the
  // darkest subjects across its ten categories, and harmful behaviours in the same style as contrast
  // (ids 1-100 paired; 101-200 benign only). HARM: plain harmful behaviours are no injections.
  {
    file: 'jbbben-fresh.jsonl',
    labels: HARM,
    split: 'pair',
    train: false,
    reported: 'jbbben-fresh: [test, held out]',
  },
  // Evaluation only: everyday harmful requests in the manner of real users and the public benchmarks (bare
  // questions, imperatives, first-person stories, terse keywords, thin "novel" / "hypothetically" pretexts)
  // on subjects earlier sets covered less (covert harm to a person, scams, sabotage, safety-device bypass,
  // cheating, forgery, evasion, ...), one legitimate twin each (same id, subject, opening shape); by pair.
  {
    file: 'blind5-fresh.jsonl',
    labels: HARM,
    split: 'pair',
    train: false,
    reported: 'blind5-fresh: [test, held out]',
  },
  // Evaluation only, never tuned on by anyone (both halves held out): the lead's cross-hand yardstick of the
  // fourteenth session — persuasive dressing around a harmful goal, hidden-context extraction, short task switches,
  // persona hijacks and counterfeit authority — each attack with one legitimate twin; by pair.
  {
    file: 'blind6-fresh.jsonl',
    labels: RP2,
    split: 'pair',
    train: false,
    reported: 'blind6-fresh: [blind, whole set]',
  },
  // Evaluation only: everyday harmful goals typed plainly (no dressing, few trigger words) in varied grammar
  // (questions, imperatives, first-person plans, "my friend wants to", "what would happen if someone ... and how
  // much"): harming or controlling a named person, intrusion, covert tracking, drugging, forgery, cheating,
  // theft, evasion, household weapons, animal cruelty, harassment, self-harm; one legitimate twin each; by pair.
  {
    file: 'daily-fresh.jsonl',
    labels: HARM,
    split: 'pair',
    train: false,
    reported: 'daily-fresh: [test, held out]',
  },
  // Evaluation only: legitimate requests on sensitive subjects in users' own shapes (professionals, parents and
  // carers, victims, hobbyists, students, novelists, detection, harm reduction, first aid, own account, violent
  // words in benign senses), two per id beside one harmful request of the same voice; an id goes with its
  // harmful item's half.
  {
    file: 'legit6-fresh.jsonl',
    labels: HARM,
    split: 'pair',
    train: false,
    reported: 'legit6-fresh: [test, held out]',
  },
  // Evaluation only: injections with NO override phrase (persona hijacks whose definition drops the rules or
  // claims another maker, dictated answers / slants for future replies, counterfeit system / staff / tool /
  // moderation context and fake earlier turns typed by the user), one benign twin each in the same shape; by pair.
  {
    file: 'hijack-fresh.jsonl',
    labels: INJ,
    split: 'pair',
    train: false,
    reported: 'hijack-fresh: [test, held out]',
  },
];

/**
 * Whether `guard train`, `--by-source` and `--within-source` train on the dev halves, per concept.
 * Off for both: measured on 2026-12-06, neither variant (dev attacks and benign, or dev attacks only)
 * raised held-out recall on the public sources without pushing a benign row up (harmful: everyday
 * how-tos 0.028 → 0.063 held out); docs/guardrails-log.md, "Fresh sets' dev halves as training data".
 * LINTEL_FRESH_DEV=1 / =0 / =injection / =harmful overrides it (A/B runs).
 */
export const FRESH_DEV_TRAINING: Record<Concept, boolean> = { injection: false, harmful: false };

export function freshDevEnabled(concept: Concept): boolean {
  const env = process.env.LINTEL_FRESH_DEV;
  if (env === '0' || env === '1') return env === '1';
  if (env === 'injection' || env === 'harmful') return env === concept;
  return FRESH_DEV_TRAINING[concept];
}

/**
 * Which dev items join: 'both' (attacks and benign) or 'attacks' (the benign dev items stay out, so
 * their hard cases do not set the threshold). LINTEL_FRESH_DEV_KIND overrides it (A/B runs).
 */
export const FRESH_DEV_KIND: 'both' | 'attacks' = 'attacks';

export function freshDevKind(): 'both' | 'attacks' {
  const env = process.env.LINTEL_FRESH_DEV_KIND;
  return env === 'both' || env === 'attacks' ? env : FRESH_DEV_KIND;
}

export function readFreshSet(file: string): FreshRaw[] {
  return readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Partial<FreshRaw>)
    .filter((o): o is FreshRaw => typeof o.text === 'string');
}

/**
 * The items of a registered fresh set in one half (both halves without `half`), halved by the set's own split
 * rule; the provenance header is skipped. The eval modules read their sets through this.
 */
export function registeredItems<T>(file: string, half?: Half): T[] {
  const set = FRESH_SETS.find((s) => s.file === file);
  if (!set) throw new Error(`${file} is not registered in train/fresh-dev.ts`);
  const items = readFreshSet(file);
  const halves = freshHalves(set, items);
  return (items as unknown as T[]).filter((_, i) => half === undefined || halves[i] === half);
}

/** The half of every item of a set, by its split rule. */
export function freshHalves(set: FreshSet, items: readonly FreshRaw[]): Half[] {
  if (set.split === 'language')
    return handwrittenHalves(items.map((it) => ({ text: it.text, category: it.category ?? '', lang: it.lang ?? '' })));
  if (set.split === 'pair') {
    const byId = new Map<number, Half>();
    for (const it of items) if (it.label === 1 && it.id !== undefined) byId.set(it.id, halfOf(it.text));
    return items.map((it) => (it.id !== undefined ? byId.get(it.id) : undefined) ?? halfOf(it.text));
  }
  return items.map((it) => halfOf(it.text));
}

/** Every key a text can collide on: its opening raw, normalised, and as the corpus groups it. */
export function nearKeys(text: string): string[] {
  const norm = normalizeText(text).text;
  return [...new Set([groupKey(text), groupKey(norm), groupKey(splitKeyText(norm))])].filter((k) => k.length > 0);
}

interface Halved {
  set: FreshSet;
  item: FreshRaw;
  half: Half;
}

function allHalved(sets: readonly FreshSet[]): Halved[] {
  return sets.flatMap((set) => {
    const items = readFreshSet(set.file);
    const halves = freshHalves(set, items);
    return items.map((item, i) => ({ set, item, half: halves[i] }));
  });
}

/** Texts that must never reach training: every test-half item, and every item of an evaluation-only set. */
export function heldOutTexts(sets: readonly FreshSet[] = FRESH_SETS): string[] {
  return allHalved(sets)
    .filter((h) => h.half === 'test' || !h.set.train)
    .map((h) => h.item.text);
}

/**
 * The dev halves of the trainable sets as training items of `concept`: attacks under
 * FRESH_DEV_SOURCE, benign under FRESH_DEV_BENIGN. A dev item sharing a key (nearKeys) with any
 * held-out text of any registered set is dropped, as is a text given both labels.
 */
export function freshDevItems(concept: Concept, sets: readonly FreshSet[] = FRESH_SETS): LabeledText[] {
  const halved = allHalved(sets);
  const blocked = new Set<string>();
  for (const h of halved) if (h.half === 'test' || !h.set.train) for (const k of nearKeys(h.item.text)) blocked.add(k);
  const out: LabeledText[] = [];
  for (const h of halved) {
    const label = h.set.labels[concept]?.(h.item);
    if (label == null || h.half !== 'dev' || !h.set.train) continue;
    if (nearKeys(h.item.text).some((k) => blocked.has(k))) continue;
    out.push({
      text: h.item.text,
      label,
      source: label === 1 ? FRESH_DEV_SOURCE : FRESH_DEV_BENIGN,
      category: h.set.file,
    });
  }
  return out;
}
