import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/config/config';
import { createApp } from '../src/setup';

/** Debian's chromium package; .ci/run installs it. Elsewhere the test says why it did not run. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) process.stderr.write(`browser.e2e-spec: skipped, no browser at ${CHROMIUM} (apt-get install -y chromium)\n`);

const KEY = 'ropa_browser_test_bootstrap_key_0123456789';
/**
 * Serious axe findings on /docs that come from Swagger UI's own markup, not from the document: listed in the
 * README; a new one fails the test until it is looked at.
 */
const SWAGGER_UI_OWN_VIOLATIONS = [
  // Swagger UI's grey-on-white labels and method badges
  'color-contrast',
  // each operation's summary is a button holding the copy and lock buttons
  'nested-interactive',
  // the "Servers" dropdown has no label element of its own
  'select-name',
];

const AXE = createRequire(join(process.cwd(), 'package.json')).resolve('axe-core/axe.min.js');
// A browser driving Swagger UI on a busy machine: generous, but bounded.
const SLOW = 240_000;

(hasBrowser ? describe : describe.skip)('a DPO in Swagger UI, in a real Chromium', () => {
  let app: NestFastifyApplication;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  const userDataDir = mkdtempSync(join(tmpdir(), 'ropa-chromium-'));

  beforeAll(async () => {
    const config = loadConfig({
      ROPA_DATA_DIR: ':memory:',
      ROPA_BOOTSTRAP_KEY: KEY,
      ROPA_LOAD_EXAMPLE: 'true',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '100000',
      WEBHOOK_WORKER: 'false',
    });
    app = (await createApp(config, { logger: false })).app;
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      // The page under test has its own CSP; axe is injected by the test, not by the page.
      bypassCSP: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  /** Opens an operation, presses "Try it out", fills path parameters (and the body, when given), executes; answers the status and body. */
  async function execute(
    operation: string,
    params: Record<string, string> = {},
    requestBody?: string,
  ): Promise<{ status: number; body: string }> {
    const block = page.locator(`[id$="-${operation}"].opblock`);
    await block.locator('.opblock-summary').first().click();
    await block.locator('button.try-out__btn').click();
    for (const [name, value] of Object.entries(params)) await block.locator(`tr[data-param-name="${name}"] input`).fill(value);
    if (requestBody !== undefined) await block.locator('textarea.body-param__text').fill(requestBody);
    await block.locator('button.execute').click();
    const row = block.locator('.live-responses-table tr.response').first();
    await row.waitFor({ timeout: 60_000 });
    const status = Number((await row.locator('td.response-col_status').innerText()).trim());
    const body = await block.locator('.live-responses-table .microlight, .live-responses-table pre').first().innerText();
    await block.locator('.opblock-summary').first().click();
    return { status, body };
  }

  it(
    'authorizes, PUTs the controller back as read with one field edited, creates an activity (linked by ref) and a policy from the examples, patches without If-Match, and opens the public and preview pages',
    async () => {
      await page.goto(`${base}/docs`);
      await page.locator('button.authorize').first().click();
      await page.locator('.modal-ux input[type="text"], .modal-ux input[type="password"]').first().fill(KEY);
      await page.locator('.modal-ux button.authorize').click();
      await page.locator('.modal-ux button.btn-done').click();

      // Read, edit, send back: the controller as GET answered it, one field edited, PUT whole (issue 22).
      const profile = JSON.parse((await execute('getControllerProfile')).body) as { version: number };
      const put = await execute('putControllerProfile', {}, JSON.stringify({ ...profile, phone: '+48 22 000 00 00' }, null, 2));
      expect(put.status).toBe(200);
      expect(JSON.parse(put.body)).toMatchObject({ phone: '+48 22 000 00 00', version: profile.version + 1 });

      // The example links the example registry's items by ref; the answer names each link {id, ref, name}.
      const created = await execute('createProcessingActivity');
      expect(created.status).toBe(201);
      const activity = JSON.parse(created.body) as { id: string; dataCategories: { ref: string }[]; recipients: { ref: string }[] };
      expect(activity.dataCategories.map((c) => c.ref)).toContain('cat-contact');
      expect(activity.recipients.map((r) => r.ref)).toContain('rcp-personnel');
      const findings = await fetch(`${base}/api/v1/compliance/findings`, { headers: { Authorization: `Bearer ${KEY}` } });
      const items = ((await findings.json()) as { items: { entityId: string }[] }).items;
      expect(items.filter((f) => f.entityId === activity.id)).toEqual([]);

      const patched = await execute('updateProcessingActivity', { id: activity.id });
      expect(patched.status).toBe(200);

      // The offered PATCH of a data category, edited in its one field: nothing else changes, translations included.
      const auth = { headers: { Authorization: `Bearer ${KEY}` } };
      const categories = (await (await fetch(`${base}/api/v1/data-categories?limit=100`, auth)).json()) as {
        items: { id: string; ref: string }[];
      };
      const contact = categories.items.find((c) => c.ref === 'cat-contact')!;
      const before = (await (await fetch(`${base}/api/v1/data-categories/${contact.id}`, auth)).json()) as Record<string, unknown>;
      const edited = await execute('updateDataCategory', { id: contact.id }, JSON.stringify({ collection: 'observed' }));
      expect(edited.status).toBe(200);
      const after = (await (await fetch(`${base}/api/v1/data-categories/${contact.id}`, auth)).json()) as Record<string, unknown>;
      const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
      expect(changed.sort()).toEqual(['collection', 'updatedAt', 'version']);

      const policyAnswer = await execute('createPolicy');
      expect(policyAnswer.status).toBe(201);
      const policy = JSON.parse(policyAnswer.body) as { id: string; publicUrl: string };

      const published = await fetch(`${base}/api/v1/policies/${policy.id}/versions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ changeSummary: 'First version', material: false }),
      });
      expect(published.status).toBe(201);
      const { publicUrl } = (await published.json()) as { publicUrl: string };

      // The link the answer gives opens as it is: absolute, a whole page.
      expect(publicUrl.startsWith(`${base}/`)).toBe(true);
      const publicPage = await page.goto(publicUrl);
      expect(publicPage?.status()).toBe(200);
      await expect(page.locator('h1').first().innerText()).resolves.toContain('LiveChat Instagram channel');
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact }));
      });
      expect(violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);

      const link = await fetch(`${base}/api/v1/policies/${policy.id}/preview-link`, { headers: { Authorization: `Bearer ${KEY}` } });
      const { url } = (await link.json()) as { url: string };
      expect(url.startsWith(`${base}/`)).toBe(true);
      const previewPage = await page.goto(url);
      expect(previewPage?.status()).toBe(200);
      await expect(page.locator('h1').first().innerText()).resolves.toContain('LiveChat Instagram channel');
      await expect(page.locator('.ropa-draft').innerText()).resolves.toContain('Draft — not published');
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex, nofollow');
      await page.addScriptTag({ path: AXE });
      const previewViolations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact }));
      });
      expect(previewViolations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);
    },
    SLOW,
  );

  it(
    'leaves If-Match and asOf empty on Try it out even when the document gives them an example, and exports the record as offered',
    async () => {
      // Swagger UI fills a parameter's example into its field; the plugin must stop it. The served document has
      // no such example any more (openapi-document.spec), so this test gives two back to show the plugin works.
      await page.route('**/docs/swagger-ui-init.js', async (route) => {
        const original = await (await route.fetch()).text();
        const tampered = original
          .replace(/"name": "asOf",/, '"name": "asOf", "example": "2026-06-30T23:59:59Z",')
          .replace(/"name": "If-Match",/g, '"name": "If-Match", "example": "\\"1\\"",');
        expect(tampered).not.toBe(original);
        await route.fulfill({ body: tampered, contentType: 'application/javascript' });
      });
      await page.goto(`${base}/docs`);
      const field = async (operation: string, name: string): Promise<string> => {
        const block = page.locator(`[id$="-${operation}"].opblock`);
        await block.locator('.opblock-summary').first().click();
        await block.locator('button.try-out__btn').click();
        const input = block.locator(`tr[data-param-name="${name}"] input`);
        await expect(block.locator(`tr[data-param-name="${name}"]`).innerText()).resolves.toContain(name);
        return input.inputValue();
      };
      await expect(field('exportRopa', 'asOf')).resolves.toBe('');
      await expect(field('updateDataCategory', 'If-Match')).resolves.toBe('');
      await page.unroute('**/docs/swagger-ui-init.js');

      // The export is a download: Swagger UI shows a link, so the test reads the URL it called and fetches it again.
      await page.goto(`${base}/docs`);
      // The tags in the order of a DPO's work, as the document lists them (no alphabetical sorter).
      await page.locator('h3.opblock-tag').first().waitFor();
      const tags = await page.locator('h3.opblock-tag').evaluateAll((headings) => headings.map((h) => h.getAttribute('data-tag')));
      expect(tags.slice(0, 4)).toEqual(['controller', 'services', 'data-subject-categories', 'data-categories']);
      expect(tags.indexOf('processing-activities')).toBeLessThan(tags.indexOf('policies'));
      expect(tags.indexOf('api-keys')).toBeLessThan(tags.indexOf('webhooks'));
      // axe on /docs: what remains is Swagger UI's own markup (README, "Swagger UI as the DPO's editor"), none from our document.
      await page.addScriptTag({ path: AXE });
      const docsViolations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact }));
      });
      const serious = docsViolations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id);
      expect(serious.filter((id) => !SWAGGER_UI_OWN_VIOLATIONS.includes(id))).toEqual([]);
      const block = page.locator('[id$="-exportRopa"].opblock');
      await block.locator('.opblock-summary').first().click();
      await block.locator('button.try-out__btn').click();
      await block.locator('button.execute').click();
      const row = block.locator('.live-responses-table tr.response').first();
      await row.waitFor({ timeout: 60_000 });
      expect(Number((await row.locator('td.response-col_status').innerText()).trim())).toBe(200);
      const called = (await block.locator('.request-url pre').first().innerText()).trim();
      expect(called).not.toContain('asOf');
      const record = await fetch(called, { headers: { Authorization: `Bearer ${KEY}` } });
      expect(record.status).toBe(200);
      expect(await record.text()).toContain('Answering enquiries');
    },
    SLOW,
  );
});
