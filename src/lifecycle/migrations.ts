// Tables of the model lifecycle: registry (models, immutable versions, aliases, tags, lineage), evaluation
// datasets, runs and per-item results, deployments with their request log and shadow results.
import { sql } from 'kysely';
import type { Migration } from '../storage/database.ts';

export const lifecycleMigrations: Migration[] = [
  {
    name: '1200_lifecycle_registry',
    async up(db) {
      await sql`CREATE TABLE IF NOT EXISTS lc_models (
        name TEXT PRIMARY KEY,
        description TEXT NOT NULL,
        owner TEXT,
        policy TEXT,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL
      )`.execute(db);
      // A version row is never updated except its card (metadata about it, not what it is) and tags.
      await sql`CREATE TABLE IF NOT EXISTS lc_versions (
        model TEXT NOT NULL REFERENCES lc_models(name),
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        spec TEXT NOT NULL,
        spec_hash TEXT NOT NULL,
        card TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (model, version)
      )`.execute(db);
      await sql`CREATE TABLE IF NOT EXISTS lc_aliases (
        model TEXT NOT NULL,
        alias TEXT NOT NULL,
        version INTEGER,
        follows TEXT,
        updated_by TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (model, alias),
        FOREIGN KEY (model, version) REFERENCES lc_versions(model, version)
      )`.execute(db);
      await sql`CREATE TABLE IF NOT EXISTS lc_tags (
        model TEXT NOT NULL,
        version INTEGER NOT NULL,
        tag_key TEXT NOT NULL,
        tag_value TEXT NOT NULL,
        PRIMARY KEY (model, version, tag_key)
      )`.execute(db);
      await sql`CREATE TABLE IF NOT EXISTS lc_lineage (
        from_kind TEXT NOT NULL,
        from_id TEXT NOT NULL,
        to_kind TEXT NOT NULL,
        to_id TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (from_kind, from_id, to_kind, to_id)
      )`.execute(db);
      await sql`CREATE INDEX IF NOT EXISTS lc_lineage_to ON lc_lineage (to_kind, to_id)`.execute(db);
      // Bumped on every alias or deployment change: nodes poll it and reload their routing state.
      await sql`CREATE TABLE IF NOT EXISTS lc_state_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)`.execute(
        db,
      );
      await sql`INSERT INTO lc_state_version (id, version) VALUES (1, 0)`.execute(db);
    },
  },
  {
    name: '1201_lifecycle_evals',
    async up(db) {
      await sql`CREATE TABLE IF NOT EXISTS lc_datasets (
        name TEXT NOT NULL,
        hash TEXT NOT NULL,
        items INTEGER NOT NULL,
        description TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (name, hash)
      )`.execute(db);
      await sql`CREATE TABLE IF NOT EXISTS lc_dataset_items (
        hash TEXT NOT NULL,
        idx INTEGER NOT NULL,
        item TEXT NOT NULL,
        PRIMARY KEY (hash, idx)
      )`.execute(db);
      await sql`CREATE TABLE IF NOT EXISTS lc_eval_runs (
        id TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        version INTEGER NOT NULL,
        dataset TEXT NOT NULL,
        dataset_hash TEXT NOT NULL,
        scorers TEXT NOT NULL,
        scorers_hash TEXT NOT NULL,
        options TEXT NOT NULL,
        status TEXT NOT NULL,
        total INTEGER NOT NULL,
        job_id TEXT,
        summary TEXT,
        error TEXT,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        finished_at BIGINT
      )`.execute(db);
      await sql`CREATE INDEX IF NOT EXISTS lc_eval_runs_match ON lc_eval_runs (model, version, dataset_hash, scorers_hash)`.execute(
        db,
      );
      // One row per (run, item): the primary key is what makes a resumed run skip items already scored.
      await sql`CREATE TABLE IF NOT EXISTS lc_eval_results (
        run_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        ok INTEGER NOT NULL,
        output TEXT,
        error TEXT,
        score DOUBLE PRECISION NOT NULL,
        scores TEXT NOT NULL,
        latency_ms DOUBLE PRECISION NOT NULL,
        cost_usd DOUBLE PRECISION,
        request_id TEXT,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (run_id, idx)
      )`.execute(db);
    },
  },
  {
    name: '1202_lifecycle_deployments',
    async up(db) {
      await sql`CREATE TABLE IF NOT EXISTS lc_deployments (
        id TEXT PRIMARY KEY,
        route TEXT NOT NULL,
        model TEXT NOT NULL,
        alias TEXT NOT NULL,
        baseline INTEGER NOT NULL,
        candidate INTEGER NOT NULL,
        strategy TEXT NOT NULL,
        config TEXT NOT NULL,
        state TEXT NOT NULL,
        weight DOUBLE PRECISION NOT NULL,
        step INTEGER NOT NULL,
        step_started_at BIGINT NOT NULL,
        created_by TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL
      )`.execute(db);
      await sql`CREATE TABLE IF NOT EXISTS lc_deployment_events (
        deployment_id TEXT NOT NULL,
        at BIGINT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX IF NOT EXISTS lc_deployment_events_dep ON lc_deployment_events (deployment_id, at)`.execute(
        db,
      );
      await sql`CREATE TABLE IF NOT EXISTS lc_deployment_requests (
        request_id TEXT PRIMARY KEY,
        deployment_id TEXT NOT NULL,
        arm TEXT NOT NULL,
        version INTEGER NOT NULL,
        status INTEGER NOT NULL,
        latency_ms DOUBLE PRECISION NOT NULL,
        cost_usd DOUBLE PRECISION,
        at BIGINT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX IF NOT EXISTS lc_deployment_requests_dep ON lc_deployment_requests (deployment_id, at)`.execute(
        db,
      );
      await sql`CREATE TABLE IF NOT EXISTS lc_shadow_results (
        request_id TEXT PRIMARY KEY,
        deployment_id TEXT NOT NULL,
        shadow_request_id TEXT,
        primary_output TEXT,
        shadow_output TEXT,
        shadow_status INTEGER NOT NULL,
        primary_scores TEXT NOT NULL,
        shadow_scores TEXT NOT NULL,
        shadow_latency_ms DOUBLE PRECISION NOT NULL,
        shadow_cost_usd DOUBLE PRECISION,
        at BIGINT NOT NULL
      )`.execute(db);
    },
  },
];
