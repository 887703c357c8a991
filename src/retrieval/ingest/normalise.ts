// Normalisation: Unicode NFC, no control characters, collapsed spaces, at most one blank line between blocks.
// The content hash is taken after this stage, so formatting noise does not count as a change.
import { createHash } from 'node:crypto';

export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
