// Test fixtures made on the fly: a one-page PDF (hand-written objects and xref) and a directory holding one file
// of every supported format.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mustCall } from '../../access/testing/client.ts';

/** A valid one-page PDF showing `text` (ASCII) in Helvetica. */
export function makePdf(text: string): Buffer {
  const esc = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 720 Td (${esc}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** One file per supported format, each about a distinct subject (its key word in the comment). */
export function writeEveryFormat(dir: string): void {
  mkdirSync(join(dir, 'nested'), { recursive: true });
  writeFileSync(
    join(dir, 'notes.txt'),
    'Aurora borealis appears when solar wind particles hit the upper atmosphere.\n',
  );
  writeFileSync(
    join(dir, 'guide.md'),
    '# Beekeeping\n\nHoneybee colonies need a queen.\n\n## Winter\n\nBees cluster to keep the hive warm in winter.\n',
  );
  writeFileSync(
    join(dir, 'page.html'),
    '<html><head><title>Volcanoes</title><script>var x = "ignored";</script></head><body><h1>Volcanoes</h1><p>Magma rises through the crust &amp; erupts as lava.</p></body></html>',
  );
  writeFileSync(
    join(dir, 'items.json'),
    JSON.stringify([{ id: 'j1', title: 'Glaciers', text: 'Glaciers carve valleys slowly.', region: 'alps' }]),
  );
  writeFileSync(
    join(dir, 'nested', 'rows.jsonl'),
    `${JSON.stringify({ _id: 'l1', title: 'Coral', text: 'Coral reefs bleach in warm water.' })}\n${JSON.stringify({ _id: 'l2', title: 'Tides', text: 'Tides follow the moon.' })}\n`,
  );
  writeFileSync(
    join(dir, 'table.csv'),
    'id,title,text,region\nc1,Deserts,"Deserts get little rain, ""very"" little.",sahara\n',
  );
  writeFileSync(join(dir, 'paper.pdf'), makePdf('Photosynthesis converts sunlight into chemical energy.'));
  writeFileSync(join(dir, 'ignored.bin'), Buffer.from([0, 1, 2, 3]));
}

/** Runs an ingestion job of `dir` into a collection through the admin API and waits until it completed. */
export async function ingestAndWait(url: string, key: string, collection: string, dir: string): Promise<unknown> {
  const { job } = await mustCall(url, 'POST', `/admin/retrieval/collections/${collection}/ingest`, key, {
    sources: [{ kind: 'files', path: dir }],
  });
  for (;;) {
    const info = await mustCall(url, 'GET', `/admin/retrieval/jobs/${job}`, key);
    if (info.state === 'completed') return info;
    assert.ok(!['dead', 'cancelled'].includes(info.state), JSON.stringify(info));
    await new Promise((r) => setTimeout(r, 50));
  }
}
