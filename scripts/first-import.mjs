#!/usr/bin/env node
/**
 * `node scripts/first-import.mjs [CSV] [--rounds N]`: the FIRST read of a big file in a fresh page,
 * which is what a user's import is (one per visit), against the same for a plain DuckDB-wasm
 * read_csv. `npm run bench` times later runs in one page, where the engine is warm; the first run in
 * a page is much slower for both (the browser's WebAssembly is not optimised yet, its memory not
 * yet grown). Each round opens two fresh pages (new browser contexts, #/data, the app's start
 * awaited, the file chosen, 1 s to look at the preview), in turns which goes first:
 * - import: Import clicked, until dataset-summary shows the new row count (and the load step);
 * - raw: the bench hook's plain read_csv of the same File into a table.
 * Prints one JSON line (every run, the medians, their ratio); each run on stderr.
 * Needs the built app (dist/) and by default the 1M-row bench CSV (`npm run bench -- --rows 1000000`).
 */
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const arg = (n, d) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : d; };
const csv = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : path.join(os.tmpdir(), 'samiksha-bench-1000000', 'complaints.csv');
const rounds = Number(arg('--rounds', '3'));
const median = (a) => { const b = [...a].sort((x, y) => x - y); return b.length % 2 ? b[(b.length - 1) / 2] : (b[b.length / 2 - 1] + b[b.length / 2]) / 2; };
const server = await serve(path.resolve('dist'), 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'], headless: true });

async function fresh(kind) {
  const ctx = await b.newContext({ serviceWorkers: 'block' });
  try {
    const page = await ctx.newPage();
    await page.goto(`${url}?bench=1#/data`);
    await page.waitForFunction(() => window.__samiksha_bench?.state().loadMs != null, null, { timeout: 120_000 });
    await page.getByTestId('file-input').setInputFiles(csv);
    await page.getByTestId('import-run').waitFor();
    await page.waitForTimeout(1000);
    if (kind === 'raw') return { ms: Math.round((await page.evaluate(() => window.__samiksha_bench.rawRead())).ms) };
    const before = await page.getByTestId('dataset-summary').getAttribute('data-rows');
    const click = await page.evaluate((was) => new Promise((resolve) => {
      const t0 = performance.now();
      document.querySelector('[data-testid="import-run"]').click();
      const tick = () => { const v = document.querySelector('[data-testid="dataset-summary"]')?.getAttribute('data-rows'); if (v && v !== was) resolve(performance.now() - t0); else requestAnimationFrame(tick); };
      tick();
    }), before);
    const imp = await page.evaluate(() => window.__samiksha_bench.lastImport());
    if (imp.error) throw new Error(`import failed: ${imp.error}`);
    return { ms: Math.round(click), load: imp.steps.load, checks: imp.steps.checks };
  } finally {
    await ctx.close();
  }
}

const out = { import: [], raw: [] };
try {
  for (let r = 0; r < rounds; r++) {
    for (const kind of r % 2 ? ['raw', 'import'] : ['import', 'raw']) {
      const row = await fresh(kind);
      console.error(`[first-import] round ${r + 1} ${kind} first in a fresh page: ${JSON.stringify(row)}`);
      out[kind].push(row);
    }
  }
  const mi = median(out.import.map((x) => x.ms));
  const mr = median(out.raw.map((x) => x.ms));
  console.log(JSON.stringify({ ...out, import_median_ms: mi, raw_median_ms: mr, ratio: +(mi / mr).toFixed(3) }));
} finally {
  await b.close();
  server.close();
}
