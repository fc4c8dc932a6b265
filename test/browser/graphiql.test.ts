import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_APPLICATIONS } from '../../src/emulator/seed.js';
import { launchChromium } from './chromium.js';
import { startGatewayProcess, type GatewayProcess } from './gateway-process.js';

/**
 * GraphiQL as a developer meets it: the gateway started as `npm start` starts it, its page opened
 * in a real (headless) Chromium from Debian's `chromium` package. The page may reach the gateway
 * only: every other request is refused, so the test never leaves the machine and proves that
 * GraphiQL works offline.
 */
const SCREENSHOT = fileURLToPath(new URL('../artifacts/graphiql.png', import.meta.url));
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const CDN_PATTERN = /https?:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net|esm\.sh|cdnjs\.cloudflare\.com)[^\s"'<>)]*/g;
const UI_TIMEOUT = 30_000;

let gateway: GatewayProcess;
let browser: Browser | undefined;
let page: Page;
const refusedRequests: string[] = [];

beforeAll(async () => {
  gateway = await startGatewayProcess();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOOPBACK_HOSTS.has(url.hostname)) return route.continue();
    refusedRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
});

/** Editor and result text as shown: Monaco renders spaces as no-break spaces. */
async function shownText(selector: string): Promise<string> {
  return (await page.locator(selector).first().innerText()).replace(/\u00a0/g, ' ');
}

describe('GraphiQL in Chromium', () => {
  it('serves a page that loads nothing from a CDN', async () => {
    const html = await (await fetch(gateway.endpoint, { headers: { accept: 'text/html' } })).text();
    const cdnUrls = [...new Set(html.match(CDN_PATTERN) ?? [])];
    expect(
      cdnUrls,
      'GraphiQL loads its JS/CSS from a CDN, so it cannot work offline (nor in this test, which refuses every non-loopback request). ' +
        "Serve it from the installed @graphql-yoga/render-graphiql package: createYoga({ renderGraphiQL, ... }) in src/server.ts.",
    ).toEqual([]);
  });

  it('runs the first default tab, documents the schema and switches tabs', async () => {
    await page.goto(gateway.endpoint, { waitUntil: 'load', timeout: UI_TIMEOUT });
    expect(refusedRequests, 'the GraphiQL page needs off-machine resources, refused here: it cannot work offline').toEqual([]);
    const queryEditor = '.graphiql-editor[data-mode-id="graphql"] .view-lines';
    await page.waitForSelector(queryEditor, { timeout: UI_TIMEOUT });

    // The first default tab is active and holds ListOAuthApplications.
    const activeTab = page.locator('.graphiql-tab-active');
    await expect.poll(() => activeTab.innerText(), { timeout: UI_TIMEOUT }).toContain('ListOAuthApplications');
    await expect.poll(() => shownText(queryEditor), { timeout: UI_TIMEOUT }).toContain('query ListOAuthApplications');

    // Run it: the result pane shows the connection and a seeded application.
    await page.getByRole('button', { name: /^Execute query/ }).click();
    const seededNames = SEED_APPLICATIONS.map((application) => application.name);
    await page.waitForFunction(
      (names) => {
        const text = (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\u00a0/g, ' ');
        return text.includes('"OAuthApplicationConnection"') && names.some((name) => text.includes(`"${name}"`));
      },
      seededNames,
      { timeout: UI_TIMEOUT },
    );

    // The docs explorer documents Query.oauthApplications.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).click();
    await docs.locator('.graphiql-doc-explorer-title', { hasText: /^Query$/ }).waitFor({ timeout: UI_TIMEOUT });
    await docs.locator('a.graphiql-doc-explorer-field-name', { hasText: /^oauthApplications$/ }).waitFor({ timeout: UI_TIMEOUT });

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`GraphiQL screenshot: ${SCREENSHOT}`);

    // Another default tab, opened with one mouse click as a developer would: its query is there.
    // GraphiQL 5 leaves stale drag transforms on its tabs, hidden by `.graphiql-tab:not(:focus-within)
    // {transform:none!important}`; the mousedown focuses the tab, the transform applies, the tab moves
    // away from the pointer and the click is lost. The gateway's GraphiQL page must neutralise that.
    await page.locator('.graphiql-tab-button[title="GetOAuthApplication"]').click();
    await expect
      .poll(() => activeTab.innerText(), {
        timeout: 5_000,
        message: 'one click on the GetOAuthApplication tab did not switch to it (GraphiQL stale tab transforms: see the comment above)',
      })
      .toContain('GetOAuthApplication');
    await expect.poll(() => shownText(queryEditor), { timeout: UI_TIMEOUT }).toContain('query GetOAuthApplication($id: ID!)');

    expect(refusedRequests, 'the page tried to leave the machine').toEqual([]);
  }, 120_000);
});
