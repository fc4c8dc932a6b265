import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

/**
 * ISO strings of recently written timestamps. The same objects come back request after request,
 * each with two timestamps, and building the string is the costly part of the scalar.
 * Bounded: emptied when full.
 */
const isoByMillis = new Map<number, string>();
const ISO_CACHE_LIMIT = 10_000;

function toIsoString(millis: number): string {
  let iso = isoByMillis.get(millis);
  if (iso === undefined) {
    iso = new Date(millis).toISOString();
    if (isoByMillis.size >= ISO_CACHE_LIMIT) isoByMillis.clear();
    isoByMillis.set(millis, iso);
  }
  return iso;
}

/** Clerk sends Unix milliseconds; callers get ISO-8601 in UTC. */
builder.scalarType('DateTime', {
  description: 'ISO-8601 date-time in UTC, e.g. 2026-11-26T12:00:00.000Z (Clerk sends Unix milliseconds).',
  serialize: (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new GraphQLError('DateTime cannot represent a non-numeric timestamp');
    return toIsoString(value);
  },
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO-8601 string');
    return parseIsoDate(ast.value);
  },
});

function parseIsoDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 string');
  return date;
}
