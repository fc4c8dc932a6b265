import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Structured JSON logs. Nothing the gateway logs carries a secret by construction (errors have
 * fixed or Clerk-given messages, requests are logged by operation name only); the redaction list
 * is a second line of defence should a field with such a name ever reach a log call.
 */
export const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'secretKey',
  '*.secretKey',
  'client_secret',
  '*.client_secret',
  'clientSecret',
  '*.clientSecret',
  'token',
  '*.token',
];

/**
 * Without a destination, stdout in batches: pino's default destination makes one write per line,
 * handed to libuv's thread pool, which on a one-CPU replica competes with the requests. Lines are
 * buffered up to 8 KB and flushed at least every 500 ms and when the process exits.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'clerk-oauth-graphql-gateway' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? bufferedStdout(),
  );
}

const LOG_FLUSH_INTERVAL_MS = 500;

let stdoutDestination: ReturnType<typeof pino.destination> | undefined;

/** One buffered stdout for every logger of the process, flushed on a timer and when it exits. */
function bufferedStdout(): DestinationStream {
  if (stdoutDestination === undefined) {
    const destination = pino.destination({ dest: 1, sync: true, minLength: 8 * 1024 });
    setInterval(() => destination.flush(), LOG_FLUSH_INTERVAL_MS).unref();
    process.once('exit', () => destination.flushSync());
    stdoutDestination = destination;
  }
  return stdoutDestination;
}
