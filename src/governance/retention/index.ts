// Public API of retention and crypto-shredding.
export { retentionMigrations } from './migrations.ts';
export {
  DEFAULT_RETENTION,
  DEFAULT_RETENTION_FLOOR,
  type RetentionDays,
  type RetentionPolicy,
  RetentionPolicyError,
  resolveRetention,
} from './policy.ts';
export {
  DEFAULT_RETENTION_TABLES,
  type RetentionReport,
  RetentionRunner,
  type RetentionRunnerOptions,
  type RetentionTables,
} from './runner.ts';
export { type ShredActor, TenantKeyStore, type TenantKeyStoreOptions } from './tenant-keys.ts';
