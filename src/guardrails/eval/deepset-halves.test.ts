import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guardrailsDataDir } from '../data-path.ts';
import { deepsetItems, evalDeepsetHalves } from './deepset-halves.ts';
import { halfDigest } from '../train/dev-test.ts';

const dataDir = guardrailsDataDir();
const digest = halfDigest;

test(
  'the deepset test half is the one measured before and after (never read)',
  { skip: !dataDir && 'no shared data' },
  () => {
    // A change of the split, the loader or the data moves this digest: fix the change, do not re-pin.
    const inj = deepsetItems(dataDir as string, 'injection', 'test');
    const ben = deepsetItems(dataDir as string, 'benign', 'test');
    assert.equal(inj.length, 99);
    assert.equal(ben.length, 178);
    assert.equal(deepsetItems(dataDir as string, 'injection', 'dev').length, 104);
    assert.equal(deepsetItems(dataDir as string, 'benign', 'dev').length, 165);
    assert.equal(digest([...inj, ...ben]), '7a6be60d0ac2ff65d90bf4fc3fa1de3bff826086a88f926f2da0ef29faadebd0');
  },
);

test(
  'guard eval --task deepset-halves reports the shipped detector and its rules only on both halves',
  { skip: !dataDir && 'no shared data' },
  () => {
    const rows = evalDeepsetHalves({ dataDir: dataDir as string, sample: 5 });
    for (const [variant, test] of [
      ['shipped', 'test, unread; classifier in-sample'],
      ['rules only', 'test, held out'],
    ]) {
      for (const half of [test, 'dev, read']) {
        const find = (what: string) =>
          rows.find((x) => x.variant === variant && x.dataset === `deepset-halves [${half}]: ${what}`);
        const inj = find('injections');
        const ben = find('texts (benign)');
        assert.ok(inj && inj.n === 5 && inj.recall !== null, `${variant} ${half} injections`);
        assert.ok(ben && ben.n === 5 && ben.fpr !== null, `${variant} ${half} benign`);
      }
    }
  },
);
