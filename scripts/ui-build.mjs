// One way to build the web console: Vite builds ui/ into dist/ui and a stamp records when.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function uiRoot() {
  return join(dirname(fileURLToPath(import.meta.url)), '..');
}

export async function buildUi() {
  const root = uiRoot();
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: join(root, 'ui', 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(join(root, 'dist', 'ui', '.built'), `${new Date().toISOString()}\n`);
  console.log(`[lintel] built dist/ui in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
