// What the gateway handlers need from the running server. Later stages (keys, limits, guardrails,
// recording, telemetry) plug in here without the handlers knowing how they are implemented.
import type { ResponseStore } from '../api/responses/store.ts';
import type { Router } from '../routing/router.ts';
import type { KillSwitch } from '../governance/killswitch/store.ts';
import type { Tracing } from '../telemetry/tracing.ts';
import type { UpstreamPools } from '../upstream/pools.ts';
import type { RequestContext } from './context.ts';
import type { GatewayHooks } from './hooks.ts';

export interface GatewayDeps {
  router(): Router;
  pools: UpstreamPools;
  hooks: GatewayHooks;
  killSwitch?: KillSwitch;
  tracing: Tracing;
  /** Client headers forwarded to same-dialect upstreams (config server.forward_headers). */
  forwardHeaders?: readonly string[];
  /** Stored responses of the Responses API (previous_response_id); absent: store and previous_response_id off. */
  responses?: ResponseStore;
  /** Fills tokens estimates and cost on ctx once the response is over, before budgets settle. */
  account(ctx: RequestContext): void;
  /** Called once per request after the response ended (success, failure or abort). Must not throw. */
  finish(ctx: RequestContext): void;
  /** Aborted when a shutting-down node reaches its drain limit: open streams end with an error event. */
  drain?: AbortSignal;
}
