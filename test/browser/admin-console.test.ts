import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import { buildAndServeConsole, type ConsoleServer } from './console-server.js';
import { startGatewayProcess, type GatewayProcess } from './gateway-process.js';

/**
 * examples/admin-console in Chromium, built for production and served by `vite preview`, whose
 * proxy passes /graphql to the gateway started as `npm start` starts it (embedded emulator). Every
 * flow a user has: search, order, page both ways, create (validation error beside its field, the
 * secret shown once and copied), edit, rotate, delete, and Clerk's failures injected through the
 * emulator's fault endpoint, each shown as the page says it will be.
 */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/admin-console/', import.meta.url));
const UI_TIMEOUT = 15_000;
const PAGING_APPS = ['Paging app 1', 'Paging app 2', 'Paging app 3', 'Paging app 4'];

let gateway: GatewayProcess;
let faultsUrl: string;
let consoleServer: ConsoleServer;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
const consoleMessages: string[] = [];
const graphqlRequests: { operationName?: string; variables?: Record<string, unknown> }[] = [];
const secretsShown: string[] = [];

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch(gateway.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function injectFault(rule: Record<string, unknown>): Promise<void> {
  const response = await fetch(faultsUrl, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ enqueue: [rule] }) });
  expect(response.status).toBe(200);
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

const summary = () => page.getByTestId('list-summary');
const rowNames = () => page.locator('[data-testid="application-row"] td.name').allInnerTexts();
const dialog = () => page.getByRole('dialog');

async function expectSummary(text: string): Promise<void> {
  await expect.poll(() => summary().innerText(), { timeout: UI_TIMEOUT }).toBe(text);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  gateway = await startGatewayProcess();
  faultsUrl = (await gateway.waitForOutput(/faults: (http:\/\/\S+\/__emulator\/faults)/))[1]!;
  for (const name of PAGING_APPS) {
    await graphql('mutation Seed($name: String!) { createOAuthApplication(input: { name: $name }) { __typename } }', { name });
  }
  consoleServer = await buildAndServeConsole(new URL(gateway.endpoint).origin);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(consoleServer.url).origin });
  page = await context.newPage();
  // A step that cannot happen fails with what it waited for, before the test's own timeout.
  page.setDefaultTimeout(UI_TIMEOUT);
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') graphqlRequests.push(request.postDataJSON());
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await consoleServer?.close();
  await gateway?.stop();
});

describe('the admin console in Chromium', () => {
  it('lists the applications with their total count', async () => {
    await page.goto(consoleServer.url);
    await expectSummary('1–7 of 7 applications');
    expect(await rowNames()).toHaveLength(7);
    await screenshot('01-list');
  });

  it('searches by name', async () => {
    await page.getByRole('searchbox', { name: 'Search by name or client ID' }).fill('acme');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expectSummary('1–2 of 2 applications');
    expect((await rowNames()).sort()).toEqual(['Acme Dashboard', 'Acme Mobile']);
    await screenshot('02-search');

    await page.getByRole('searchbox', { name: 'Search by name or client ID' }).fill('');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expectSummary('1–7 of 7 applications');
  });

  it('orders by name and pages forward and back by cursor', async () => {
    await page.getByLabel('Order').selectOption({ label: 'Name A–Z' });
    await expect.poll(rowNames, { timeout: UI_TIMEOUT }).toEqual(['Acme Dashboard', 'Acme Mobile', ...PAGING_APPS, 'Partner Analytics']);

    await page.getByLabel('Per page').selectOption('5');
    await expectSummary('1–5 of 7 applications');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expectSummary('6–7 of 7 applications');
    expect(await rowNames()).toEqual(['Paging app 4', 'Partner Analytics']);
    await expect.poll(() => page.getByRole('button', { name: 'Next →' }).isDisabled()).toBe(true);
    await screenshot('03-second-page');

    await page.getByRole('button', { name: '← Previous' }).click();
    await expectSummary('1–5 of 7 applications');
    expect(await rowNames()).toEqual(['Acme Dashboard', 'Acme Mobile', 'Paging app 1', 'Paging app 2', 'Paging app 3']);
    const listRequests = graphqlRequests.filter((request) => request.operationName === 'ConsoleApplications');
    expect(listRequests.map((request) => request.variables?.['after'] ?? null)).toContainEqual(expect.any(String));

    await page.getByLabel('Order').selectOption({ label: 'Newest first' });
    await page.getByLabel('Per page').selectOption('10');
    await expectSummary('1–7 of 7 applications');
  });

  it('shows a validation error beside its field, then creates and shows the secret once, with a copy button', async () => {
    await page.getByRole('button', { name: 'New application' }).click();
    await dialog().getByLabel('Name').fill('Console test app');
    await dialog().getByLabel('Redirect URIs').fill('not a uri');
    await dialog().getByRole('button', { name: 'Create application' }).click();
    const redirectError = page.locator('#redirectUris-error');
    await redirectError.waitFor({ timeout: UI_TIMEOUT });
    expect(await redirectError.innerText()).toMatch(/redirectUris\.0 must be a valid URI/);
    expect(await dialog().getByLabel('Redirect URIs').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#name-error').count()).toBe(0);
    await screenshot('04-validation-error');

    await dialog().getByLabel('Redirect URIs').fill('https://example.com/oauth/callback');
    await dialog().getByRole('button', { name: 'Create application' }).click();
    const secretInput = dialog().getByLabel('Client secret');
    await secretInput.waitFor({ timeout: UI_TIMEOUT });
    const secret = await secretInput.inputValue();
    expect(secret.length).toBeGreaterThan(10);
    secretsShown.push(secret);
    expect(await dialog().innerText()).toContain('It will not be shown again');

    await dialog().getByRole('button', { name: 'Copy' }).click();
    await dialog().getByRole('button', { name: 'Copied' }).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await screenshot('05-secret-shown-once');

    await dialog().getByRole('button', { name: 'Done' }).click();
    await expectSummary('1–8 of 8 applications');
    expect((await rowNames())[0]).toBe('Console test app');
    expect(await page.locator('body').innerText()).not.toContain(secret);
  });

  it('edits, sending only the changed field', async () => {
    await page.getByRole('button', { name: 'Edit Console test app', exact: true }).click();
    expect(await dialog().getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    await dialog().getByLabel('Name').fill('Console test app, renamed');
    await screenshot('06-edit');
    await dialog().getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved “Console test app, renamed”.' }).waitFor({ timeout: UI_TIMEOUT });
    await expect.poll(rowNames, { timeout: UI_TIMEOUT }).toContain('Console test app, renamed');

    const update = graphqlRequests.find((request) => request.operationName === 'ConsoleUpdateApplication');
    const input = update?.variables?.['input'] as Record<string, unknown>;
    expect(Object.keys(input).sort()).toEqual(['id', 'idempotencyKey', 'name']);
    expect(input['name']).toBe('Console test app, renamed');

    // One key per action: the refused create and the corrected one were two actions, the save a third.
    const keys = graphqlRequests
      .filter((request) => ['ConsoleCreateApplication', 'ConsoleUpdateApplication'].includes(request.operationName ?? ''))
      .map((request) => (request.variables?.['input'] as Record<string, unknown>)['idempotencyKey']);
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(key).toMatch(/^[\x20-\x7e]{8,255}$/);
    expect(new Set(keys).size).toBe(3);
  });

  it('rotates the secret after a confirmation and shows the new one once', async () => {
    await page.getByRole('button', { name: 'Rotate the secret of Console test app, renamed' }).click();
    expect(await dialog().innerText()).toContain('stops working at once');
    await screenshot('07-rotate-confirmation');
    await dialog().getByRole('button', { name: 'Rotate secret' }).click();
    const secretInput = dialog().getByLabel('Client secret');
    await secretInput.waitFor({ timeout: UI_TIMEOUT });
    const secret = await secretInput.inputValue();
    expect(secret).not.toBe(secretsShown[0]);
    secretsShown.push(secret);
    await screenshot('08-rotated-secret');
    await dialog().getByRole('button', { name: 'Done' }).click();
    await dialog().waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  });

  it('deletes after a confirmation', async () => {
    await page.getByRole('button', { name: 'Delete Console test app, renamed' }).click();
    expect(await dialog().innerText()).toContain('cannot be undone');
    await screenshot('09-delete-confirmation');
    await dialog().getByRole('button', { name: 'Delete application' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted “Console test app, renamed”.' }).waitFor({ timeout: UI_TIMEOUT });
    await expectSummary('1–7 of 7 applications');
    expect(await rowNames()).not.toContain('Console test app, renamed');
  });

  it('says a create may have happened when Clerk failed after it may have acted (outcomeUnknown)', async () => {
    // The gateway looks for a create whose answer was lost; an application of the same name made
    // minutes before leaves it unable to tell, so the outcome stays unknown.
    await injectFault({ kind: 'status', status: 503, operations: ['CreateOAuthApplication'] });
    await page.getByRole('button', { name: 'New application' }).click();
    await dialog().getByLabel('Name').fill(PAGING_APPS[0]!);
    await dialog().getByRole('button', { name: 'Create application' }).click();
    const alert = dialog().locator('[data-error="UpstreamError"]');
    await alert.waitFor({ timeout: UI_TIMEOUT });
    expect(await alert.innerText()).toContain('Outcome unknown');
    expect(await alert.innerText()).toContain('look for it in the list before creating it again');
    await screenshot('10-outcome-unknown');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
  });

  it('shows not found on an edit, forbidden on a delete and unauthorized on a rotation', async () => {
    await injectFault({ kind: 'status', status: 404, operations: ['UpdateOAuthApplication'] });
    await page.getByRole('button', { name: 'Edit Acme Mobile', exact: true }).click();
    await dialog().getByLabel('Name').fill('Acme Mobile, renamed elsewhere');
    await dialog().getByRole('button', { name: 'Save changes' }).click();
    const notFound = dialog().locator('[data-error="NotFoundError"]');
    await notFound.waitFor({ timeout: UI_TIMEOUT });
    expect(await notFound.innerText()).toContain('Application not found');
    await screenshot('11-not-found');
    await dialog().getByRole('button', { name: 'Cancel' }).click();

    await injectFault({ kind: 'status', status: 403, operations: ['DeleteOAuthApplication'] });
    await page.getByRole('button', { name: 'Delete Acme Mobile', exact: true }).click();
    await dialog().getByRole('button', { name: 'Delete application' }).click();
    const forbidden = dialog().locator('[data-error="ForbiddenError"]');
    await forbidden.waitFor({ timeout: UI_TIMEOUT });
    expect(await forbidden.innerText()).toContain('Forbidden');
    await dialog().getByRole('button', { name: 'Cancel' }).click();

    await injectFault({ kind: 'status', status: 401, operations: ['RotateOAuthApplicationSecret'] });
    await page.getByRole('button', { name: 'Rotate the secret of Acme Dashboard', exact: true }).click();
    await dialog().getByRole('button', { name: 'Rotate secret' }).click();
    const unauthorized = dialog().locator('[data-error="UnauthorizedError"]');
    await unauthorized.waitFor({ timeout: UI_TIMEOUT });
    expect(await unauthorized.innerText()).toContain("Clerk rejected the gateway's secret key");
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expectSummary('1–7 of 7 applications');
  });

  // Last: a 429 with Retry-After blocks the list for that long, as Clerk does.
  it('shows a rate limit with its wait and holds the retry until it is over', async () => {
    await injectFault({ kind: 'rateLimit', retryAfterSeconds: 45, operations: ['ListOAuthApplications'] });
    await page.getByRole('button', { name: 'Refresh' }).click();
    const alert = page.locator('[data-error="RateLimitedError"]');
    await alert.waitFor({ timeout: UI_TIMEOUT });
    expect(await alert.innerText()).toContain('Wait 45 seconds before trying again');
    expect(await alert.getByRole('button', { name: /^Try again in [34]\d s$/ }).isDisabled()).toBe(true);
    await screenshot('12-rate-limited');
  });

  it('never stored or logged a secret, and met no error of its own', async () => {
    expect(consoleMessages.filter((message) => /^(error|pageerror):/.test(message))).toEqual([]);
    expect(secretsShown).toHaveLength(2);
    const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
    const logged = consoleMessages.join('\n');
    for (const secret of secretsShown) {
      expect(stored).not.toContain(secret);
      expect(logged).not.toContain(secret);
    }
  });
});
