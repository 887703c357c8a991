// The request log: write path (recorder → spool → SQL sink), schema, and the read API for /admin.
export { type UsageBenchmarkOptions, type UsageBenchmarkResult, usageBenchmark } from './bench-usage.ts';
export { recordingMigrations } from './migrations.ts';
export {
  getRequest,
  type ListRequestsParams,
  listRequests,
  QueryValidationError,
  type RequestPage,
  type StoredRequest,
  type TimeInput,
  type UsageGranularity,
  type UsageGroupBy,
  type UsageParams,
  type UsageRow,
  usage,
} from './queries.ts';
export { type RecorderOptions, type RecorderStats, RequestRecorder } from './recorder.ts';
export type { RecordBodies, RecordItem, RecordSink } from './sink.ts';
export { SqlRecordSink } from './sql-sink.ts';
