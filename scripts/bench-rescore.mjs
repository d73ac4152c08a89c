#!/usr/bin/env node
/**
 * rescore_ui_ms: what the analyst waits for on #/scorecard. With the 163-parameter CM Dashboard
 * scorecard active (on the embedded sample, which holds its indicators), a weight is typed into a
 * `node-weight` input (one `input` event, as a keystroke gives) and the clock runs until the
 * preview rows on the screen (`preview-row` data-rank / data-score, checked every animation frame)
 * show the new league, and that frame has been laid out and painted. Median of EDITS edits, each a different department weight set to 5 and
 * back; every edit is logged.
 *
 * `export async function rescoreUi(page, log)` is called by scripts/bench.mjs with its app page; it
 * opens its own browser context on the same server (a fresh one, so the sample loads, whatever
 * dataset the bench imported). Alone: `node scripts/bench-rescore.mjs [--dist DIR] [--edits N]`
 * prints {"rescore_ui_ms": …}.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EDITS = 9;

/** ms from the `input` event on a weight until the preview shows the new ranks and scores (median of `edits` edits). */
export async function rescoreUi(page, log = () => {}, edits = EDITS) {
  const origin = new URL(page.url()).origin;
  const ctx = await page.context().browser().newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const p = await ctx.newPage();
    await p.goto(`${origin}/#/scorecard?scorecard=cm-dashboard`);
    await p.getByTestId('dataset-summary').waitFor({ timeout: 180_000 });
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="preview-row"]').length >= 10, null, { timeout: 180_000, polling: 200 });
    const nodes = await p.locator('[data-testid="node-weight"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')).filter((n) => n?.startsWith('dept:')));
    if (nodes.length < 2) throw new Error('rescore_ui_ms: the CM Dashboard tree shows no department weights');
    const times = [];
    for (let i = 0; i < edits * 2; i++) {
      const node = nodes[Math.floor(i / 2) % nodes.length];
      const value = i % 2 === 0 ? '5' : '1';
      await p.waitForTimeout(150);
      const ms = await p.evaluate(([n, v]) => new Promise((resolve, reject) => {
        const sig = () => [...document.querySelectorAll('[data-testid="preview-row"]')].map((e) => `${e.getAttribute('data-unit')}:${e.getAttribute('data-rank')}:${e.getAttribute('data-score')}`).join('|');
        const input = document.querySelector(`[data-testid="node-weight"][data-node="${CSS.escape(n)}"]`);
        if (!input) { reject(new Error(`no weight input for ${n}`)); return; }
        const before = sig();
        const t0 = performance.now();
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // the change is seen in an animation frame; the clock stops after that frame's style, layout
        // and paint (a message posted from the frame callback is handled after the frame is rendered)
        const painted = () => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now() - t0); ch.port2.postMessage(0); };
        const tick = () => {
          if (sig() !== before) painted();
          else if (performance.now() - t0 > 10_000) reject(new Error(`the preview did not change within 10 s after ${n} = ${v}`));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }), [node, value]);
      // the edits back to 1 are timed too: both directions are what the analyst does
      log(`rescore ui ${i + 1}: ${node} = ${value}: ${ms.toFixed(1)} ms to new preview ranks`);
      times.push(ms);
    }
    const s = [...times].sort((a, b) => a - b);
    const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    return Math.round(mid * 10) / 10;
  } finally {
    await ctx.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('playwright-core');
  const { serve } = await import('./serve.mjs');
  const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const arg = (name, d) => { const i = process.argv.indexOf(name); return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : d; };
  const server = await serve(path.resolve(arg('--dist', path.join(ROOT, 'dist'))), 0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const ms = await rescoreUi(page, (...a) => console.error('[bench]', ...a), Number(arg('--edits', String(EDITS))));
    console.log(JSON.stringify({ rescore_ui_ms: ms }));
  } finally {
    await browser.close();
    server.close();
  }
}
