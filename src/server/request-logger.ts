// Fastify's per-request logger (`req.log`, `reply.log`), made when it is first used. Fastify makes a pino child
// with the request id bound for every request; through the node logger's own `child` (which masks the bindings)
// that is ≈ 1.5–2 µs of a search's CPU, and almost no request logs anything (the request record covers requests;
// a 500 is logged through `req.log`). The child is made from the same logger, bindings and options, on the first
// call, so what a request logs is what the eager child would have logged.
import type { FastifyBaseLogger } from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];
type LogArgs = Parameters<FastifyBaseLogger['info']>;

export class LazyRequestLogger {
  private made: FastifyBaseLogger | undefined = undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly childBindings: Bindings,
    private readonly childOptions: ChildOptions,
  ) {}

  /** The pino child this logger stands for (made on first use). */
  real(): FastifyBaseLogger {
    if (this.made === undefined) this.made = this.parent.child(this.childBindings, this.childOptions);
    return this.made;
  }

  get level(): string {
    return this.real().level;
  }

  set level(level: string) {
    this.real().level = level;
  }

  fatal(...args: LogArgs): void {
    this.real().fatal(...args);
  }
  error(...args: LogArgs): void {
    this.real().error(...args);
  }
  warn(...args: LogArgs): void {
    this.real().warn(...args);
  }
  info(...args: LogArgs): void {
    this.real().info(...args);
  }
  debug(...args: LogArgs): void {
    this.real().debug(...args);
  }
  trace(...args: LogArgs): void {
    this.real().trace(...args);
  }
  silent(...args: LogArgs): void {
    this.real().silent(...args);
  }

  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.real().child(bindings, options);
  }

  /** pino's own methods beyond Fastify's logger interface, for callers that use them. */
  isLevelEnabled(level: string): boolean {
    return (this.real() as unknown as { isLevelEnabled(l: string): boolean }).isLevelEnabled(level);
  }

  bindings(): Record<string, unknown> {
    return (this.real() as unknown as { bindings(): Record<string, unknown> }).bindings();
  }

  flush(cb?: (err?: Error) => void): void {
    (this.real() as unknown as { flush(cb?: (err?: Error) => void): void }).flush(cb);
  }
}

/** Fastify `childLoggerFactory`: the request's logger, made lazily (see LazyRequestLogger). */
export function lazyChildLoggerFactory(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildOptions,
): FastifyBaseLogger {
  return new LazyRequestLogger(logger, bindings, options) as unknown as FastifyBaseLogger;
}
