/** Serves the built dist/ with a plain static server and drives Debian's Chromium via playwright-core. */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo, Server } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error plain JS module without types
import { serve } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

export interface Harness { browser: Browser; server: Server; url: string; close(): Promise<void> }

export async function start(): Promise<Harness> {
  if (!fs.existsSync(path.join(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const server: Server = await serve(path.join(ROOT, 'dist'), 0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  return { browser, server, url, async close() { await browser.close(); server.close(); } };
}

/** A fresh page (own storage) that records every request leaving localhost and every page error. */
export async function openPage(h: Harness, hash = '#/'): Promise<{ page: Page; external: string[]; errors: string[] }> {
  const context = await h.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(h.url) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(h.url + hash);
  return { page, external, errors };
}

/** Waits until the sample is loaded (dataset-summary shows rows). */
export async function waitLoaded(page: Page, timeout = 90_000): Promise<number> {
  const el = page.getByTestId('dataset-summary');
  await el.waitFor({ timeout });
  return Number(await el.getAttribute('data-rows'));
}

/** A harness and one page on `hash` with the sample loaded: what a describe block shares (close with stopLoaded). */
export async function startLoaded(hash: string): Promise<{ h: Harness; page: Page; external: string[]; errors: string[] }> {
  const h = await start();
  const opened = await openPage(h, hash);
  await waitLoaded(opened.page);
  return { h, ...opened };
}

/** Closes what startLoaded opened (either may be missing when the start failed). */
export async function stopLoaded(h: Harness | undefined, page: Page | undefined): Promise<void> {
  await page?.context().close();
  await h?.close();
}

export async function shot(page: Page, name: string): Promise<void> {
  const dir = path.join(ROOT, 'tests/e2e/__shots__');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * Waits for `selector`; on a timeout the error says what the page showed: the element's data-*
 * attributes, any alert on the page, the dataset summary and the app's performance marks (a wait that
 * times out in CI is then explainable from the log alone).
 */
export async function waitExplained(page: Page, selector: string, timeout: number): Promise<void> {
  try {
    await page.locator(selector).waitFor({ timeout });
  } catch (e) {
    const seen = await page.evaluate((sel) => {
      const base = sel.replace(/\[data-(ready|state)=[^\]]*\]/g, '');
      const el = document.querySelector(base);
      const attrs = el ? Object.fromEntries([...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])) : null;
      const alerts = [...document.querySelectorAll('[role=alert]')].map((a) => a.textContent?.trim());
      const summary = document.querySelector('[data-testid=dataset-summary]');
      const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('samiksha:')).map((m) => `${m.name.slice(9)}@${Math.round(m.startTime)}`);
      return { url: location.href, now: Math.round(performance.now()), attrs, alerts, summary: summary?.textContent?.trim().slice(0, 200) ?? null, marks };
    }, selector).catch((x: unknown) => ({ evaluateFailed: String(x) }));
    throw new Error(`${(e as Error).message.split('\n')[0]}\npage: ${JSON.stringify(seen)}`, { cause: e });
  }
}

/** Opens #/briefing with `query` and waits until it is ready (the briefing tests). */
export async function openBriefing(page: Page, h: Harness, query = ''): Promise<void> {
  await page.goto(`${h.url}#/briefing${query}`);
  await waitExplained(page, '[data-testid="briefing"][data-ready="true"]', 170_000);
}

/** Clicks `testid` and returns the download it starts: its bytes, suggested name and click → file time. */
export async function download(page: Page, testid: string): Promise<{ bytes: Uint8Array; name: string; ms: number }> {
  const t0 = Date.now();
  const dl = page.waitForEvent('download', { timeout: 170_000 });
  await page.getByTestId(testid).click();
  const d = await dl;
  return { bytes: new Uint8Array(fs.readFileSync((await d.path())!)), name: d.suggestedFilename(), ms: Date.now() - t0 };
}
