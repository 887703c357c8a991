// The user-controlled texts of a chat request (user and tool messages; text parts only), with a way to
// put guarded versions back. System prompts are the operator's and are returned apart (prompt-leak checks).
import type { Dialect } from '../spec/chat.ts';
import type { Json } from '../spec/translate.ts';

interface Slot {
  message: number;
  /** Index in the content array, or -1 when content is a plain string. */
  part: number;
  /** Index inside an Anthropic tool_result block's content array, or -1. */
  inner: number;
}

export interface MessageTexts {
  texts: string[];
  system: string;
  /** A new body with texts[i] replaced; the original body is never mutated. */
  replace(next: readonly string[]): Json;
}

function textOf(part: unknown): string | null {
  if (part && typeof part === 'object' && (part as Json).type === 'text' && typeof (part as Json).text === 'string') {
    return (part as Json).text as string;
  }
  return null;
}

export function messageTexts(dialect: Dialect, body: Json): MessageTexts {
  const messages = Array.isArray(body.messages) ? (body.messages as Json[]) : [];
  const slots: Slot[] = [];
  const texts: string[] = [];
  const systemParts: string[] = [];
  if (dialect === 'anthropic') {
    const sys = body.system;
    if (typeof sys === 'string') systemParts.push(sys);
    else if (Array.isArray(sys)) for (const b of sys) systemParts.push(textOf(b) ?? '');
  }
  messages.forEach((m, i) => {
    const role = m.role;
    if (role === 'system' || role === 'developer') {
      if (typeof m.content === 'string') systemParts.push(m.content);
      else if (Array.isArray(m.content)) for (const p of m.content) systemParts.push(textOf(p) ?? '');
      return;
    }
    if (role !== 'user' && role !== 'tool') return;
    const c = m.content;
    if (typeof c === 'string') {
      slots.push({ message: i, part: -1, inner: -1 });
      texts.push(c);
      return;
    }
    if (!Array.isArray(c)) return;
    c.forEach((p, j) => {
      const t = textOf(p);
      if (t !== null) {
        slots.push({ message: i, part: j, inner: -1 });
        texts.push(t);
      } else if (p && typeof p === 'object' && (p as Json).type === 'tool_result') {
        const inner = (p as Json).content;
        if (typeof inner === 'string') {
          slots.push({ message: i, part: j, inner: -2 });
          texts.push(inner);
        } else if (Array.isArray(inner)) {
          inner.forEach((q, k) => {
            const qt = textOf(q);
            if (qt !== null) {
              slots.push({ message: i, part: j, inner: k });
              texts.push(qt);
            }
          });
        }
      }
    });
  });

  return {
    texts,
    system: systemParts.join('\n'),
    replace(next) {
      const out = messages.slice();
      const copied = new Set<number>();
      slots.forEach((s, idx) => {
        if (next[idx] === texts[idx]) return;
        if (!copied.has(s.message)) {
          const m = out[s.message];
          out[s.message] = { ...m, content: Array.isArray(m.content) ? (m.content as unknown[]).slice() : m.content };
          copied.add(s.message);
        }
        const m = out[s.message];
        if (s.part === -1) {
          m.content = next[idx];
          return;
        }
        const parts = m.content as Json[];
        if (s.inner === -1) {
          parts[s.part] = { ...parts[s.part], text: next[idx] };
        } else if (s.inner === -2) {
          parts[s.part] = { ...parts[s.part], content: next[idx] };
        } else {
          const block = { ...parts[s.part] };
          const inner = (block.content as Json[]).slice();
          inner[s.inner] = { ...inner[s.inner], text: next[idx] };
          block.content = inner;
          parts[s.part] = block;
        }
      });
      return { ...body, messages: out };
    },
  };
}
