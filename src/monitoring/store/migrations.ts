// Monitoring's tables: per-minute rollup rows (append-only partial aggregates, merged at query time), feedback
// and judge scores, stored definitions (monitors, SLOs, receivers, silences, online evaluation), alert state
// and the notification log; the console's hourly rollup. One DDL for both dialects.
import { sql } from 'kysely';
import type { Migration } from '../../storage/database.ts';

export const monitoringMigrations: Migration[] = [
  {
    name: '0600_monitoring',
    async up(db) {
      await sql`CREATE TABLE monitor_rollups (
        minute BIGINT NOT NULL,
        route TEXT NOT NULL,
        model TEXT NOT NULL,
        arm TEXT NOT NULL,
        tenant TEXT NOT NULL,
        n BIGINT NOT NULL,
        data TEXT NOT NULL,
        text_samples TEXT
      )`.execute(db);
      await sql`CREATE INDEX monitor_rollups_minute_idx ON monitor_rollups (minute)`.execute(db);
      await sql`CREATE INDEX monitor_rollups_route_minute_idx ON monitor_rollups (route, minute)`.execute(db);
      await sql`CREATE TABLE monitor_feedback (
        request_id TEXT NOT NULL,
        name TEXT NOT NULL,
        source TEXT NOT NULL,
        tenant TEXT NOT NULL,
        route TEXT NOT NULL,
        model TEXT NOT NULL,
        arm TEXT NOT NULL,
        value DOUBLE PRECISION,
        label TEXT,
        comment TEXT,
        correction TEXT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (request_id, name, source)
      )`.execute(db);
      await sql`CREATE INDEX monitor_feedback_tenant_idx ON monitor_feedback (tenant, created_at)`.execute(db);
      await sql`CREATE TABLE monitor_definitions (
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        spec TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (kind, name)
      )`.execute(db);
      await sql`CREATE TABLE monitor_alerts (
        fingerprint TEXT PRIMARY KEY,
        rule TEXT NOT NULL,
        labels TEXT NOT NULL,
        state TEXT NOT NULL,
        value DOUBLE PRECISION,
        summary TEXT NOT NULL,
        details TEXT NOT NULL,
        pending_since BIGINT,
        fired_at BIGINT,
        resolved_at BIGINT,
        updated_at BIGINT NOT NULL,
        notified_state TEXT
      )`.execute(db);
      await sql`CREATE TABLE monitor_notifications (
        id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        receiver TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        status TEXT NOT NULL,
        error TEXT,
        at BIGINT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX monitor_notifications_fp_idx ON monitor_notifications (fingerprint, at)`.execute(db);
      await sql`CREATE TABLE monitor_judge_budget (
        hour BIGINT NOT NULL,
        route TEXT NOT NULL,
        calls INTEGER NOT NULL,
        PRIMARY KEY (hour, route)
      )`.execute(db);
    },
  },
  {
    name: '0601_monitoring_ticks_and_compaction',
    async up(db) {
      // One row per evaluation tick: the node that claimed it (first insert wins) evaluates it, so a fleet
      // sharing the store evaluates each tick once.
      await sql`CREATE TABLE monitor_ticks (
        tick BIGINT PRIMARY KEY,
        node TEXT NOT NULL,
        started_at BIGINT NOT NULL,
        finished_at BIGINT,
        transitions INTEGER
      )`.execute(db);
      // Minutes a rollup row covers: 1 as written, 60 once compacted into its hour.
      await sql`ALTER TABLE monitor_rollups ADD COLUMN span INTEGER NOT NULL DEFAULT 1`.execute(db);
    },
  },
  {
    name: '0602_monitoring_hourly',
    async up(db) {
      // Whether a rollup row's latency/TTFT sketches and guardrail counts are already in monitor_hourly
      // (see hourly.ts); rows written before this migration are folded by the next compaction job.
      await sql`ALTER TABLE monitor_rollups ADD COLUMN folded INTEGER NOT NULL DEFAULT 0`.execute(db);
      await sql`CREATE INDEX monitor_rollups_folded_idx ON monitor_rollups (folded, minute)`.execute(db);
      // Append-only partials per (hour, tenant): what the console reads, each in its own JSON column.
      await sql`CREATE TABLE monitor_hourly (
        hour BIGINT NOT NULL,
        tenant TEXT NOT NULL,
        n BIGINT NOT NULL,
        latency_ms TEXT NOT NULL,
        ttft_ms TEXT NOT NULL,
        guardrail TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX monitor_hourly_hour_idx ON monitor_hourly (hour)`.execute(db);
    },
  },
];
