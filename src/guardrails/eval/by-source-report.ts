// Markdown rendering of the leave-one-source-out table.

import type { BySourceResult } from './by-source.ts';

const f3 = (x: number): string => x.toFixed(3);

export function bySourceMarkdown(r: BySourceResult): string {
  const lines = [
    '| detector | source | kind | n | held out: classifier | held out: + rules | in-sample (+ rules) |',
    '|---|---|---|---:|---:|---:|---:|',
  ];
  for (const x of r.rows) {
    const what = x.kind === 'attack' ? 'recall' : 'FPR';
    lines.push(
      `| ${x.concept} | ${x.source} | ${x.kind} (${what}) | ${x.n} | ${f3(x.loso)} | ${f3(x.losoRules)} | ${f3(x.inSample)} |`,
    );
  }
  if (r.union.length > 0) {
    lines.push('', '| benign source | n | FPR of injection OR harmful, held out | in-sample |', '|---|---:|---:|---:|');
    for (const u of r.union) lines.push(`| ${u.source} | ${u.n} | ${f3(u.loso)} | ${f3(u.inSample)} |`);
  }
  if (r.advice) {
    lines.push(
      '',
      `Forbidden questions of the advice categories (legal, financial, health, lobbying, government; not harmful, never trained on): harmful guard flags ${f3(r.advice.loso)} of ${r.advice.n}.`,
    );
  }
  if (r.categories.length > 0) {
    lines.push('', '| source | category | n | held out: classifier | held out: + rules |', '|---|---|---:|---:|---:|');
    for (const c of r.categories)
      lines.push(`| ${c.source} | ${c.category} | ${c.n} | ${f3(c.loso)} | ${f3(c.losoRules)} |`);
  }
  lines.push('', `(${r.seconds.toFixed(0)} s)`);
  return lines.join('\n');
}
