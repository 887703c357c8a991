import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guardrailsDataDir } from '../data-path.ts';
import { evalJitwHalves, jitwItems } from './jitw-halves.ts';
import { halfDigest } from '../train/dev-test.ts';

const dataDir = guardrailsDataDir();
const digest = halfDigest;

test(
  'the jailbreak-in-the-wild test half is the one measured before and after (never read)',
  { skip: !dataDir && 'no shared data' },
  () => {
    // A change of the split, the loader or the data moves this digest: fix the change, do not re-pin.
    const t = jitwItems(dataDir as string, 'test');
    assert.equal(t.length, 686);
    assert.equal(jitwItems(dataDir as string, 'dev').length, 678);
    assert.equal(digest(t), 'f3bddcf2db3cc86a223bcdd392108f03b893f707b3e5b4b90a1ac5ab75e495cf');
  },
);

test(
  'guard eval --task jitw-halves reports the shipped detector and its rules only on both halves',
  { skip: !dataDir && 'no shared data' },
  () => {
    const rows = evalJitwHalves({ dataDir: dataDir as string, sample: 5 });
    for (const [variant, test] of [
      ['shipped', 'test, unread; classifier in-sample'],
      ['rules only', 'test, held out'],
    ]) {
      for (const half of [test, 'dev, read']) {
        const r = rows.find((x) => x.variant === variant && x.dataset === `jitw-halves [${half}]: jailbreaks`);
        assert.ok(r && r.n === 5 && r.recall !== null, `${variant} ${half}`);
      }
    }
  },
);
