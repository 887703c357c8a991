import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_RETENTION, RetentionPolicyError, resolveRetention } from './policy.ts';

describe('retention policy', () => {
  it('defaults to 30 days of bodies and 180 days of records', () => {
    const r = resolveRetention();
    assert.deepEqual(r.defaults, DEFAULT_RETENTION);
    assert.deepEqual(r.defaults, { bodiesDays: 30, recordsDays: 180 });
    assert.equal(r.tenants.size, 0);
  });

  it('fills a tenant policy from the defaults', () => {
    const r = resolveRetention([
      { tenant: 'acme', bodiesDays: 7 },
      { tenant: 'globex', recordsDays: 365 },
    ]);
    assert.deepEqual(r.tenants.get('acme'), { bodiesDays: 7, recordsDays: 180 });
    assert.deepEqual(r.tenants.get('globex'), { bodiesDays: 30, recordsDays: 365 });
  });

  it('refuses retention below the floor', () => {
    assert.throws(
      () => resolveRetention([{ tenant: 'acme', recordsDays: 30 }]),
      /tenant acme: recordsDays 30 is below the retention floor of 180 days/,
    );
    assert.throws(() => resolveRetention([], { defaults: { recordsDays: 90 } }), RetentionPolicyError);
    assert.throws(
      () => resolveRetention([{ tenant: 'a', bodiesDays: 3 }], { floor: { bodiesDays: 7 } }),
      /below the retention floor of 7/,
    );
    // A lower floor is a deliberate configuration choice.
    const r = resolveRetention([{ tenant: 'a', bodiesDays: 1, recordsDays: 30 }], { floor: { recordsDays: 30 } });
    assert.deepEqual(r.tenants.get('a'), { bodiesDays: 1, recordsDays: 30 });
  });

  it('refuses nonsense', () => {
    assert.throws(() => resolveRetention([{ tenant: 'a', bodiesDays: 200, recordsDays: 190 }]), /exceeds recordsDays/);
    assert.throws(() => resolveRetention([{ tenant: 'a', bodiesDays: -1 }]), /positive/);
    assert.throws(() => resolveRetention([{ tenant: 'a', bodiesDays: Number.NaN }]), /positive/);
    assert.throws(() => resolveRetention([{ tenant: '' }]), /without a tenant/);
    assert.throws(() => resolveRetention([{ tenant: 'a' }, { tenant: 'a' }]), /more than one/);
    assert.throws(() => resolveRetention([], { floor: { bodiesDays: -2 } }), /floor/);
  });
});
