import { Kind, parse } from 'graphql';

/** How many operation names, beyond the known ones, get a label value of their own. */
export const MAX_FIRST_SEEN_OPERATIONS = 100;
/** The label value of every operation name past that bound. */
export const OTHER_OPERATIONS = 'other';
/** Operation names are cut to this length in logs and labels. */
export const MAX_OPERATION_NAME_LENGTH = 64;
/** Values the gateway sets itself: an operation without a name, a request that executed nothing. */
const FIXED_LABELS = ['anonymous', 'unknown'];

/**
 * The value of the `operation` label for an operation name. Callers choose operation names, and each
 * value is a set of series Prometheus keeps and /metrics prints on every scrape, for the life of the
 * process: unbounded, a stream of invented names grows both for good.
 *
 * What an operator wants from the label is latency and errors per operation their clients send, so
 * it is kept, bounded: names the gateway knows (its trusted documents, GraphiQL's tabs) always get
 * their own value; so do the first names seen beyond those, up to a fixed number, so that a gateway
 * without trusted documents still tells its clients' operations apart; every later name counts as
 * `other`. Logs keep the real name. With trusted documents nothing else can run, so every name is known.
 */
export class OperationLabels {
  private readonly labelled: Set<string>;
  private firstSeen = 0;

  constructor(
    known: Iterable<string> = [],
    private readonly maxFirstSeen = MAX_FIRST_SEEN_OPERATIONS,
  ) {
    this.labelled = new Set([...FIXED_LABELS, ...known]);
  }

  of(operationName: string): string {
    if (this.labelled.has(operationName)) return operationName;
    if (this.firstSeen >= this.maxFirstSeen) return OTHER_OPERATIONS;
    this.firstSeen++;
    this.labelled.add(operationName);
    return operationName;
  }
}

/** The names of the operations in these documents; a document that does not parse names none. */
export function operationNamesOf(documents: Iterable<string>): string[] {
  const names: string[] = [];
  for (const document of documents) {
    try {
      for (const definition of parse(document, { noLocation: true }).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.push(definition.name.value.slice(0, MAX_OPERATION_NAME_LENGTH));
      }
    } catch {
      // Not a document: it runs nothing, so it names no operation.
    }
  }
  return names;
}
