// Helpers for tests of guards on streamed answers: the raw Anthropic SSE body of a streamed request, the text
// and number of non-empty pieces of an OpenAI SDK stream, and waiting for a condition (records land after the
// response).

export async function anthropicStreamBody(url: string, key: string, model: string, content: string): Promise<string> {
  const res = await fetch(`${url}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
    body: JSON.stringify({ model, max_tokens: 400, stream: true, messages: [{ role: 'user', content }] }),
  });
  return res.text();
}

/** The Anthropic error event Lintel sends when a guard stops a stream. */
export const anthropicBlockEvent = (guard: string): RegExp =>
  new RegExp(
    `event: error\\ndata: \\{"type":"error","error":\\{"type":"invalid_request_error","message":"Blocked by guardrail \\\\"${guard}\\\\"`,
  );

export async function readTextStream(
  stream: AsyncIterable<{ choices: { delta?: { content?: string | null } }[] }>,
): Promise<{ text: string; pieces: number }> {
  let text = '';
  let pieces = 0;
  for await (const chunk of stream) {
    const t = chunk.choices[0]?.delta?.content ?? '';
    if (t) pieces++;
    text += t;
  }
  return { text, pieces };
}

export async function waitFor<T>(f: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 20));
  }
}
