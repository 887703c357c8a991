// The in-process chat call of the llm_judge guard: a POST /v1/chat/completions through this node's own
// gateway with the master key (keys, routing, retries, recording all apply; the judge's own guard sets
// skip the judge, see detectors/judge/judge.ts), answer text returned.
import type { FastifyInstance } from 'fastify';
import type { JudgeMessage } from '../guardrails/detectors/judge/formats.ts';

export async function judgeChat(
  app: { inject: FastifyInstance['inject'] } | null,
  masterKey: string,
  model: string,
  messages: JudgeMessage[],
): Promise<string> {
  if (!app) throw new Error('the node is not started yet');
  const r = await app.inject({
    method: 'POST',
    url: '/v1/chat/completions',
    headers: {
      authorization: `Bearer ${masterKey}`,
      'content-type': 'application/json',
      'x-lintel-tags': 'guard=llm_judge',
    },
    payload: JSON.stringify({ model, messages, max_tokens: 64, temperature: 0 }),
  });
  if (r.statusCode !== 200) throw new Error(`judge route "${model}" answered ${r.statusCode}`);
  const body = r.json() as { choices?: { message?: { content?: unknown } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new Error(`judge route "${model}" returned no text`);
  return content;
}
