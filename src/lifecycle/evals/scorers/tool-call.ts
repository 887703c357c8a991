// Tool-call match: the expected calls (name + arguments, compared as parsed JSON) against the calls the model made.
import { isDeepStrictEqual } from 'node:util';
import type { Scorer, ScorerSpec, ToolCall } from './types.ts';

function expected(reference: unknown): ToolCall[] {
  const list = Array.isArray(reference) ? reference : [reference];
  return list.map((r) => {
    const o = (r ?? {}) as Record<string, unknown>;
    if (typeof o.name !== 'string') throw new Error('tool_call reference needs {name, arguments}');
    return { name: o.name, arguments: typeof o.arguments === 'string' ? JSON.parse(o.arguments) : (o.arguments ?? {}) };
  });
}

export function toolCall(spec: ScorerSpec): Scorer {
  const namesOnly = spec.names_only === true;
  return {
    name: spec.name ?? 'tool_call',
    needsReference: true,
    score: ({ toolCalls, item }) => {
      const want = expected(item.reference);
      const got = [...toolCalls];
      let matched = 0;
      const misses: string[] = [];
      for (const w of want) {
        const i = got.findIndex((g) => g.name === w.name && (namesOnly || isDeepStrictEqual(g.arguments, w.arguments)));
        if (i >= 0) {
          matched++;
          got.splice(i, 1);
        } else misses.push(w.name);
      }
      const score = want.length === 0 ? (toolCalls.length === 0 ? 1 : 0) : matched / want.length;
      const extra = got.length > 0 ? `; unexpected: ${got.map((g) => g.name).join(', ')}` : '';
      return {
        score,
        pass: score === 1 && got.length === 0,
        reason: misses.length || extra ? `missing: ${misses.join(', ') || 'none'}${extra}` : undefined,
      };
    },
  };
}
