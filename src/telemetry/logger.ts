// pino JSON logger with secrets masked: auth headers on serialized requests (pino redact paths), secret keys
// at any depth of plain objects (a copy-on-write walk), and key/bearer patterns in messages and errors.

import pino, { type DestinationStream, type Logger } from 'pino';
import { redactSecretKeys, redactSecrets } from './secrets.ts';

export { redactSecrets } from './secrets.ts';

export interface LoggerOptions {
  /** pino level or "silent"; default LINTEL_LOG_LEVEL, else "info". */
  level?: string;
  /** Where lines go; default stdout. */
  destination?: DestinationStream;
}

const AUTH_HEADERS = ['authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'cookie', 'set-cookie'];

// Request objects are class instances the key walk skips; their serialized headers are masked by path.
// Explicit paths only: wildcard paths cost pino hundreds of µs per line.
const REDACT_PATHS = ['req', 'request', 'res', 'response'].flatMap((top) =>
  AUTH_HEADERS.map((h) => `${top}.headers["${h}"]`),
);

const stdErr = pino.stdSerializers.err;

function errSerializer(err: Error): ReturnType<typeof stdErr> {
  const out = stdErr(err);
  if (typeof out.message === 'string') out.message = redactSecrets(out.message);
  if (typeof out.stack === 'string') out.stack = redactSecrets(out.stack);
  return out;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? process.env.LINTEL_LOG_LEVEL ?? 'info';
  if (level !== 'silent' && !(level in pino.levels.values)) {
    throw new Error(`invalid log level "${level}": use one of ${Object.keys(pino.levels.values).join(', ')}, silent`);
  }
  const logger = pino(
    {
      level,
      base: { service: 'lintel' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      serializers: { err: errSerializer, error: errSerializer },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redactSecretKeys(object),
      },
      hooks: {
        // Format arguments and messages are free text: mask key and bearer patterns in them.
        logMethod(args, method) {
          for (let i = 0; i < args.length; i++) {
            const arg = args[i];
            if (typeof arg === 'string') args[i] = redactSecrets(arg);
          }
          return method.apply(this, args);
        },
      },
    },
    options.destination,
  );
  // pino applies no formatter to child bindings: mask them on the way in. Children inherit this method.
  const child = logger.child;
  logger.child = function maskedChild(this: Logger, bindings, childOptions) {
    return child.call(this, redactSecretKeys(bindings), childOptions);
  } as Logger['child'];
  return logger;
}
