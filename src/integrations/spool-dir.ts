// One process per spool directory (DurableQueue's rule), also under `lintel serve --workers N`, where every worker
// has the same data dir: each process spools a sink into `<base>/<pid>/`. At start it adopts what dead processes
// left — a directory named for a pid no longer running is renamed away atomically (one adopter wins) and its files
// moved into the new owner's directory, so they are replayed exactly by one process. In a container the pid is
// usually the same after a restart, so a node simply finds its own directory again.
import { linkSync, mkdirSync, readdirSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Moves a spool file into `dir` without replacing one there (link fails on a clash; then the next name). */
function moveInto(from: string, dir: string, name: string): void {
  const m = /^([a-z_]+)-(\d+)\.jsonl$/.exec(name);
  for (let bump = 0; bump < 1000; bump++) {
    const target = bump === 0 || !m ? name : `${m[1]}-${String(Number(m[2]) + bump).padStart(13, '0')}.jsonl`;
    try {
      linkSync(from, join(dir, target));
      unlinkSync(from);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !m) throw err;
    }
  }
  throw new Error(`cannot move ${from} into ${dir}`);
}

/** Claims `<base>/<pid>` for this process and adopts the spools of dead processes into it. */
export function claimSpoolDir(base: string, pid = process.pid): string {
  const mine = join(base, String(pid));
  mkdirSync(mine, { recursive: true, mode: 0o700 });
  for (const name of readdirSync(base)) {
    if (!/^\d+$/.test(name) || Number(name) === pid || alive(Number(name))) continue;
    const taken = join(base, `.adopting-${pid}-${name}`);
    try {
      renameSync(join(base, name), taken);
    } catch {
      continue; // another process adopted it first
    }
    for (const f of readdirSync(taken)) moveInto(join(taken, f), mine, f);
    rmdirSync(taken);
  }
  return mine;
}
