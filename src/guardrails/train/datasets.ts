// Loaders for the shared guardrail data sets (read in place, see each folder's SOURCE.txt).
// Labels for injection training: 1 = injection/jailbreak attack, 0 = benign prompt or text.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.ts';

export interface LabeledText {
  text: string;
  label: 0 | 1;
  source: string;
  /** Items sharing a group go to the same side of the train/test split. */
  group?: string;
  /** The source's own category, where it has one (forbidden questions: content_policy_name). */
  category?: string;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}

function csv(dir: string, file: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(dir, file), 'utf8'));
}

/**
 * Injection attacks and benign prompts. Deliberately excluded: tensor-trust access codes (not
 * natural prompts), tensor-trust defence pre/post prompts (system prompts, not user input), and the
 * forbidden-question set (harmful requests, neither injections nor benign: used for topic rules).
 */
export function loadInjectionData(dir: string): LabeledText[] {
  const out: LabeledText[] = [];
  for (const r of readJsonl<{ text: string; label: number }>(join(dir, 'deepset-prompt-injections/train.jsonl'))) {
    out.push({
      text: r.text,
      label: r.label === 1 ? 1 : 0,
      source: r.label === 1 ? 'deepset-injection' : 'deepset-benign',
    });
  }
  for (const r of csv(join(dir, 'giskard-prompt-injections'), 'prompt_injections.csv')) {
    if (r.prompt) out.push({ text: r.prompt, label: 1, source: 'giskard' });
  }
  for (const r of csv(join(dir, 'jailbreak-llms-inthewild'), 'jailbreak_prompts_2023_12_25.csv')) {
    if (r.prompt) out.push({ text: r.prompt, label: 1, source: 'jailbreak-inthewild' });
  }
  for (const [file, source] of [
    ['hijacking_robustness_dataset.jsonl', 'tensor-trust-hijacking'],
    ['extraction_robustness_dataset.jsonl', 'tensor-trust-extraction'],
  ] as const) {
    for (const r of readJsonl<{ attack: string }>(join(dir, 'tensor-trust', file))) {
      if (r.attack?.trim()) out.push({ text: r.attack, label: 1, source });
    }
  }
  for (const r of readJsonl<{ instruction: string; output: string }>(join(dir, 'alpaca-eval/alpaca_eval.jsonl'))) {
    out.push({ text: r.instruction, label: 0, source: 'alpaca-eval', group: r.instruction });
    // Model answers: long benign text, so length alone never looks like an attack.
    if (r.output?.trim()) out.push({ text: r.output, label: 0, source: 'alpaca-eval-outputs', group: r.instruction });
  }
  return out;
}

export interface HarmfulItem {
  text: string;
  harmful: boolean;
  source: string;
  category?: string;
}

/** Harmful requests (advbench, SimpleSafetyTests, forbidden questions) and benign alpaca prompts. */
export function loadHarmfulData(dir: string): HarmfulItem[] {
  const out: HarmfulItem[] = [];
  for (const r of csv(join(dir, 'advbench'), 'harmful_behaviors.csv'))
    out.push({ text: r.goal, harmful: true, source: 'advbench' });
  for (const r of csv(join(dir, 'simple-safety-tests'), 'simple_safety_tests.csv')) {
    out.push({ text: r.prompts_final, harmful: true, source: 'simple-safety-tests', category: r.harm_area });
  }
  for (const r of csv(join(dir, 'jailbreak-llms-inthewild'), 'forbidden_question_set.csv')) {
    out.push({ text: r.question, harmful: true, source: 'forbidden-questions', category: r.content_policy_name });
  }
  for (const r of readJsonl<{ instruction: string }>(join(dir, 'alpaca-eval/alpaca_eval.jsonl'))) {
    out.push({ text: r.instruction, harmful: false, source: 'alpaca-eval' });
  }
  return out;
}

export interface PiiSpan {
  type: string;
  start: number;
  end: number;
}

export interface PiiText {
  text: string;
  spans: PiiSpan[];
  /** The sentence template the text was generated from (texts of one template look alike). */
  template?: number;
}

export function loadPresidio(dir: string): PiiText[] {
  const base = join(dir, 'presidio-synth');
  const file = ['synth_dataset_v2.json', 'synth_dataset_v2.part1.json'].find((f) => existsSync(join(base, f)));
  if (!file) return [];
  const rows = JSON.parse(readFileSync(join(base, file), 'utf8')) as {
    full_text: string;
    spans: { entity_type: string; start_position: number; end_position: number }[];
    template_id?: number;
  }[];
  return rows.map((r) => ({
    text: r.full_text,
    spans: r.spans.map((s) => ({ type: s.entity_type, start: s.start_position, end: s.end_position })),
    template: r.template_id,
  }));
}

export interface LeakItem {
  secret: string;
  output: string;
  leaked: boolean;
}

/** Tensor Trust outputs labelled by whether they leak the access code. */
export function loadLeakData(dir: string): LeakItem[] {
  const path = join(dir, 'tensor-trust/prompt_extraction_detection.jsonl');
  if (!existsSync(path)) return [];
  return readJsonl<{ access_code: string; llm_output: string; is_prompt_extraction: boolean }>(path).map((r) => ({
    secret: r.access_code,
    output: r.llm_output,
    leaked: r.is_prompt_extraction,
  }));
}
