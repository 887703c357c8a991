// Syslog: RFC 5424 messages over TCP (RFC 6587 octet counting: `<length> <message>`) or TLS (RFC 5425).
// One connection, reopened after a failure. TCP has no application-level acknowledgement: a batch counts as
// delivered once the socket accepted it, so frames written just before the receiver drops the connection can be
// lost (documented in docs/integrations.md; RELP would close that gap).
import { readFileSync } from 'node:fs';
import { connect as netConnect, type Socket } from 'node:net';
import { hostname } from 'node:os';
import { connect as tlsConnect } from 'node:tls';
import type { SinkConfig } from '../config.ts';
import { type EventSink, type RejectedEvent, RetryableDeliveryError } from '../delivery.ts';
import { type StreamEvent, severityOf } from '../events.ts';

type SyslogConfig = Extract<SinkConfig, { type: 'syslog' }>;

/** Private enterprise number 32473 is reserved for documentation (RFC 5612); SD-ID `lintel@32473`. */
export const SD_ID = 'lintel@32473';

/** PARAM-VALUE escaping (RFC 5424 §6.3.3): `"`, `\` and `]` are escaped with a backslash. */
export function sdEscape(v: string): string {
  return v.replace(/["\\\]]/g, (c) => `\\${c}`);
}

/** Header fields are printable US-ASCII without spaces, or `-` when empty. */
function headerField(v: string | undefined, max: number): string {
  const clean = (v ?? '').replace(/[^!-~]/g, '').slice(0, max);
  return clean === '' ? '-' : clean;
}

/** Key facts as structured data, so receivers can filter without parsing the JSON message. */
function structuredData(e: StreamEvent): string {
  const d = e.data;
  const params: [string, unknown][] =
    e.kind === 'request'
      ? [
          ['id', e.id],
          ['tenant', d.tenant],
          ['status', d.status],
          ['model', d.modelServed ?? d.modelRequested],
          ['cost_usd', d.costUsd],
        ]
      : [
          ['id', e.id],
          ['tenant', d.tenant],
          ['action', d.action],
          ['actor', d.actor],
          ['resource', d.resource],
        ];
  const parts = params
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}="${sdEscape(String(v))}"`);
  return `[${[SD_ID, `kind="${e.kind}"`, ...parts].join(' ')}]`;
}

/** One RFC 5424 message (without framing); the MSG is the event as JSON. */
export function formatRfc5424(
  e: StreamEvent,
  o: { facility: number; hostname: string; appName: string; procId: string },
): string {
  const pri = o.facility * 8 + severityOf(e).number;
  const ts = new Date(e.time).toISOString();
  const header = `<${pri}>1 ${ts} ${headerField(o.hostname, 255)} ${headerField(o.appName, 48)} ${headerField(o.procId, 128)} ${e.kind}`;
  return `${header} ${structuredData(e)} ${JSON.stringify({ kind: e.kind, id: e.id, ...e.data })}`;
}

/** RFC 6587 octet-counting frame: the message's length in bytes, a space, the message. */
export function octetFrame(message: string): string {
  return `${Buffer.byteLength(message, 'utf8')} ${message}`;
}

export class SyslogSink implements EventSink {
  readonly label: string;
  readonly #cfg: SyslogConfig;
  readonly #fmt: { facility: number; hostname: string; appName: string; procId: string };
  readonly #tls: { ca?: string; cert?: string; key?: string } = {};
  #socket: Socket | null = null;
  #closed = false;

  constructor(cfg: SyslogConfig) {
    this.#cfg = cfg;
    this.label = `syslog:${cfg.name}`;
    this.#fmt = {
      facility: cfg.facility,
      hostname: cfg.hostname ?? hostname(),
      appName: cfg.app_name,
      procId: String(process.pid),
    };
    if (cfg.tls.enabled) {
      // Read at start: a missing file is a start-up error, not a silent stream of failures.
      if (cfg.tls.ca_file) this.#tls.ca = readFileSync(cfg.tls.ca_file, 'utf8');
      if (cfg.tls.cert_file) this.#tls.cert = readFileSync(cfg.tls.cert_file, 'utf8');
      if (cfg.tls.key_file) this.#tls.key = readFileSync(cfg.tls.key_file, 'utf8');
    }
  }

  /** True while a connection to the receiver is open. */
  get connected(): boolean {
    return this.#socket !== null && !this.#socket.destroyed && this.#socket.writable;
  }

  async send(events: readonly StreamEvent[]): Promise<RejectedEvent[]> {
    let data = '';
    for (const e of events) data += octetFrame(formatRfc5424(e, this.#fmt));
    const socket = this.connected && this.#socket ? this.#socket : await this.#connect();
    await new Promise<void>((resolve, reject) => {
      socket.write(data, 'utf8', (err) => (err ? reject(err) : resolve()));
    }).catch((err: Error) => {
      socket.destroy();
      throw new RetryableDeliveryError(`syslog write failed: ${err.message}`);
    });
    return [];
  }

  #connect(): Promise<Socket> {
    if (this.#closed) return Promise.reject(new RetryableDeliveryError('syslog sink closed'));
    const { host, port, tls, timeout_ms } = this.#cfg;
    return new Promise<Socket>((resolve, reject) => {
      const socket = tls.enabled
        ? tlsConnect({
            host,
            port,
            servername: tls.server_name ?? host,
            rejectUnauthorized: tls.reject_unauthorized,
            ...this.#tls,
          })
        : netConnect({ host, port });
      const ready = tls.enabled ? 'secureConnect' : 'connect';
      const timer = setTimeout(() => socket.destroy(new Error(`connect timed out after ${timeout_ms} ms`)), timeout_ms);
      socket.once(ready, () => {
        clearTimeout(timer);
        socket.setKeepAlive(true, 30_000);
        this.#socket = socket;
        resolve(socket);
      });
      socket.on('error', (err) => {
        clearTimeout(timer);
        reject(new RetryableDeliveryError(`syslog connection failed: ${err.message}`));
      });
      socket.on('close', () => {
        if (this.#socket === socket) this.#socket = null;
      });
      socket.on('end', () => socket.destroy()); // the receiver hung up: reconnect next batch
      socket.resume(); // receivers do not answer; drop anything they send
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const s = this.#socket;
    this.#socket = null;
    if (s && !s.destroyed) await new Promise<void>((resolve) => s.end(resolve));
  }
}
