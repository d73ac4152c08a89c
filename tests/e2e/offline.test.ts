/**
 * Offline install: after one visit the service worker controls the page and has precached the app,
 * the DuckDB wasm and worker and the prebuilt sample; with the server stopped, the app opens again
 * (same browser context) and shows the league. A new build on the server shows the update prompt.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo, Server } from 'node:net';
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT, CHROMIUM, FLAGS } from './harness';
// @ts-expect-error plain JS module without types
import { serve } from '../../scripts/serve.mjs';

async function stop(server: Server): Promise<void> {
  (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
  await new Promise<void>((r) => server.close(() => r()));
}

/** Waits until a service worker is active and controls `page` (its install, i.e. the precache, is complete). */
async function controlled(page: Page): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    const ok = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg?.active?.state === 'activated' && !!navigator.serviceWorker.controller;
    });
    if (ok) return;
    if (Date.now() - t0 > 120_000) throw new Error('no service worker controls the page after 120 s');
    await new Promise((r) => setTimeout(r, 500));
  }
}

function watch(page: Page): { errors: string[]; csp: string[] } {
  const errors: string[] = [];
  const csp: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) csp.push(m.text()); });
  return { errors, csp };
}

const leagueRows = (page: Page) => page.waitForFunction(() => document.querySelectorAll('[data-testid="league-row"]').length >= 50, null, { timeout: 120_000, polling: 'raf' });

describe('offline install (service worker, built dist/, headless Chromium)', () => {
  let browser: Browser;
  let tmp: string | null = null;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist/sw.js'))) throw new Error('dist/sw.js is missing: run `npm run build` first');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('opens with no server after one visit and shows the league', async () => {
    const server: Server = await serve(path.join(ROOT, 'dist'), 0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const w = watch(page);
    await page.goto(`${url}#/districts`);
    await leagueRows(page);
    await controlled(page);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls: string[] = [];
      for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    expect(cached.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(cached.some((u) => /duckdb-browser-eh\.worker.*\.js$/.test(u))).toBe(true);
    expect(cached).toContain('/sample/sample.duckdb');
    expect(cached).toContain('/index.html');
    await page.close();

    await stop(server);
    // nothing answers on that port any more
    await expect(fetch(url).then((r) => r.status)).rejects.toThrow();

    const again = await context.newPage();
    const w2 = watch(again);
    const t0 = Date.now();
    await again.goto(`${url}#/districts`);
    await leagueRows(again);
    console.log(`offline open: 50 league rows in ${Date.now() - t0} ms with no server`);
    const rows = Number(await again.getByTestId('dataset-summary').getAttribute('data-rows'));
    expect(rows).toBeGreaterThan(250_000);
    // another route (its chunk comes from the cache too)
    await again.goto(`${url}#/departments`);
    await again.locator('main [data-testid]').first().waitFor({ timeout: 60_000 });
    expect([...w.errors, ...w2.errors]).toEqual([]);
    expect([...w.csp, ...w2.csp]).toEqual([]);
    await context.close();
  });

  it('a new build on the server shows the update prompt; accepting it reloads into the new version', async () => {
    // a copy of dist/ whose service worker then changes, as a new deployment's does
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-pwa-'));
    fs.cpSync(path.join(ROOT, 'dist'), tmp, { recursive: true });
    const server: Server = await serve(tmp, 0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const w = watch(page);
      await page.goto(`${url}#/districts`);
      await leagueRows(page);
      await controlled(page);
      await expect(page.getByTestId('pwa-update').count()).resolves.toBe(0);
      const sw = path.join(tmp, 'sw.js');
      fs.writeFileSync(sw, `${fs.readFileSync(sw, 'utf8')}\n// new build ${Date.now()}\n`);
      await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
      await page.getByTestId('pwa-update').waitFor({ timeout: 120_000 });
      const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
      await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByTestId('pwa-update-reload').click()]);
      await leagueRows(page);
      const active = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
      expect(active).toBeNull();
      expect(before).toBeTruthy();
      expect(w.errors).toEqual([]);
      await context.close();
    } finally {
      await stop(server);
    }
  });
});
