// The extension point for Lintel's product areas (lifecycle, monitoring, retrieval, console, …).
// Each area is a sibling folder (store via Kysely, service, admin routes, CLI, tests) that exports one
// `Area`; the runtime applies its migrations, starts it with the node's shared services, registers its
// routes and closes it on shutdown. Adding an area is one line in AREAS below.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { LoadedConfig } from '../config/load.ts';
import { createMonitoringArea } from '../monitoring/area.ts';
import { retrievalArea } from '../retrieval/area.ts';
import type { RequestContext } from '../gateway/context.ts';
import type { GatewayHooks } from '../gateway/hooks.ts';
import { lifecycleArea } from '../lifecycle/index.ts';
import type { JobRunner } from '../jobs/types.ts';
import type { Router } from '../routing/router.ts';
import type { RequestRecord } from '../spec/record.ts';
import type { Database, Migration } from '../storage/database.ts';
import type { AdminActor, AdminCapability } from './admin-authz.ts';
import type { AuditActor } from './governance.ts';
import { consoleArea } from '../console/area.ts';

/** A response from the node's own gateway (see AreaContext.gateway). */
export interface GatewayResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  /** Parsed JSON body (undefined when the body is not JSON). */
  json: unknown;
  /** Raw body text (SSE streams arrive whole). */
  body: string;
}

export interface GatewayCallOptions {
  /** Bearer key to call with; default the master key. Calls pass every check a client call would. */
  key?: string;
  /** Sent as x-lintel-tags (e.g. { eval_run: 'r1' }) so the calls are findable in the request log. */
  tags?: Record<string, string>;
  headers?: Record<string, string>;
  /**
   * A model call made on behalf of a request this node already admitted (e.g. a search's query embedding): it is
   * checked and recorded as usual, but counts only tokens and cost, not another request or concurrency slot.
   */
  subcall?: boolean;
}

export interface AreaContext {
  config(): LoadedConfig;
  database: Database;
  logger: Logger;
  /** The node's Prometheus registry (served at /metrics): areas add their own gauges and counters. */
  metrics: Registry;
  router(): Router;
  /** The durable job runner of this node (SQLite table embedded; the scale-out engine with PostgreSQL). */
  jobs: JobRunner;
  /** Appends an audit event (hash-chained, checkpointed). */
  audit(e: {
    actor: AuditActor;
    action: string;
    resource: string;
    before?: unknown;
    after?: unknown;
    requestId?: string;
    /** Small JSON context kept in the chain itself (never bodies or personal data). */
    details?: unknown;
  }): Promise<void>;
  /** Opens a recorded body (sealed with its tenant's data key); null when the key was shredded. */
  openBody?(tenant: string | null, sealed: string): Promise<string | null>;
  /** Role check for admin routes; throws LintelError permission_denied / unauthorized. */
  authorize(req: FastifyRequest, capability: AdminCapability): Promise<AdminActor>;
  /**
   * Calls this node's own gateway in-process (Fastify inject): keys, limits, budgets, guardrails, cache,
   * recording and cost all apply, exactly as for an external client. `path` like '/v1/chat/completions'.
   */
  gateway(path: string, body: unknown, opts?: GatewayCallOptions): Promise<GatewayResponse>;
  /**
   * The developer key of a single-sign-on user (created on first use, its secret rotated on each call with the
   * previous one valid for `overlapSeconds`): the console's SSO developers call the gateway with it.
   */
  ssoDeveloperKey(subject: string, tenant: string | null, overlapSeconds: number): Promise<{ id: string; key: string }>;
  /** The node secret (LINTEL_SECRET_KEY or the embedded secret file), for areas that seal data at rest. */
  secret: string;
  /** Subscribes to every finished request (after its record is built). Listeners must be cheap and never throw. */
  onFinish(listener: (ctx: RequestContext, record: RequestRecord) => void): void;
}

export interface StartedArea {
  /** Gateway hooks this area implements (e.g. the model registry's pickVersion); merged into the node's hooks. */
  hooks?: Partial<GatewayHooks>;
  /** Registers admin/API routes (called once, before the server listens). */
  plugin?(app: FastifyInstance): void | Promise<void>;
  close?(): Promise<void>;
}

export interface Area {
  name: string;
  migrations: Migration[];
  start(ctx: AreaContext): Promise<StartedArea>;
}

/** Every area of the product, in start order. */
export const AREAS: Area[] = [lifecycleArea, createMonitoringArea(), retrievalArea, consoleArea];
