/**
 * Faults around the saved copy, in the built app in headless Chromium: a full disk while saving
 * (over the sample and over a saved dataset), a saved copy overwritten with random bytes or written
 * by another version, the browser closed in the middle of a save and just after one, a second tab,
 * no private storage, and the database engine failing to start. Each ends with one message naming
 * the real cause, the previous dataset intact and the app usable.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { start, openPage, waitLoaded, CHROMIUM, FLAGS, type Harness } from './harness';

const csv = (ids: string[]) => ['complaint_id,registered_on,district,department,status', ...ids.map((id, i) => `${id},2024-0${1 + (i % 3)}-0${1 + (i % 9)},Bhopal,Health,open`)].join('\n') + '\n';
const FIRST = csv(['F1', 'F2', 'F3']);
const SECOND = csv(['S1', 'S2', 'S3', 'S4', 'S5']);

/** Make the browser's OPFS writes fail (quota) or never finish (hang) while window.__fault says so. */
const FAULTS = () => {
  const W = (globalThis as unknown as { FileSystemWritableFileStream?: { prototype: { write(d: unknown): Promise<void> } } }).FileSystemWritableFileStream;
  if (!W) return;
  const write = W.prototype.write;
  W.prototype.write = function (this: unknown, d: unknown) {
    const f = (window as unknown as { __fault?: string }).__fault;
    if (f === 'quota') return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    if (f === 'hang') return new Promise<void>(() => {});
    return write.call(this, d);
  };
};

async function importCsv(page: Page, name: string, text: string, rows: number): Promise<void> {
  if (!page.url().includes('#/data')) await page.goto(page.url().replace(/#.*$/, '') + '#/data');
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByTestId('import-run').click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="dataset-summary"]')?.getAttribute('data-rows') === String(n), rows, { timeout: 60_000 });
}
async function state(page: Page, want: string): Promise<string> {
  await page.waitForFunction((s) => document.querySelector('[data-testid="saved-state"]')?.getAttribute('data-state') === s, want, { timeout: 60_000 });
  return (await page.getByTestId('saved-state').textContent()) ?? '';
}
async function rows(page: Page): Promise<number> { return waitLoaded(page); }
/** A fresh page on #/data (its own context), loaded, with first.csv imported. */
async function withFirstFile(h: Harness): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(h, '#/data');
  await rows(page);
  await importCsv(page, 'first.csv', FIRST, 3);
  return { page, errors };
}
/** The end of a test: no page errors, and the page's context closed. */
async function closeClean(page: Page, errors: string[]): Promise<void> {
  expect(errors).toEqual([]);
  await page.context().close();
}
async function opfsFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('samiksha-saved', { create: true });
    const out: string[] = [];
    for await (const [n] of (dir as unknown as { entries(): AsyncIterable<[string]> }).entries()) out.push(n);
    return out.sort();
  });
}

describe('faults around the saved copy (built dist/, headless Chromium)', () => {
  let h: Harness;
  let sample = 0;
  beforeAll(async () => { h = await start(); });
  afterAll(async () => { await h?.close(); });

  it('a full disk while saving over the sample: "no space", nothing half-saved, the sample next time', async () => {
    const { page, errors } = await openPage(h, '#/data');
    await page.addInitScript(FAULTS);
    await page.reload();
    sample = await rows(page);
    await page.evaluate(() => { (window as unknown as { __fault: string }).__fault = 'quota'; });
    await importCsv(page, 'first.csv', FIRST, 3);
    const msg = await state(page, 'failed');
    expect(msg).toMatch(/no space left/);
    expect(msg).toMatch(/this dataset stays open/);
    expect(msg).not.toMatch(/stack/i);
    expect(await opfsFiles(page)).toEqual([]);
    await page.evaluate(() => { (window as unknown as { __fault?: string }).__fault = undefined; });
    await page.reload();
    expect(await rows(page)).toBe(sample);
    await state(page, 'none');
    await closeClean(page, errors);
  });

  it('a full disk while saving over a saved dataset keeps the saved one whole', async () => {
    const { page, errors } = await openPage(h, '#/data');
    await page.addInitScript(FAULTS);
    await page.reload();
    await rows(page);
    await importCsv(page, 'first.csv', FIRST, 3);
    await state(page, 'saved');
    const before = await opfsFiles(page);
    await page.evaluate(() => { (window as unknown as { __fault: string }).__fault = 'quota'; });
    await importCsv(page, 'second.csv', SECOND, 5);
    expect(await state(page, 'failed')).toMatch(/previous saved copy \(if any\) is kept whole/);
    expect(await opfsFiles(page)).toEqual(before);
    await page.evaluate(() => { (window as unknown as { __fault?: string }).__fault = undefined; });
    await page.reload();
    expect(await rows(page)).toBe(3);
    await expect(page.getByTestId('dataset-name').textContent()).resolves.toBe('first.csv');
    await closeClean(page, errors);
  });

  it('a saved copy overwritten with random bytes: the cause, the sample, and a way out that works', async () => {
    const { page, errors } = await withFirstFile(h);
    await state(page, 'saved');
    await page.evaluate(async () => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('samiksha-saved');
      for await (const [n, fh] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries()) {
        if (!n.endsWith('.complaints.arrow')) continue;
        const size = (await fh.getFile()).size;
        const w = await fh.createWritable();
        await w.write(crypto.getRandomValues(new Uint8Array(size)));
        await w.close();
      }
    });
    await page.reload();
    // the copy's first-screen snapshot (intact) may paint its 3 rows first; the failed restore then opens the sample
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="dataset-summary"]')?.getAttribute('data-rows')) === n, sample, { timeout: 90_000 });
    expect(await rows(page)).toBe(sample);
    const notice = page.getByTestId('saved-copy-damaged');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(await notice.getAttribute('data-problem'), text).toBe('damaged');
    expect(text).toMatch(/could not be opened: it is damaged \(table complaints cannot be read/);
    expect(text).not.toMatch(/another tab/);
    // keep working in memory: nothing is written over the damaged copy
    const damagedFiles = await opfsFiles(page);
    await page.getByTestId('keep-in-memory').click();
    await importCsv(page, 'second.csv', SECOND, 5);
    expect(await state(page, 'unavailable')).toMatch(/keep the damaged copy on disk/);
    expect(await opfsFiles(page)).toEqual(damagedFiles);
    // next start: the same notice; clear it, and an import is kept again across reloads
    await page.reload();
    await rows(page);
    await page.getByTestId('clear-damaged').click();
    await state(page, 'none');
    expect(await opfsFiles(page)).toEqual([]);
    await importCsv(page, 'second.csv', SECOND, 5);
    await state(page, 'saved');
    await page.reload();
    expect(await rows(page)).toBe(5);
    expect(await page.getByTestId('saved-copy-damaged').count()).toBe(0);
    await closeClean(page, errors);
  });

  it('a saved copy from another version is named as such, not misread', async () => {
    const { page } = await withFirstFile(h);
    await state(page, 'saved');
    await page.evaluate(async () => {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('samiksha-saved');
      for await (const [n, fh] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries()) {
        if (!n.endsWith('.meta.json')) continue;
        const m = JSON.parse(await (await fh.getFile()).text());
        const w = await fh.createWritable();
        await w.write(JSON.stringify({ ...m, format: 99 }));
        await w.close();
      }
    });
    await page.reload();
    await rows(page);
    const notice = page.getByTestId('saved-copy-damaged');
    await expect(notice.getAttribute('data-problem')).resolves.toBe('version');
    await expect(notice.textContent()).resolves.toMatch(/another version of Samiksha \(written in format 99/);
    await page.context().close();
  });

  it('the browser closed in the middle of a save, and 1.3 s after one: the last finished save opens', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-profile-'));
    const launch = () => chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: FLAGS, headless: true });
    let ctx: BrowserContext = await launch();
    try {
      let page = ctx.pages()[0] ?? await ctx.newPage();
      await page.addInitScript(FAULTS);
      await page.goto(h.url + '#/data');
      await rows(page);
      await importCsv(page, 'first.csv', FIRST, 3);
      await state(page, 'saved');
      await page.evaluate(() => { (window as unknown as { __fault: string }).__fault = 'hang'; });
      await importCsv(page, 'second.csv', SECOND, 5);
      await state(page, 'saving');
      await ctx.close(); // mid-save
      ctx = await launch();
      page = ctx.pages()[0] ?? await ctx.newPage();
      await page.goto(h.url + '#/data');
      expect(await rows(page)).toBe(3);
      await state(page, 'saved');
      await expect(page.getByTestId('dataset-name').textContent()).resolves.toBe('first.csv');
      // (c): a finished save, the browser closed 1.3 s later
      await importCsv(page, 'second.csv', SECOND, 5);
      await state(page, 'saved');
      await page.waitForTimeout(1300);
      await ctx.close();
      ctx = await launch();
      page = ctx.pages()[0] ?? await ctx.newPage();
      await page.goto(h.url + '#/data');
      expect(await rows(page)).toBe(5);
      await expect(page.getByTestId('dataset-name').textContent()).resolves.toBe('second.csv');
      expect(await page.getByTestId('saved-copy-damaged').count()).toBe(0);
    } finally {
      await ctx.close().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a second tab opens the saved dataset too, and hears when the first saves a newer one', async () => {
    const { page, errors } = await withFirstFile(h);
    await state(page, 'saved');
    const second = await page.context().newPage();
    await second.goto(h.url + '#/');
    expect(await rows(second)).toBe(3);
    await importCsv(page, 'second.csv', SECOND, 5);
    await state(page, 'saved');
    await second.getByTestId('saved-elsewhere').waitFor();
    await second.reload();
    expect(await rows(second)).toBe(5);
    await closeClean(page, errors);
  });

  it('no private storage: says so, and an import still works in memory', async () => {
    const { page, errors } = await openPage(h, '#/data');
    await page.addInitScript(() => { Object.defineProperty(StorageManager.prototype, 'getDirectory', { value: undefined }); });
    await page.reload();
    await rows(page);
    expect(await state(page, 'unavailable')).toMatch(/no private file storage/);
    await importCsv(page, 'first.csv', FIRST, 3);
    expect(await state(page, 'unavailable')).toMatch(/no private file storage/);
    await closeClean(page, errors);
  });

  it('a file deleted after it was chosen: the real cause, and the loaded data stays', async () => {
    const { page, errors } = await withFirstFile(h);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-gone-')), 'gone.csv');
    fs.writeFileSync(file, SECOND);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('import-run').waitFor();
    fs.rmSync(file);
    await page.getByTestId('import-run').click();
    const err = page.getByTestId('import-error');
    await err.waitFor({ timeout: 30_000 });
    await expect(err.getAttribute('data-fault')).resolves.toBe('fileGone');
    await expect(err.textContent()).resolves.toMatch(/gone\.csv could not be read any more: was it moved, renamed or deleted/);
    expect(await rows(page)).toBe(3);
    await state(page, 'saved');
    await closeClean(page, errors);
  });

  it('the database engine failing to start: one message naming it, and a retry', async () => {
    // no service worker: once it has precached the wasm it would serve it past page.route (offline.test.ts covers it)
    const context = await h.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/*.wasm', (r) => r.abort());
    await page.goto(h.url + '#/');
    const err = page.getByTestId('load-error');
    await err.waitFor({ timeout: 60_000 });
    await expect(err.getAttribute('data-kind')).resolves.toBe('engine');
    await expect(err.textContent()).resolves.toMatch(/database engine could not start/);
    await page.unroute('**/*.wasm');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('dataset-summary').waitFor({ timeout: 90_000 });
    await context.close();
  });
});
