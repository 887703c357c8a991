// Public API of the guardrails library. The gateway wires these into the request path; see
// src/guardrails/README.md for the wiring.

export { registerGuardCommands, scanLines } from './cli.ts';
export { runGuardBench } from './bench.ts';
export { guardrailsDataDir, sharedDataDir } from './data-path.ts';
export { DETECTOR_NAMES, type DetectorName } from './detectors/registry.ts';
export { repairPrompt, validateJsonOutput, type JsonValidation } from './detectors/output/json-schema.ts';
export { estimateTokens } from './detectors/output/max-tokens.ts';
export { type CompiledGuard, compileGuardSets, type GuardRegistry } from './engine/compile.ts';
export {
  type GuardrailsConfig,
  guardrailsConfigSchema,
  type GuardSets,
  type GuardSetsInput,
  guardSetsSchema,
  type GuardSpec,
  type GuardSpecInput,
} from './engine/config.ts';
export { BUILTIN_SETS, DEFAULT_SET_NAME, TOPICS_SET_NAME } from './engine/defaults.ts';
export { type MessagesOutcome, runMessages } from './engine/messages.ts';
export { GuardPipeline } from './engine/pipeline.ts';
export { runGuardEval, type GuardEvalOptions, type GuardEvalResult } from './eval/index.ts';
export { toMarkdown, toText, type EvalRow } from './eval/report.ts';
export { createTextView, type TextView } from './normalize/view.ts';
export type { StreamRestorer } from './redact/restorer.ts';
export { RedactionVault } from './redact/vault.ts';
export {
  createOutputStreamGuard,
  type OutputStreamGuard,
  type StreamGuardOptions,
  type StreamStep,
  type StreamSummary,
} from './stream/output-guard.ts';
export type {
  BlockInfo,
  Detection,
  Detector,
  GuardAction,
  GuardContext,
  GuardDecision,
  GuardOutcome,
  GuardStage,
  Span,
} from './types.ts';
