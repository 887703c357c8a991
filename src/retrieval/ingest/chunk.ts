// Token-aware chunking that follows structure: the text splits at markdown headings into sections; a section's
// paragraphs are packed into chunks of at most maxTokens; a paragraph too long on its own splits at sentences,
// then words. Each chunk starts with its heading path and repeats the last overlapTokens of the previous chunk
// of the same section. Tokens are estimated as ⌈words × 4/3⌉ (close to BPE counts for English prose).
import type { ChunkingSettings } from '../types.ts';

export const estimateTokens = (s: string): number => Math.ceil((s.match(/\S+/g)?.length ?? 0) * (4 / 3));

interface Section {
  path: string[];
  paragraphs: string[];
}

function sections(text: string): Section[] {
  const out: Section[] = [];
  const path: string[] = [];
  let cur: Section = { path: [], paragraphs: [] };
  for (const block of text.split(/\n\s*\n/)) {
    const b = block.trim();
    if (!b) continue;
    const h = /^(#{1,6})\s+(.+)$/.exec(b.split('\n')[0] ?? '');
    if (h) {
      if (cur.paragraphs.length) out.push(cur);
      const level = (h[1] as string).length;
      path.length = Math.min(path.length, level - 1);
      path.push((h[2] as string).trim());
      cur = { path: [...path], paragraphs: [] };
      const rest = b.split('\n').slice(1).join('\n').trim();
      if (rest) cur.paragraphs.push(rest);
    } else cur.paragraphs.push(b);
  }
  if (cur.paragraphs.length) out.push(cur);
  return out;
}

/** Splits a paragraph longer than `max` tokens at sentence ends, then at words. */
function splitLong(p: string, max: number): string[] {
  if (estimateTokens(p) <= max) return [p];
  const sentences = p.split(/(?<=[.!?])\s+/);
  const out: string[] = [];
  let cur = '';
  for (const s of sentences) {
    if (estimateTokens(s) > max) {
      if (cur) out.push(cur);
      cur = '';
      const words = s.split(/\s+/);
      const per = Math.max(1, Math.floor((max * 3) / 4));
      for (let i = 0; i < words.length; i += per) out.push(words.slice(i, i + per).join(' '));
      continue;
    }
    const next = cur ? `${cur} ${s}` : s;
    if (estimateTokens(next) > max && cur) {
      out.push(cur);
      cur = s;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

function tail(text: string, tokens: number): string {
  if (tokens <= 0) return '';
  const words = text.split(/\s+/);
  return words.slice(Math.max(0, words.length - Math.floor((tokens * 3) / 4))).join(' ');
}

export function chunkText(text: string, title: string, s: ChunkingSettings): string[] {
  if (s.maxTokens < 16) throw new RangeError('chunking.maxTokens must be ≥ 16');
  if (s.overlapTokens < 0 || s.overlapTokens >= s.maxTokens / 2)
    throw new RangeError('chunking.overlapTokens must be in [0, maxTokens/2)');
  const chunks: string[] = [];
  for (const sec of sections(text)) {
    const heading = (sec.path.length ? sec.path : title ? [title] : []).join(' › ');
    const budget = s.maxTokens - estimateTokens(heading) - s.overlapTokens;
    const pieces = sec.paragraphs.flatMap((p) => splitLong(p, Math.max(8, budget)));
    let cur = '';
    let prev = '';
    const flush = () => {
      if (!cur) return;
      const overlap = tail(prev, s.overlapTokens);
      chunks.push([heading, overlap ? `${overlap} ${cur}` : cur].filter(Boolean).join('\n\n'));
      prev = cur;
      cur = '';
    };
    for (const p of pieces) {
      if (cur && estimateTokens(`${cur}\n\n${p}`) > budget) flush();
      cur = cur ? `${cur}\n\n${p}` : p;
    }
    flush();
  }
  return chunks;
}
