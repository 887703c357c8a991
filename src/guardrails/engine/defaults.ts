// Built-in guard sets, usable without configuration (a configured set of the same name replaces
// one). `default`: injection blocked on input, secrets redacted both ways, PII flagged, system-prompt
// leaks flagged. `topics`: harmful-request topics flagged — kept out of `default` because its
// regexes cost about as much as the rest of the set on long prompts.

import type { GuardSpecInput } from './config.ts';

export const DEFAULT_SET_NAME = 'default';
export const TOPICS_SET_NAME = 'topics';

export const DEFAULT_GUARD_SET: readonly GuardSpecInput[] = [
  { name: 'prompt-injection', detector: 'injection', stage: 'input', action: 'block' },
  { name: 'secrets', detector: 'secrets', stage: 'both', action: 'redact' },
  { name: 'pii', detector: 'pii', stage: 'both', action: 'flag' },
  { name: 'prompt-leak', detector: 'prompt_leak', stage: 'output', action: 'flag' },
];

export const TOPICS_GUARD_SET: readonly GuardSpecInput[] = [
  { name: 'harmful-topics', detector: 'harmful', stage: 'input', action: 'flag' },
];

export const BUILTIN_SETS: Readonly<Record<string, readonly GuardSpecInput[]>> = {
  [DEFAULT_SET_NAME]: DEFAULT_GUARD_SET,
  [TOPICS_SET_NAME]: TOPICS_GUARD_SET,
};
