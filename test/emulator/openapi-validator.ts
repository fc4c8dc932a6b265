/**
 * Validates emulator responses against the response schemas of
 * spec/clerk-oauth-applications.openapi.yaml. Statuses the spec does not list for an operation
 * (401, 405, 413, 415, 429, 5xx) are checked against ClerkErrors, the shape every Clerk error has.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import yaml from 'js-yaml';

const SPEC_PATH = fileURLToPath(new URL('../../spec/clerk-oauth-applications.openapi.yaml', import.meta.url));
const SPEC_ID = 'clerk-openapi';
const SERVER_PREFIX = '/v1';

interface MediaType {
  schema?: { $ref?: string };
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaType>;
}
interface OperationObject {
  operationId: string;
  responses: Record<string, ResponseObject>;
}
interface Spec {
  paths: Record<string, Record<string, OperationObject>>;
  components: { responses: Record<string, ResponseObject>; schemas: Record<string, unknown> };
}

export interface ValidationResult {
  valid: boolean;
  operationId: string;
  /** The schema (component name) the body was checked against. */
  schema: string;
  errors: string[];
}

export class OpenApiValidator {
  readonly spec: Spec;
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly routes: { method: string; pattern: RegExp; operation: OperationObject }[] = [];

  constructor(specPath = SPEC_PATH) {
    this.spec = yaml.load(readFileSync(specPath, 'utf8')) as Spec;
    // strict: false lets OpenAPI-only keywords (example, deprecated) through; Ajv implements
    // OpenAPI's `nullable` natively.
    this.ajv = new Ajv({ strict: false, allErrors: true });
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
    this.ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
    this.ajv.addSchema({ components: this.spec.components }, SPEC_ID);
    for (const [template, methods] of Object.entries(this.spec.paths)) {
      const pattern = new RegExp(
        `^${SERVER_PREFIX}${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\//g, '\\/')}$`,
      );
      for (const [method, operation] of Object.entries(methods)) {
        this.routes.push({ method: method.toUpperCase(), pattern, operation });
      }
    }
  }

  operationFor(method: string, path: string): OperationObject | undefined {
    const bare = path.split('?')[0] ?? '';
    return this.routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(bare))?.operation;
  }

  /** Name of the component schema the spec gives for this operation and status. */
  schemaNameFor(operation: OperationObject, status: number): string {
    let response = operation.responses[String(status)] ?? operation.responses.default;
    if (!response) {
      if (status >= 400) return 'ClerkErrors';
      throw new Error(`${operation.operationId}: the spec has no response for status ${status}`);
    }
    if (response.$ref) {
      const name = response.$ref.replace('#/components/responses/', '');
      const resolved = this.spec.components.responses[name];
      if (!resolved) throw new Error(`unresolved ${response.$ref}`);
      response = resolved;
    }
    const ref = response.content?.['application/json']?.schema?.$ref;
    if (!ref) throw new Error(`${operation.operationId} ${status}: no application/json schema reference`);
    return ref.replace('#/components/schemas/', '');
  }

  validateSchema(schemaName: string, body: unknown): string[] {
    let validate = this.compiled.get(schemaName);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${schemaName}` });
      this.compiled.set(schemaName, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }

  validate(method: string, path: string, status: number, body: unknown): ValidationResult {
    const operation = this.operationFor(method, path);
    if (!operation) {
      // Unknown routes and wrong methods are not in the spec; any error still has Clerk's shape.
      const errors = status >= 400 ? this.validateSchema('ClerkErrors', body) : ['no operation in spec'];
      return { valid: errors.length === 0, operationId: '(none)', schema: 'ClerkErrors', errors };
    }
    const schema = this.schemaNameFor(operation, status);
    const errors = this.validateSchema(schema, body);
    return { valid: errors.length === 0, operationId: operation.operationId, schema, errors };
  }
}

let shared: OpenApiValidator | undefined;
export function openApiValidator(): OpenApiValidator {
  shared ??= new OpenApiValidator();
  return shared;
}
