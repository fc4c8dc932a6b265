/**
 * Which part of the stack a profiled function belongs to, from its script URL: the groups the
 * summary adds self time up by (graphql-js, Yoga and whatwg-node, undici, JSON, Pothos, our src…).
 */
import { pathToFileURL } from 'node:url';

export interface Category {
  readonly group: string;
  readonly detail: string;
}

const PROJECT = pathToFileURL(`${process.cwd()}/`).href;
/** Compiled targets run from here; their files count as the sources they came from. */
const BUILD = `${PROJECT}bench/results/build.tmp/`;

const PACKAGE_GROUPS: readonly [RegExp, string][] = [
  [/^graphql$/, 'graphql-js (parse, validate, types)'],
  [/^@graphql-tools\/.*$/, 'GraphQL execution (@graphql-tools/executor, utils)'],
  [/^(graphql-yoga|@graphql-yoga\/.*|@whatwg-node\/.*|@envelop\/.*|urlpattern-polyfill|@repeaterjs\/.*|@fastify\/busboy)$/, 'Yoga / envelop / whatwg-node'],
  [/^undici$/, 'undici'],
  [/^@pothos\/.*$/, 'Pothos'],
  [/^@escape\.tech\/.*$/, 'graphql-armor (operation limits)'],
  [/^dataloader$/, 'dataloader'],
  [/^(pino|pino-.*|@pinojs\/.*|sonic-boom|thread-stream|fast-redact|quick-format-unescaped|on-exit-leak-free|atomic-sleep|safe-stable-stringify)$/, 'pino (logging)'],
  [/^(prom-client|tdigest|bintrees)$/, 'prom-client (metrics)'],
  [/^@opentelemetry\/.*$/, 'OpenTelemetry (tracing)'],
  [/^(tsx|esbuild|get-tsconfig)$/, 'tsx loader'],
];

/** Node's own modules, split where the split says something: signals and async context apart from I/O. */
function nodeCore(module: string): Category {
  if (/abort_controller|domexception|event_target/.test(module)) return { group: 'Node AbortSignal / DOMException / EventTarget', detail: module };
  if (/async_hooks|async_local_storage|promise_hooks/.test(module)) return { group: 'Node async_hooks (AsyncLocalStorage)', detail: module };
  return { group: 'Node core (http, net, streams, timers)', detail: module };
}

function packageOf(url: string): { name: string; rest: string } | null {
  const index = url.lastIndexOf('/node_modules/');
  if (index < 0) return null;
  const parts = url.slice(index + '/node_modules/'.length).split('/');
  const scoped = parts[0]?.startsWith('@') ?? false;
  const name = scoped ? `${parts[0]}/${parts[1]}` : (parts[0] ?? '');
  return { name, rest: parts.slice(scoped ? 2 : 1).join('/') };
}

/** `scriptId` "0" marks V8's own builtins; code with a script but no URL was built at run time (eval / new Function). */
export function categorise(url: string, functionName: string, scriptId: string): Category {
  if (functionName === '(idle)' || functionName === '(root)') return { group: 'idle', detail: functionName };
  if (functionName === '(garbage collector)') return { group: 'GC', detail: 'garbage collector' };
  if (functionName === '(program)') return { group: 'V8 / native (program)', detail: '(program)' };
  if (url === '' && scriptId !== '0') return { group: 'run-time compiled code (graphql-jit)', detail: functionName || '(anonymous)' };
  if (url === '') {
    return functionName === 'stringify' || functionName === 'parse'
      ? { group: 'JSON (native)', detail: `JSON.${functionName}` }
      : { group: 'native builtins', detail: functionName || '(anonymous)' };
  }
  if (url.startsWith('node:')) return nodeCore(url.replace(/^node:(internal\/)?/, ''));
  const pkg = packageOf(url);
  if (pkg !== null) {
    const group = PACKAGE_GROUPS.find(([pattern]) => pattern.test(pkg.name))?.[1] ?? 'other packages';
    const detail = pkg.name === 'graphql' ? `graphql/${pkg.rest.split('/')[0]}` : pkg.name;
    return { group, detail };
  }
  const source = url.startsWith(BUILD) ? PROJECT + url.slice(BUILD.length) : url;
  if (source.startsWith(`${PROJECT}src/`)) {
    const relative = source.slice(PROJECT.length);
    const folder = relative.split('/').length > 2 ? relative.split('/').slice(0, 2).join('/') : relative;
    return { group: 'our src/', detail: folder };
  }
  if (source.startsWith(`${PROJECT}bench/`)) return { group: 'bench target code', detail: source.slice(PROJECT.length) };
  return { group: 'other', detail: url };
}
