// Channels: where a text sits in a request (the user's turn, the operator's system prompt, a tool's
// result, a tool description …). Input guards see every channel; a guard's action can differ per
// channel (configured `channels: { system: flag, tool_result: block }`), and a few defaults weaken
// guards where the operator, not the user, wrote the text.

import type { GuardAction } from '../types.ts';

export const CHANNELS = [
  'user',
  'system', // system and developer messages, Anthropic `system`
  'assistant', // earlier assistant turns and prefill
  'tool_result', // tool / function results, Anthropic tool_result blocks
  'tool_call', // tool call arguments, Anthropic tool_use input
  'tool_definition', // tool and parameter descriptions
  'name', // `name` fields of messages
  'document', // file / document parts, Anthropic document blocks
  'embedding', // embeddings input
] as const;
export type Channel = (typeof CHANNELS)[number];

export type ChannelAction = GuardAction | 'skip';

const STRENGTH: Record<GuardAction, number> = { log: 0, flag: 1, redact: 2, block: 3 };

/**
 * Defaults by detector, applied only when the guard does not configure the channel and only to
 * weaken it: the system prompt is the operator's (role assignments and "never reveal" clauses read
 * like injections; PII there is usually deliberate), so injection, harmful and model-backed classifier
 * guards log and PII flags.
 */
export const DEFAULT_CHANNEL_ACTIONS: Readonly<Record<string, Partial<Record<Channel, GuardAction>>>> = {
  injection: { system: 'log' },
  harmful: { system: 'log' },
  pii: { system: 'flag' },
  onnx_classifier: { system: 'log' },
};

/** The action of a guard (detector `detector`, configured action and channels) on `channel`. */
export function channelAction(
  detector: string,
  action: GuardAction,
  configured: Partial<Record<Channel, ChannelAction>> | undefined,
  channel: Channel | undefined,
): ChannelAction {
  if (channel === undefined) return action;
  const c = configured?.[channel];
  if (c !== undefined) return c;
  const d = DEFAULT_CHANNEL_ACTIONS[detector]?.[channel];
  return d !== undefined && STRENGTH[d] < STRENGTH[action] ? d : action;
}
