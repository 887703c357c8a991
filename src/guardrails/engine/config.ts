// Guard-set configuration: the zod schema the gateway embeds in lintel.yaml under
// `guardrails: { sets: { NAME: [guard, …] } }`, and its inferred types.
//
// Generic keys inside `options` (besides each detector's own):
//   allow:      { terms?: string[], regexes?: string[] } — detections overlapping a match are dropped
//   reversible: boolean — for action `redact`: keep values in the request's vault so the answer can be restored

import { z } from 'zod';
import { DETECTOR_NAMES, type DetectorName } from '../detectors/registry.ts';
import { CHANNELS } from './channels.ts';

export const guardSpecSchema = z
  .object({
    name: z.string().min(1),
    detector: z.enum(DETECTOR_NAMES as [DetectorName, ...DetectorName[]]),
    stage: z.enum(['input', 'output', 'both']).default('input'),
    action: z.enum(['block', 'redact', 'flag', 'log']),
    threshold: z.number().min(0).max(1).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
    /** What a failing guard does: `closed` blocks, `open` lets the text through. Default: closed for block guards, open otherwise. */
    on_error: z.enum(['open', 'closed']).optional(),
    /** Per-channel action (or `skip`) on input, e.g. `{ system: flag, tool_result: block }`. */
    channels: z.partialRecord(z.enum(CHANNELS), z.enum(['block', 'redact', 'flag', 'log', 'skip'])).optional(),
  })
  .strict();

export const guardSetsSchema = z.record(
  z.string().min(1),
  z.array(guardSpecSchema).superRefine((guards, ctx) => {
    const seen = new Set<string>();
    for (const [i, g] of guards.entries()) {
      if (seen.has(g.name))
        ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate guard name "${g.name}"` });
      seen.add(g.name);
    }
  }),
);

export const guardrailsConfigSchema = z.object({ sets: guardSetsSchema.default({}) }).strict();

/** A guard after parsing (defaults applied). */
export type GuardSpec = z.infer<typeof guardSpecSchema>;
/** A guard as written in configuration. */
export type GuardSpecInput = z.input<typeof guardSpecSchema>;
export type GuardSets = z.infer<typeof guardSetsSchema>;
export type GuardSetsInput = z.input<typeof guardSetsSchema>;
export type GuardrailsConfig = z.infer<typeof guardrailsConfigSchema>;
