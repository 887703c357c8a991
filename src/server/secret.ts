// The server secret (LINTEL_SECRET_KEY): encrypts provider credentials, the audit signing key and tenant data keys.
// Scale-out nodes must share it through the environment; the embedded default creates one on first run and
// keeps it beside the store (mode 0600) so a single machine works out of the box.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function resolveSecretKey(
  dataDir: string,
  opts: { given?: string; shared: boolean; env?: NodeJS.ProcessEnv },
): { secret: string; source: string } {
  const fromEnv = opts.given || (opts.env ?? process.env).LINTEL_SECRET_KEY;
  if (fromEnv) {
    if (fromEnv.length < 16) throw new Error('LINTEL_SECRET_KEY must be at least 16 characters');
    return { secret: fromEnv, source: opts.given ? 'option' : 'LINTEL_SECRET_KEY' };
  }
  if (opts.shared) {
    // Nodes sharing PostgreSQL must share the secret, or one node cannot open what another sealed.
    throw new Error('LINTEL_SECRET_KEY must be set (the same on every node) when the store is PostgreSQL');
  }
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return { secret: readFileSync(file, 'utf8').trim(), source: file };
}
