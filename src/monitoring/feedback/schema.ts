// The body of POST /v1/feedback: exactly one of value, label or thumbs; the first problem found is reported
// with the field it concerns.
import { z } from 'zod';
import { LintelError } from '../../errors/lintel-error.ts';

export const FEEDBACK_SOURCES = ['user', 'reviewer', 'system'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

export const feedbackSchema = z
  .object({
    request_id: z.string().min(1).max(200),
    name: z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/, 'must be 1–80 letters, digits, _ . : -'),
    value: z.number().finite().optional(),
    label: z.string().min(1).max(200).optional(),
    thumbs: z.union([z.enum(['up', 'down']), z.boolean()]).optional(),
    comment: z.string().max(4000).optional(),
    correction: z.string().max(32_000).optional(),
    source: z.enum(FEEDBACK_SOURCES).default('user'),
  })
  .strict();
export type FeedbackInput = z.infer<typeof feedbackSchema>;

export interface NormalisedFeedback {
  requestId: string;
  name: string;
  source: FeedbackSource;
  /** Numeric score (thumbs: up 1, down 0); null for labels. */
  value: number | null;
  label: string | null;
  comment: string | null;
  correction: string | null;
}

export function parseFeedback(body: unknown): NormalisedFeedback {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new LintelError('invalid_request', 'The request body must be a JSON object.');
  }
  const r = feedbackSchema.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path.join('.') || null;
    const msg = issue.code === 'unrecognized_keys' ? `Unknown field: ${field}.` : `${field}: ${issue.message}`;
    throw new LintelError('invalid_request', msg, { param: field });
  }
  const f = r.data;
  const given = (['value', 'label', 'thumbs'] as const).filter((k) => f[k] !== undefined);
  if (given.length !== 1) {
    throw new LintelError('invalid_request', 'Give exactly one of value, label or thumbs.', {
      param: given[1] ?? 'value',
    });
  }
  const thumbs = f.thumbs === undefined ? undefined : f.thumbs === 'up' || f.thumbs === true;
  return {
    requestId: f.request_id,
    name: f.name,
    source: f.source,
    value: f.value ?? (thumbs === undefined ? null : thumbs ? 1 : 0),
    label: f.label ?? null,
    comment: f.comment ?? null,
    correction: f.correction ?? null,
  };
}

/** Request-time feedback from a `feedback.<name>` tag: "up"/"down", a number, or a label. */
export function feedbackFromTag(requestId: string, name: string, raw: string): NormalisedFeedback | null {
  if (!/^[A-Za-z0-9_.:-]{1,80}$/.test(name)) return null;
  const n = raw === 'up' ? 1 : raw === 'down' ? 0 : /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : null;
  return {
    requestId,
    name,
    source: 'system',
    value: n,
    label: n === null ? raw.slice(0, 200) : null,
    comment: null,
    correction: null,
  };
}
