// Every text of a request that reaches a model, with its channel (engine/channels.ts): system and
// developer prompts, user and assistant turns, tool results and call arguments, `name` fields, tool
// descriptions, documents (OpenAI and Anthropic formats) and embeddings input. `replace` puts guarded
// (redacted) versions back without mutating the original body.
import type { Channel } from '../guardrails/engine/channels.ts';
import type { Dialect } from '../spec/chat.ts';
import type { Json } from '../spec/translate.ts';

type Path = (string | number)[];

export interface MessageTexts {
  texts: string[];
  channels: Channel[];
  /** The operator's system prompt (system channel joined), for the prompt-leak detector. */
  system: string;
  /** A new body with texts[i] replaced; the original body is never mutated. */
  replace(next: readonly string[]): Json;
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const ROLE_CHANNEL: Record<string, Channel> = {
  system: 'system',
  developer: 'system',
  user: 'user',
  assistant: 'assistant',
  tool: 'tool_result',
  function: 'tool_result',
};

const TEXT_PART = new Set(['text', 'input_text', 'output_text']);

class Collector {
  texts: string[] = [];
  channels: Channel[] = [];
  paths: Path[] = [];

  add(text: unknown, channel: Channel, path: Path): void {
    if (typeof text !== 'string' || text.length === 0) return;
    this.texts.push(text);
    this.channels.push(channel);
    this.paths.push(path);
  }

  /** Every string inside a JSON value (tool call input, nested document content). */
  strings(v: unknown, channel: Channel, path: Path, depth = 0): void {
    if (depth > 32) return;
    if (typeof v === 'string') this.add(v, channel, path);
    else if (Array.isArray(v)) for (const [i, x] of v.entries()) this.strings(x, channel, [...path, i], depth + 1);
    else if (isObj(v)) for (const [k, x] of Object.entries(v)) this.strings(x, channel, [...path, k], depth + 1);
  }

  /** `description` strings of a JSON Schema (tool parameters), at any depth. */
  descriptions(v: unknown, path: Path, depth = 0): void {
    if (depth > 32) return;
    if (Array.isArray(v)) for (const [i, x] of v.entries()) this.descriptions(x, [...path, i], depth + 1);
    else if (isObj(v))
      for (const [k, x] of Object.entries(v)) {
        if (k === 'description' && typeof x === 'string') this.add(x, 'tool_definition', [...path, k]);
        else this.descriptions(x, [...path, k], depth + 1);
      }
  }
}

function contentParts(c: Collector, content: unknown, channel: Channel, base: Path): void {
  if (typeof content === 'string') {
    c.add(content, channel, base);
    return;
  }
  if (!Array.isArray(content)) return;
  content.forEach((p, j) => {
    if (!isObj(p)) return;
    const at = [...base, j];
    const type = p.type as string;
    if (TEXT_PART.has(type)) c.add(p.text, channel, [...at, 'text']);
    else if (type === 'refusal') c.add(p.refusal, channel, [...at, 'refusal']);
    else if (type === 'tool_result') contentParts(c, p.content, 'tool_result', [...at, 'content']);
    else if (type === 'tool_use') c.strings(p.input, 'tool_call', [...at, 'input']);
    else if (type === 'document') {
      c.add(p.title, 'document', [...at, 'title']);
      c.add(p.context, 'document', [...at, 'context']);
      const src = p.source;
      if (isObj(src) && src.type === 'text') c.add(src.data, 'document', [...at, 'source', 'data']);
      else if (isObj(src) && src.type === 'content')
        contentParts(c, src.content, 'document', [...at, 'source', 'content']);
    } else if (type === 'search_result') {
      // Client-sent search results are outside content like documents (RAG's own are added after the guards).
      c.add(p.title, 'document', [...at, 'title']);
      contentParts(c, p.content, 'document', [...at, 'content']);
    } else if (type === 'file' && isObj(p.file)) c.add(p.file.filename, 'document', [...at, 'file', 'filename']);
  });
}

export function messageTexts(dialect: Dialect, body: Json): MessageTexts {
  const c = new Collector();
  if (!Array.isArray(body.messages) && body.input !== undefined) {
    // Embeddings: a string or an array of strings (token arrays carry no text to scan).
    if (typeof body.input === 'string') c.add(body.input, 'embedding', ['input']);
    else if (Array.isArray(body.input)) for (const [i, x] of body.input.entries()) c.add(x, 'embedding', ['input', i]);
  }
  if (dialect === 'anthropic') {
    if (typeof body.system === 'string') c.add(body.system, 'system', ['system']);
    else if (Array.isArray(body.system)) contentParts(c, body.system, 'system', ['system']);
  }
  const messages = Array.isArray(body.messages) ? (body.messages as unknown[]) : [];
  messages.forEach((m, i) => {
    if (!isObj(m)) return;
    const channel = ROLE_CHANNEL[m.role as string] ?? 'user';
    c.add(m.name, 'name', ['messages', i, 'name']);
    contentParts(c, m.content, channel, ['messages', i, 'content']);
    if (Array.isArray(m.tool_calls)) {
      m.tool_calls.forEach((t, k) => {
        if (isObj(t) && isObj(t.function))
          c.add(t.function.arguments, 'tool_call', ['messages', i, 'tool_calls', k, 'function', 'arguments']);
      });
    }
    if (isObj(m.function_call))
      c.add(m.function_call.arguments, 'tool_call', ['messages', i, 'function_call', 'arguments']);
  });
  const tools = Array.isArray(body.tools) ? body.tools : [];
  tools.forEach((t, k) => {
    if (!isObj(t)) return;
    const fn = isObj(t.function) ? t.function : t; // OpenAI { type, function: {…} }; Anthropic flat
    const base: Path = fn === t ? ['tools', k] : ['tools', k, 'function'];
    c.add(fn.description, 'tool_definition', [...base, 'description']);
    c.descriptions(fn.parameters ?? fn.input_schema, [
      ...base,
      fn.parameters !== undefined ? 'parameters' : 'input_schema',
    ]);
  });
  if (Array.isArray(body.functions)) {
    body.functions.forEach((f, k) => {
      if (!isObj(f)) return;
      c.add(f.description, 'tool_definition', ['functions', k, 'description']);
      c.descriptions(f.parameters, ['functions', k, 'parameters']);
    });
  }
  const { texts, channels, paths } = c;
  return {
    texts,
    channels,
    system: texts.filter((_, i) => channels[i] === 'system').join('\n'),
    replace(next) {
      const copied = new Set<unknown>();
      const root: Json = { ...body };
      copied.add(root);
      paths.forEach((path, idx) => {
        if (next[idx] === texts[idx]) return;
        let node: Json | unknown[] = root;
        for (let d = 0; d < path.length - 1; d++) {
          const key = path[d] as never;
          const child = (node as Json)[key] as Json | unknown[];
          const copy = copied.has(child) ? child : Array.isArray(child) ? child.slice() : { ...child };
          copied.add(copy);
          (node as Json)[key] = copy as never;
          node = copy;
        }
        (node as Json)[path[path.length - 1] as never] = next[idx] as never;
      });
      return root;
    },
  };
}
