import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CpuProfile, groupOf, profileMarkdown, summarizeProfile } from './profile-summary.ts';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

// root → handler (src) → JSON.parse-like leaf (node internals); plus idle and GC.
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
    { id: 2, callFrame: frame('handler', 'file:///repo/src/server/app.ts', 9), children: [3] },
    { id: 3, callFrame: frame('parse', 'node:internal/x', 1), children: [4] },
    { id: 4, callFrame: frame('route', 'file:///repo/node_modules/find-my-way/index.js', 3) },
    { id: 5, callFrame: frame('(idle)') },
    { id: 6, callFrame: frame('(garbage collector)') },
  ],
  startTime: 0,
  endTime: 1000,
  // samples[i] lasts timeDeltas[i + 1] µs.
  samples: [2, 3, 3, 4, 5, 6, 2],
  timeDeltas: [0, 100, 100, 100, 100, 100, 100],
};

test('self time, groups and inclusive time of Lintel functions', () => {
  const s = summarizeProfile(profile, { root: '/repo', sourceLines: false });
  assert.equal(s.samples, 7);
  const by = new Map(s.topSelf.map((f) => [f.name, f]));
  assert.ok(Math.abs(by.get('parse')!.selfMs - 0.2) < 1e-9);
  assert.equal(by.get('handler')!.where, 'src/server/app.ts:10');
  assert.equal(by.get('route')!.group, 'find-my-way');
  assert.ok(Math.abs(s.idleMs - 0.1) < 1e-9);
  const handler = s.lintelTotal.find((f) => f.name === 'handler')!;
  // handler's own two samples plus everything under it (parse ×2, route).
  assert.ok(Math.abs(handler.totalMs - (0.1 + 0.1 + 0.1 + 0.1 + 1000 / 7 / 1000)) < 1e-9);
  assert.match(profileMarkdown(s), /\| 2 \| 0\.2 \| [\d.]+ \| `parse` \| node:internal\/x:2 \|/);
});

test('skipMs leaves the first samples out', () => {
  // Samples are taken at 0, 100, 200, … µs: skipping 250 µs keeps the four from 300 µs on.
  const s = summarizeProfile(profile, { root: '/repo', sourceLines: false, skipMs: 0.25 });
  assert.equal(s.samples, 4);
});

test('groupOf names packages, scopes, Node internals and Lintel folders', () => {
  assert.equal(groupOf('file:///r/node_modules/@scope/pkg/a.js', 'f', '/r'), '@scope/pkg');
  assert.equal(groupOf('node:events', 'emit', '/r'), 'node internals');
  assert.equal(groupOf('file:///r/src/gateway/chat.ts', 'f', '/r'), 'lintel src/gateway');
  assert.equal(groupOf('', '(garbage collector)', '/r'), '(garbage collector)');
  assert.equal(groupOf('', 'writev', '/r'), '(native)');
});
