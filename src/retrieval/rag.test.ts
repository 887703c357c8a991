// RAG on a route through the real server with the official OpenAI and Anthropic SDKs: the simulator receives the
// injected sources, the client gets the citations, the request's explanation lists the chunks used.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { call, mustCall } from '../access/testing/client.ts';
import { ingestAndWait } from './testing/fixtures.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
const tmp = mkdtempSync(join(tmpdir(), 'lintel-rag-'));

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}routes:
  - model: rag-gpt
    targets: [{ provider: sim, model: sim-gpt }]
    rag: { collection: handbook, k: 2 }
  - model: rag-claude
    targets: [{ provider: sim-anthropic, model: sim-claude }]
    rag: { collection: handbook, k: 2, template: "Context:\\n{context}", anthropic: system }
  - model: rag-claude-cite
    targets: [{ provider: sim-anthropic, model: sim-claude }]
    rag: { collection: handbook, k: 2 }
  - model: rag-claude-via-gpt
    targets: [{ provider: sim, model: sim-gpt }]
    rag: { collection: handbook, k: 1 }
  - model: plain
    targets: [{ provider: sim, model: sim-gpt }]
`,
  );
  const dir = join(tmp, 'handbook');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'leave.md'), '# Parental leave\n\nEmployees get sixteen weeks of paid parental leave.');
  writeFileSync(join(dir, 'travel.md'), '# Travel\n\nBook trains for trips under four hours.');
  writeFileSync(join(dir, 'security.md'), '# Laptops\n\nLaptops must use full-disk encryption.');
  await mustCall(h.url, 'POST', '/admin/retrieval/collections', h.key, { name: 'handbook' });
  await ingestAndWait(h.url, h.key, 'handbook', dir);
});
after(async () => {
  await h.close();
  rmSync(tmp, { recursive: true, force: true });
});

const upstreamText = () => JSON.stringify(h.sim.requests.at(-1)?.body ?? {});

test('OpenAI SDK: sources injected upstream, citations returned, chunks in the explanation', async () => {
  const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  const { data, response } = await openai.chat.completions
    .create({
      model: 'rag-gpt',
      messages: [{ role: 'user', content: 'How many weeks of parental leave do employees get?' }],
    })
    .withResponse();
  assert.equal(data.object, 'chat.completion');
  assert.match(upstreamText(), /\[1\] Parental leave\\n\\nEmployees get sixteen weeks of paid parental leave/);
  const citations = JSON.parse(response.headers.get('x-lintel-citations') ?? '[]');
  assert.equal(citations[0].marker, '[1]');
  assert.equal(citations[0].doc_key, 'leave.md');
  assert.deepEqual(
    (data as unknown as { lintel_citations: unknown }).lintel_citations,
    citations,
    'the body carries the citations too',
  );
  const id = response.headers.get('x-request-id');
  // Records are written in batches: wait until this one is stored.
  let explain: unknown;
  for (let i = 0; i < 200 && !explain; i++) {
    const r = await call(h.url, 'GET', `/admin/requests/${id}/explain`, h.key);
    if (r.status === 200) explain = r.json;
    else await new Promise((res) => setTimeout(res, 25));
  }
  const rag = JSON.stringify(explain).match(/retrieved \d+ chunks from default\/handbook[^"]*/)?.[0] ?? '';
  assert.ok(rag.includes(citations[0].chunk), rag);
});

test('OpenAI SDK stream: the first chunk carries lintel_citations (same and translated upstream)', async () => {
  const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  for (const model of ['rag-gpt', 'rag-claude-cite']) {
    const { data: stream, response } = await openai.chat.completions
      .create({ model, stream: true, messages: [{ role: 'user', content: 'How many weeks of parental leave?' }] })
      .withResponse();
    const header = JSON.parse(response.headers.get('x-lintel-citations') ?? '[]');
    const chunks: Record<string, unknown>[] = [];
    let text = '';
    for await (const chunk of stream) {
      chunks.push(chunk as unknown as Record<string, unknown>);
      text += chunk.choices[0]?.delta?.content ?? '';
    }
    assert.ok(text.length > 0, model);
    assert.equal(header[0].doc_key, 'leave.md', model);
    assert.deepEqual(chunks[0]?.lintel_citations, header, `${model}: first chunk`);
    assert.equal(
      chunks.slice(1).some((c) => 'lintel_citations' in c),
      false,
      `${model}: only the first chunk`,
    );
  }
});

test('Anthropic SDK: sources sent as search_result blocks; the answer carries search_result_location citations', async () => {
  const anthropic = new Anthropic({ baseURL: h.url, apiKey: h.key, maxRetries: 0 });
  const { data, response } = await anthropic.messages
    .create({
      model: 'rag-claude-cite',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'Do laptops need disk encryption?' }],
    })
    .withResponse();
  const sent = h.sim.requests.at(-1)?.body as { system?: unknown; messages: { content: unknown[] }[] };
  assert.equal(sent.system, undefined);
  const blocks = sent.messages.at(-1)?.content as Record<string, unknown>[];
  assert.equal(blocks[0]?.type, 'search_result');
  assert.equal(blocks[0]?.source, 'security.md');
  assert.deepEqual(blocks[0]?.citations, { enabled: true });
  assert.match(JSON.stringify(blocks[0]?.content), /Laptops must use full-disk encryption/);
  assert.deepEqual(blocks.at(-1), { type: 'text', text: 'Do laptops need disk encryption?' });
  const cited = data.content.flatMap((b) => (b.type === 'text' ? (b.citations ?? []) : []));
  assert.ok(cited.length >= 1, JSON.stringify(data.content));
  const first = cited[0] as Anthropic.CitationsSearchResultLocation;
  assert.equal(first.type, 'search_result_location');
  assert.equal(first.source, 'security.md');
  assert.equal(first.search_result_index, 0);
  assert.match(first.cited_text, /full-disk encryption/);
  const header = JSON.parse(response.headers.get('x-lintel-citations') ?? '[]');
  assert.equal(header[0].doc_key, 'security.md');
});

test('Anthropic SDK stream: citations_delta events arrive and the final message carries the citations', async () => {
  const anthropic = new Anthropic({ baseURL: h.url, apiKey: h.key, maxRetries: 0 });
  const stream = anthropic.messages.stream({
    model: 'rag-claude-cite',
    max_tokens: 64,
    messages: [{ role: 'user', content: 'How many weeks of parental leave?' }],
  });
  const deltas: unknown[] = [];
  stream.on('citation', (c) => deltas.push(c));
  const final = await stream.finalMessage();
  assert.ok(deltas.length >= 1);
  const cited = final.content.flatMap((b) => (b.type === 'text' ? (b.citations ?? []) : []));
  assert.equal(cited.length, deltas.length);
  assert.equal((cited[0] as Anthropic.CitationsSearchResultLocation).source, 'leave.md');
});

test('Anthropic caller on an OpenAI-format target: search results reach the model as text', async () => {
  const anthropic = new Anthropic({ baseURL: h.url, apiKey: h.key, maxRetries: 0 });
  const { data } = await anthropic.messages
    .create({
      model: 'rag-claude-via-gpt',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'Book trains for short trips?' }],
    })
    .withResponse();
  assert.equal(data.type, 'message');
  assert.match(upstreamText(), /Travel \(travel\.md\)\\nTravel\\n\\nBook trains for trips under four hours/);
});

test('Anthropic SDK with anthropic: system: the route template goes into system; citations returned', async () => {
  const anthropic = new Anthropic({ baseURL: h.url, apiKey: h.key, maxRetries: 0 });
  const { data, response } = await anthropic.messages
    .create({
      model: 'rag-claude',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'Do laptops need disk encryption?' }],
    })
    .withResponse();
  assert.equal(data.type, 'message');
  const body = h.sim.requests.at(-1)?.body as { system?: unknown };
  assert.match(JSON.stringify(body.system), /Context:\\n\[1\] Laptops\\n\\nLaptops must use full-disk encryption/);
  const citations = JSON.parse(response.headers.get('x-lintel-citations') ?? '[]');
  assert.equal(citations[0].doc_key, 'security.md');
});

test('routes without rag are untouched', async () => {
  const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  const { data, response } = await openai.chat.completions
    .create({ model: 'plain', messages: [{ role: 'user', content: 'parental leave?' }] })
    .withResponse();
  assert.equal(response.headers.get('x-lintel-citations'), null);
  assert.equal('lintel_citations' in data, false);
  const stream = await openai.chat.completions.create({
    model: 'plain',
    stream: true,
    messages: [{ role: 'user', content: 'parental leave?' }],
  });
  for await (const chunk of stream) assert.equal('lintel_citations' in chunk, false);
  assert.doesNotMatch(upstreamText(), /sixteen weeks/);
});
