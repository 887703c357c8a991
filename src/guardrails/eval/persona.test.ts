import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalPersonaFresh, PERSONA_ATTACK_FILE, PERSONA_BENIGN_FILE, personaItems } from './persona.ts';
import { halfDigest } from '../train/dev-test.ts';

const digest = halfDigest;

test('the fresh persona sets keep the test halves they were committed with (measured, never tuned on)', () => {
  // Any edit to a test item, or a change of the split, moves these digests: fix the edit, do not re-pin.
  const benign = personaItems(PERSONA_BENIGN_FILE, 'test').map((i) => i.text);
  assert.equal(benign.length, 129);
  assert.equal(digest(benign), '010afb6d363ee87260ae1de355f5d88eecd188139317ac98a255d93edff3c344');
  const attacks = personaItems(PERSONA_ATTACK_FILE, 'test').map((i) => i.text);
  assert.equal(attacks.length, 27);
  assert.equal(digest(attacks), 'ed4f6e058f0339c7e9694baf5ed3ac53d92b89d029611605f33888e967404863');
});

test('the persona sets have the advertised shape', () => {
  const benign = personaItems(PERSONA_BENIGN_FILE);
  assert.ok(benign.length >= 240);
  assert.ok(benign.filter((i) => i.lang !== 'en').length >= 60);
  assert.equal(new Set(benign.map((i) => i.text)).size, benign.length);
  const attacks = personaItems(PERSONA_ATTACK_FILE);
  assert.deepEqual([...new Set(attacks.map((i) => i.category))].sort(), ['exfil', 'harmful', 'override']);
});

test("guard eval --task persona-fresh reports FPR per guard and half, and the twins' recall", () => {
  const rows = evalPersonaFresh(6);
  for (const half of ['test, held out', 'dev, in-sample']) {
    for (const task of ['injection', 'harmful', 'injection+harmful']) {
      const r = rows.find((x) => x.task === task && x.dataset === `persona-fresh [${half}] (benign)`);
      assert.ok(r && r.n === 6 && r.fpr !== null, `${task} ${half}`);
    }
    const a = rows.find((x) => x.dataset === `persona-fresh attacks [${half}] all`);
    assert.ok(a && a.recall !== null);
  }
});
