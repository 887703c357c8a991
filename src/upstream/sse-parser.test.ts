// The upstream SSE parser: events, names, multi-line data, comments, line endings, raw frames, and — whatever the
// chunking of the bytes — the same events.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type SseEvent, SseParser } from './sse-parser.ts';

function parseAll(chunks: (string | Buffer)[]): SseEvent[] {
  const p = new SseParser();
  const out: SseEvent[] = [];
  for (const c of chunks) out.push(...p.push(typeof c === 'string' ? Buffer.from(c) : c));
  out.push(...p.end());
  return out;
}

test('events with and without names, multi-line data, comments and keep-alives', () => {
  const text =
    ': keep-alive\n\n' +
    'data: {"a":1}\n\n' +
    'event: message_start\ndata: {"type":"message_start"}\n\n' +
    'data: line one\ndata: line two\n\n' +
    'data:no-space\n\n' +
    'id: 7\nretry: 100\n\n' + // no data: not an event
    'data: [DONE]\n\n';
  const events = parseAll([text]);
  assert.deepEqual(
    events.map((e) => [e.event, e.data]),
    [
      [undefined, '{"a":1}'],
      ['message_start', '{"type":"message_start"}'],
      [undefined, 'line one\nline two'],
      [undefined, 'no-space'],
      [undefined, '[DONE]'],
    ],
  );
  assert.equal(events[1].raw, 'event: message_start\ndata: {"type":"message_start"}\n\n', 'raw frame kept');
});

test('CRLF and CR line endings, including a CRLF split across two chunks', () => {
  const crlf = 'data: a\r\ndata: b\r\n\r\nevent: x\rdata: c\r\r';
  const expected = [
    [undefined, 'a\nb'],
    ['x', 'c'],
  ];
  assert.deepEqual(
    parseAll([crlf]).map((e) => [e.event, e.data]),
    expected,
  );
  const cut = crlf.indexOf('\r\n') + 1; // between the \r and the \n
  assert.deepEqual(
    parseAll([crlf.slice(0, cut), crlf.slice(cut)]).map((e) => [e.event, e.data]),
    expected,
  );
});

test('end() flushes a final event without its blank line, and nothing from whitespace', () => {
  assert.deepEqual(
    parseAll(['data: last']).map((e) => e.data),
    ['last'],
  );
  assert.deepEqual(parseAll(['\n\n  \n']), []);
});

test('multi-byte UTF-8 split inside a character is decoded whole', () => {
  const bytes = Buffer.from('data: héllo 🌍 wörld\n\n');
  const chunks = [...bytes].map((b) => Buffer.from([b])); // one byte at a time
  assert.deepEqual(
    parseAll(chunks).map((e) => e.data),
    ['héllo 🌍 wörld'],
  );
});

test('property: any chunking of a stream yields the same events as the whole stream', () => {
  const value = fc
    .array(fc.constantFrom('a', 'Z', '0', ' ', '{', '}', '"', ':', ',', 'é', '🌍'), { maxLength: 12 })
    .map((cs) => cs.join(''));
  const event = fc.record({
    name: fc.option(fc.constantFrom('message_start', 'content_block_delta', 'ping'), { nil: undefined }),
    lines: fc.array(value, { minLength: 1, maxLength: 3 }),
    comment: fc.boolean(),
  });
  fc.assert(
    fc.property(
      fc.array(event, { minLength: 1, maxLength: 6 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 40 }),
      (events, eol, cuts) => {
        const text = events
          .map(
            (e) =>
              (e.comment ? `: note${eol}` : '') +
              (e.name ? `event: ${e.name}${eol}` : '') +
              e.lines.map((l) => `data: ${l}${eol}`).join('') +
              eol,
          )
          .join('');
        const bytes = Buffer.from(text);
        const chunks: Buffer[] = [];
        let at = 0;
        for (let i = 0; at < bytes.length; i++) {
          const n = cuts[i % cuts.length];
          chunks.push(bytes.subarray(at, at + n));
          at += n;
        }
        const whole = parseAll([bytes]).map((e) => [e.event, e.data]);
        assert.deepEqual(
          parseAll(chunks).map((e) => [e.event, e.data]),
          whole,
        );
        assert.deepEqual(
          whole,
          events.map((e) => [e.name, e.lines.join('\n')]),
        );
      },
    ),
    { numRuns: 300 },
  );
});
