// Multi-message requests: runs the input guards over each message text (one shared vault, so a
// value gets the same placeholder everywhere) and request-scoped guards (token limit) once over
// all texts joined. Stops at the first block.

import { RedactionVault } from '../redact/vault.ts';
import type { BlockInfo, GuardContext, GuardDecision, GuardOutcome, GuardStage } from '../types.ts';
import type { Channel } from './channels.ts';
import type { GuardPipeline } from './pipeline.ts';

export interface MessagesOutcome {
  blocked: boolean;
  /** `message` is the index of the message that was blocked (absent for request-scoped guards). */
  blockedBy?: BlockInfo & { message?: number };
  flagged: boolean;
  /** Each message's text after redaction, same order and length as the input. */
  texts: string[];
  /** Decisions with the index of their message. */
  decisions: GuardDecision[];
  timings: { guard: string; latencyMs: number; message?: number }[];
  redactions?: RedactionVault;
}

export async function runMessages(
  pipeline: GuardPipeline,
  texts: readonly string[],
  ctx: GuardContext = {},
  stage: GuardStage = 'input',
  /** The channel of each text (same order as `texts`): decides per-channel actions and is recorded. */
  channels?: readonly Channel[],
): Promise<MessagesOutcome> {
  const vault = ctx.vault ?? new RedactionVault();
  const shared: GuardContext = { ...ctx, vault };
  const out: MessagesOutcome = { blocked: false, flagged: false, texts: [...texts], decisions: [], timings: [] };
  const merge = (o: GuardOutcome, message: number | undefined): boolean => {
    const tag = <T extends object>(x: T): T => (message === undefined ? x : { ...x, message });
    out.decisions.push(...o.decisions.map(tag));
    out.timings.push(...o.timings.map(tag));
    out.flagged ||= o.flagged;
    if (o.blocked) {
      out.blocked = true;
      out.blockedBy = message === undefined ? o.blockedBy : { ...o.blockedBy!, message };
      return true;
    }
    if (message !== undefined) out.texts[message] = o.text;
    return false;
  };
  if (pipeline.guardsFor(stage, 'request').length > 0) {
    if (merge(await pipeline.check(stage, texts.join('\n'), shared, 'request'), undefined)) return out;
  }
  for (const [i, text] of texts.entries()) {
    const c = channels?.[i] === undefined ? shared : { ...shared, channel: channels[i] };
    if (merge(await pipeline.check(stage, text, c, 'text'), i)) return out;
  }
  if (vault.size > 0) out.redactions = vault;
  return out;
}
