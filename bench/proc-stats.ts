// Reads a process tree's CPU time and memory from /proc (Linux). Lintel runs as a child process, so
// the bench observes it from outside and needs nothing inside Lintel.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';

let clockTicks: number | null = null;

/** Kernel clock ticks per second (USER_HZ) that /proc/<pid>/stat times are counted in. */
export function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

export interface StatLine {
  ppid: number;
  /** utime + stime, in clock ticks. */
  cpuTicks: number;
}

/** Parses /proc/<pid>/stat; the command name may contain spaces and parentheses, so split after the last ')'. */
export function parseStat(text: string): StatLine {
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
  return { ppid: Number(rest[1]), cpuTicks: Number(rest[11]) + Number(rest[12]) };
}

function readStat(pid: number): StatLine | null {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

function exeOf(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

/** The pid and its live descendants running the same executable: `--workers` forks Node processes, while
 * helpers such as tsx's esbuild service are other programs and are left out. */
export function processTree(root: number): number[] {
  const exe = exeOf(root);
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const st = readStat(pid);
    if (!st) continue;
    const list = children.get(st.ppid);
    if (list) list.push(pid);
    else children.set(st.ppid, [pid]);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (pid === root || exeOf(pid) === exe) out.push(pid);
    for (const c of children.get(pid) ?? []) stack.push(c);
  }
  return out;
}

/** CPU time (user + system) of the given processes, in milliseconds. */
export function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) ticks += readStat(pid)?.cpuTicks ?? 0;
  return (ticks * 1000) / ticksPerSecond();
}

/**
 * CPU time of the processes' main threads only (the event loop every request waits for), in milliseconds; the
 * rest of cpuMs() is other threads (V8's GC helpers and compiler, libuv's pool, worker threads such as the
 * embedded store's record writer).
 */
export function mainThreadCpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      ticks += parseStat(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')).cpuTicks;
    } catch {
      /* the process is gone */
    }
  }
  return (ticks * 1000) / ticksPerSecond();
}

/** Reads a `VmXxx:   1234 kB` field of /proc/<pid>/status, in bytes (0 when the process is gone). */
export function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function rssBytes(pids: number[]): number {
  return pids.reduce((s, p) => s + statusBytes(p, 'VmRSS'), 0);
}

/** Sum of the processes' peak RSS (one process: its peak; several: an upper bound of the joint peak). */
export function peakRssBytes(pids: number[]): number {
  return pids.reduce((s, p) => s + statusBytes(p, 'VmHWM'), 0);
}

/** Resets the peak-RSS counter (VmHWM) to the current RSS; false where the kernel refuses. */
export function resetPeakRss(pids: number[]): boolean {
  let ok = true;
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      ok = false;
    }
  }
  return ok;
}

/** Open-files limits of a process (Infinity when unlimited, NaN when unreadable). */
export function openFilesLimits(pid: number | 'self'): { soft: number; hard: number } {
  const num = (v: string) => (v === 'unlimited' ? Number.POSITIVE_INFINITY : Number(v));
  try {
    const m = /^Max open files\s+(\S+)\s+(\S+)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'));
    if (m) return { soft: num(m[1]), hard: num(m[2]) };
  } catch {
    /* not Linux, or the process is gone */
  }
  return { soft: Number.NaN, hard: Number.NaN };
}

export function openFiles(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return 0;
  }
}

/** Samples the tree's RSS at an interval and keeps the maximum (a fallback when VmHWM cannot be reset). */
export class RssSampler {
  max = 0;
  private timer: NodeJS.Timeout | null = null;
  constructor(
    private readonly pids: () => number[],
    private readonly everyMs = 100,
  ) {}
  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
    this.timer.unref();
  }
  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return this.max;
  }
  private sample(): void {
    this.max = Math.max(this.max, rssBytes(this.pids()));
  }
}
