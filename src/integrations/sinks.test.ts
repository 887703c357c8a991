// Each sink against a local receiver: which answers deliver, retry or dead-letter; syslog framing and escaping;
// config validation and masking.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pino from 'pino';
import { parseConfigText } from '../config/load.ts';
import { preflightProblems } from '../config/preflight.ts';
import { maskConfigText } from '../governance/config-versions/mask.ts';
import { integrationsConfigSchema, type SinkConfig } from './config.ts';
import { RetryableDeliveryError } from './delivery.ts';
import type { StreamEvent } from './events.ts';
import { ElasticBulkSink } from './sinks/elastic.ts';
import { OtlpLogSink } from './sinks/otlp.ts';
import { SplunkHecSink } from './sinks/splunk-hec.ts';
import { formatRfc5424, octetFrame } from './sinks/syslog.ts';
import { claimSpoolDir } from './spool-dir.ts';
import { IntegrationStreams } from './streams.ts';
import { parseRfc5424, startHttpReceivers, takeFrames } from './testing.ts';

const receivers = await startHttpReceivers();
after(() => receivers.stop());
const base = `http://127.0.0.1:${receivers.port}`;

const ev = (id: string, data: Record<string, unknown> = { status: 200 }): StreamEvent => ({
  kind: 'request',
  id,
  time: Date.UTC(2026, 0, 1),
  data,
  at: Date.now(),
});

function sinkConfig(raw: Record<string, unknown>): SinkConfig {
  return integrationsConfigSchema.parse({ sinks: [raw] }).sinks[0];
}

test('elastic: created and already-present (409) items deliver, a mapping error is rejected, a 429 item retries', async () => {
  const sink = new ElasticBulkSink(sinkConfig({ name: 'es', type: 'elastic', url: base }) as never);
  receivers.answer.set('/_bulk', {
    status: 200,
    body: JSON.stringify({
      errors: true,
      items: [
        { create: { status: 201 } },
        { create: { status: 409, error: { type: 'version_conflict_engine_exception' } } },
        { create: { status: 400, error: { type: 'mapper_parsing_exception', reason: 'failed to parse [status]' } } },
      ],
    }),
  });
  const rejected = await sink.send([ev('a'), ev('b'), ev('c')]);
  assert.deepEqual(
    rejected.map((r) => r.event.id),
    ['c'],
  );
  assert.match(rejected[0].reason, /400 mapper_parsing_exception: failed to parse/);
  receivers.answer.set('/_bulk', {
    status: 200,
    body: JSON.stringify({ errors: true, items: [{ create: { status: 201 } }, { create: { status: 429 } }] }),
  });
  await assert.rejects(sink.send([ev('d'), ev('e')]), RetryableDeliveryError);
  receivers.answer.set('/_bulk', { status: 401, body: '{"error":"bad key"}' });
  assert.equal((await sink.send([ev('f')])).length, 1, 'a 401 is not retried');
  receivers.answer.delete('/_bulk');
  await sink.close();
});

test('splunk: 503 and 429 retry, 403 rejects the batch, the token is only in the Authorization header', async () => {
  const sink = new SplunkHecSink(sinkConfig({ name: 'sp', type: 'splunk_hec', url: base, token: 'tok-123' }) as never);
  for (const status of [503, 429]) {
    receivers.answer.set('/services/collector/event', { status, body: '{"text":"Server is busy","code":9}' });
    await assert.rejects(
      sink.send([ev('a')]),
      (err: Error) => err instanceof RetryableDeliveryError && !/tok-123/.test(err.message),
    );
  }
  receivers.answer.set('/services/collector/event', { status: 403, body: '{"text":"Invalid token","code":4}' });
  const rejected = await sink.send([ev('a'), ev('b')]);
  assert.equal(rejected.length, 2);
  assert.match(rejected[0].reason, /HTTP 403: .*Invalid token/);
  assert.doesNotMatch(rejected[0].reason, /tok-123/);
  receivers.answer.delete('/services/collector/event');
  await sink.close();
});

test('a refused batch goes to the dead-letter file with its reason, is counted, and the stream goes on', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lintel-dead-'));
  const streams = new IntegrationStreams(
    integrationsConfigSchema.parse({
      sinks: [{ name: 'sp', type: 'splunk_hec', url: base, token: 't', flush_interval_ms: 20, retry_min_ms: 20 }],
    }),
    { dataDir, logger: pino({ level: 'silent' }) },
  );
  await streams.start();
  try {
    receivers.answer.set('/services/collector/event', { status: 400, body: '{"text":"Invalid data format","code":6}' });
    const before = receivers.hec.order.length;
    streams.onRecord({ id: 'refused-1', doneAt: 1, status: 200 } as never);
    await streams.flush();
    receivers.answer.delete('/services/collector/event');
    streams.onRecord({ id: 'ok-1', doneAt: 2, status: 200 } as never);
    await streams.flush();
    const [st] = streams.stats();
    assert.equal(st.rejected, 1);
    assert.equal(st.delivered, 1);
    assert.deepEqual(receivers.hec.order.slice(before), ['request:ok-1']);
    const dir = join(dataDir, 'spool', 'sinks', 'sp', String(process.pid));
    const dead = readdirSync(dir).filter((f) => f.startsWith('rejected-'));
    assert.equal(dead.length, 1);
    const line = JSON.parse(readFileSync(join(dir, dead[0]), 'utf8').trim()) as StreamEvent & { reason: string };
    assert.equal(line.id, 'refused-1');
    assert.match(line.reason, /HTTP 400: .*Invalid data format/);
  } finally {
    receivers.answer.delete('/services/collector/event');
    await streams.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('syslog: RFC 5424 with escaped structured data and multi-byte text survives octet-counted framing', () => {
  const e = ev('r"1]\\', { status: 503, tenant: 'acme ]"\\ corp', modelServed: 'gpt', costUsd: 0.25, note: 'héllo ✓' });
  const msg = formatRfc5424(e, { facility: 16, hostname: 'gw 1', appName: 'lintel', procId: '42' });
  const framed =
    octetFrame(msg) +
    octetFrame(formatRfc5424(ev('second'), { facility: 1, hostname: 'h', appName: 'a', procId: '1' }));
  const { messages, rest } = takeFrames(Buffer.from(framed, 'utf8'));
  assert.equal(rest.length, 0);
  assert.equal(messages.length, 2);
  const p = parseRfc5424(messages[0]);
  assert.equal(p.pri, 16 * 8 + 3, 'a 5xx call is an error');
  assert.equal(p.hostname, 'gw1', 'header fields drop spaces');
  assert.equal(p.msgId, 'request');
  assert.deepEqual(p.sd['lintel@32473'], {
    kind: 'request',
    id: 'r"1]\\',
    tenant: 'acme ]"\\ corp',
    status: '503',
    model: 'gpt',
    cost_usd: '0.25',
  });
  assert.equal((JSON.parse(p.msg) as { note: string }).note, 'héllo ✓');
  assert.equal(parseRfc5424(messages[1]).pri, 8 + 6);
});

test('config: bad sinks are refused naming the field; secrets are masked in stored config versions', () => {
  const bad = (raw: unknown) => integrationsConfigSchema.safeParse({ sinks: [raw] });
  assert.equal(bad({ name: 'x', type: 'kafka' }).success, false);
  const dup = integrationsConfigSchema.safeParse({
    sinks: [
      { name: 'x', type: 'splunk_hec', url: base, token: 't' },
      { name: 'x', type: 'splunk_hec', url: base, token: 't' },
    ],
  });
  assert.equal(dup.success, false);
  assert.match(JSON.stringify(dup.error?.issues), /duplicate sink name/);
  const noPw = bad({ name: 'e', type: 'elastic', url: base, username: 'u' });
  assert.equal(noPw.success, false);
  assert.deepEqual(noPw.error?.issues[0].path, ['sinks', 0, 'password']);
  assert.equal(bad({ name: 'Bad Name', type: 'splunk_hec', url: base, token: 't' }).success, false);
  assert.equal(bad({ name: 's', type: 'syslog', host: 'h', app_name: 'has space' }).success, false);

  const text = `providers: {}
integrations:
  sinks:
    - { name: sp, type: splunk_hec, url: "https://splunk:8088/?k=v", token: hec-secret-token }
    - { name: es, type: elastic, url: "https://elastic:9200", username: svc, password: es-secret-pw }
    - { name: es2, type: elastic, url: "https://elastic:9200", api_key: es-secret-key }
    - { name: ot, type: otlp, endpoint: "http://user:otlp-pw@collector:4318/v1/logs", headers: { authorization: "Bearer otlp-secret" } }
    - { name: sy, type: syslog, host: siem.example.com }
`;
  const masked = maskConfigText(text);
  for (const s of ['hec-secret-token', 'es-secret-pw', 'es-secret-key', 'otlp-pw', 'otlp-secret', 'k=v']) {
    assert.ok(!masked.includes(s), `${s} masked in:\n${masked}`);
  }
  assert.match(masked, /host: siem\.example\.com/, 'non-secrets stay');
  assert.match(masked, /username: svc/);
});

test("spool directories are per process; a dead process's spool is adopted once, a live one's is left alone", () => {
  const base = mkdtempSync(join(tmpdir(), 'lintel-spooldir-'));
  try {
    const dead = 4_194_304 + 4242; // above Linux's pid_max: never a running process
    mkdirSync(join(base, String(dead)));
    writeFileSync(join(base, String(dead), 'events-0000000000100.jsonl'), 'old\n');
    writeFileSync(join(base, String(dead), 'rejected-0000000000100.jsonl'), 'refused\n');
    mkdirSync(join(base, String(process.ppid)));
    writeFileSync(join(base, String(process.ppid), 'events-0000000000300.jsonl'), 'live\n');
    const mine = join(base, String(process.pid));
    mkdirSync(mine);
    writeFileSync(join(mine, 'events-0000000000100.jsonl'), 'mine\n'); // same name as the dead one's file
    assert.equal(claimSpoolDir(base), mine);
    assert.deepEqual(readdirSync(mine).sort(), [
      'events-0000000000100.jsonl',
      'events-0000000000101.jsonl',
      'rejected-0000000000100.jsonl',
    ]);
    assert.equal(readFileSync(join(mine, 'events-0000000000100.jsonl'), 'utf8'), 'mine\n');
    assert.equal(readFileSync(join(mine, 'events-0000000000101.jsonl'), 'utf8'), 'old\n');
    assert.deepEqual(readdirSync(base).sort(), [String(process.pid), String(process.ppid)].sort());
    assert.equal(claimSpoolDir(base), mine, 'claiming again is a no-op');
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('a sink certificate file that cannot be read is a config problem naming the key', () => {
  const loaded = parseConfigText(
    `providers: {}\nintegrations:\n  sinks:\n    - { name: s, type: syslog, host: h, tls: { ca_file: /nonexistent/ca.pem } }\n`,
    'test.yaml',
  );
  assert.deepEqual(preflightProblems(loaded, { masterKey: 'lk-0123456789abcdef0123' }), [
    'integrations.sinks[0].tls.ca_file: cannot read /nonexistent/ca.pem',
  ]);
});

test('otlp: a 400 from the collector rejects the batch, a 503 retries it', async () => {
  const sink = new OtlpLogSink(
    sinkConfig({ name: 'ot', type: 'otlp', endpoint: `${base}/v1/logs`, timeout_ms: 500 }) as never,
  );
  receivers.answer.set('/v1/logs', { status: 400, body: '{"code":3,"message":"bad log record"}' });
  const rejected = await sink.send([ev('a'), ev('b')]);
  assert.deepEqual(
    rejected.map((r) => r.event.id),
    ['a', 'b'],
  );
  assert.match(rejected[0].reason, /^HTTP 400/);
  receivers.answer.set('/v1/logs', { status: 503, body: '' });
  await assert.rejects(sink.send([ev('c')]), RetryableDeliveryError);
  receivers.answer.delete('/v1/logs');
  assert.deepEqual(await sink.send([ev('d')]), []);
  await sink.close();
});
