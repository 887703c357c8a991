// The audit action and resource derived from an admin route: the resource names the object with its enclosing ids,
// and a create names the id it created.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeAdminWrite } from './admin-audit.ts';

test('resources carry the id they concern', () => {
  const d = (method: string, pattern: string, params: Record<string, string> = {}, response?: unknown) =>
    describeAdminWrite(method, pattern, params, response);
  assert.deepEqual(d('POST', '/admin/keys', {}, { id: 'key_1', key: 'lk-…' }), {
    action: 'key.create',
    resource: 'key:key_1',
  });
  assert.deepEqual(d('POST', '/admin/keys/:id/revoke', { id: 'key_1' }), {
    action: 'key.revoke',
    resource: 'key:key_1',
  });
  assert.deepEqual(d('POST', '/admin/tenants', {}, { name: 'acme' }), {
    action: 'tenant.create',
    resource: 'tenant:acme',
  });
  assert.deepEqual(d('POST', '/admin/tenants/:tenant/teams', { tenant: 'acme' }, { name: 'core' }), {
    action: 'team.create',
    resource: 'team:acme/core',
  });
  assert.deepEqual(d('PATCH', '/admin/tenants/:tenant/teams/:team', { tenant: 'acme', team: 'core' }), {
    action: 'team.update',
    resource: 'team:acme/core',
  });
  assert.deepEqual(d('DELETE', '/admin/provider-credentials/:id', { id: 'cred_1' }), {
    action: 'credential.delete',
    resource: 'credential:cred_1',
  });
  assert.deepEqual(d('POST', '/admin/jobs/:id/cancel', { id: 'job_1' }), {
    action: 'admin.cancel',
    resource: 'admin:job_1',
  });
  assert.equal(d('GET', '/admin/keys'), null);
  assert.equal(d('POST', '/admin/killswitch'), null, 'self-audited routes are skipped');
});
