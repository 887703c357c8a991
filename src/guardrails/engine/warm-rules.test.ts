import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Detector, GuardStage } from '../types.ts';
import { warmRules } from './warm-rules.ts';

test('start-up warm-up runs each rule guard on every stage it guards, once per detector, and never a model or judge', () => {
  const seen: string[] = [];
  const sync = (id: string, fail = false): Detector => ({
    id,
    kind: 'sync',
    detect: ({ stage }) => {
      seen.push(`${id}:${stage}`);
      if (fail) throw new Error('broken rule');
      return [];
    },
  });
  const judge: Detector = {
    id: 'judge',
    kind: 'async',
    detect: async () => {
      throw new Error('a warm-up must not call a model');
    },
  };
  const both = new Set<GuardStage>(['input', 'output']);
  const inj = sync('injection');
  warmRules([
    { detector: inj, stages: new Set(['input']) },
    { detector: inj, stages: both }, // the same detector in a second set: input is not run again
    { detector: sync('pii', true), stages: new Set(['output']) }, // a throwing rule does not stop the others
    { detector: judge, stages: both },
    { detector: sync('secrets'), stages: new Set(['input']) },
  ]);
  const count = (k: string) => seen.filter((s) => s === k).length;
  assert.ok(count('injection:input') >= 2, 'twice at least: V8 compiles a regex on its second run');
  assert.equal(count('injection:input'), count('injection:output'));
  assert.equal(count('pii:output'), count('injection:input'));
  assert.equal(count('secrets:input'), count('injection:input'));
  assert.equal(seen.filter((s) => s.startsWith('judge')).length, 0);
});
