// Parsers by format. Each returns documents whose text keeps the structure as markdown headings, so the chunker
// can follow sections whatever the input format was.
import { extname } from 'node:path';
import type { ParsedDoc, RawItem } from './types.ts';

export class ParseError extends Error {}

export function formatOf(item: RawItem): string {
  const ext = extname(item.name.split('?')[0] ?? '')
    .slice(1)
    .toLowerCase();
  if (ext) return ext === 'markdown' ? 'md' : ext === 'htm' ? 'html' : ext;
  const mt = (item.mediaType ?? '').toLowerCase();
  if (mt.includes('html')) return 'html';
  if (mt.includes('pdf')) return 'pdf';
  if (mt.includes('ndjson') || mt.includes('jsonl')) return 'jsonl';
  if (mt.includes('json')) return 'json';
  if (mt.includes('csv')) return 'csv';
  if (mt.includes('markdown')) return 'md';
  return 'txt';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** HTML → markdown-ish text: headings become "#" lines, blocks become paragraphs, scripts and styles go. */
export function htmlToText(html: string): { title: string; text: string } {
  const title = decodeEntities(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim() ?? '');
  let body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(
      /<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi,
      (_, n: string, t: string) => `\n\n${'#'.repeat(Number(n))} ${t.replace(/<[^>]+>/g, '').trim()}\n\n`,
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|section|article|blockquote|pre|table|ul|ol)>/gi, '\n\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]+>/g, ' ');
  body = decodeEntities(body);
  return { title, text: body };
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const TEXT_FIELDS = ['text', 'content', 'body', 'abstract'];
const TITLE_FIELDS = ['title', 'name', 'heading'];
const ID_FIELDS = ['_id', 'id', 'doc_id', 'key'];

function recordToDoc(item: RawItem, rec: Record<string, unknown>, i: number): ParsedDoc | null {
  const pick = (names: string[]) => names.map((n) => rec[n]).find((v) => v !== undefined && v !== null);
  const text = pick(TEXT_FIELDS);
  if (text === undefined) return null;
  const id = pick(ID_FIELDS);
  const title = pick(TITLE_FIELDS);
  const metadata: Record<string, unknown> = { ...item.metadata };
  for (const [k, v] of Object.entries(rec)) {
    if (![...TEXT_FIELDS, ...TITLE_FIELDS, ...ID_FIELDS].includes(k) && (typeof v !== 'object' || v === null))
      metadata[k] = v;
  }
  return {
    key: `${item.key}#${id !== undefined ? String(id) : i}`,
    title: title ? String(title) : '',
    text: String(text),
    metadata,
  };
}

export async function parseItem(item: RawItem): Promise<ParsedDoc[]> {
  const format = formatOf(item);
  const utf8 = () => item.body.toString('utf8');
  const base = { key: item.key, metadata: { ...item.metadata, format } };
  switch (format) {
    case 'txt':
    case 'md':
      return [{ ...base, title: /^#\s+(.+)$/m.exec(utf8())?.[1]?.trim() ?? '', text: utf8() }];
    case 'html': {
      const { title, text } = htmlToText(utf8());
      return [{ ...base, title, text }];
    }
    case 'json': {
      let data: unknown;
      try {
        data = JSON.parse(utf8());
      } catch {
        throw new ParseError(`${item.key}: not valid JSON`);
      }
      const records = Array.isArray(data) ? data : [data];
      return records.flatMap((r, i) =>
        r && typeof r === 'object' ? (recordToDoc(item, r as Record<string, unknown>, i) ?? []) : [],
      );
    }
    case 'jsonl': {
      const out: ParsedDoc[] = [];
      utf8()
        .split('\n')
        .forEach((line, i) => {
          if (!line.trim()) return;
          let r: unknown;
          try {
            r = JSON.parse(line);
          } catch {
            throw new ParseError(`${item.key}:${i + 1}: not valid JSON`);
          }
          const d = r && typeof r === 'object' ? recordToDoc(item, r as Record<string, unknown>, i) : null;
          if (d) out.push(d);
        });
      return out;
    }
    case 'csv': {
      const [header, ...rows] = parseCsv(utf8());
      if (!header) return [];
      return rows.flatMap(
        (cells, i) => recordToDoc(item, Object.fromEntries(header.map((h, j) => [h.trim(), cells[j] ?? ''])), i) ?? [],
      );
    }
    case 'pdf': {
      const { extractText, getDocumentProxy } = await import('unpdf');
      try {
        const pdf = await getDocumentProxy(new Uint8Array(item.body));
        const { text } = await extractText(pdf, { mergePages: false });
        const pages = Array.isArray(text) ? text : [text];
        return [{ ...base, title: '', text: pages.map((p, i) => `# Page ${i + 1}\n\n${p}`).join('\n\n') }];
      } catch (err) {
        throw new ParseError(`${item.key}: not a readable PDF (${(err as Error).message})`);
      }
    }
    default:
      throw new ParseError(`${item.key}: unsupported format "${format}"`);
  }
}
