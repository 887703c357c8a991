// External anchors: signed checkpoints kept outside the database (a sink file on another volume, a webhook
// receiver's store, an object store). A checkpoint inside the database proves nothing against someone who can
// rewrite the database — they can drop the newest events and the checkpoints over them together. Only an anchor
// they cannot reach pins the log's length: events past the newest trusted anchor could be cut without trace.
import { existsSync, readFileSync } from 'node:fs';
import { checkpointFromJson, type SignedCheckpoint } from './checkpoint.ts';

export interface Anchor {
  checkpoint: SignedCheckpoint;
  /** Where it was read from, for the report (a file path). */
  source: string;
}

/**
 * Checkpoints saved in a file: JSON lines as the file sink writes them, one JSON checkpoint, a JSON array, or a
 * webhook delivery body ({ checkpoint: … }). Lines that are not checkpoints are skipped (a torn last line).
 */
export function readAnchorFile(file: string): Anchor[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8').trim();
  if (text === '') return [];
  let values: unknown[];
  try {
    const v = JSON.parse(text);
    values = Array.isArray(v) ? v : [v];
  } catch {
    values = text.split('\n').flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return [];
      }
    });
  }
  const out: Anchor[] = [];
  for (const v of values) {
    const body = (v as { checkpoint?: unknown })?.checkpoint ?? v;
    try {
      out.push({ checkpoint: checkpointFromJson(body), source: file });
    } catch {
      /* not a checkpoint */
    }
  }
  return out;
}

/** The message for events past the newest trusted anchor (or for no anchor at all). */
export function unanchoredMessage(events: number, anchor: Anchor | undefined): string {
  if (!anchor) {
    return events === 0
      ? 'no external anchor: nothing proves how long this log was'
      : `no external anchor: all ${events} events could be truncated (or the whole log replaced) without trace`;
  }
  const at = new Date(anchor.checkpoint.ts).toISOString();
  return `${events} event(s) after the newest external anchor (size ${anchor.checkpoint.treeSize}, ${at}) could be truncated without trace`;
}
