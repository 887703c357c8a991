// The simulator's HTTP server (node:http only, for speed): routing, auth, behaviour, faults, timing,
// and the record of observed requests.

import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { ANTHROPIC_MODELS, anthropicCountTokens, anthropicMessages } from './anthropic.ts';
import { BadBehaviorHeader, BehaviorBook, type Resolved } from './behavior.ts';
import { type Dialect, errorBody } from './errors.ts';
import { Exchange } from './exchange.ts';
import { DEFAULT_OUTPUT_TOKENS } from './generate.ts';
import { openaiChat, openaiEmbeddings, openaiModels } from './openai.ts';
import { type GenContext, isObject, type Plan } from './plan.ts';
import { createRng, type Rng } from './random.ts';
import { playFrames } from './stream.ts';
import type {
  ObservedRequest,
  SimBehavior,
  SimFault,
  Simulator,
  SimulatorEvent,
  SimulatorOptions,
  SimulatorStats,
} from './types.ts';

const MAX_BODY_BYTES = 32 * 1024 * 1024;
const DEFAULT_KEEP = 1000;
const MALFORMED_BODY = '{"id":"chatcmpl-malformed","object":"chat.completion","choices":[{"index":0,"message":{';
const WAIT_POLL_MS = 10;

type Handler = (body: unknown, ctx: GenContext) => Plan;

interface Route {
  dialect: Dialect;
  handler: Handler;
}

interface Prechecked {
  route: Route;
  resolved: Resolved;
}

export function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const sim = new SimulatorServer(opts);
  return sim.listen(opts.port ?? 0, opts.host ?? '127.0.0.1').then(() => sim);
}

class SimulatorServer implements Simulator {
  url = '';
  port = 0;
  readonly requests: ObservedRequest[] = [];
  readonly stats: SimulatorStats = { received: 0, completed: 0, aborted: 0, errors: 0, faults: 0 };

  private readonly server: Server;
  private readonly book: BehaviorBook;
  private readonly keep: number;
  private readonly seed: number;
  private rng: Rng;
  private seq = 0;
  private readonly listeners = new Map<SimulatorEvent, Array<(r: ObservedRequest) => void>>();
  private readonly waiters = new Set<() => void>();
  private readonly routes: Record<string, Route>;
  /** While held: the answers waiting for release(), in arrival order. */
  private held: Array<() => void> | null = null;

  constructor(private readonly opts: SimulatorOptions) {
    this.book = new BehaviorBook(opts.behavior, opts.models);
    this.keep = opts.keepRequests ?? DEFAULT_KEEP;
    this.seed = opts.seed ?? Math.floor(Math.random() * 2 ** 32);
    this.rng = createRng(this.seed);
    this.routes = {
      'POST /v1/chat/completions': { dialect: 'openai', handler: openaiChat },
      'POST /v1/embeddings': { dialect: 'openai', handler: (b) => openaiEmbeddings(b) },
      'GET /v1/models': {
        dialect: 'openai',
        handler: () => openaiModels([...ANTHROPIC_MODELS, ...this.book.modelNames()]),
      },
      'POST /v1/messages': { dialect: 'anthropic', handler: anthropicMessages },
      'POST /v1/messages/count_tokens': { dialect: 'anthropic', handler: (b) => anthropicCountTokens(b) },
    };
    this.server = createServer((req, res) => this.onRequest(req, res));
  }

  listen(port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        this.port = (this.server.address() as AddressInfo).port;
        this.url = `http://${host.includes(':') ? `[${host}]` : host}:${this.port}`;
        if (!this.opts.quiet) {
          process.stdout.write(`Lintel upstream SIMULATOR (not a real model) listening on ${this.url}\n`);
        }
        resolve();
      });
    });
  }

  setBehavior(model: string, b: SimBehavior | undefined): void {
    this.book.set(model, b);
  }

  hold(): () => void {
    const held = this.held ?? [];
    this.held = held;
    return () => {
      if (this.held !== held) return;
      this.held = null;
      for (const answer of held.splice(0)) answer();
    };
  }

  reset(): void {
    this.requests.length = 0;
    Object.assign(this.stats, { received: 0, completed: 0, aborted: 0, errors: 0, faults: 0 });
    this.book.resetCounters();
    this.rng = createRng(this.seed);
  }

  on(event: SimulatorEvent, fn: (r: ObservedRequest) => void): void {
    const list = this.listeners.get(event);
    if (list) list.push(fn);
    else this.listeners.set(event, [fn]);
  }

  waitFor(pred: (s: Simulator) => boolean, timeoutMs = 2000): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (err?: unknown) => {
        clearInterval(poll);
        clearTimeout(timeout);
        this.waiters.delete(check);
        if (err) reject(err);
        else resolve();
      };
      const check = () => {
        try {
          if (pred(this)) done();
        } catch (err) {
          done(err);
        }
      };
      // Events re-check at once; the poll covers state that changes without an event.
      const poll = setInterval(check, WAIT_POLL_MS);
      const timeout = setTimeout(() => done(new Error(`simulator waitFor timed out after ${timeoutMs} ms`)), timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private emit(event: SimulatorEvent, r: ObservedRequest): void {
    const list = this.listeners.get(event);
    if (list) for (const fn of list) fn(r);
    for (const check of [...this.waiters]) check();
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    this.stats.received++;
    const ex = new Exchange(req, res);
    let obs: ObservedRequest | null = null;
    res.on('close', () => {
      ex.onClosed();
      if (res.writableFinished) {
        this.stats.completed++;
        if (obs) {
          obs.completed = true;
          this.emit('complete', obs);
        }
      } else if (!ex.intentional) {
        this.stats.aborted++;
        if (obs) {
          obs.aborted = true;
          this.emit('abort', obs);
        }
      }
    });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('error', () => {}); // the client went away mid-body; the close handler accounts for it
    req.on('end', () => {
      if (ex.closed) return;
      const failed = (err: unknown) => {
        // A simulator bug or a throwing listener must fail this request, not the whole process.
        const dialect: Dialect = req.url?.startsWith('/v1/messages') ? 'anthropic' : 'openai';
        if (!ex.res.headersSent)
          this.sendJson(ex, 500, errorBody(dialect, 500, `simulator error: ${String(err)}`), 'req_sim');
        else ex.destroy(false);
      };
      try {
        const observed = this.observe(req, size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8'));
        obs = observed;
        const answer = () => {
          if (ex.closed) return;
          try {
            this.handle(ex, observed, size > MAX_BODY_BYTES);
          } catch (err) {
            failed(err);
          }
        };
        if (this.held) this.held.push(answer);
        else answer();
      } catch (err) {
        failed(err);
      }
    });
  }

  private observe(req: IncomingMessage, raw: string | null): ObservedRequest {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    let body: unknown = raw;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw; // kept as text; answered 400 below
      }
    } else if (raw === '') body = null;
    const obs: ObservedRequest = {
      id: ++this.seq,
      method: req.method ?? 'GET',
      path: q === -1 ? url : url.slice(0, q),
      model: isObject(body) && typeof body.model === 'string' ? body.model : null,
      headers: req.headers,
      body,
      stream: isObject(body) && body.stream === true,
      startedAt: Date.now(),
      aborted: false,
      completed: false,
    };
    if (this.keep > 0) {
      if (this.requests.length >= this.keep) this.requests.shift();
      this.requests.push(obs);
    }
    this.emit('request', obs);
    return obs;
  }

  /** Answers requests that never reach the behaviour: health, 404, auth, size, bad JSON, bad header. */
  private precheck(ex: Exchange, obs: ObservedRequest, tooLarge: boolean, id: string): Prechecked | null {
    if (obs.path === '/health' && obs.method === 'GET') {
      this.sendJson(ex, 200, `{"status":"ok","simulator":"lintel"}`, id);
      return null;
    }
    const route = this.routes[`${obs.method} ${obs.path}`];
    const dialect: Dialect = route?.dialect ?? (obs.path.startsWith('/v1/messages') ? 'anthropic' : 'openai');
    let status = 0;
    let body = '';
    const authError = route ? this.checkAuth(ex.req, dialect) : null;
    if (!route) {
      status = 404;
      body = errorBody(dialect, 404, `Unknown request URL: ${obs.method} ${obs.path}`);
    } else if (authError) {
      status = 401;
      body = errorBody(dialect, 401, authError, { code: ex.req.headers.authorization ? 'invalid_api_key' : null });
    } else if (tooLarge) {
      status = 413;
      body = errorBody(dialect, 413);
    } else if (obs.method === 'POST' && !isObject(obs.body)) {
      status = 400;
      body = errorBody(
        dialect,
        400,
        typeof obs.body === 'string'
          ? 'We could not parse the JSON body of your request. (lintel simulator)'
          : 'The request body must be a JSON object.',
      );
    } else {
      const header = ex.req.headers['x-sim-behavior'];
      try {
        return { route, resolved: this.book.resolve(obs.model, typeof header === 'string' ? header : undefined) };
      } catch (err) {
        if (!(err instanceof BadBehaviorHeader)) throw err;
        status = 400;
        body = errorBody(dialect, 400, err.message);
      }
    }
    this.sendJson(ex, status, body, id);
    return null;
  }

  private handle(ex: Exchange, obs: ObservedRequest, tooLarge: boolean): void {
    const id = `req_sim_${obs.id}`;
    const checked = this.precheck(ex, obs, tooLarge, id);
    if (!checked) return;
    const { route, resolved } = checked;
    const b = resolved.behavior;
    const outcome = this.book.decide(resolved, this.rng);
    const latency = b.latencyMs ?? 0;

    if (outcome.kind === 'error') {
      const { status } = outcome;
      ex.after(latency, () => this.sendError(ex, route.dialect, status, b, id));
      return;
    }
    if (outcome.kind === 'fault' && this.applyEarlyFault(ex, outcome.fault, latency, id)) return;

    const plan = route.handler(obs.body, {
      rng: this.rng,
      outputTokens: b.outputTokens ?? DEFAULT_OUTPUT_TOKENS,
      wrongRate: b.wrongRate,
    });
    const fault = outcome.kind === 'fault' ? outcome.fault : null;
    if (plan.kind === 'json') {
      ex.after(latency, () => {
        if (fault && plan.status === 200) this.sendBrokenJson(ex, plan.body, fault, id);
        else this.sendJson(ex, plan.status, plan.body, id);
      });
      return;
    }
    ex.res.writeHead(200, sseHeaders(id));
    if (latency > 0) ex.res.flushHeaders();
    let frames = plan.frames;
    if (fault === 'malformed-chunk')
      frames = [...frames.slice(0, 2), { data: plan.malformed, tick: false }, ...frames.slice(2)];
    else if (fault === 'reset-mid-stream') frames = frames.slice(0, 3);
    if (fault) this.stats.faults++;
    const pace = { ttftMs: b.ttftMs ?? 0, tokensPerSecond: b.tokensPerSecond ?? 0 };
    ex.after(latency, () => playFrames(ex, frames, pace, fault === 'reset-mid-stream' ? 'reset' : 'end'));
  }

  /** Faults that need no generated answer. Returns false for the mid-stream ones. */
  private applyEarlyFault(ex: Exchange, fault: SimFault, latency: number, id: string): boolean {
    switch (fault) {
      case 'hang':
        this.stats.faults++;
        return true; // never answer; the close handler clears up when the client gives up
      case 'reset':
        this.stats.faults++;
        ex.after(latency, () => ex.destroy(true));
        return true;
      case 'malformed':
        this.stats.faults++;
        ex.after(latency, () => this.sendJson(ex, 200, MALFORMED_BODY, id));
        return true;
      default:
        return false;
    }
  }

  /** A JSON answer hit by a streaming fault: cut mid-body (reset) or truncated into invalid JSON. */
  private sendBrokenJson(ex: Exchange, body: string, fault: string, id: string): void {
    this.stats.faults++;
    const half = body.slice(0, Math.floor(body.length / 2));
    if (fault === 'reset-mid-stream') {
      ex.res.writeHead(200, { ...jsonHeaders(id), 'content-length': Buffer.byteLength(body) });
      ex.res.write(half, () => ex.destroy(false));
    } else {
      this.sendJson(ex, 200, half, id);
    }
  }

  private sendError(ex: Exchange, dialect: Dialect, status: number, b: SimBehavior, id: string): void {
    const headers: OutgoingHttpHeaders = jsonHeaders(id);
    if ((status === 429 || status === 503) && b.retryAfterSeconds !== undefined) {
      headers['retry-after'] = String(b.retryAfterSeconds);
      headers['retry-after-ms'] = String(Math.round(b.retryAfterSeconds * 1000));
    }
    this.send(ex, status, errorBody(dialect, status), headers);
  }

  private sendJson(ex: Exchange, status: number, body: string, id: string): void {
    this.send(ex, status, body, jsonHeaders(id));
  }

  private send(ex: Exchange, status: number, body: string, headers: OutgoingHttpHeaders): void {
    if (ex.closed) return;
    if (status >= 400) this.stats.errors++;
    headers['content-length'] = Buffer.byteLength(body);
    ex.res.writeHead(status, headers);
    ex.res.end(body);
  }

  private checkAuth(req: IncomingMessage, dialect: Dialect): string | null {
    const key = this.opts.apiKey;
    if (!key) return null;
    const auth = req.headers.authorization;
    if (auth === `Bearer ${key}`) return null;
    if (dialect === 'anthropic') {
      const xKey = req.headers['x-api-key'];
      if (xKey === key) return null;
      return xKey || auth ? 'invalid x-api-key' : 'x-api-key header is required';
    }
    return auth
      ? 'Incorrect API key provided. You can find your API key in your Lintel simulator configuration.'
      : "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).";
  }
}

function jsonHeaders(id: string): OutgoingHttpHeaders {
  return { 'content-type': 'application/json', 'x-simulator': 'lintel', 'x-request-id': id, 'request-id': id };
}

function sseHeaders(id: string): OutgoingHttpHeaders {
  return {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-simulator': 'lintel',
    'x-request-id': id,
    'request-id': id,
  };
}
