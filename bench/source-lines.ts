// Maps positions in the code tsx ran back to lines of the .ts source. tsx strips types and
// whitespace (a module becomes one line), so a profile's line numbers say nothing by themselves; its
// cache (os.tmpdir()/tsx-<uid>/) keeps each transformed module with its source map.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Candidate {
  code: string;
  map: SourceMap;
  mtimeMs: number;
}

export interface Frame {
  url: string;
  functionName: string;
  lineNumber: number;
  columnNumber: number;
}

export function tsxCacheDir(): string {
  let uid: number | string = 'unknown';
  try {
    uid = userInfo().uid;
  } catch {
    /* keep 'unknown' */
  }
  return join(tmpdir(), `tsx-${uid}`);
}

/** Indexes the tsx cache by source path (several versions when the file changed between runs). */
function indexCache(dir: string): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const file = join(dir, name);
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { code?: string; map?: SourceMapPayload };
      const source = entry.map?.sources?.[0];
      if (typeof entry.code !== 'string' || !entry.map || !source) continue;
      const list = out.get(source) ?? [];
      list.push({ code: entry.code, map: new SourceMap(entry.map), mtimeMs: statSync(file).mtimeMs });
      out.set(source, list);
    } catch {
      /* not a transform entry */
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.mtimeMs - a.mtimeMs);
  return out;
}

/** The version whose code best matches the frames: V8 puts a function's column at its parameter list,
 * so its name (declaration, method or `name=` binding) sits just before it. */
function pick(cands: Candidate[], frames: Frame[]): Candidate | null {
  const named = frames.filter((f) => f.functionName && f.lineNumber === 0);
  let best: Candidate | null = null;
  let bestHits = -1;
  for (const c of cands) {
    let hits = 0;
    for (const f of named) {
      const last = f.functionName.split('.').pop() ?? f.functionName;
      if (c.code.slice(Math.max(0, f.columnNumber - last.length - 40), f.columnNumber + 1).includes(last)) hits++;
    }
    if (hits > bestHits) {
      best = c;
      bestHits = hits;
    }
  }
  // Trust a version only when nearly every named frame lines up with it.
  return best && bestHits >= Math.ceil(named.length * 0.9) ? best : null;
}

/** Returns a function from a profile frame to its 1-based source line (null when unknown). */
export function createLineMapper(frames: Frame[], cacheDir = tsxCacheDir()): (f: Frame) => number | null {
  const byFile = new Map<string, Frame[]>();
  for (const f of frames) {
    if (!f.url.startsWith('file://') || !/\.(c|m)?tsx?$/.test(f.url)) continue;
    const list = byFile.get(f.url) ?? [];
    list.push(f);
    byFile.set(f.url, list);
  }
  if (byFile.size === 0) return () => null;
  const cache = indexCache(cacheDir);
  const chosen = new Map<string, Candidate | null>();
  for (const [url, list] of byFile) {
    let path: string;
    try {
      path = fileURLToPath(url);
    } catch {
      continue;
    }
    chosen.set(url, pick(cache.get(path) ?? [], list));
  }
  return (f) => {
    const c = chosen.get(f.url);
    if (!c) return null;
    const e = c.map.findEntry(f.lineNumber, f.columnNumber) as { originalLine?: number };
    return typeof e.originalLine === 'number' ? e.originalLine + 1 : null;
  };
}
