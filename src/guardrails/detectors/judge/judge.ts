// The LLM-judge guard: asks a gateway route (any model: Llama Guard 3, ShieldGemma, an instruction
// model with a JSON policy) whether a text is unsafe. Verdicts are cached by content hash, each call
// is time-limited, and a failure (timeout, bad answer, upstream error) goes to the guard's on_error
// (fail-open or fail-closed). A judge call made by the judge itself never judges again (no recursion
// when the judge route carries guard sets of its own).

import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { AsyncDetector, AsyncVerdict, GuardStage } from '../../types.ts';
import { type JudgeFormat, type JudgeMessage, judgePrompt, parseVerdict } from './formats.ts';

/** Calls a chat route of this node and returns the answer text (wired by the runtime). */
export type JudgeChat = (model: string, messages: JudgeMessage[], signal: AbortSignal) => Promise<string>;

export interface JudgeOptions {
  route: string;
  format: JudgeFormat;
  policy?: string;
  categories?: string[];
  timeoutMs?: number;
  cacheSize?: number;
  /** Judge on 'flag' instead of 'block' when the verdict is unsafe (the guard's action still applies). */
  verdict?: 'block' | 'flag';
  /** Streams: 'final' (default) judges the whole answer after the stream; 'window' judges each window before release. */
  stream?: 'window' | 'final';
}

const insideJudge = new AsyncLocalStorage<true>();

export function createJudgeDetector(o: JudgeOptions, chat: JudgeChat | undefined, id = 'llm_judge'): AsyncDetector {
  const timeoutMs = o.timeoutMs ?? 2000;
  const cacheSize = o.cacheSize ?? 1000;
  const cache = new Map<string, AsyncVerdict>();
  const keyOf = (stage: GuardStage, text: string): string =>
    createHash('sha256')
      .update(`${o.route}\0${o.format}\0${o.policy ?? ''}\0${stage}\0${text}`)
      .digest('base64url');
  return {
    id,
    kind: 'async',
    streaming: o.stream ?? 'final',
    async detect({ view, stage, ctx }) {
      if (insideJudge.getStore()) return { verdict: 'pass', score: 0, detections: [] };
      if (!chat) throw new Error('no gateway to call the judge route (llm_judge works inside a Lintel node)');
      const text = view.raw;
      const key = keyOf(stage, text);
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key); // refresh its position (LRU)
        cache.set(key, hit);
        return hit;
      }
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;
      const answer = await insideJudge.run(true, () =>
        Promise.race([
          chat(o.route, judgePrompt(o.format, text, stage, o.policy, o.categories), signal),
          new Promise<never>((_, reject) => {
            const fail = () =>
              reject(new Error(timeout.aborted ? `judge timed out after ${timeoutMs} ms` : 'judge call aborted'));
            if (signal.aborted) fail();
            else signal.addEventListener('abort', fail, { once: true });
          }),
        ]),
      );
      const v = parseVerdict(o.format, answer);
      const out: AsyncVerdict = v.unsafe
        ? {
            verdict: o.verdict ?? 'block',
            score: v.score,
            reason: `judge: unsafe${v.categories.length ? ` (${v.categories.join(', ')})` : ''}${v.reason ? `: ${v.reason}` : ''}`,
            detections: [
              {
                detector: id,
                type: `judge:${v.categories[0] ?? 'unsafe'}`,
                start: 0,
                end: text.length,
                score: v.score,
              },
            ],
          }
        : { verdict: 'pass', score: v.score, detections: [] };
      cache.set(key, out);
      if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
      return out;
    },
  };
}
