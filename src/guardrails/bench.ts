// Micro-benchmark of the default input guard set on realistic prompts (1 KB and 32 KB).
// `npm run bench` calls runGuardBench(); also runnable: node --import tsx src/guardrails/bench.ts [--sets topics]

import { fileURLToPath } from 'node:url';
import { compileGuardSets } from './engine/compile.ts';
import type { GuardOutcome } from './types.ts';

// Ordinary prose with the things real prompts carry: numbers, punctuation, a URL, an email-like
// mention, curly quotes, code, a bit of non-ASCII.
const PARAGRAPHS = [
  'Please summarise the following meeting notes for the product team, focusing on decisions, owners and deadlines. ',
  'The quarterly roadmap was reviewed on 12 March; the migration to the new billing system slips to Q3 because the vendor’s API is late. ',
  'Anna will update the hiring plan (two backend engineers, one designer) and share it at https://wiki.example.com/plans/2024-q2 by Friday. ',
  'Ben asked whether we should ignore the legacy reporting module for now; we agreed to keep it read-only until the new dashboards ship. ',
  'Customer feedback: “the export is slow for files over 50 MB” – Chris will profile it with the staging data set and report back. ',
  'For the code review, check `function retry(fn, attempts = 3) { return fn().catch(() => retry(fn, attempts - 1)); }` for the missing base case. ',
  'Budget: travel €4,200, tooling $1,150, training 900 GBP. Dates of the offsite are still open; options are 14–16 May or 4–6 June. ',
  'Open questions: should the system prompt of the support bot mention refunds, and who owns the password-reset flow after the reorg? ',
];

export function benchPrompt(bytes: number): string {
  let s = '';
  for (let i = 0; s.length < bytes; i++) s += PARAGRAPHS[i % PARAGRAPHS.length];
  return s.slice(0, bytes);
}

export interface GuardBenchCase {
  name: string;
  chars: number;
  iterations: number;
  medianMs: number;
  p90Ms: number;
  /** Mean CPU time per run (user + system): less sensitive to a busy machine than wall time. */
  cpuMeanMs: number;
  /** Median per guard, to see where the time goes. */
  perGuardMs: Record<string, number>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const p90 = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.9)];
};

/** Times the `default` input guards (or `sets`) synchronously, as the gateway runs them. */
export function runGuardBench(o: { iterations?: number; sets?: string[]; print?: boolean } = {}): GuardBenchCase[] {
  const pipeline = compileGuardSets().get(o.sets ?? ['default']);
  if (pipeline.hasAsync('input')) throw new Error('benchmark needs synchronous input guards');
  const cases: [string, string, number][] = [
    ['1 KB prompt', benchPrompt(1024), o.iterations ?? 2000],
    ['32 KB prompt', benchPrompt(32 * 1024), Math.max(20, Math.round((o.iterations ?? 2000) / 10))],
  ];
  const results: GuardBenchCase[] = [];
  for (const [name, text, iterations] of cases) {
    for (let i = 0; i < Math.min(200, iterations); i++) pipeline.check('input', text); // warm-up (JIT)
    const times: number[] = [];
    const perGuard = new Map<string, number[]>();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      const r = pipeline.check('input', text) as GuardOutcome;
      times.push(performance.now() - t0);
      for (const t of r.timings) {
        const l = perGuard.get(t.guard) ?? [];
        l.push(t.latencyMs);
        perGuard.set(t.guard, l);
      }
    }
    const cpu = process.cpuUsage(cpu0);
    results.push({
      name,
      chars: text.length,
      iterations,
      medianMs: median(times),
      p90Ms: p90(times),
      cpuMeanMs: (cpu.user + cpu.system) / 1000 / iterations,
      perGuardMs: Object.fromEntries([...perGuard].map(([g, l]) => [g, median(l)])),
    });
  }
  if (o.print ?? true) {
    for (const r of results) {
      const parts = Object.entries(r.perGuardMs)
        .map(([g, ms]) => `${g} ${ms.toFixed(3)}`)
        .join(', ');
      console.log(
        `guardrails input set, ${r.name} (${r.chars} chars): median ${r.medianMs.toFixed(3)} ms, p90 ${r.p90Ms.toFixed(3)} ms, cpu mean ${r.cpuMeanMs.toFixed(3)} ms [${parts}]`,
      );
    }
  }
  return results;
}

// `--sets topics` (comma-separated) times another guard set; `--iterations N` changes the 1 KB count.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const sets = arg('--sets')?.split(',');
  const iterations = arg('--iterations');
  runGuardBench({ sets, iterations: iterations ? Number(iterations) : undefined });
}
