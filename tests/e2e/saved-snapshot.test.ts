/**
 * A reload with an imported dataset saved paints the league from the first-screen snapshot kept with
 * the saved copy (g<n>.first.json) while DuckDB is held back (its wasm is delayed): the same league
 * as the live one; a period outside the snapshot waits for the live data (loading state); a damaged
 * or missing snapshot falls back to the normal restore (nothing shown until the data is up).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { start, waitLoaded, type Harness } from './harness';
import { STATE_PRESETS } from '../../src/domain/geo/states';

const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08'];
const KINDS = ['satisfied', 'satisfied', 'force_closed', 'partially_satisfied', 'satisfied'];

/** 55 MP districts × 8 months, a few complaints each, closure mixes that differ by district. */
function csv(): string {
  const lines = ['complaint_id,registered_on,district,department,status,closed_on,closure_type'];
  let n = 0;
  STATE_PRESETS.mp.districts.forEach((d, i) => {
    for (const m of MONTHS) {
      for (let k = 0; k < 3 + (i % 4); k++) {
        n++;
        const day = String(2 + k).padStart(2, '0');
        const open = (i + k) % 5 === 0;
        lines.push([`S${n}`, `${m}-${day}`, d.name, k % 2 ? 'Revenue' : 'Health', open ? 'open' : 'closed',
          open ? '' : `${m}-${String(10 + k).padStart(2, '0')}`, open ? '' : KINDS[(i * 3 + k) % KINDS.length]].join(','));
      }
    }
  });
  return lines.join('\n') + '\n';
}

type Row = string;
async function league(page: Page): Promise<Row[]> {
  return page.getByTestId('league-row').evaluateAll((els) => els.map((e) => ['unit', 'rank', 'score', 'grade'].map((a) => e.getAttribute(`data-${a}`)).join(' ')));
}
const marks = (page: Page) => page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('samiksha:')));

/** Reload with the engine's wasm held until `release()` (the service worker is blocked, so it cannot serve it). */
async function heldReload(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.unroute('**/*.wasm').catch(() => {});
  await page.route('**/*.wasm', async (r) => { await held; await r.continue(); });
  await page.reload();
  return release;
}

/** Overwrites (text), removes (null) or only counts (undefined) the saved copy's snapshot files. */
async function setSnapshot(page: Page, text?: string | null): Promise<number> {
  return page.evaluate(async (t) => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('samiksha-saved');
    let n = 0;
    for await (const [name] of (dir as unknown as { entries(): AsyncIterable<[string, unknown]> }).entries()) {
      if (!/^g\d+\.first\.json$/.test(name)) continue;
      n++;
      if (t === undefined) continue;
      if (t === null) await dir.removeEntry(name);
      else { const w = await (await dir.getFileHandle(name)).createWritable(); await w.write(t); await w.close(); }
    }
    return n;
  }, text);
}

describe('saved dataset: first screen from its snapshot on reload (built dist/, headless Chromium)', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  let live: Row[] = [];
  beforeAll(async () => {
    h = await start();
    context = await h.browser.newContext({ serviceWorkers: 'block', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(h.url + '#/data');
    await waitLoaded(page);
    await page.getByTestId('file-input').setInputFiles({ name: 'snap.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(), 'utf8') });
    await page.getByTestId('column-mapping').waitFor();
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="saved-state"]')?.getAttribute('data-state') === 'saved', null, { timeout: 60_000 });
    await page.evaluate(() => { location.hash = '#/districts'; });
    await page.getByTestId('league-row').first().waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid="scores-loading"]'));
    live = await league(page);
  }, 180_000);
  afterAll(async () => { await context?.close(); await h?.close(); });

  it('saved a snapshot beside the copy', async () => {
    expect(live.length).toBe(STATE_PRESETS.mp.districts.length);
    expect(await setSnapshot(page)).toBe(1);
  });

  it('paints the live league from the snapshot while DuckDB is held, then the live data agree', async () => {
    const release = await heldReload(page);
    try {
      await page.getByTestId('league-row').first().waitFor({ timeout: 30_000 });
      expect(await marks(page)).toContain('samiksha:first-screen-saved-snapshot');
      expect(await marks(page)).not.toContain('samiksha:restored');
      expect(await league(page)).toEqual(live);
      expect(Number(await page.getByTestId('dataset-summary').getAttribute('data-rows'))).toBeGreaterThan(1000);
      // a period outside the snapshot's months waits for the live data, with the loading state
      await page.evaluate(() => { location.hash = '#/districts?period=2024-01'; });
      await page.getByTestId('scores-loading').waitFor({ timeout: 10_000 });
      await page.waitForTimeout(1500);
      expect(await page.getByTestId('scores-loading').count()).toBe(1);
    } finally { release(); }
    await page.waitForFunction(() => !document.querySelector('[data-testid="scores-loading"]'), null, { timeout: 60_000 });
    expect(await marks(page)).toContain('samiksha:restored');
    const jan = await league(page);
    expect(jan.length).toBe(live.length);
    expect(jan).not.toEqual(live);
    // back to the default period: the live data give the league the snapshot showed
    await page.evaluate(() => { location.hash = '#/districts'; });
    await page.waitForFunction(() => !document.querySelector('[data-testid="scores-loading"]'));
    await page.waitForFunction((want) => [...document.querySelectorAll('[data-testid="league-row"]')].map((e) => ['unit', 'rank', 'score', 'grade'].map((a) => e.getAttribute(`data-${a}`)).join(' ')).join('|') === want, live.join('|'), { timeout: 30_000 });
  }, 120_000);

  for (const [what, text] of [['damaged', '{"format": 1, "summary": '], ['missing', null]] as const) {
    it(`a ${what} snapshot falls back to the normal restore`, async () => {
      expect(await setSnapshot(page, text)).toBe(1);
      const release = await heldReload(page);
      try {
        await page.waitForTimeout(3000);
        expect(await page.getByTestId('league-row').count()).toBe(0);
        expect(await marks(page)).not.toContain('samiksha:first-screen-saved-snapshot');
      } finally { release(); }
      await page.getByTestId('league-row').first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => !document.querySelector('[data-testid="scores-loading"]'));
      expect(await league(page)).toEqual(live);
      if (text == null) expect(await setSnapshot(page)).toBe(0);
    }, 120_000);
  }

  it('had no page errors', () => { expect(errors).toEqual([]); });
});
