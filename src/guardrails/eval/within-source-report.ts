// Markdown rendering of the within-source table (`guard eval --within-source <k>`).

import type { WithinSourceResult } from './within-source.ts';

const f3 = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(3));

export function withinSourceMarkdown(r: WithinSourceResult): string {
  const k = r.rows[0]?.k ?? 0;
  const lines = [
    `| detector | source | kind | n | within-source (${k} folds): mean ± sd | pooled | classifier alone (mean) | leave-one-source-out (+ rules) | in-sample (+ rules) |`,
    '|---|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const x of r.rows) {
    const what = x.kind === 'attack' ? 'recall' : 'FPR';
    lines.push(
      `| ${x.concept} | ${x.source} | ${x.kind} (${what}) | ${x.n} | ${f3(x.mean)} ± ${f3(x.sd)} | ${f3(x.pooled)} | ${f3(x.meanClf)} | ${f3(x.losoRules)} | ${f3(x.inSample)} |`,
    );
  }
  lines.push('', `(${r.seconds.toFixed(0)} s)`);
  return lines.join('\n');
}
