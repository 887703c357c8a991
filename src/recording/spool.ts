// Append-only local spool for entries a destination could not take (down, slow, or queue overflow): request
// records the store refused, and events for the streaming sinks (src/integrations) while their receiver is down.
// Files `<dir>/<prefix>-<ts>.jsonl` (prefix `requests` for the request log), one JSON entry per line, fsync'd per
// appended batch; replayed oldest first and deleted once fully written. A torn last line (crash mid-append) is
// skipped on read: only entries whose append had returned are promised to survive.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecordItem } from './sink.ts';

/** A queued record with the time it was handed to the recorder (for write-lag metrics). */
export interface SpoolEntry extends RecordItem {
  at: number;
}

/** Anything spooled carries the time it was queued. */
export interface Timed {
  at: number;
}

/** How one entry becomes one JSON line and back; `decode` throws on a line that is not an entry. */
export interface SpoolCodec<E extends Timed> {
  encode(entry: E): unknown;
  decode(json: unknown): E;
}

export interface SpoolOptions<E extends Timed> {
  maxFileBytes?: number;
  /** File name prefix; default `requests`. */
  prefix?: string;
  /** Default: the request-record codec. */
  codec?: SpoolCodec<E>;
}

export interface SpoolBatch<E extends Timed = SpoolEntry> {
  path: string;
  entries: E[];
  /** Entries at the head of `entries` already written by an earlier, interrupted replay. */
  done: number;
}

interface SpoolFile {
  path: string;
  records: number;
  written: number;
}

const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Spool files hold request records (tags, end users, errors): owner-only. */
const FILE_MODE = 0o600;

/** Request records: `{r: record, b?: bodies, t: queued at}`. */
export const recordCodec: SpoolCodec<SpoolEntry> = {
  encode: (e) => ({ r: e.record, b: e.bodies, t: e.at }),
  decode(json) {
    const o = json as { r?: { id?: unknown }; b?: RecordItem['bodies']; t?: unknown };
    if (!o?.r || typeof o.r.id !== 'string') throw new Error('not a spool entry');
    return {
      record: o.r as RecordItem['record'],
      ...(o.b ? { bodies: o.b } : {}),
      at: typeof o.t === 'number' ? o.t : Date.now(),
    };
  },
};

export class Spool<E extends Timed = SpoolEntry> {
  readonly dir: string;
  readonly #maxFileBytes: number;
  readonly #codec: SpoolCodec<E>;
  readonly #prefix: string;
  readonly #fileRe: RegExp;
  #files: SpoolFile[] = [];
  #active: { file: SpoolFile; fh: FileHandle; bytes: number } | null = null;
  #chain: Promise<unknown> = Promise.resolve();
  #inflight = 0;
  #lastTs = 0;
  #latePath: string | null = null;
  #lateRecords = 0;
  /** Lines that could not be parsed (torn by a crash), for diagnostics. */
  skippedLines = 0;

  constructor(dir: string, opts: SpoolOptions<E> = {}) {
    this.dir = dir;
    this.#maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    this.#codec = opts.codec ?? (recordCodec as unknown as SpoolCodec<E>);
    this.#prefix = opts.prefix ?? 'requests';
    if (!/^[a-z][a-z0-9_]*$/.test(this.#prefix)) throw new Error(`bad spool prefix "${this.#prefix}"`);
    this.#fileRe = new RegExp(`^${this.#prefix}-(\\d+)\\.jsonl$`);
  }

  #encode(entries: readonly E[]): string {
    let out = '';
    for (const e of entries) out += `${JSON.stringify(this.#codec.encode(e))}\n`;
    return out;
  }

  #decode(text: string): { entries: E[]; skipped: number } {
    const entries: E[] = [];
    let skipped = 0;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      try {
        entries.push(this.#codec.decode(JSON.parse(line)));
      } catch {
        skipped++;
      }
    }
    return { entries, skipped };
  }

  /** Creates the directory and indexes files left by an earlier run. */
  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const names = (await readdir(this.dir)).filter((n) => this.#fileRe.test(n)).sort();
    for (const name of names) {
      if (this.#files.some((f) => f.path === join(this.dir, name))) continue;
      const { entries } = this.#decode(await readFile(join(this.dir, name), 'utf8'));
      this.#files.push({ path: join(this.dir, name), records: entries.length, written: 0 });
      this.#lastTs = Math.max(this.#lastTs, Number(this.#fileRe.exec(name)?.[1]));
    }
  }

  /** Records in the spool not yet written to the store. */
  get pendingRecords(): number {
    let n = this.#lateRecords;
    for (const f of this.#files) n += f.records - f.written;
    return n;
  }

  get fileCount(): number {
    return this.#files.length;
  }

  /** True when there is nothing to replay and no append in flight (checked synchronously; late records aside). */
  isEmpty(): boolean {
    return this.#files.length === 0 && this.#inflight === 0;
  }

  /** Appends entries durably (fsync) to the active file; appends are serialised in call order. */
  append(entries: readonly E[]): Promise<void> {
    this.#inflight++;
    return this.#serial(() => this.#append(entries)).finally(() => {
      this.#inflight--;
    });
  }

  /**
   * Synchronous, fsync'd append for records arriving after the recorder closed. They go to one "late"
   * file that this instance never replays (a replay could race the appends); the next open() finds it.
   */
  appendLate(entries: readonly E[]): void {
    this.#latePath ??= this.#nextPath();
    const fd = openSync(this.#latePath, 'a', FILE_MODE);
    try {
      writeSync(fd, this.#encode(entries));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.#lateRecords += entries.length;
  }

  /** The oldest file's entries (sealing it if it is being appended to), or null when the spool is empty. */
  takeOldest(): Promise<SpoolBatch<E> | null> {
    return this.#serial(async () => {
      const file = this.#files[0];
      if (!file) return null;
      if (this.#active?.file === file) await this.#seal();
      const { entries, skipped } = this.#decode(await readFile(file.path, 'utf8'));
      this.skippedLines += skipped;
      file.records = entries.length;
      return { path: file.path, entries, done: Math.min(file.written, entries.length) };
    });
  }

  /** Notes that `n` more entries of `path` are in the store, so an interrupted replay resumes after them. */
  markWritten(path: string, n: number): void {
    const file = this.#files.find((f) => f.path === path);
    if (file) file.written = Math.min(file.records, file.written + n);
  }

  /** Deletes a fully written file. */
  remove(path: string): Promise<void> {
    return this.#serial(async () => {
      if (this.#active?.file.path === path) await this.#seal();
      await unlink(path).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      this.#files = this.#files.filter((f) => f.path !== path);
    });
  }

  /** Closes the active file; the spool stays on disk for the next start. */
  close(): Promise<void> {
    return this.#serial(() => this.#seal());
  }

  #serial<T>(op: () => Promise<T>): Promise<T> {
    const p = this.#chain.then(op);
    this.#chain = p.catch(() => {});
    return p;
  }

  #nextPath(): string {
    this.#lastTs = Math.max(Date.now(), this.#lastTs + 1);
    return join(this.dir, `${this.#prefix}-${String(this.#lastTs).padStart(13, '0')}.jsonl`);
  }

  async #append(entries: readonly E[]): Promise<void> {
    if (entries.length === 0) return;
    if (!this.#active) {
      const path = this.#nextPath();
      const fh = await open(path, 'a', FILE_MODE);
      await syncDir(this.dir); // make the new file's name durable, not only its contents
      const file = { path, records: 0, written: 0 };
      this.#files.push(file);
      this.#active = { file, fh, bytes: 0 };
    }
    const active = this.#active;
    const data = this.#encode(entries);
    try {
      await active.fh.appendFile(data);
      await active.fh.sync();
    } catch (err) {
      // A partial line may sit at the end; later appends go to a new file so it cannot merge with them.
      await this.#seal();
      throw err;
    }
    active.file.records += entries.length;
    active.bytes += Buffer.byteLength(data);
    if (active.bytes >= this.#maxFileBytes) await this.#seal();
  }

  async #seal(): Promise<void> {
    const active = this.#active;
    if (!active) return;
    this.#active = null;
    await active.fh.close();
    if (active.file.records === 0 && this.#files.includes(active.file)) {
      this.#files = this.#files.filter((f) => f !== active.file);
      await unlink(active.file.path).catch(() => {});
    }
  }
}

async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
