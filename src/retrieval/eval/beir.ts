// Reads a BEIR-layout data set in place: corpus.jsonl {_id,title,text}, queries.jsonl {_id,text},
// qrels/*.tsv (query-id, corpus-id, score, with a header line).
import { readFileSync } from 'node:fs';
import type { Qrels } from './metrics.ts';

export interface BeirDoc {
  id: string;
  title: string;
  text: string;
}

export interface BeirQuery {
  id: string;
  text: string;
}

function jsonl<T>(path: string, map: (o: Record<string, unknown>, line: number) => T): T[] {
  const out: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let o: unknown;
      try {
        o = JSON.parse(line);
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
      if (!o || typeof o !== 'object') throw new Error(`${path}:${i + 1}: not an object`);
      out.push(map(o as Record<string, unknown>, i + 1));
    });
  return out;
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

export function readCorpus(path: string): BeirDoc[] {
  return jsonl(path, (o, line) => {
    if (o._id === undefined) throw new Error(`${path}:${line}: missing _id`);
    return { id: str(o._id), title: str(o.title), text: str(o.text) };
  });
}

export function readQueries(path: string): BeirQuery[] {
  return jsonl(path, (o, line) => {
    if (o._id === undefined) throw new Error(`${path}:${line}: missing _id`);
    return { id: str(o._id), text: str(o.text) };
  });
}

export function readQrels(path: string): Qrels {
  const q: Qrels = new Map();
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const parts = line.trim().split(/\t| +/);
    if (parts.length < 3) return;
    if (i === 0 && Number.isNaN(Number(parts[2]))) return; // header
    const [qid, did, score] = parts as [string, string, string];
    const s = Number(score);
    if (!Number.isFinite(s)) throw new Error(`${path}:${i + 1}: score is not a number`);
    let m = q.get(qid);
    if (!m) {
      m = new Map();
      q.set(qid, m);
    }
    m.set(did, s);
  });
  return q;
}
