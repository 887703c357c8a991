// `lintel simulate`: runs the upstream simulator until SIGINT/SIGTERM.

import { type Command, InvalidArgumentError } from 'commander';
import { startSimulator } from './server.ts';
import type { SimBehavior, SimErrorStatus, SimFault, Simulator } from './types.ts';

const FAULTS: readonly SimFault[] = ['reset', 'hang', 'malformed', 'reset-mid-stream', 'malformed-chunk'];
const ERROR_STATUSES: readonly SimErrorStatus[] = [429, 500, 502, 503, 400, 401];

export interface SimulateOptions {
  port: number;
  host: string;
  latencyMs?: number;
  ttftMs?: number;
  tokensPerSecond?: number;
  outputTokens?: number;
  errorRate?: number;
  errorStatus?: SimErrorStatus;
  retryAfter?: number;
  fault?: SimFault;
  faultRate?: number;
  apiKey?: string;
}

function nonNegative(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number >= 0');
  return n;
}

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port from 0 to 65535');
  return n;
}

function rate(v: string): number {
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a probability from 0 to 1');
  return n;
}

function errorStatus(v: string): SimErrorStatus {
  const n = Number(v) as SimErrorStatus;
  if (!ERROR_STATUSES.includes(n)) throw new InvalidArgumentError(`expected one of ${ERROR_STATUSES.join(', ')}`);
  return n;
}

function fault(v: string): SimFault {
  if (!FAULTS.includes(v as SimFault)) throw new InvalidArgumentError(`expected one of ${FAULTS.join(', ')}`);
  return v as SimFault;
}

/** Only the options given on the command line become behaviour; the rest keep the simulator defaults. */
export function behaviorFromOptions(o: SimulateOptions): SimBehavior {
  const b: SimBehavior = {};
  if (o.latencyMs !== undefined) b.latencyMs = o.latencyMs;
  if (o.ttftMs !== undefined) b.ttftMs = o.ttftMs;
  if (o.tokensPerSecond !== undefined) b.tokensPerSecond = o.tokensPerSecond;
  if (o.outputTokens !== undefined) b.outputTokens = Math.floor(o.outputTokens);
  if (o.errorRate !== undefined) b.errorRate = o.errorRate;
  if (o.errorStatus !== undefined) b.errorStatus = o.errorStatus;
  if (o.retryAfter !== undefined) b.retryAfterSeconds = o.retryAfter;
  if (o.fault !== undefined) b.fault = o.fault;
  if (o.faultRate !== undefined) b.faultRate = o.faultRate;
  return b;
}

/** `log` receives the banner and shutdown lines (default: stdout); tests capture them. */
export interface SimulateDeps {
  log?: (line: string) => void;
}

const stdoutLog = (line: string) => {
  process.stdout.write(line + '\n');
};

export function registerSimulateCommand(program: Command, deps: SimulateDeps = {}): void {
  program
    .command('simulate')
    .summary('run the upstream SIMULATOR (fake OpenAI/Anthropic endpoints, not a model)')
    .description(
      'Runs a SIMULATOR of the OpenAI and Anthropic wire formats — NOT a model. It answers\n' +
        '/v1/chat/completions, /v1/embeddings, /v1/models and /v1/messages with synthetic, deterministic\n' +
        'replies that echo the prompt, for tests, chaos runs, the quickstart and benchmarks. Responses carry\n' +
        'the header `x-simulator: lintel` and `system_fingerprint: "lintel-simulator"`.\n' +
        'Per request, the header `x-sim-behavior: <JSON>` overrides the behaviour set here.',
    )
    .option('--port <port>', 'port to listen on (0 = random)', port, 4010)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--latency-ms <ms>', 'delay before response headers (JSON) / first chunk (stream)', nonNegative)
    .option('--ttft-ms <ms>', 'streaming: extra delay before the first content token', nonNegative)
    .option('--tokens-per-second <n>', 'streaming pace (0 = as fast as possible)', nonNegative)
    .option('--output-tokens <n>', 'words per reply (default 12; capped by max_tokens)', nonNegative)
    .option('--error-rate <p>', 'probability 0..1 of answering --error-status', rate)
    .option(
      '--error-status <code>',
      `status for injected errors: ${ERROR_STATUSES.join('|')} (default 503)`,
      errorStatus,
    )
    .option('--retry-after <seconds>', 'Retry-After (and retry-after-ms) sent with 429/503', nonNegative)
    .option('--fault <kind>', `inject a fault: ${FAULTS.join('|')}`, fault)
    .option('--fault-rate <p>', 'probability 0..1 that the fault applies (default 1)', rate)
    .option('--api-key <key>', 'require this key (Authorization: Bearer, or x-api-key on /v1/messages)')
    .action((o: SimulateOptions) => runSimulate(o, deps.log ?? stdoutLog));
}

/** Starts the simulator and resolves once it has closed after SIGINT or SIGTERM. */
export async function runSimulate(o: SimulateOptions, log: (line: string) => void = stdoutLog): Promise<void> {
  const sim: Simulator = await startSimulator({
    port: o.port,
    host: o.host,
    behavior: behaviorFromOptions(o),
    apiKey: o.apiKey,
    keepRequests: 0, // a long-running process must not grow; nothing reads the record here
    quiet: true, // the banner is printed below, through `log`
  });
  log(`Lintel upstream SIMULATOR (not a real model) listening on ${sim.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      log('Lintel simulator: shutting down');
      sim.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
