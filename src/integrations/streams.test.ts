// Records and audit events reach OTLP, Splunk HEC, Elastic and syslog (TCP and TLS) receivers exactly once,
// through the real server; with every receiver down they spool to disk and are replayed in order when it is back.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { test } from 'node:test';
import OpenAI from 'openai';
import { request } from 'undici';
import { simProviders, startHarness } from '../testing/harness.ts';
import type { SyslogSink } from './sinks/syslog.ts';
import {
  type HttpReceivers,
  type SyslogReceiver,
  selfSignedCert,
  startHttpReceivers,
  startSyslogReceiver,
} from './testing.ts';

async function until(probe: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const HEC_TOKEN = 'hec-token-5f0e1d2c3b4a';
const ES_KEY = 'es-api-key-a1b2c3d4';
const OTLP_HEADER = 'otlp-secret-9988';

function sinksYaml(http: HttpReceivers, tcp: SyslogReceiver, tls: SyslogReceiver, caFile: string): string {
  const fast = 'batch_size: 7, flush_interval_ms: 30, retry_min_ms: 30, retry_max_ms: 200, timeout_ms: 2000';
  const base = `http://127.0.0.1:${http.port}`;
  return `integrations:
  sinks:
    - { name: otel, type: otlp, endpoint: "${base}/v1/logs", headers: { x-collector-token: "${OTLP_HEADER}" }, ${fast} }
    - { name: splunk, type: splunk_hec, url: "${base}", token: "${HEC_TOKEN}", index: security, ${fast} }
    - { name: es, type: elastic, url: "${base}", api_key: "${ES_KEY}", ${fast} }
    - { name: syslog-tcp, type: syslog, host: 127.0.0.1, port: ${tcp.port}, tls: { enabled: false }, hostname: gw-1, ${fast} }
    - { name: syslog-tls, type: syslog, host: localhost, port: ${tls.port}, tls: { enabled: true, ca_file: "${caFile}" }, ${fast} }
`;
}

/** Each id exactly once, in `expected` order. */
function assertExactlyOnceInOrder(got: readonly string[], expected: readonly string[], who: string): void {
  const counts = new Map<string, number>();
  for (const id of got) counts.set(id, (counts.get(id) ?? 0) + 1);
  const dupes = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  assert.deepEqual(dupes, [], `${who}: duplicates`);
  const missing = expected.filter((id) => !counts.has(id));
  assert.deepEqual(missing, [], `${who}: missing`);
  const extra = got.filter((id) => !expected.includes(id));
  assert.deepEqual(extra, [], `${who}: unexpected`);
  // Requests in finish order and audit events in sequence order, each stream on its own.
  for (const kind of ['request:', 'audit:']) {
    assert.deepEqual(
      got.filter((id) => id.startsWith(kind)),
      expected.filter((id) => id.startsWith(kind)),
      `${who}: ${kind} order`,
    );
  }
}

test('records and audit events stream to OTLP, Splunk HEC, Elastic and syslog TCP/TLS; an outage spools and replays in order', async () => {
  const cert = selfSignedCert();
  const http = await startHttpReceivers();
  const tcp = await startSyslogReceiver();
  const tls = await startSyslogReceiver({ cert: cert.cert, key: cert.key });
  const dataDir = mkdtempSync(join(tmpdir(), 'lintel-sinks-'));
  const h = await startHarness(
    (u) =>
      `${simProviders(u)}\nroutes:\n  - model: demo\n    targets: [{ provider: sim, model: demo }]\n` +
      sinksYaml(http, tcp, tls, cert.certFile),
    { runtime: { dataDir } },
  );
  const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  const receivers: [string, () => readonly string[]][] = [
    ['otlp', () => http.otlp.order],
    ['splunk', () => http.hec.order],
    ['elastic', () => http.elastic.order],
    ['syslog-tcp', () => tcp.received.order],
    ['syslog-tls', () => tls.received.order],
  ];
  const auditIds = async () =>
    (await h.lintel.database.db.selectFrom('audit_events').select('seq').orderBy('seq').execute()).map(
      (r) => `audit:audit-${Number(r.seq)}`,
    );
  const expected = async () => [...h.records.map((r) => `request:${r.id}`), ...(await auditIds())];
  const allArrived = async () => {
    const want = await expected();
    return receivers.every(([, got]) => want.every((id) => got().includes(id)));
  };
  const traffic = async (n: number, tag: string) => {
    for (let i = 0; i < n; i++) {
      await client.chat.completions.create({ model: 'demo', messages: [{ role: 'user', content: `${tag} ${i}` }] });
    }
    // A refused call is recorded too (404 model_not_found), and an admin write is an audit event.
    await assert.rejects(client.chat.completions.create({ model: 'nope', messages: [{ role: 'user', content: 'x' }] }));
    const res = await request(`${h.url}/admin/tenants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: `t-${tag}` }),
    });
    assert.ok(res.statusCode < 300, `tenant create answered ${res.statusCode}: ${await res.body.text()}`);
    await res.body.dump();
  };
  try {
    // 1. Receivers up: everything arrives once.
    await traffic(12, 'up');
    const sent1 = h.records.length;
    await until(allArrived, 'every event at every receiver');
    for (const [who, got] of receivers) assertExactlyOnceInOrder(got(), await expected(), who);

    // Shapes and headers, against each receiver's documented format.
    for (const hd of http.hec.headers) {
      assert.equal(hd.authorization, `Splunk ${HEC_TOKEN}`);
    }
    const hecEvent = http.hec.items[0] as Record<string, unknown>;
    assert.equal(typeof hecEvent.time, 'number');
    assert.equal(hecEvent.index, 'security');
    assert.equal(hecEvent.source, 'lintel');
    assert.ok(['lintel:request', 'lintel:audit'].includes(String(hecEvent.sourcetype)));
    for (const hd of http.elastic.headers) {
      assert.equal(hd.authorization, `ApiKey ${ES_KEY}`);
      assert.equal(hd['content-type'], 'application/x-ndjson');
    }
    const esReq = http.elastic.items.find(
      (i) => (i as { doc: Record<string, unknown> }).doc['event.kind'] === 'request',
    ) as {
      action: { create: { _index: string; _id: string } };
      doc: Record<string, unknown>;
    };
    assert.equal(esReq.action.create._index, 'lintel-requests');
    assert.match(String(esReq.doc['@timestamp']), /^\d{4}-\d\d-\d\dT.*Z$/);
    assert.equal(typeof esReq.doc.status, 'number');
    for (const hd of http.otlp.headers) {
      assert.equal(hd['x-collector-token'], OTLP_HEADER);
      assert.match(String(hd['content-type']), /^application\/json/);
    }
    const lr = http.otlp.items[0] as Record<string, unknown> & {
      attributes: { key: string; value: Record<string, unknown> }[];
      resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    };
    assert.match(String(lr.timeUnixNano), /^\d{19}$/);
    assert.equal(typeof lr.severityNumber, 'number');
    assert.ok(lr.attributes.some((a) => a.key === 'event.name'));
    assert.ok(lr.resource.attributes.some((a) => a.key === 'service.name' && a.value.stringValue === 'lintel'));
    for (const m of [...tcp.received.messages, ...tls.received.messages]) {
      assert.equal(m.version, 1);
      assert.ok(m.msgId === 'request' || m.msgId === 'audit');
      const severity = m.pri % 8;
      assert.equal(Math.floor(m.pri / 8), 16, 'facility local0');
      assert.ok(m.msgId === 'audit' ? severity === 5 : [3, 4, 6].includes(severity));
      assert.equal(m.appName, 'lintel');
      assert.equal(m.sd['lintel@32473'].kind, m.msgId);
      assert.match(m.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    assert.equal(tcp.received.messages[0].hostname, 'gw-1');
    const notFound = tcp.received.messages.find((m) => m.sd['lintel@32473'].status === '404');
    assert.ok(notFound, 'the refused call is streamed with its status');
    assert.equal(notFound.pri % 8, 4, 'a 4xx call is a warning');
    assert.deepEqual(tcp.errors, []);
    assert.deepEqual(tls.errors, []);

    // 2. Every receiver down: traffic goes on, events spool to disk.
    await Promise.all([http.stop(), tcp.stop(), tls.stop()]);
    const syslogSinks = ['syslog-tcp', 'syslog-tls'].map((n) => h.lintel.streams.sink(n) as SyslogSink);
    await until(() => syslogSinks.every((s) => !s.connected), 'the syslog sinks to see the hang-up');
    const before = receivers.map(([, got]) => got().length);
    await traffic(15, 'down');
    await until(
      () => h.lintel.streams.stats().every((s) => s.spooledRecords >= 16 && s.degraded),
      'every sink to spool the outage',
    );
    for (const name of ['otel', 'splunk', 'es', 'syslog-tcp', 'syslog-tls']) {
      const files = readdirSync(join(dataDir, 'spool', 'sinks', name, String(process.pid)));
      assert.ok(
        files.some((f) => /^events-\d+\.jsonl$/.test(f)),
        `${name} spools to disk: ${files.join(', ')}`,
      );
    }
    assert.deepEqual(
      receivers.map(([, got]) => got().length),
      before,
      'nothing arrives while the receivers are down',
    );

    // 3. Receivers back: the spool replays, in order, and nothing is duplicated.
    await Promise.all([http.start(), tcp.start(), tls.start()]);
    await until(allArrived, 'the spooled events to arrive');
    await until(() => h.lintel.streams.stats().every((s) => s.spooledRecords === 0 && !s.degraded), 'spools drained');
    const want = await expected();
    assert.ok(h.records.length >= sent1 + 16);
    for (const [who, got] of receivers) assertExactlyOnceInOrder(got(), want, who);
    for (const name of ['otel', 'splunk', 'es', 'syslog-tcp', 'syslog-tls']) {
      const files = readdirSync(join(dataDir, 'spool', 'sinks', name, String(process.pid)));
      assert.deepEqual(
        files.filter((f) => f.startsWith('events-')),
        [],
        `${name} spool removed once replayed`,
      );
    }
    for (const s of h.lintel.streams.stats()) {
      assert.equal(s.delivered, want.length, `${s.name} delivered count`);
      assert.equal(s.rejected, 0);
    }
    const admin = await request(`${h.url}/admin/integrations/sinks`, { headers: { authorization: `Bearer ${h.key}` } });
    const adminText = await admin.body.text();
    assert.equal(admin.statusCode, 200);
    const listed = (JSON.parse(adminText) as { data: { name: string; delivered: number; spooled: number }[] }).data;
    assert.deepEqual(
      listed.map((s) => [s.name, s.delivered, s.spooled]),
      ['otel', 'splunk', 'es', 'syslog-tcp', 'syslog-tls'].map((n) => [n, want.length, 0]),
    );
    for (const secret of [HEC_TOKEN, ES_KEY, OTLP_HEADER]) assert.ok(!adminText.includes(secret));
    const unauth = await request(`${h.url}/admin/integrations/sinks`);
    assert.equal(unauth.statusCode, 401);
    await unauth.body.dump();
    const openapi = (await (await request(`${h.url}/admin/openapi.json`)).body.json()) as {
      paths: Record<string, unknown>;
    };
    assert.ok(openapi.paths['/admin/integrations/sinks'], 'documented in /admin/openapi.json');
    const metrics = await (await request(`${h.url}/metrics`)).body.text();
    assert.match(metrics, new RegExp(`^lintel_sink_delivered_events_total\\{sink="splunk"\\} ${want.length}$`, 'm'));
    assert.match(metrics, /^lintel_sink_spooled_events\{sink="es"\} 0$/m);
    assert.match(metrics, /^lintel_sink_failures_total\{sink="syslog-tcp"\} [1-9]/m);
  } finally {
    await h.close();
    await Promise.allSettled([http.stop(), tcp.stop(), tls.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('what a stopped node spooled while its receivers were down is delivered by the next start, once', async () => {
  const http = await startHttpReceivers();
  const tcp = await startSyslogReceiver();
  await Promise.all([http.stop(), tcp.stop()]);
  const dataDir = mkdtempSync(join(tmpdir(), 'lintel-sinks-restart-'));
  const fast = 'flush_interval_ms: 30, retry_min_ms: 30, retry_max_ms: 200, timeout_ms: 1000';
  const config = (u: string) =>
    `${simProviders(u)}\nroutes:\n  - model: demo\n    targets: [{ provider: sim, model: demo }]\n` +
    `integrations:\n  sinks:\n` +
    `    - { name: splunk, type: splunk_hec, url: "http://127.0.0.1:${http.port}", token: "${HEC_TOKEN}", ${fast} }\n` +
    `    - { name: sys, type: syslog, host: 127.0.0.1, port: ${tcp.port}, tls: { enabled: false }, ${fast} }\n`;
  const ids: string[] = [];
  let first = await startHarness(config, { runtime: { dataDir } });
  try {
    const client = new OpenAI({ baseURL: `${first.url}/v1`, apiKey: first.key, maxRetries: 0 });
    for (let i = 0; i < 10; i++) {
      await client.chat.completions.create({ model: 'demo', messages: [{ role: 'user', content: `r${i}` }] });
    }
    await until(() => first.records.length === 10, 'records');
    ids.push(...first.records.map((r) => `request:${r.id}`));
    await first.close(); // receivers still down: the events stay in the spools
    const left = readdirSync(join(dataDir, 'spool', 'sinks', 'splunk', String(process.pid))).filter((f) =>
      f.startsWith('events-'),
    );
    assert.ok(left.length > 0, 'spooled events survive the stop');
    await Promise.all([http.start(), tcp.start()]);
    first = await startHarness(config, { runtime: { dataDir } });
    const db = first.lintel.database.db;
    const audit = async () =>
      (await db.selectFrom('audit_events').select('seq').orderBy('seq').execute()).map(
        (r) => `audit:audit-${Number(r.seq)}`,
      );
    const want = async () => [...ids, ...(await audit())];
    await until(async () => {
      const w = await want();
      return [http.hec.order, tcp.received.order].every((got) => w.every((id) => got.includes(id)));
    }, 'the spooled events after the restart');
    for (const [who, got] of [
      ['splunk', http.hec.order],
      ['syslog', tcp.received.order],
    ] as const) {
      assertExactlyOnceInOrder(got, await want(), who);
    }
  } finally {
    await first.close();
    await Promise.allSettled([http.stop(), tcp.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a receiver that accepts and never answers does not hold up a single request', async () => {
  const held: import('node:http').ServerResponse[] = [];
  const hang = createServer((_req, res) => {
    held.push(res); // never answered
  });
  await new Promise<void>((r) => hang.listen(0, '127.0.0.1', () => r()));
  const port = (hang.address() as { port: number }).port;
  const h = await startHarness(
    (u) =>
      `${simProviders(u)}\nroutes:\n  - model: demo\n    targets: [{ provider: sim, model: demo }]\n` +
      `integrations:\n  sinks:\n    - { name: slow, type: splunk_hec, url: "http://127.0.0.1:${port}", token: t, flush_interval_ms: 10, timeout_ms: 60000 }\n`,
  );
  try {
    const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
    await until(() => held.length > 0, 'the first delivery (config.load) to reach the hanging receiver');
    for (let i = 0; i < 20; i++) {
      const r = await client.chat.completions.create({ model: 'demo', messages: [{ role: 'user', content: `q${i}` }] });
      assert.ok(r.choices[0]?.message.content);
    }
    // Every call was answered while the sink's first delivery is still waiting for the receiver.
    const [st] = h.lintel.streams.stats();
    assert.equal(st.delivered, 0);
    assert.equal(held.length, 1, 'one delivery at a time');
    assert.ok(st.queueDepth >= 20, `the records wait in the sink's queue (${st.queueDepth})`);
  } finally {
    // Stop listening, then cut the held delivery: it fails and is spooled (and replays are refused), so close()
    // does not wait out the sink's timeout.
    const closed = new Promise<void>((r) => hang.close(() => r()));
    hang.closeAllConnections();
    await h.close();
    await closed;
  }
});
