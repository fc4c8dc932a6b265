import { readdirSync, readFileSync } from 'node:fs';
import { DockerfileParser, Env } from 'dockerfile-ast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { ClerkClient } from '../../src/clerk/client.js';
import { ConfigError, ENVIRONMENT_VARIABLES, loadConfig } from '../../src/config.js';
import { createEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { createGateway, type Gateway } from '../../src/app.js';
import { READINESS_CHECK_TIMEOUT_MS } from '../../src/http/readiness.js';
import { requestOnce } from '../support/serve-gateway.js';

/**
 * No Docker engine or cluster runs here: docker-compose.yml and deploy/kubernetes/ are parsed and
 * cross-checked against the code (variable names, port, served probe paths, drain time) and against
 * each other (Secret keys, Service ports, selectors, HPA target, kustomization).
 */
const root = new URL('../../', import.meta.url);
const kubernetesDir = new URL('deploy/kubernetes/', root);
const read = (url: URL) => readFileSync(url, 'utf8');

// ---- The Dockerfile: the image's port and user -------------------------------------------------
const dockerInstructions = DockerfileParser.parse(read(new URL('Dockerfile', root))).getInstructions();
const finalStage = dockerInstructions.slice(dockerInstructions.findLastIndex((instruction) => instruction.getKeyword() === 'FROM'));
const exposed = finalStage.filter((instruction) => instruction.getKeyword() === 'EXPOSE').map((instruction) => instruction.getArgumentsContent());
const imageEnv = new Map(
  finalStage.flatMap((instruction) => (instruction instanceof Env ? instruction.getProperties().map((property) => [property.getName(), property.getValue()] as const) : [])),
);
/** The one port the image exposes. */
const imagePort = Number(exposed[0]);

// ---- The process: how long it drains after SIGTERM ---------------------------------------------
const drainMatch = /const SHUTDOWN_GRACE_MS = ([\d_]+);/.exec(read(new URL('src/main.ts', root)));
const drainSeconds = drainMatch ? Number(drainMatch[1]!.replaceAll('_', '')) / 1000 : Number.NaN;
/** The readiness check's own timeout on its Clerk call. */
const readinessCheckTimeoutSeconds = READINESS_CHECK_TIMEOUT_MS / 1000;

// ---- Kubernetes shapes (only the fields checked) ----------------------------------------------
type Labels = Record<string, string>;
interface Probe {
  httpGet?: { path?: string; port?: number | string };
  exec?: { command?: string[] };
  tcpSocket?: { port?: number | string };
  timeoutSeconds?: number;
  periodSeconds?: number;
  failureThreshold?: number;
}
interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  capabilities?: { drop?: string[] };
  seccompProfile?: { type?: string };
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}
interface Container {
  name: string;
  image: string;
  args?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { secretRef?: { name: string }; configMapRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { preStop?: { exec?: { command?: string[] }; sleep?: { seconds: number } } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: SecurityContext;
}
interface PodTemplate {
  metadata: { labels: Labels };
  spec: { containers: Container[]; securityContext?: SecurityContext; terminationGracePeriodSeconds?: number };
}
interface NetworkPolicyPeer {
  podSelector?: { matchLabels?: Labels };
  namespaceSelector?: unknown;
  ipBlock?: unknown;
}
interface NetworkPolicyRule {
  from?: NetworkPolicyPeer[];
  ports?: { protocol?: string; port?: number | string }[];
}
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Labels };
  spec?: {
    replicas?: number;
    selector?: Record<string, unknown>;
    template?: PodTemplate;
    type?: string;
    ports?: { name?: string; port: number; targetPort?: number | string }[];
    scaleTargetRef?: { apiVersion: string; kind: string; name: string };
    minReplicas?: number;
    maxReplicas?: number;
    metrics?: { type: string; resource?: { name: string; target: { type: string; averageUtilization?: number } } }[];
    minAvailable?: number | string;
    podSelector?: { matchLabels?: Labels };
    policyTypes?: string[];
    ingress?: NetworkPolicyRule[];
  };
  stringData?: Record<string, string>;
  data?: Record<string, string>;
}
interface Kustomization {
  kind: 'Kustomization';
  resources?: string[];
  images?: { name: string; newName?: string; newTag?: string }[];
}

const manifestFiles = readdirSync(kubernetesDir).filter((file) => /\.ya?ml$/.test(file));
const documents = manifestFiles.flatMap((file) =>
  parseAllDocuments(read(new URL(file, kubernetesDir))).map((document) => ({ file, errors: document.errors.map(String), value: document.toJS() as unknown })),
);
const kustomization = documents.find((document) => (document.value as { kind?: string } | null)?.kind === 'Kustomization')?.value as Kustomization | undefined;
const manifests = documents.filter((document) => document.value !== null && document.value !== kustomization).map((document) => document.value as Manifest);

const find = (kind: string, name?: string) => manifests.filter((manifest) => manifest.kind === kind && (name === undefined || manifest.metadata.name === name));
const only = <T>(items: T[], what: string): T => {
  expect(items, `exactly one ${what}`).toHaveLength(1);
  return items[0]!;
};
const selectorOf = (manifest: Manifest): Labels => {
  const selector = manifest.spec?.selector ?? {};
  // Deployments and PodDisruptionBudgets nest the labels under matchLabels; Services do not.
  return (typeof selector.matchLabels === 'object' && selector.matchLabels !== null ? selector.matchLabels : selector) as Labels;
};
const selects = (selector: Labels, labels: Labels) => Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels[key] === value);

const deployments = find('Deployment');
/** The gateway's Deployment: the one whose container has a port named http (Redis's is named redis). */
const gatewayDeployment = (): Manifest => only(deployments.filter((deployment) => deployment.spec!.template!.spec.containers.some((container) => container.ports?.some((port) => port.name === 'http'))), 'Deployment with an http port');
const gatewayContainer = (): Container => only(gatewayDeployment().spec!.template!.spec.containers, 'gateway container');
const envOf = (container: Container) => new Map((container.env ?? []).map((variable) => [variable.name, variable] as const));
/** A named or numbered container port, resolved to its number (undefined when no such port). */
const resolvePort = (container: Container, port: number | string | undefined) =>
  typeof port === 'number' ? container.ports?.find((candidate) => candidate.containerPort === port)?.containerPort : container.ports?.find((candidate) => candidate.name === port)?.containerPort;

// ---- docker-compose.yml -------------------------------------------------------------------------
interface ComposeService {
  build?: string | { context: string };
  image?: string;
  command?: string[] | string;
  user?: string;
  ports?: (string | { target: number; published?: number | string })[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test: string[] | string };
  stop_grace_period?: string;
  read_only?: boolean;
  cap_drop?: string[];
  security_opt?: string[];
  restart?: string;
}
const compose = parse(read(new URL('docker-compose.yml', root))) as { services: Record<string, ComposeService> };
const composeService = (name: string): ComposeService => {
  const service = compose.services[name];
  expect(service, `compose service ${name}`).toBeDefined();
  return service!;
};
const composeEnv = (service: ComposeService): Map<string, string> =>
  new Map(
    Array.isArray(service.environment)
      ? service.environment.map((entry) => [entry.split('=')[0]!, entry.slice(entry.indexOf('=') + 1)] as const)
      : Object.entries(service.environment ?? {}).map(([name, value]) => [name, String(value ?? '')] as const),
  );
const healthcheckText = (service: ComposeService) => [service.healthcheck?.test ?? []].flat().join(' ');
/** Container ports of a compose `ports:` list ("host:container", "ip:host:container/tcp" or long form). */
const composeContainerPorts = (service: ComposeService) =>
  (service.ports ?? []).map((port) => (typeof port === 'string' ? Number(port.split('/')[0]!.split(':').at(-1)) : port.target));
const durationSeconds = (duration: string) => {
  const parts = [...duration.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  expect(parts.map((part) => part[0]).join(''), `${duration} is a compose duration`).toBe(duration);
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * { ms: 0.001, s: 1, m: 60, h: 3600 }[unit as 'ms' | 's' | 'm' | 'h'], 0);
};
const bytesOf = (quantity: string) => {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|k|M|G)?$/.exec(quantity);
  expect(match, `${quantity} is a memory quantity`).not.toBeNull();
  const factor = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, k: 1e3, M: 1e6, G: 1e9 }[(match![2] ?? '') as 'Ki'] ?? 1;
  return Number(match![1]) * factor;
};
const imageRepository = (image: string) => image.replace(/@.*$/, '').replace(/:[^/:]+$/, '');
/** The host and port of a redis:// URL. */
const redisEndpoint = (url: string | undefined) => {
  const parsed = new URL(url ?? '');
  expect(parsed.protocol).toMatch(/^rediss?:$/);
  return { host: parsed.hostname, port: Number(parsed.port || 6379) };
};

describe('the files parse', () => {
  it('every YAML document in deploy/kubernetes parses into a named, labelled object', () => {
    expect(documents.flatMap((document) => document.errors.map((error) => `${document.file}: ${error}`))).toEqual([]);
    expect(kustomization, 'kustomization.yaml').toBeDefined();
    expect(manifests.length).toBeGreaterThan(0);
    for (const manifest of manifests) {
      const what = `${manifest.kind}/${manifest.metadata?.name}`;
      expect(manifest.apiVersion, what).toEqual(expect.any(String));
      expect(manifest.metadata?.name, what).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
      expect(manifest.metadata.labels, what).toMatchObject({ 'app.kubernetes.io/name': expect.any(String), 'app.kubernetes.io/part-of': 'clerk-oauth-gateway' });
    }
  });

  it('has the expected objects: a gateway Deployment, its Service, HPA, PDB and Secret, and Redis', () => {
    const name = gatewayDeployment().metadata.name;
    expect(find('Service', name)).toHaveLength(1);
    expect(find('HorizontalPodAutoscaler')).toHaveLength(1);
    expect(find('PodDisruptionBudget')).toHaveLength(1);
    expect(find('Secret')).toHaveLength(1);
    expect(find('NetworkPolicy', 'redis')).toHaveLength(1);
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual([name, 'redis'].sort());
  });

  it('every Deployment selects its own pods, and each pod label set is selected by one Deployment only', () => {
    for (const deployment of deployments) {
      const labels = deployment.spec!.template!.metadata.labels;
      expect(selects(selectorOf(deployment), labels), `${deployment.metadata.name} selects its template`).toBe(true);
      const others = deployments.filter((other) => other !== deployment && selects(selectorOf(other), labels));
      expect(others.map((other) => other.metadata.name), `other Deployments selecting ${deployment.metadata.name}'s pods`).toEqual([]);
    }
  });
});

describe('environment variables are the ones src/config.ts reads', () => {
  const unknown = (names: Iterable<string>) => [...names].filter((name) => !ENVIRONMENT_VARIABLES.includes(name));

  it('docker-compose.yml', () => {
    const names = [...composeEnv(composeService('gateway')).keys()];
    expect(names.length).toBeGreaterThan(0);
    expect(unknown(names)).toEqual([]);
  });

  it('the Deployment: plain, secret-backed and envFrom variables, each set once', () => {
    const container = gatewayContainer();
    const names = (container.env ?? []).map((variable) => variable.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name, index) => names.indexOf(name) !== index), 'variables set twice').toEqual([]);
    // envFrom exposes every key of the Secret or ConfigMap as a variable.
    const fromSources = (container.envFrom ?? []).flatMap((source) => {
      const ref = source.secretRef ?? source.configMapRef;
      const object = only(find(source.secretRef ? 'Secret' : 'ConfigMap', ref?.name), `envFrom source ${ref?.name}`);
      return Object.keys({ ...object.data, ...object.stringData });
    });
    expect(unknown([...names, ...fromSources])).toEqual([]);
  });

  it('the Secret holds only variables the gateway reads', () => {
    const secret = only(find('Secret'), 'Secret');
    expect(unknown(Object.keys({ ...secret.data, ...secret.stringData }))).toEqual([]);
  });

  it('both set NODE_ENV=production, and a REDIS_URL that reaches the Redis they define', () => {
    const composeVars = composeEnv(composeService('gateway'));
    expect(composeVars.get('NODE_ENV')).toBe('production');
    const composeRedis = redisEndpoint(composeVars.get('REDIS_URL'));
    expect(Object.keys(compose.services), 'compose service named by REDIS_URL').toContain(composeRedis.host);
    expect(composeService(composeRedis.host).image).toMatch(/^redis:/);
    expect(composeRedis.port).toBe(6379);

    const k8sVars = envOf(gatewayContainer());
    expect(k8sVars.get('NODE_ENV')?.value).toBe('production');
    const k8sRedis = redisEndpoint(k8sVars.get('REDIS_URL')?.value);
    const service = only(find('Service', k8sRedis.host), `Service ${k8sRedis.host} named by REDIS_URL`);
    const servicePort = service.spec!.ports!.find((port) => port.port === k8sRedis.port);
    expect(servicePort, `Service ${k8sRedis.host} has port ${k8sRedis.port}`).toBeDefined();
    const backend = only(deployments.filter((deployment) => selects(selectorOf(service), deployment.spec!.template!.metadata.labels)), `Deployment behind Service ${k8sRedis.host}`);
    const redisContainer = only(backend.spec!.template!.spec.containers, 'redis container');
    expect(redisContainer.image).toMatch(/^redis:/);
    expect(resolvePort(redisContainer, servicePort!.targetPort ?? servicePort!.port)).toBe(6379);
  });

  it('the configuration the files give is valid once the Secret holds real values', () => {
    const real = { CLERK_SECRET_KEY: 'sk_live_deploymentfilestest0000', GATEWAY_AUTH_TOKENS: 'a-caller-token-of-32-characters-x' };
    const composeVars = Object.fromEntries([...composeEnv(composeService('gateway'))].map(([name, value]) => [name, /^\$\{/.test(value) ? undefined : value]));
    expect(() => loadConfig({ ...composeVars, ...real })).not.toThrow();
    const k8sVars = Object.fromEntries((gatewayContainer().env ?? []).map((variable) => [variable.name, variable.value]));
    const config = loadConfig({ ...k8sVars, ...real });
    expect(config).toMatchObject({ nodeEnv: 'production', host: '0.0.0.0', port: imagePort, upstream: { mode: 'clerk' }, callerAuth: { mode: 'tokens' } });
  });
});

describe('ports', () => {
  it('the image exposes one port and listens on it', () => {
    expect(exposed).toHaveLength(1);
    expect(Number.isInteger(imagePort) && imagePort > 0).toBe(true);
    expect(Number(imageEnv.get('PORT'))).toBe(imagePort);
  });

  it('compose publishes the image port, and sets no other PORT', () => {
    const gateway = composeService('gateway');
    expect(composeContainerPorts(gateway)).toEqual([imagePort]);
    const port = composeEnv(gateway).get('PORT');
    if (port !== undefined) expect(Number(port)).toBe(imagePort);
  });

  it('the container port named http is the image port and the PORT it is given', () => {
    const container = gatewayContainer();
    expect(resolvePort(container, 'http')).toBe(imagePort);
    expect(Number(envOf(container).get('PORT')?.value ?? imageEnv.get('PORT'))).toBe(imagePort);
  });

  it('the Service selects the gateway pods only and targets the http port by name', () => {
    const deployment = gatewayDeployment();
    const service = only(find('Service', deployment.metadata.name), 'gateway Service');
    expect(service.spec!.type ?? 'ClusterIP').toBe('ClusterIP');
    const selected = deployments.filter((candidate) => selects(selectorOf(service), candidate.spec!.template!.metadata.labels));
    expect(selected.map((candidate) => candidate.metadata.name)).toEqual([deployment.metadata.name]);
    const port = only(service.spec!.ports ?? [], 'gateway Service port');
    expect(port.port).toBe(80);
    expect(port.targetPort).toBe('http');
    expect(resolvePort(gatewayContainer(), port.targetPort)).toBe(imagePort);
  });
});

describe('probes', () => {
  it('liveness and startup probe /health, readiness /ready, all on the http port', () => {
    const container = gatewayContainer();
    for (const [probe, path] of [
      ['livenessProbe', '/health'],
      ['startupProbe', '/health'],
      ['readinessProbe', '/ready'],
    ] as const) {
      expect(container[probe]?.httpGet?.path, probe).toBe(path);
      expect(resolvePort(container, container[probe]?.httpGet?.port), `${probe} port`).toBe(imagePort);
    }
  });

  it('the readiness probe waits longer than the readiness check does for Clerk', () => {
    expect(gatewayContainer().readinessProbe?.timeoutSeconds ?? 1).toBeGreaterThan(readinessCheckTimeoutSeconds);
  });

  it('the compose health check fetches /health on the image port', () => {
    const test = healthcheckText(composeService('gateway'));
    expect(test).toMatch(/^CMD /);
    expect(test).toContain(`:${imagePort}/health'`);
  });

  it('Redis is checked with redis-cli ping, and the gateway waits for it in compose', () => {
    expect(healthcheckText(composeService('redis'))).toMatch(/redis-cli ping/);
    const dependsOn = composeService('gateway').depends_on;
    expect(Array.isArray(dependsOn) ? undefined : dependsOn?.redis?.condition).toBe('service_healthy');
  });

  describe('the probed paths are the ones the gateway serves', () => {
    const key = 'sk_test_deploymentfilesprobes00000000';
    let emulator: Emulator;
    let clerk: ClerkClient;
    let gateway: Gateway;
    beforeAll(async () => {
      emulator = createEmulator({ secretKeys: [key] });
      clerk = new ClerkClient({ apiUrl: await emulator.listen(0, '127.0.0.1'), secretKey: key, rateLimit: 'off' });
      // As deployed: production, callers must authenticate; probes send no token and must still pass.
      gateway = createGateway({ clerk, callerAuth: { mode: 'tokens', tokens: ['a-caller-token-of-32-characters-x'] }, graphiql: false, production: true });
    });
    afterAll(async () => {
      await clerk?.close();
      await emulator?.close();
    });
    const status = async (target: Gateway, path: string) => (await requestOnce(target, path)).status;

    it('every HTTP probe of the Deployment and the compose health check answers 200', async () => {
      const container = gatewayContainer();
      const paths = new Set([container.livenessProbe, container.readinessProbe, container.startupProbe].map((probe) => probe?.httpGet?.path ?? '(no httpGet path)'));
      const composePath = /https?:\/\/[^/'"\s]+(\/[^'"\s)]*)/.exec(healthcheckText(composeService('gateway')))?.[1];
      paths.add(composePath ?? '(no URL in the compose health check)');
      for (const path of paths) expect(await status(gateway, path), path).toBe(200);
      // The check can fail: a path the gateway does not serve is not 200.
      expect(await status(gateway, '/healthz')).not.toBe(200);
    });

    it('liveness does not depend on Clerk, so an outage does not restart every pod', async () => {
      const unreachable = new ClerkClient({ apiUrl: 'http://127.0.0.1:1', secretKey: key, rateLimit: 'off' });
      try {
        const cut = createGateway({ clerk: unreachable, callerAuth: { mode: 'none' }, graphiql: false, production: true });
        const container = gatewayContainer();
        expect(await status(cut, container.livenessProbe?.httpGet?.path ?? '')).toBe(200);
        expect(await status(cut, container.startupProbe?.httpGet?.path ?? '')).toBe(200);
        // Readiness does: a pod whose key Clerk cannot confirm takes no traffic.
        expect(await status(cut, container.readinessProbe?.httpGet?.path ?? '')).toBe(503);
      } finally {
        await unreachable.close();
      }
    });
  });
});

describe('secrets', () => {
  it('the Secret holds exactly the keys the Deployment takes from it, each under its own name', () => {
    const secret = only(find('Secret'), 'Secret');
    const refs = (gatewayContainer().env ?? []).flatMap((variable) => (variable.valueFrom?.secretKeyRef ? [{ variable: variable.name, ...variable.valueFrom.secretKeyRef }] : []));
    expect(refs.map((ref) => ref.variable).sort()).toEqual(['CLERK_SECRET_KEY', 'GATEWAY_AUTH_TOKENS']);
    for (const ref of refs) {
      expect(ref.name, `the Secret behind ${ref.variable}`).toBe(secret.metadata.name);
      expect(ref.key, `the key behind ${ref.variable}`).toBe(ref.variable);
    }
    expect(Object.keys({ ...secret.data, ...secret.stringData }).sort()).toEqual(refs.map((ref) => ref.key).sort());
    // No secret as a plain value.
    expect(envOf(gatewayContainer()).get('CLERK_SECRET_KEY')?.value).toBeUndefined();
    expect(envOf(gatewayContainer()).get('GATEWAY_AUTH_TOKENS')?.value).toBeUndefined();
  });

  it('the example Secret holds marked placeholders that the gateway refuses to start with', () => {
    const values = only(find('Secret'), 'Secret').stringData ?? {};
    expect(Object.keys(values).length).toBeGreaterThan(0);
    for (const value of Object.values(values)) expect(value).toMatch(/REPLACE/);
    const valid = { NODE_ENV: 'production', CLERK_SECRET_KEY: 'sk_live_deploymentfilestest0000', GATEWAY_AUTH_TOKENS: 'a-caller-token-of-32-characters-x' };
    for (const [name, placeholder] of Object.entries(values)) {
      const start = () => loadConfig({ ...valid, [name]: placeholder });
      expect(start, `${name} placeholder`).toThrow(ConfigError);
      expect(start, `${name} placeholder`).toThrow(name);
    }
  });

  it('compose requires the key and the tokens from the host environment', () => {
    const env = composeEnv(composeService('gateway'));
    for (const name of ['CLERK_SECRET_KEY', 'GATEWAY_AUTH_TOKENS']) expect(env.get(name), name).toMatch(new RegExp(`^\\$\\{${name}:\\?.+\\}$`));
  });
});

/** Kubernetes CPU quantity ("500m", "1", "0.5") in cores. */
function coresOf(quantity: string): number {
  return quantity.endsWith('m') ? Number(quantity.slice(0, -1)) / 1000 : Number(quantity);
}

describe('scaling and shutdown', () => {
  it('the HPA scales the gateway Deployment on CPU between 2 and 10 replicas', () => {
    const hpa = only(find('HorizontalPodAutoscaler'), 'HorizontalPodAutoscaler');
    const deployment = gatewayDeployment();
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec!.scaleTargetRef).toEqual({ apiVersion: deployment.apiVersion, kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 10 });
    expect(hpa.spec!.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }]);
    // CPU utilisation is measured against the request: scale out before a replica is half busy
    // (at about 70% of a core, with a slow upstream, backlog and garbage collection feed each other).
    const resources = gatewayContainer().resources!;
    const scaleOutAt = (coresOf(resources.requests!.cpu!) * 70) / 100;
    expect(scaleOutAt).toBeLessThanOrEqual(coresOf(resources.limits!.cpu!) / 2);
    expect(deployment.spec!.replicas).toBe(hpa.spec!.minReplicas);
  });

  it('the PodDisruptionBudget covers the gateway pods and still lets a node drain', () => {
    const pdb = only(find('PodDisruptionBudget'), 'PodDisruptionBudget');
    expect(selects(selectorOf(pdb), gatewayDeployment().spec!.template!.metadata.labels)).toBe(true);
    expect(Number(pdb.spec!.minAvailable)).toBeLessThan(only(find('HorizontalPodAutoscaler'), 'HPA').spec!.minReplicas!);
  });

  it('requests and limits are set, memory limited to 256Mi', () => {
    for (const deployment of deployments) {
      for (const container of deployment.spec!.template!.spec.containers) {
        expect(container.resources?.requests, `${container.name} requests`).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
        expect(bytesOf(container.resources?.limits?.memory ?? 'none'), `${container.name} memory limit`).toBeLessThanOrEqual(256 * 2 ** 20);
      }
    }
  });

  it('Kubernetes waits for the preStop pause and the drain before killing a pod; compose for the drain', () => {
    expect(drainSeconds, 'SHUTDOWN_GRACE_MS in src/main.ts').toBeGreaterThan(0);
    const container = gatewayContainer();
    const preStop = container.lifecycle?.preStop;
    const [command, seconds] = preStop?.exec?.command ?? ['sleep', String(preStop?.sleep?.seconds)];
    expect(command).toBe('sleep');
    expect(Number(seconds), 'preStop pause').toBeGreaterThanOrEqual(3);
    const grace = gatewayDeployment().spec!.template!.spec.terminationGracePeriodSeconds ?? 30;
    expect(grace).toBeGreaterThan(Number(seconds) + drainSeconds);
    expect(durationSeconds(composeService('gateway').stop_grace_period ?? '10s')).toBeGreaterThan(drainSeconds);
  });
});

describe('security', () => {
  it('every Kubernetes pod runs non-root, read-only, without privilege escalation or capabilities', () => {
    for (const deployment of deployments) {
      const pod = deployment.spec!.template!.spec;
      expect(pod.securityContext, deployment.metadata.name).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      expect(pod.securityContext?.runAsUser, `${deployment.metadata.name} runAsUser`).toBeGreaterThan(0);
      for (const container of pod.containers) {
        expect(container.securityContext, container.name).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
        expect(container.securityContext?.capabilities?.drop, container.name).toContain('ALL');
      }
    }
    // The image's node user.
    expect(gatewayDeployment().spec!.template!.spec.securityContext?.runAsUser).toBe(1000);
  });

  it('every compose service runs read-only, without new privileges or capabilities', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect(service.read_only, name).toBe(true);
      expect(service.cap_drop, name).toContain('ALL');
      expect(service.security_opt, name).toContain('no-new-privileges:true');
      expect(service.restart, name).toBe('unless-stopped');
    }
  });

  it('only the gateway pods may connect to Redis, and only on its port', () => {
    const redisPod = only(find('Deployment', 'redis'), 'redis Deployment').spec!.template!;
    const redisContainer = only(redisPod.spec.containers, 'redis container');
    const gatewayPodLabels = gatewayDeployment().spec!.template!.metadata.labels;
    const policies = find('NetworkPolicy').filter((policy) => selects(policy.spec?.podSelector?.matchLabels ?? {}, redisPod.metadata.labels));
    const policy = only(policies, 'NetworkPolicy selecting the Redis pods');
    expect(policy.spec!.policyTypes).toContain('Ingress');
    const rules = policy.spec!.ingress ?? [];
    expect(rules.length, 'ingress rules').toBeGreaterThan(0);
    for (const rule of rules) {
      // A rule without sources, or with namespace or address ranges, would let other pods in.
      expect(rule.from?.length, 'every rule names its sources').toBeGreaterThan(0);
      for (const peer of rule.from!) {
        expect(Object.keys(peer), 'a pod selector only, in the policy namespace').toEqual(['podSelector']);
        expect(selects(peer.podSelector?.matchLabels ?? {}, gatewayPodLabels), 'selects the gateway pods').toBe(true);
        expect(selects(peer.podSelector?.matchLabels ?? {}, redisPod.metadata.labels), 'does not select Redis itself').toBe(false);
      }
      expect(rule.ports?.length, 'every rule names its ports').toBeGreaterThan(0);
      for (const port of rule.ports!) {
        expect(port.protocol ?? 'TCP').toBe('TCP');
        expect(resolvePort(redisContainer, port.port), `port ${port.port}`).toBe(6379);
      }
    }
    // The policy admits no probe traffic: Redis's probes run inside its container.
    for (const probe of [redisContainer.readinessProbe, redisContainer.livenessProbe]) {
      expect(probe?.exec?.command, 'probe runs redis-cli in the container').toEqual(['redis-cli', 'ping']);
    }
    expect(redisEndpoint(envOf(gatewayContainer()).get('REDIS_URL')?.value).port).toBe(6379);
  });

  it('Redis keeps nothing on disk, in compose and in Kubernetes', () => {
    const optionOf = (args: readonly string[], option: string) => (args.includes(option) ? args[args.indexOf(option) + 1] : undefined);
    const composeArgs = composeService('redis').command;
    expect(Array.isArray(composeArgs), 'compose redis command in exec form').toBe(true);
    const redisDeployment = only(find('Deployment', 'redis'), 'redis Deployment');
    for (const args of [composeArgs as string[], redisDeployment.spec!.template!.spec.containers[0]!.args ?? []]) {
      expect(optionOf(args, '--save'), args.join(' ')).toBe('');
      expect(optionOf(args, '--appendonly'), args.join(' ')).toBe('no');
    }
  });
});

describe('packaging', () => {
  it('kustomization lists every manifest in the folder, and only those', () => {
    const listed = kustomization?.resources ?? [];
    expect([...listed].sort()).toEqual(manifestFiles.filter((file) => !/^kustomization\.ya?ml$/.test(file)).sort());
  });

  it('compose builds the image from this Dockerfile, and Kubernetes runs the same image', () => {
    const gateway = composeService('gateway');
    const context = typeof gateway.build === 'string' ? gateway.build : gateway.build?.context;
    expect(context).toBe('.');
    const image = gatewayContainer().image;
    expect(imageRepository(gateway.image ?? '')).toBe(imageRepository(image));
    expect((kustomization?.images ?? []).map((entry) => entry.name)).toEqual([imageRepository(image)]);
  });
});
