// What a dialect handler decides to answer, before any timing or fault is applied by the server.

import type { Rng } from './random.ts';

export const FINGERPRINT = 'lintel-simulator';

/** One SSE event, already framed. `tick` marks the start of a token round: the paced frames. */
export interface Frame {
  data: string;
  tick: boolean;
}

export type Plan =
  | { kind: 'json'; status: number; body: string }
  | {
      kind: 'stream';
      frames: Frame[] /** an invalid event, injected by the malformed-chunk fault */;
      malformed: string;
    };

export interface GenContext {
  rng: Rng;
  outputTokens: number;
  /** See SimBehavior.wrongRate. */
  wrongRate?: number;
}

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function jsonPlan(body: unknown, status = 200): Plan {
  return { kind: 'json', status, body: JSON.stringify(body) };
}

/** A positive integer field, or undefined when absent; NaN signals an invalid value. */
export function intField(body: JsonObject, key: string): number | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : Number.NaN;
}

/** Characters of message content in either dialect: strings, text parts, else their JSON size. */
export function contentChars(content: unknown): number {
  if (typeof content === 'string') return content.length;
  if (!Array.isArray(content)) return 0;
  let n = 0;
  for (const part of content) {
    if (isObject(part) && typeof part.text === 'string') n += part.text.length;
    else if (isObject(part) && typeof part.content === 'string') n += part.content.length;
    else if (isObject(part) && Array.isArray(part.content)) n += contentChars(part.content);
    else n += JSON.stringify(part)?.length ?? 0;
  }
  return n;
}

/** Text of a message content (string or parts), text parts joined with spaces. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const texts: string[] = [];
  for (const part of content) {
    if (isObject(part) && part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
  }
  return texts.join(' ');
}
