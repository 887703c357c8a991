// The worked example of docs/guardrails.md ("Try it") is true: its config parses with the guard set on the
// route, and `lintel guard scan` prints exactly the verdict lines the guide shows for its two prompts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { parseConfigText } from '../config/load.ts';
import { scanLines } from './cli.ts';

const guide = readFileSync('docs/guardrails.md', 'utf8');
const tryIt = guide.slice(guide.indexOf('## Try it'), guide.indexOf('## Two detectors'));

test('the guide\'s config parses: the "strict" set blocks injection and harm on the route', () => {
  const yaml = /```yaml\n([\s\S]*?)```/.exec(tryIt)?.[1];
  assert.ok(yaml, 'a yaml block in "Try it"');
  const providers = 'providers:\n  openai: { kind: openai, base_url: https://api.openai.com/v1, api_key: x }\n';
  const { config } = parseConfigText(providers + yaml, 'docs', {});
  assert.deepEqual(config.guardrails.apply, ['default']);
  assert.deepEqual(
    config.guardrails.sets.strict.map((g) => [g.detector, g.action]),
    [
      ['injection', 'block'],
      ['harmful', 'block'],
    ],
  );
  assert.deepEqual(config.routes[0].guardrails, ['strict']);
});

test("the guide's scan example prints the verdicts it shows (role-play passes, a dressed how-to is blocked)", async () => {
  const block = /```\n\$ printf[\s\S]*?```/.exec(tryIt)?.[0] ?? '';
  const inputs = [...block.matchAll(/'(\{"text":.*?\})'/g)].map((m) => m[1]);
  const shown = block.split('\n').filter((l) => l.startsWith('{"blocked"'));
  assert.equal(inputs.length, 2);
  assert.equal(shown.length, 2);
  const out: string[] = [];
  await scanLines(Readable.from(inputs.map((l) => `${l}\n`)), (l) => out.push(l), {
    guards: 'default,topics',
    stage: 'input',
  });
  assert.deepEqual(out, shown);
  assert.equal(JSON.parse(out[0]).blocked, false);
  assert.equal(JSON.parse(out[1]).blocked, true);
});
