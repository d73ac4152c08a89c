#!/usr/bin/env node
/**
 * `node scripts/import-lag.mjs [CSV]`: how responsive the page stays during one import (plus the
 * save that follows) in headless Chromium: a setInterval(16 ms) probe in the page records the gaps
 * between its ticks. Prints one JSON line: gaps over 100 ms ([start ms, length ms]), the import's
 * steps, the worst gap, the five longest, how many exceeded 50 ms. Needs the built app (dist/) and
 * by default the 1M-row bench CSV (`npm run bench -- --rows 1000000` makes it).
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import os from 'node:os';
import { serve } from './serve.mjs';
const server = await serve(path.resolve('dist'), 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'], headless: true });
const page = await (await b.newContext()).newPage();
await page.goto(`${url}?bench=1#/data`);
await page.getByTestId('dataset-summary').waitFor({ timeout: 180000 });
await page.waitForFunction(() => !!window.__samiksha_bench);
await page.getByTestId('file-input').setInputFiles(process.argv[2] ?? path.join(os.tmpdir(), 'samiksha-bench-1000000', 'complaints.csv'));
await page.getByTestId('chosen-file').waitFor();
const r = await page.evaluate(async () => {
  let last = performance.now(), worst = 0; const gaps = [];
  const big = []; const t0 = performance.now(); const id = setInterval(() => { const now = performance.now(); const g = now - last; last = now; if (g > worst) worst = g; gaps.push(g); if (g > 100) big.push([Math.round(now - t0 - g), Math.round(g)]); }, 16);
  const t = performance.now();
  const res = await window.__samiksha_bench.importChosen();
  clearInterval(id);
  gaps.sort((a, b) => b - a);
  return { big, steps: res.steps, readMs: Math.round(res.readMs), adoptMs: Math.round(res.adoptMs), ms: res.ms, worst: Math.round(worst), top5: gaps.slice(0, 5).map(Math.round), over50: gaps.filter((g) => g > 50).length, total: Math.round(performance.now() - t) };
});
console.log(JSON.stringify(r));
await b.close(); server.close();
