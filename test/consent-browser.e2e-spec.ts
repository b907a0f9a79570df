import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/config/config';
import { createApp } from '../src/setup';

/** Debian's chromium package, as in browser.e2e-spec.ts; elsewhere the test says why it did not run. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) process.stderr.write(`consent-browser.e2e-spec: skipped, no browser at ${CHROMIUM} (apt-get install -y chromium)\n`);

const SLOW = 240_000;
/** The banner libraries as installed (dev dependencies), loaded from node_modules, never copied into the repository. */
const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
const KLARO_JS = readFileSync(join(dirname(resolve('klaro/package.json')), 'dist/klaro.js'), 'utf8');
const CC_DIR = join(dirname(resolve('vanilla-cookieconsent/package.json')), 'dist');
const CC_JS = readFileSync(join(CC_DIR, 'cookieconsent.umd.js'), 'utf8');
const CC_CSS = readFileSync(join(CC_DIR, 'cookieconsent.css'), 'utf8');

/** A website of the example's controller, served by the test: its own origin, so that its cookies are its own. */
const SITE = 'http://shop.example';
/** The cookie the page's marketing script sets once, and only once, marketing is allowed. */
const MARKETING_COOKIE = 'ropa_test_marketing';

interface ExampleTracker {
  ref: string;
  category: string;
  provider: string;
  translations?: { pl?: { name?: string } };
  name: string;
}

(hasBrowser ? describe : describe.skip)('the generated banners in a real Chromium (issue 25)', () => {
  let app: NestFastifyApplication;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  const userDataDir = mkdtempSync(join(tmpdir(), 'ropa-consent-'));
  const trackers = (
    JSON.parse(readFileSync(join(process.cwd(), 'examples/livechat-instagram.json'), 'utf8')) as { trackers: ExampleTracker[] }
  ).trackers;
  const configs: Record<string, string> = {};

  beforeAll(async () => {
    const config = loadConfig({
      ROPA_DATA_DIR: ':memory:',
      ROPA_BOOTSTRAP_KEY: 'ropa_consent_browser_bootstrap_key_0123',
      ROPA_LOAD_EXAMPLE: 'true',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '100000',
      WEBHOOK_WORKER: 'false',
    });
    app = (await createApp(config, { logger: false })).app;
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    for (const format of ['klaro', 'cookieconsent']) {
      const res = await fetch(`${base}/api/v1/public/policies/livechat-instagram/consent/${format}`);
      expect(res.status).toBe(200);
      configs[format] = await res.text();
    }
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
    await context.route(`${SITE}/**`, (route) => {
      const url = new URL(route.request().url());
      const [, library, language] = /^\/(klaro|cookieconsent)-(en|pl)\.html$/.exec(url.pathname) ?? [];
      if (url.pathname === '/klaro.js') return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: KLARO_JS });
      if (url.pathname === '/cookieconsent.js') return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: CC_JS });
      if (url.pathname === '/cookieconsent.css') return route.fulfill({ contentType: 'text/css', body: CC_CSS });
      if (!library) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageOf(library, language) });
    });
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  /**
   * The one-line snippets of the README, with the configuration fetched from ropa inlined, and a marketing script held back.
   * vanilla-cookieconsent hides itself from browsers driven by automation (navigator.webdriver) unless told not to.
   */
  function pageOf(library: string, language: string): string {
    const marketing = `document.cookie = '${MARKETING_COOKIE}=1; path=/';`;
    const head =
      library === 'klaro'
        ? `<script>window.klaroConfig = ${configs.klaro};</script><script defer src="/klaro.js"></script>`
        : `<link rel="stylesheet" href="/cookieconsent.css"><script src="/cookieconsent.js"></script>`;
    const body =
      library === 'klaro'
        ? `<script type="text/plain" data-type="application/javascript" data-name="trk-marketing-beacon">${marketing}</script>`
        : `<script type="text/plain" data-category="marketing">${marketing}</script><script>CookieConsent.run({ ...${configs.cookieconsent}, hideFromBots: false });</script>`;
    return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Shop</title>${head}</head><body><h1>Shop</h1>${body}</body></html>`;
  }

  const cookieNames = async (): Promise<string[]> => (await context.cookies(SITE)).map((c) => c.name);

  /** The cookie names once `name` is among them, or as they are after 10 s. */
  async function cookiesOnceSet(name: string): Promise<string[]> {
    for (let waited = 0; waited < 10_000; waited += 100) {
      const names = await cookieNames();
      if (names.includes(name)) return names;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return cookieNames();
  }

  const categoryTitles = {
    en: { functional: 'Functional', analytics: 'Analytics', marketing: 'Marketing' },
    pl: { functional: 'Funkcjonalne', analytics: 'Analityczne', marketing: 'Marketingowe' },
  } as const;

  for (const language of ['en', 'pl'] as const) {
    it(
      `Klaro (${language}): lists every category with its providers, sets no marketing cookie before consent, and accepting records it`,
      async () => {
        await context.clearCookies();
        await page.goto(`${SITE}/klaro-${language}.html`);
        await page.locator('.klaro .cookie-notice').waitFor({ timeout: 30_000 });
        expect(await cookieNames()).not.toContain(MARKETING_COOKIE);
        expect(await page.locator('.klaro .cookie-notice').innerText()).toContain(language === 'pl' ? 'Akceptuję wszystkie' : 'Accept all');

        await page.locator('.klaro .cn-learn-more').click();
        const modal = page.locator('.klaro .cookie-modal');
        await modal.waitFor({ timeout: 30_000 });
        const text = await modal.evaluate((el) => el.textContent ?? '');
        for (const title of Object.values(categoryTitles[language])) expect(text).toContain(title);
        for (const t of trackers) {
          expect(text).toContain(language === 'pl' ? (t.translations?.pl?.name ?? t.name) : t.name);
          expect(text).toContain(t.provider);
        }
        await modal.locator('.cm-btn-accept-all').click();
        expect(await cookiesOnceSet(MARKETING_COOKIE)).toContain(MARKETING_COOKIE);
        expect(await cookieNames()).toContain('klaro');
      },
      SLOW,
    );

    it(
      `vanilla-cookieconsent (${language}): lists every category with its providers, sets no marketing cookie before consent, and accepting records it`,
      async () => {
        await context.clearCookies();
        await page.goto(`${SITE}/cookieconsent-${language}.html`);
        const notice = page.locator('#cc-main .cm');
        await notice.waitFor({ timeout: 30_000 });
        expect(await cookieNames()).not.toContain(MARKETING_COOKIE);
        expect(await notice.innerText()).toContain(language === 'pl' ? 'Akceptuję wszystkie' : 'Accept all');

        await page.evaluate('CookieConsent.showPreferences()');
        const preferences = page.locator('#cc-main .pm');
        await preferences.waitFor({ timeout: 30_000 });
        const text = await preferences.evaluate((el) => el.textContent ?? '');
        for (const title of Object.values(categoryTitles[language])) expect(text).toContain(title);
        for (const t of trackers) {
          expect(text).toContain(language === 'pl' ? (t.translations?.pl?.name ?? t.name) : t.name);
          expect(text).toContain(t.provider);
        }
        await preferences.locator('[data-role="all"]').first().click();
        expect(await cookiesOnceSet(MARKETING_COOKIE)).toContain(MARKETING_COOKIE);
        expect(await cookieNames()).toContain('cc_cookie');
      },
      SLOW,
    );
  }
});
