import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import type { Page } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020';
import { start, openPage, waitLoaded, ROOT, type Harness } from './harness';

// the committed docs/screenshots/scorecard-*.png come from scorecard-shots.test.ts (1366×768); these are for looking at
const SHOTS = path.join(ROOT, 'tests/e2e/__shots__');
const SCHEMA = path.resolve(ROOT, '../shared/schemas/scorecard.schema.json');
const PERIOD = '2026-09';
interface Row { unit: string; rank: number; score: number; shift: string; grade: string }

const previewRows = (page: Page): Promise<Row[]> => page.getByTestId('preview-row').evaluateAll((els) => els.map((e) => ({
  unit: e.getAttribute('data-unit')!, rank: Number(e.getAttribute('data-rank')), score: Number(e.getAttribute('data-score')),
  shift: e.getAttribute('data-shift')!, grade: e.getAttribute('data-grade')!,
})));

describe('scorecard workbench (#/scorecard)', () => {
  let h: Harness;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-wb-'));
  beforeAll(async () => { fs.mkdirSync(SHOTS, { recursive: true }); h = await start(); });
  afterAll(async () => { await h?.close(); });

  it('a weight edit re-ranks live; the exported JSON scores the same ranks in `samiksha score --scorecard FILE`', async () => {
    const { page, errors } = await openPage(h, `#/scorecard?period=${PERIOD}`);
    await waitLoaded(page);
    await page.getByTestId('scorecard-tree').waitFor();
    await page.getByTestId('preview-row').first().waitFor({ timeout: 60_000 });
    const before = await previewRows(page);
    expect(before.length).toBeGreaterThan(40);
    expect(before.every((r) => r.shift === '0')).toBe(true);

    const weight = page.locator('[data-testid="node-weight"][data-node="satisfaction_rate"]');
    await expect(weight.inputValue()).resolves.toBe('60');
    await weight.fill('15');
    await expect.poll(async () => (await previewRows(page)).some((r) => r.shift !== '0')).toBe(true);
    const after = await previewRows(page);
    // the shift is the saved rank minus the new rank
    const old = new Map(before.map((r) => [r.unit, r.rank]));
    for (const r of after) expect(Number(r.shift)).toBe(old.get(r.unit)! - r.rank);
    await expect(page.getByTestId('movers').textContent()).resolves.toMatch(/▲|▼/);
    // every share follows the edit (60/20/10/10 → 15/20/10/10 of 55): 27.3%, 36.4%, 18.2%, 18.2%
    const share = (id: string) => page.locator(`[data-testid="tree-node"][data-node="${id}"] td.num.muted`).textContent();
    await expect.poll(() => share('satisfaction_rate')).toBe('27.3%');
    await expect(share('old_pending_resolution_rate')).resolves.toBe('36.4%');
    await expect(share('low_quality_rate')).resolves.toBe('18.2%');
    await expect(share('non_attended_rate')).resolves.toBe('18.2%');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scorecard-export').click()]);
    const file = path.join(tmp, 'edited.json');
    await download.saveAs(file);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(json.children.find((c: { id: string }) => c.id === 'satisfaction_rate').weight).toBe(15);
    if (fs.existsSync(SCHEMA)) {
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }

    const out = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin/samiksha.mjs'), 'score', '--complaints', path.join(ROOT, 'public/sample/complaints.csv.gz'),
      '--scorecard', file, '--period', PERIOD], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const cli = new Map<string, { rank: number; score: number; grade: string }>(out.rows.map((r: { unit: string }) => [r.unit, r]));
    expect(after.length).toBe(out.rows.length);
    for (const r of after) expect([r.unit, r.rank, r.score, r.grade]).toEqual([r.unit, cli.get(r.unit)!.rank, cli.get(r.unit)!.score, cli.get(r.unit)!.grade]);
    // and the CLI's ranks differ from the built-in's: the edit mattered
    expect(after.some((r) => r.shift !== '0')).toBe(true);

    // an invalid value names the field and keeps the last valid preview
    await weight.fill('-3');
    await expect(page.locator('[data-testid="node-issue"][data-node="satisfaction_rate"]').textContent()).resolves.toMatch(/weight/);
    expect((await previewRows(page)).map((r) => r.rank)).toEqual(after.map((r) => r.rank));
    await weight.fill('15');
    await page.getByTestId('node-issue').waitFor({ state: 'detached' });

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(SHOTS, 'scorecard-en.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a group's own availability threshold re-ranks, is exported, and `samiksha score` gives the same ranks", async () => {
    const { page, errors } = await openPage(h, `#/scorecard?scorecard=cm-dashboard&period=${PERIOD}`);
    await waitLoaded(page);
    await page.getByTestId('preview-row').first().waitFor({ timeout: 60_000 });
    // on the sample, the Energy department lacks one of its parameters in two districts: at a
    // threshold of 1 (all of its weight must have data) the group drops out there and they move
    const th = page.locator('[data-testid="node-threshold"][data-node="dept:ENERGY"]');
    await expect(th.getAttribute('placeholder')).resolves.toBe('0.5');
    await th.fill('1');
    await th.dispatchEvent('change');
    await expect.poll(async () => (await previewRows(page)).filter((r) => r.shift !== '0').length).toBeGreaterThan(0);
    const after = await previewRows(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scorecard-export').click()]);
    const file = path.join(tmp, 'group-threshold.json');
    await download.saveAs(file);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(json.children.find((c: { id: string }) => c.id === 'dept:ENERGY').availabilityThreshold).toBe(1);
    if (fs.existsSync(SCHEMA)) {
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
    const out = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin/samiksha.mjs'), 'score', '--complaints', path.join(ROOT, 'public/sample/complaints.csv.gz'),
      '--indicators', path.join(ROOT, 'public/sample/indicators.csv.gz'), '--scorecard', file, '--period', PERIOD], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const cli = new Map<string, { rank: number; score: number }>(out.rows.map((r: { unit: string }) => [r.unit, r]));
    expect(after.length).toBe(out.rows.length);
    for (const r of after) expect([r.unit, r.rank, r.score]).toEqual([r.unit, cli.get(r.unit)!.rank, cli.get(r.unit)!.score]);

    // emptied, the group follows the scorecard's threshold again and nobody has moved
    await th.fill('');
    await th.dispatchEvent('change');
    await expect.poll(async () => (await previewRows(page)).every((r) => r.shift === '0')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a broken import names the field and changes nothing; a good one is saved, versioned and selectable on the league page', async () => {
    const { page, errors } = await openPage(h, `#/scorecard?period=${PERIOD}`);
    await waitLoaded(page);
    await page.getByTestId('preview-row').first().waitFor({ timeout: 60_000 });
    const before = await previewRows(page);
    const good = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/domain/scorecards/mp-cm-helpline.json'), 'utf8'));
    const broken = structuredClone(good);
    broken.children[1].weight = 'twenty';
    await page.getByTestId('scorecard-import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const msg = page.getByTestId('import-scorecard-error');
    await expect(msg.textContent()).resolves.toMatch(/broken\.json: children\[1\]\.weight: must be a number/);
    await expect(page.getByTestId('scorecard-picker').inputValue()).resolves.toBe('mp-cm-helpline');
    expect(await previewRows(page)).toEqual(before);
    await page.getByTestId('scorecard-import').setInputFiles({ name: 'nojson.json', mimeType: 'application/json', buffer: Buffer.from('{"id": ') });
    await expect.poll(() => msg.textContent()).toMatch(/nojson\.json: not valid JSON/);

    const mine = { ...structuredClone(good), id: 'my-grading', name: { en: 'My grading', hi: 'मेरी ग्रेडिंग' } };
    mine.children[0].weight = 40;
    await page.getByTestId('scorecard-import').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await page.waitForURL(/scorecard=my-grading/);
    await expect(page.getByTestId('import-scorecard-error').count()).resolves.toBe(0);
    await expect(page.getByTestId('scorecard-versions').textContent()).resolves.toMatch(/v1.*imported from mine\.json/s);
    await expect(page.locator('[data-testid="node-weight"][data-node="satisfaction_rate"]').inputValue()).resolves.toBe('40');

    // edit, save a second version with a note
    await page.locator('[data-testid="node-weight"][data-node="low_quality_rate"]').fill('12');
    await page.getByTestId('save-by').fill('Analyst');
    await page.getByTestId('save-note').fill('quality counts more');
    await page.getByTestId('scorecard-save').click();
    await expect(page.getByTestId('scorecard-versions').textContent()).resolves.toMatch(/v2.*Analyst.*quality counts more/s);

    // any saved scorecard is selectable on the score pages, and survives a reload
    await page.goto(`${h.url}#/districts?period=${PERIOD}`);
    await waitLoaded(page);
    await page.getByTestId('scorecard-picker').selectOption('my-grading');
    await page.waitForURL(/scorecard=my-grading/);
    await page.getByTestId('league-row').first().waitFor({ timeout: 60_000 });
    await page.reload();
    await waitLoaded(page);
    await expect(page.getByTestId('scorecard-picker').inputValue()).resolves.toBe('my-grading');
    const leagueScore = await page.locator('[data-testid="league-row"][data-unit="Indore"]').getAttribute('data-score');

    // … and on every other score page: overview, report card, departments
    for (const route of ['#/', '#/districts/Indore', '#/departments']) {
      await page.goto(`${h.url}${route}?period=${PERIOD}`);
      await waitLoaded(page);
      // a hash change: wait for the router to have left the previous page, whose picker already shows
      // my-grading (selecting it there would change nothing), and for this page's picker (no scorecard in its URL)
      await page.waitForFunction((r) => location.hash.split('?')[0] === r, route);
      const picker = page.getByTestId('scorecard-picker');
      await expect.poll(() => picker.inputValue(), { timeout: 30_000 }).not.toBe('my-grading');
      await expect(picker.locator('option[value="my-grading"]').count(), route).resolves.toBe(1);
      await picker.selectOption('my-grading');
      await page.waitForURL(/scorecard=my-grading/);
    }
    // the report card scores with it: the same score as the league row under my-grading
    await page.goto(`${h.url}#/districts/Indore?period=${PERIOD}&scorecard=my-grading`);
    await waitLoaded(page);
    await expect.poll(() => page.getByTestId('district-card').getAttribute('data-score'), { timeout: 60_000 }).toBe(String(Number(leagueScore)));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('compares two scorecards, runs robustness and sensitivity; the Hindi page renders', async () => {
    const { page, errors } = await openPage(h, `#/scorecard?period=${PERIOD}&lang=hi`);
    await waitLoaded(page);
    await page.getByTestId('preview-row').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="habitual-toggle"]').uncheck();
    await expect.poll(() => page.getByTestId('compare-row').count(), { timeout: 60_000 }).toBeGreaterThan(40);
    await page.getByTestId('robustness-runs').fill('200');
    await page.getByTestId('robustness-run').click();
    const plot = page.getByTestId('robustness-plot');
    await plot.waitFor({ timeout: 60_000 });
    await expect(plot.getAttribute('data-runs')).resolves.toBe('200');
    await page.getByTestId('sensitivity-chart').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('स्थिरता और संवेदनशीलता');
    expect(text).toContain('भार');
    expect(text).not.toMatch(/NaN|undefined|workbench\.|Infinity/);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(SHOTS, 'scorecard-hi.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
