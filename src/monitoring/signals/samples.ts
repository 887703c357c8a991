// A reference dataset given as examples (e.g. answers from an evaluation set) becomes an aggregate with the
// same features the hot path records, so drift monitors can compare live traffic against it.
import { z } from 'zod';
import { detectLanguage, isRefusal } from '../text/answer.ts';
import { hashedNgrams, ngramTerms } from '../text/hash.ts';
import { type Aggregate, addTerms, countCategory, newAggregate, QUERY_RESERVOIR } from './aggregate.ts';

export const referenceSampleSchema = z
  .object({
    prompt: z.string().max(100_000).optional(),
    answer: z.string().max(100_000),
    latency_ms: z.number().nonnegative().optional(),
    output_tokens: z.number().int().nonnegative().optional(),
    finish_reason: z.string().max(40).optional(),
  })
  .strict();
export type ReferenceSample = z.infer<typeof referenceSampleSchema>;

export function aggregateOfSamples(samples: ReferenceSample[]): Aggregate {
  const a = newAggregate();
  const step = Math.max(1, Math.floor(samples.length / QUERY_RESERVOIR));
  samples.forEach((s, i) => {
    a.n++;
    a.num.answer_chars.add(s.answer.length);
    if (s.prompt !== undefined) a.num.prompt_chars.add(s.prompt.length);
    if (s.latency_ms !== undefined) a.num.latency_ms.add(s.latency_ms);
    if (s.output_tokens !== undefined) {
      a.num.output_tokens.add(s.output_tokens);
      a.outTokens += s.output_tokens;
    }
    countCategory(a.cat.finish_reason, s.finish_reason ?? 'stop');
    countCategory(a.cat.language, detectLanguage(s.answer));
    if (isRefusal(s.answer)) a.refusals++;
    if (s.answer.trim() === '') a.empty++;
    a.text.seen++;
    if (i % step === 0 && a.text.samples.length < QUERY_RESERVOIR) {
      a.text.samples.push(hashedNgrams(s.answer));
      addTerms(a, ngramTerms(s.answer));
    }
  });
  return a;
}
