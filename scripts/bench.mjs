#!/usr/bin/env node
/**
 * `npm run bench -- --rows N [--runs R]`: drives the built app in headless Chromium and prints ONE JSON
 * line: rows, csv_mb, raw_read_ms, import_ms, score_ms, rescore_ms, filter_ms, peer_ms, peak_js_heap_mb.
 *
 * - the CSV: `samiksha generate --seed 1 --complaints N` (canonical headers, ISO dates), in a temp dir;
 * - raw_read_ms: plain DuckDB-wasm `CREATE TABLE AS SELECT * FROM read_csv(file)` (auto-detect) of the
 *   same File in the same page (registered with BROWSER_FILEREADER); min over R runs after a warm-up,
 *   each run just before an import run (same machine state for both);
 * - import_ms: the importer store's run — what the Import button does — from reading the File to the
 *   swapped-in table (sniff, validate, load); min over R runs. The summary refresh and the save to
 *   OPFS that follow are printed on stderr, not counted;
 * - score_ms: metrics query + scoring of the latest month (mp-cm-helpline, cache cleared);
 *   rescore_ms: one weight changed, re-scored in TypeScript; filter_ms: one department filter;
 * - peer_ms: arquero 7 (bundled copy served from dist/bench/, never a CDN) parsing the same CSV text
 *   and counting received / closed / satisfied per district for the same month, in its own page;
 * - peak_js_heap_mb: max JSHeapUsedSize (CDP Performance.getMetrics, polled) of the app page.
 * What the user waits for (each the median of R runs, every run on stderr):
 * - open_to_league_ms: a cold page (new browser context: no cache, nothing saved) opened at #/districts
 *   until 50 league rows are on the screen;
 * - import_click_to_rows_ms: the Import button clicked (in the page) until dataset-summary shows the
 *   new row count (runs alternate between the file and a copy one row shorter, so the count changes);
 * - reload_saved_ms: the page reloaded with that dataset saved, until 50 league rows show.
 * Details of every run go to stderr; stdout has only the JSON line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { rescoreUi } from './bench-rescore.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const log = (...a) => console.error('[bench]', ...a);

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
}

const rows = Number(arg('--rows', '100000'));
/** the built app to drive (default dist/; another build for A/B comparisons) */
const DIST = path.resolve(arg('--dist', path.join(ROOT, 'dist')));
/** plain reads and imports, taken in turns; the JSON has the minimum of each (default 3: one run each is at the mercy of a shared machine's ±30% swings) */
const runs = Math.max(1, Number(arg('--runs', '3')));
if (!Number.isInteger(rows) || rows < 1) { console.error('bench: --rows must be a positive integer'); process.exit(2); }

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) { console.error(`bench: ${cmd} ${args.join(' ')} failed`); process.exit(1); }
}

// 1. The CSV (generated once per row count, kept in the temp dir).
const dir = path.join(os.tmpdir(), `samiksha-bench-${rows}`);
const csv = path.join(dir, 'complaints.csv');
if (!fs.existsSync(csv)) {
  log(`generating ${rows} complaints into ${dir}`);
  run(process.execPath, ['bin/samiksha.mjs', 'generate', '--seed', '1', '--complaints', String(rows), '--out', dir]);
}
const csvBytes = fs.statSync(csv).size;
// the same file one row shorter, so that every import changes the row count the page shows
const csvShort = path.join(dir, 'complaints-short.csv');
if (!fs.existsSync(csvShort)) {
  const text = fs.readFileSync(csv);
  const cut = text.lastIndexOf(10, text.length - 2);
  fs.writeFileSync(csvShort, text.subarray(0, cut + 1));
}
const head = Buffer.alloc(4096);
{ const fd = fs.openSync(csv, 'r'); fs.readSync(fd, head, 0, head.length, 0); fs.closeSync(fd); } // only the head: a 5M-row file is over Node's longest string
const department = head.toString('utf8').split('\n')[1].split(',')[3];

// 2. The app (built if dist/ is missing) plus the bench-only peer page and its bundled arquero.
if (!fs.existsSync(path.join(DIST, 'index.html'))) { log('building the app'); run('npm', ['run', 'build']); }
const benchDir = path.join(DIST, 'bench');
fs.mkdirSync(benchDir, { recursive: true });
fs.copyFileSync(path.join(ROOT, 'node_modules/arquero/dist/arquero.min.js'), path.join(benchDir, 'arquero.min.js'));
fs.copyFileSync(path.join(ROOT, 'tests/bench/peer.html'), path.join(benchDir, 'peer.html'));

const server = await serve(DIST, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS, headless: true });
const min = (a) => Math.min(...a);
const median = (a) => { const b = [...a].sort((x, y) => x - y); return b.length % 2 ? b[(b.length - 1) / 2] : (b[b.length / 2 - 1] + b[b.length / 2]) / 2; };
/** in the page: ms from now until `testid` has `attr` = `want` (checked every animation frame, i.e. when it is on screen) */
const untilAttr = (p, testid, attr, want) => p.evaluate(([id, a, w]) => new Promise((resolve) => {
  const t0 = window.__bench_t0 ?? performance.now();
  const tick = () => { const el = document.querySelector(`[data-testid="${id}"]`); if (el && el.getAttribute(a) === w) resolve(performance.now() - t0); else requestAnimationFrame(tick); };
  tick();
}), [testid, attr, String(want)]);
const untilRows = (p, n) => p.evaluate((k) => new Promise((resolve) => {
  const t0 = window.__bench_t0 ?? performance.now();
  const tick = () => { if (document.querySelectorAll('[data-testid="league-row"]').length >= k) resolve(performance.now() - t0); else requestAnimationFrame(tick); };
  tick();
}), n);

/**
 * Where a cold open spent its time: the app's `samiksha:*` performance marks (src/data/marks.ts) and
 * the page's first paint, in ms since navigation start, e.g. "engine-ready 1480 · sample-loaded 1510 ...".
 */
async function openStages(p) {
  const st = await p.evaluate(() => {
    const out = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('samiksha:')).map((m) => [m.name.slice(9), Math.round(m.startTime)]);
    const fp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    if (fp) out.push(['first-contentful-paint', Math.round(fp.startTime)]);
    return out.sort((a, b) => a[1] - b[1]);
  });
  return st.map(([k, v]) => `${k} ${v}`).join(' · ');
}

/**
 * Cold opens: a new context each (no HTTP cache, no saved dataset, no service worker: what a first
 * visit gets), #/districts until 50 league rows; the stages of each on stderr.
 */
async function coldOpens(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const c = await browser.newContext({ serviceWorkers: 'block' });
    const p = await c.newPage();
    const t0 = Date.now();
    await p.goto(`${url}#/districts`);
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="league-row"]').length >= 50, null, { timeout: 120_000, polling: 'raf' });
    const ms = Date.now() - t0;
    log(`cold open ${i + 1}: ${ms} ms to 50 league rows (${await openStages(p)})`);
    out.push(ms);
    await c.close();
  }
  return out;
}

/**
 * In the page, from now on: main-thread long tasks (PerformanceObserver 'longtask', i.e. over 50 ms)
 * and the largest data-rows the import's progress bar showed. `longTasks(page)` reads and resets them.
 */
const watchImport = (p) => p.evaluate(() => {
  const w = window.__bench_watch = { tasks: [], maxRows: 0, t0: performance.now(), on: true };
  const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) w.tasks.push([Math.round(e.startTime - w.t0), Math.round(e.duration)]); });
  obs.observe({ type: 'longtask', buffered: false });
  w.stop = () => { obs.disconnect(); w.on = false; };
  const tick = () => {
    const el = document.querySelector('[data-testid="import-progress"]');
    const r = Number(el?.getAttribute('data-rows') ?? 0);
    if (r > w.maxRows) w.maxRows = r;
    if (w.on) requestAnimationFrame(tick);
  };
  tick();
});
const importWatch = (p) => p.evaluate(() => {
  const w = window.__bench_watch;
  w.stop();
  const longest = w.tasks.reduce((m, t) => Math.max(m, t[1]), 0);
  return { longest, over200: w.tasks.filter((t) => t[1] > 200), count: w.tasks.length, maxRows: w.maxRows };
});
const r0 = (x) => Math.round(x);

try {
  const opens = await coldOpens(runs);

  // 3. The app page, with the heap polled through CDP.
  // no service worker here either: its install (45 MB of precache) would run during the first import
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        if (used > peakHeap) peakHeap = used;
      } catch { /* page navigating */ }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  await page.goto(`${url}?bench=1#/data`);
  await page.getByTestId('dataset-summary').waitFor({ timeout: 180_000 });
  await page.waitForFunction(() => !!window.__samiksha_bench, null, { timeout: 60_000 })
    .catch(() => { throw new Error('the app in dist/ has no bench hook (built before it existed?): run `npm run build` and try again'); });
  const hook = (fn, a) => page.evaluate(([f, x]) => window.__samiksha_bench[f](x), [fn, a]);
  // The first screen shows from the sample's snapshot before the sample is in DuckDB: the bench's own
  // reads start once the app's start has finished (a user cannot start a 1.6 s read_csv meanwhile; the
  // reads queued behind the start held its summary, and the copy of the sample a chosen file starts,
  // until after the first Import click).
  await page.waitForFunction(() => window.__samiksha_bench.state().loadMs != null, null, { timeout: 180_000 });

  // One plain read to warm up, then plain read and import in turns, so both see the same machine:
  // on a shared machine the speed drifts over minutes, and after the first import both run with a
  // 1M-row dataset in memory.
  const raw = [];
  const imp = [];
  const clicks = [];
  const rawRun = async (i) => {
    const r = await hook('rawRead');
    log(`raw read_csv run ${i}: ${r0(r.ms)} ms, ${r.rows} rows${i === 0 ? ' (warm-up)' : ''}`);
    if (i > 0) raw.push(r.ms);
  };
  await page.getByTestId('file-input').setInputFiles(csv);
  await page.getByTestId('chosen-file').waitFor();
  await rawRun(0);
  for (let i = 1; i <= runs; i++) {
    // the file for this run (full or one row short, in turns), chosen through the page's file input
    const file = i % 2 ? csv : csvShort;
    const want = i % 2 ? rows : rows - 1;
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('chosen-file').waitFor();
    await page.waitForFunction((name) => document.querySelector('[data-testid="chosen-file"]')?.textContent === name, path.basename(file));
    await page.getByTestId('import-run').waitFor();
    await rawRun(i);
    await watchImport(page);
    await page.evaluate(() => { window.__bench_t0 = performance.now(); document.querySelector('[data-testid="import-run"]').click(); });
    const click = await untilAttr(page, 'dataset-summary', 'data-rows', want);
    // where the wait went: the importer's marks, from the click
    const marks = await page.evaluate(() => {
      const t0 = window.__bench_t0;
      const last = (n) => performance.getEntriesByName(`samiksha:${n}`).filter((e) => e.startTime >= t0).pop();
      return ['sample-materialized', 'import-start', 'import-loaded', 'import-refresh', 'import-adopted'].map((n) => `${n} ${last(n) ? Math.round(last(n).startTime - t0) : '-'}`).join(' · ');
    });
    await page.evaluate(() => { delete window.__bench_t0; });
    const r = await hook('lastImport');
    const lt = await importWatch(page);
    if (r.error) throw new Error(`import failed: ${r.error}`);
    log(`import run ${i} (${path.basename(file)}): click → rows on screen ${r0(click)} ms; the importer's run ${r0(r.ms)} ms; then the save ${r.saveMs} ms (${r.saveState}${r.saveError ? `: ${r.saveError}` : ''}); loaded ${r.loaded}; from the click: ${marks}; steps ${JSON.stringify(r.steps)}`);
    log(`  main thread from the click to the save's end: ${lt.count} long tasks, longest ${lt.longest} ms, over 200 ms: ${JSON.stringify(lt.over200)}; progress bar showed up to ${lt.maxRows} rows read`);
    imp.push(r.ms);
    clicks.push(click);
  }
  // the next steps score the full file again
  if (runs % 2 === 0) {
    await page.getByTestId('file-input').setInputFiles(csv);
    await page.getByTestId('chosen-file').waitFor();
    await page.evaluate(() => document.querySelector('[data-testid="import-run"]').click());
    await untilAttr(page, 'dataset-summary', 'data-rows', rows);
    await hook('lastImport');
  }
  const score = await hook('score');
  log(`score ${score.period}: ${r0(score.ms)} ms, ${score.units} units`);
  const rescore = await hook('rescore');
  const filter = await hook('filter', department);
  log(`rescore ${rescore.ms.toFixed(2)} ms; filter department=${department}: ${r0(filter.ms)} ms, ${filter.units} units`);
  polling = false;
  await poll;
  // Reload with the dataset saved, until 50 league rows show (R runs).
  const reloads = [];
  await page.goto(`${url}?bench=1#/districts`);
  await untilRows(page, 50);
  for (let i = 1; i <= runs; i++) {
    const t0 = Date.now();
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="league-row"]').length >= 50, null, { timeout: 180_000, polling: 'raf' });
    const ms = Date.now() - t0;
    // the league may be painted from the saved copy's first-screen snapshot: also say when the real data were up
    await page.waitForFunction(() => performance.getEntriesByName('samiksha:summary').length > 0, null, { timeout: 180_000 });
    const live = await page.evaluate(() => Math.round(performance.getEntriesByName('samiksha:summary')[0].startTime));
    const st = await page.evaluate(() => window.__samiksha_bench.state());
    log(`reload ${i}: ${ms} ms to 50 league rows (live data up at ${live} ms after navigation); dataset ${st.restored ? 'restored from the saved copy' : 'NOT restored'} (${st.rows} rows, store ready in ${st.loadMs} ms; ${await openStages(page)})`);
    if (!st.restored || st.rows !== rows) throw new Error('the saved dataset was not restored');
    reloads.push(ms);
  }
  // rescore_ui_ms: a weight edited on #/scorecard (CM Dashboard, 163 parameters) until the preview shows the new ranks
  const rescoreUiMs = await rescoreUi(page, log);
  if (errors.length) log('page errors:', errors);
  await ctx.close();

  // 4. The peer: arquero 7 on the same CSV text, same month, in its own page.
  const pctx = await browser.newContext();
  const ppage = await pctx.newPage();
  await ppage.goto(`${url}bench/peer.html`);
  await ppage.locator('#f').setInputFiles(csv);
  // arquero parses the file as one JavaScript string: past V8's longest string (~512 MB, about 2.7M rows) it cannot
  const peer = await ppage.evaluate((m) => window.peer(m), score.period).catch((e) => ({ ms: null, error: String(e.message ?? e).split('\n')[0] }));
  if (peer.error) log(`arquero: could not read the file (${peer.error}); peer_ms null`);
  else log(`arquero: ${r0(peer.ms)} ms (text ${r0(peer.textMs)} ms not counted), ${peer.rows} rows, ${peer.districts} districts, received ${peer.received}, closed ${peer.closed}, satisfied ${peer.satisfied}`);
  await pctx.close();

  console.log(JSON.stringify({
    rows, csv_mb: +(csvBytes / 1e6).toFixed(1), raw_read_ms: r0(min(raw)), import_ms: r0(min(imp)), score_ms: r0(score.ms),
    rescore_ms: +rescore.ms.toFixed(2), filter_ms: r0(filter.ms), peer_ms: peer.ms === null ? null : r0(peer.ms), peak_js_heap_mb: +(peakHeap / 1e6).toFixed(1),
    open_to_league_ms: r0(median(opens)), import_click_to_rows_ms: r0(median(clicks)), reload_saved_ms: r0(median(reloads)),
    rescore_ui_ms: rescoreUiMs,
  }));
} finally {
  await browser.close();
  server.close();
}
