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
 * Without a destination, stdout written asynchronously: pino's default writes every line with
 * its own synchronous system call, which cost more CPU per request than the GraphQL work on a
 * loaded gateway. Lines that arrive while a write is in flight go out together with the next one;
 * pino flushes what is left when the process exits.
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

function bufferedStdout(): DestinationStream {
  const destination = pino.destination({ dest: 1, sync: true, minLength: 8 * 1024 });
  setInterval(() => destination.flush(), LOG_FLUSH_INTERVAL_MS).unref();
  return destination;
}
