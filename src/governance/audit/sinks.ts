// Where signed checkpoints go besides the database: copies outside the store are what make a rewrite of the
// database detectable even by someone who also controls the database.
import { createHmac } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { request } from 'undici';
import { checkpointToJson, type SignedCheckpoint } from './checkpoint.ts';

export interface CheckpointSink {
  readonly name: string;
  /** Delivers one checkpoint. May reject; the audit log logs sink failures and carries on. */
  write(cp: SignedCheckpoint): Promise<void>;
}

export type GovernanceLogger = (message: string, error?: unknown) => void;

export const defaultLogger: GovernanceLogger = (message, error) => {
  const detail = error instanceof Error ? `: ${error.message}` : error === undefined ? '' : `: ${String(error)}`;
  process.stderr.write(`[lintel governance] ${message}${detail}\n`);
};

/** Appends each checkpoint as one JSON line. */
export class FileCheckpointSink implements CheckpointSink {
  readonly name: string;

  constructor(readonly path: string) {
    this.name = `file:${path}`;
  }

  async write(cp: SignedCheckpoint): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${JSON.stringify(checkpointToJson(cp))}\n`, 'utf8');
  }
}

export interface WebhookSinkOptions {
  url: string;
  /** HMAC-SHA256 key; the receiver checks `x-lintel-signature: sha256=<hex of HMAC(body)>`. */
  secret: string;
  timeoutMs?: number;
  headers?: Record<string, string>;
  log?: GovernanceLogger;
}

export const WEBHOOK_SIGNATURE_HEADER = 'x-lintel-signature';

export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** POSTs each checkpoint as JSON. Failures (network, timeout, non-2xx) are logged, never thrown. */
export class WebhookCheckpointSink implements CheckpointSink {
  readonly name: string;
  private readonly timeoutMs: number;
  private readonly log: GovernanceLogger;

  constructor(private readonly opts: WebhookSinkOptions) {
    this.name = `webhook:${new URL(opts.url).origin}`;
    this.timeoutMs = opts.timeoutMs ?? 5000;
    this.log = opts.log ?? defaultLogger;
  }

  async write(cp: SignedCheckpoint): Promise<void> {
    const body = JSON.stringify({ type: 'lintel.audit.checkpoint', checkpoint: checkpointToJson(cp) });
    try {
      const res = await request(this.opts.url, {
        method: 'POST',
        body,
        headers: {
          ...this.opts.headers,
          'content-type': 'application/json',
          [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(this.opts.secret, body),
        },
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await res.body.dump();
      if (res.statusCode < 200 || res.statusCode >= 300) {
        this.log(`checkpoint ${cp.treeSize} to ${this.name} refused with HTTP ${res.statusCode}`);
      }
    } catch (err) {
      this.log(`checkpoint ${cp.treeSize} to ${this.name} failed`, err);
    }
  }
}
