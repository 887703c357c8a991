// The ingestion pipeline's data at each stage: connector → RawItem → parse → ParsedDoc → … → chunks.

/** One fetched item (a file, a URL, a database row). */
export interface RawItem {
  /** Stable key of the item in its source (relative path, URL, row id). */
  key: string;
  /** File name or URL path, for the parser's format guess. */
  name: string;
  mediaType?: string;
  body: Buffer;
  metadata: Record<string, unknown>;
}

/** One document after parsing (a file may hold many: jsonl, csv). */
export interface ParsedDoc {
  key: string;
  title: string;
  /** Markdown-like text: headings ("# …") mark the structure the chunker follows. */
  text: string;
  metadata: Record<string, unknown>;
}

/** A source of items; more connectors implement this one interface. */
export interface Connector {
  readonly kind: string;
  /** Stable description used as the documents' `source` (lineage). */
  readonly describe: string;
  items(signal: AbortSignal): AsyncIterable<RawItem>;
}

export type SourceSpec =
  | { kind: 'files'; path: string; include?: string[] }
  | { kind: 'url'; url: string }
  | { kind: 'postgres'; url: string; query: string; idColumn?: string; titleColumn?: string; textColumn?: string };

export const SUPPORTED_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'json', 'jsonl', 'csv', 'pdf'] as const;
