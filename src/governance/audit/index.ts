// Public API of the verifiable audit log.
export { type Anchor, readAnchorFile } from './anchors.ts';
export { type SignedCheckpoint, checkpointBody, checkpointFromJson, checkpointToJson } from './checkpoint.ts';
export { type AuditCliOptions, registerAuditCommands } from './cli.ts';
export { type AuditEvent, type AuditEventInput, computeEventHash, GENESIS_HASH, stateHash } from './event.ts';
export { AuditChainError, AuditLog, type AuditLogOptions } from './log.ts';
export { consistencyProof, inclusionProof, leafHash, treeHash, verifyConsistency, verifyInclusion } from './merkle.ts';
export { auditMigrations } from './migrations.ts';
export { type EventQuery, iterateAuditEvents, readAuditEvents, readCheckpoints } from './read.ts';
export {
  type AuditSigner,
  createEphemeralSigner,
  currentPublicKeyPem,
  keyIdOf,
  loadOrCreateSigner,
  type SignerOptions,
} from './signer.ts';
export { type CheckpointSink, FileCheckpointSink, WebhookCheckpointSink, type WebhookSinkOptions } from './sinks.ts';
export {
  auditVerifyHandler,
  formatReport,
  type VerifyOptions,
  type VerifyReport,
  verifyAuditLog,
  verifyFromCheckpoint,
} from './verify.ts';
