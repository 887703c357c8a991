// Same-dialect answers that output guardrails checked: instead of re-encoding the whole answer from the neutral
// spec (which keeps only what both dialects share), the upstream body is kept and only its answer text is
// replaced. Anthropic thinking blocks (with their signatures, which a tool-use loop must send back), citations,
// OpenAI refusals, annotations, logprobs and unknown fields all survive redaction this way.
import type { ChatResponse, Dialect } from '../spec/chat.ts';
import type { Json } from '../spec/translate.ts';

function textOf(parts: ChatResponse['choices'][number]['content']): string {
  let s = '';
  for (const p of parts) if (p.type === 'text') s += p.text;
  return s;
}

type Block = { type?: unknown; text?: unknown };

/**
 * The upstream body with each choice's text set to the checked text: the same object when no text changed,
 * a patched copy when some did, or null when the body does not have the expected shape (re-encode instead).
 */
export function patchAnswerText(dialect: Dialect, body: Json, checked: ChatResponse): Json | null {
  if (dialect === 'anthropic') {
    const content = body.content;
    if (!Array.isArray(content)) return null;
    const blocks = content as Block[];
    const before = blocks.reduce((s, b) => (b?.type === 'text' && typeof b.text === 'string' ? s + b.text : s), '');
    const after = textOf(checked.choices[0]?.content ?? []);
    if (after === before) return body;
    const first = blocks.findIndex((b) => b?.type === 'text');
    if (first === -1) return null;
    // The joined text goes into the first text block; the others are dropped (their text is in it).
    const next = blocks
      .map((b, i) => (i === first ? { ...b, text: after } : b))
      .filter((b, i) => i === first || b?.type !== 'text');
    return { ...body, content: next as Json[] };
  }
  const choices = body.choices;
  if (!Array.isArray(choices)) return null;
  let changed = false;
  const next = (choices as Json[]).map((c, i) => {
    const message = c?.message as Json | undefined;
    const want = checked.choices.find((x) => x.index === ((c?.index as number | undefined) ?? i));
    if (!message || !want || typeof message.content !== 'string') return c;
    const text = textOf(want.content);
    if (text === message.content) return c;
    changed = true;
    return { ...c, message: { ...message, content: text } };
  });
  return changed ? { ...body, choices: next } : body;
}
