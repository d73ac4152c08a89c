/**
 * The three state presets in the built app: each state's sample league (in Hindi, screenshot) equals
 * `samiksha score` with the state's default scorecard; report card and officer lists per state; the
 * Uttarakhand escalation view and the Haryana ATR / daily-report view on small files whose numbers
 * were worked out by hand (the same rows as tests/unit/data/queries/states.test.ts).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { start, openPage, waitLoaded, ROOT, type Harness } from './harness';
import { STATE_PRESETS } from '../../src/domain/geo/states';

// The committed screenshots in docs/ are refreshed only on request (UPDATE_SCREENSHOTS=1); a test run never dirties the tree.
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'tests/e2e/__shots__');
const SAMPLE = { mp: 'public/sample', uk: 'public/sample/uk', hr: 'public/sample/hr' } as const;
const CARD = { mp: 'mp-cm-helpline', uk: 'uk-cm-helpline', hr: 'cm-window' } as const;
const COUNT = { mp: 55, uk: 13, hr: 22 } as const;

const leagueRows = (page: Page) => page.getByTestId('league-row').evaluateAll((els) => els.map((e) => ({
  unit: e.getAttribute('data-unit')!, rank: Number(e.getAttribute('data-rank')), score: Number(e.getAttribute('data-score')), grade: e.getAttribute('data-grade'),
})));

function cliScore(state: keyof typeof SAMPLE, period: string) {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/samiksha.mjs'), 'score', '--complaints', path.join(ROOT, SAMPLE[state], 'complaints.csv.gz'),
    '--scorecard', CARD[state], '--period', period], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out) as { rows: { unit: string; rank: number; score: number; grade: string }[] };
}

async function importCsv(page: Page, name: string, text: string) {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.getByTestId('column-mapping').waitFor();
  await page.getByTestId('import-run').click();
  await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
}

const UK_CSV = [
  'complaint_id,registered_on,district,department,source,current_level,status,closed_on,closure_type,officer_id',
  'u1,2026-10-28,Dehradun,Revenue,1905,1,open,,,D1', 'u2,2026-10-20,Dehra Dun,Revenue,1905,1,open,,,D1',
  'u3,2026-10-15,देहरादून,Energy,1905,2,open,,,D2', 'u4,2026-10-19,Dehradun,Energy,1905,2,open,,,D2',
  'u5,2026-09-20,Dehradun,Energy,1905,4,open,,,D2', 'u6,2026-04-01,Dehradun,Revenue,1905,4,open,,,D1',
  'u7,2026-10-01,Dehradun,Revenue,1905,3,closed,2026-11-05,satisfied,D1', 'u8,2026-10-01,Dehradun,Revenue,1905,1,closed,2026-10-10,Partially Closed,D1',
  'u9,2026-10-20,Dehradun,Revenue,1905,2,closed,2026-10-27,satisfied,D1', 'u10,2026-10-18,Dehradun,Revenue,1905,1,Partially Closed,2026-10-22,,D1',
  'u11,2026-03-20,Dehradun,Revenue,1905,4,closed,2026-10-29,force closed,D1', 'h1,2026-03-01,Hardwar,Revenue,1905,,open,,,H1',
  'h2,2026-10-30,हरिद्वार,Revenue,1905,1,open,,,H1',
].join('\n') + '\n';

const HR_CSV = [
  'शिकायत क्रमांक,पंजीयन दिनांक,जिला,विभाग,स्रोत,स्तर,प्रथम कार्यवाही दिनांक,स्थिति,निराकरण दिनांक,निराकरण का प्रकार,एटीआर दिनांक,अधिकारी आईडी,अधिकारी का नाम',
  'a1,20-09-2026,गुरुग्राम,Revenue,सीएम विंडो,1,21-09-2026,बंद,05-10-2026,संतुष्ट,05-10-2026,O1,Asha',
  'a2,20-09-2026,गुड़गांव,Revenue,सीएम विंडो,1,21-09-2026,बंद,06-10-2026,संतुष्ट,,O1,Asha',
  'a3,20-09-2026,Gurgaon,Revenue,सीएम विंडो,1,21-09-2026,बंद,07-10-2026,संतुष्ट,09-10-2026,O1,Asha',
  'a4,20-09-2026,गुरुग्राम,Health,सीएम विंडो,1,21-09-2026,बंद,10-10-2026,बलपूर्वक बंद,,O2,Balraj',
  'a5,20-09-2026,गुरुग्राम,Health,सीएम विंडो,1,21-09-2026,बंद,11-10-2026,संतुष्ट,,O2,Balraj',
  'a6,01-09-2026,नूंह,Revenue,सीएम विंडो,1,02-09-2026,बंद,30-09-2026,संतुष्ट,,O3,Chand',
  'a7,20-10-2026,Mewat,Revenue,सीएम विंडो,1,21-10-2026,बंद,31-10-2026,संतुष्ट,31-10-2026,O3,Chand',
  's1,01-10-2026,गुरुग्राम,Revenue,एसएमजीटी,1,02-10-2026,बंद,03-10-2026,संतुष्ट,03-10-2026,O1,Asha',
  's2,01-10-2026,गुरुग्राम,Revenue,एसएमजीटी,1,,लंबित,,,,O1,Asha',
  's3,02-10-2026,गुरुग्राम,Revenue,एसएमजीटी,1,02-10-2026,बंद,04-10-2026,विशेष बंद,04-10-2026,O1,Asha',
  's4,01-09-2026,नूंह,Revenue,एसएमजीटी,4,02-09-2026,लंबित,,,,O3,Chand',
  's5,28-09-2026,नूह,Revenue,एसएमजीटी,2,29-09-2026,लंबित,,,,O3,Chand',
].join('\n') + '\n';

describe('state presets in the app', () => {
  let h: Harness;
  beforeAll(async () => { h = await start(); fs.mkdirSync(SHOTS, { recursive: true }); });
  afterAll(async () => { await h?.close(); });

  it.each(['uk', 'hr', 'mp'] as const)('%s: a link with state= opens its sample; the Hindi league equals samiksha score; report card and officer lists', async (state) => {
    const { page, errors, external } = await openPage(h, `#/districts?state=${state}&lang=hi&period=2026-09`);
    await waitLoaded(page);
    await page.getByTestId('league-row').nth(COUNT[state] - 1).waitFor({ timeout: 90_000 });
    await expect(page.getByTestId('state-badge').getAttribute('data-state')).resolves.toBe(state);
    const rows = await leagueRows(page);
    const cli = cliScore(state, '2026-09');
    expect(rows).toHaveLength(COUNT[state]);
    expect(rows.map((r) => [r.unit, r.rank, r.score, r.grade]).sort()).toEqual(cli.rows.map((r) => [r.unit, r.rank, r.score, r.grade]).sort());
    await expect(page.locator(`[data-testid=district-map] svg[data-state=${state}] .tile`).count()).resolves.toBe(COUNT[state]);
    await page.screenshot({ path: path.join(SHOTS, `league-${state}-hi.png`), fullPage: true });
    // report card of the last-ranked district
    const last = [...rows].sort((a, b) => b.rank - a.rank)[0].unit;
    await page.goto(`${h.url}#/districts/${encodeURIComponent(last)}?state=${state}&period=2026-09`);
    await page.locator('[data-testid="district-card"][data-rank]').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('district-card').getAttribute('data-unit')).resolves.toBe(last);
    // officer lists
    await page.goto(`${h.url}#/officers?state=${state}`);
    await page.getByTestId('officer-good-list').getByTestId('officer-row').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('officer-poor-list').getByTestId('officer-row').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('Uttarakhand: an import is detected as uk; #/escalation shows the hand-worked numbers', async () => {
    const { page, errors } = await openPage(h, '#/data');
    await waitLoaded(page);
    await importCsv(page, 'uttarakhand.csv', UK_CSV);
    await page.waitForFunction(() => document.querySelector('[data-testid=state-badge]')?.getAttribute('data-state') === 'uk', undefined, { timeout: 30_000 });
    await expect.poll(() => page.getByTestId('state-detected').getAttribute('data-detected'), { timeout: 30_000 }).toBe('uk');
    expect(page.url()).toMatch(/state=uk/);
    await page.getByTestId('nav-escalation').click();
    await page.goto(`${h.url}#/escalation?state=uk&period=2026-10`);
    await page.locator('[data-testid=escalation][data-as-of="2026-10-31"] [data-testid=escalation-row]').first().waitFor({ timeout: 60_000 });
    const cell = (d: string, l: number) => page.locator(`[data-testid=escalation-row][data-unit="${d}"] td[data-level="${l}"]`);
    const got = async (d: string, l: number) => [await cell(d, l).getAttribute('data-pending'), await cell(d, l).getAttribute('data-over')];
    expect([await got('Dehradun', 1), await got('Dehradun', 2), await got('Dehradun', 3), await got('Dehradun', 4), await got('Haridwar', 1)])
      .toEqual([['2', '1'], ['2', '1'], ['1', '1'], ['2', '2'], ['2', '1']]);
    await expect(page.locator('[data-testid=escalation-row][data-unit=Dehradun]').getAttribute('data-past')).resolves.toBe('2');
    await expect(page.getByTestId('escalation-drive').getAttribute('data-total')).resolves.toBe('2');
    await expect(page.getByTestId('escalation-past-all').getAttribute('data-total')).resolves.toBe('3');
    const week = async (k: string) => { const r = page.locator(`[data-testid=cadence-row][data-key=${k}]`); return [await r.getAttribute('data-now'), await r.getAttribute('data-before')]; };
    expect([await week('received'), await week('closed'), await week('partially_closed'), await week('pending'), await week('past_all'), await week('over_180')])
      .toEqual([['2', '4'], ['2', '1'], ['0', '1'], ['9', '9'], ['3', '4'], ['2', '3']]);
    // a longer L4 limit (30 days) takes u5 (41 days) back within L4's limit
    await page.locator('[data-testid=level-limit][data-level="4"]').fill('30');
    await page.locator('[data-testid=level-limit][data-level="4"]').dispatchEvent('change');
    await expect.poll(() => cell('Dehradun', 4).getAttribute('data-over'), { timeout: 30_000 }).toBe('1');
    await page.getByTestId('reset-limits').click();
    await expect.poll(() => cell('Dehradun', 4).getAttribute('data-over'), { timeout: 30_000 }).toBe('2');
    await expect(page.locator('[data-testid=level-limit][data-level="4"]').getAttribute('data-from')).resolves.toBe('scorecard');
    // a scorecard whose time limits are L1 7, L2 3 (L3, L4 unset: the preset's 7 and 10; cumulative 7, 10, 17, 27):
    // u4 (12 days, L2) is past L2's limit now, u7 (30 days, L3) past every limit
    await page.goto(`${h.url}#/scorecard?state=uk&period=2026-10`);
    await page.getByTestId('scorecard-tree').waitFor({ timeout: 60_000 });
    const tight = { ...JSON.parse(fs.readFileSync(path.join(ROOT, 'src/domain/scorecards/uk-cm-helpline.json'), 'utf8')), id: 'uk-tight', name: { en: 'UK tight limits' }, timeLimitDays: { 1: 7, 2: 3 } };
    await page.getByTestId('scorecard-import').setInputFiles({ name: 'uk-tight.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tight)) });
    await page.waitForURL(/scorecard=uk-tight/);
    await page.goto(`${h.url}#/escalation?state=uk&period=2026-10&scorecard=uk-tight`);
    await expect.poll(() => cell('Dehradun', 2).getAttribute('data-over'), { timeout: 30_000 }).toBe('2');
    expect([await got('Dehradun', 1), await got('Dehradun', 2), await got('Dehradun', 3), await got('Dehradun', 4), await got('Haridwar', 1)])
      .toEqual([['2', '1'], ['2', '2'], ['1', '1'], ['2', '2'], ['2', '1']]);
    await expect(page.locator('[data-testid=escalation-row][data-unit=Dehradun]').getAttribute('data-past')).resolves.toBe('3');
    await expect(page.getByTestId('escalation-past-all').getAttribute('data-total')).resolves.toBe('4');
    await expect(page.getByTestId('level-limits').getAttribute('data-total')).resolves.toBe('27');
    expect(await page.getByTestId('level-limit').evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).value, e.getAttribute('data-from')])))
      .toEqual([['7', 'scorecard'], ['3', 'scorecard'], ['7', 'preset'], ['10', 'preset']]);
    // back to the state's scorecard (7 / 7 / 7 / 10): the counts return to the first ones
    await page.goto(`${h.url}#/escalation?state=uk&period=2026-10&lang=hi`);
    await expect.poll(() => page.getByTestId('escalation-past-all').getAttribute('data-total'), { timeout: 30_000 }).toBe('3');
    await page.locator('[data-testid=escalation][data-loading=false]').waitFor();
    await expect(page.getByTestId('level-limits').getAttribute('data-total')).resolves.toBe('31');
    await page.screenshot({ path: path.join(SHOTS, 'escalation-uk-hi.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('Haryana: a Hindi-headed export matches every district; #/atr shows the hand-worked ATR and SMGT numbers', async () => {
    const { page, errors } = await openPage(h, '#/data');
    await waitLoaded(page);
    await importCsv(page, 'haryana.csv', HR_CSV);
    await expect(page.locator('[data-testid=report-issue][data-kind=unknown_district]').count()).resolves.toBe(0);
    await page.waitForFunction(() => document.querySelector('[data-testid=state-badge]')?.getAttribute('data-state') === 'hr', undefined, { timeout: 30_000 });
    await page.goto(`${h.url}#/atr?state=hr&period=2026-10`);
    await page.locator('[data-testid=atr][data-closed="8"]').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('atr').getAttribute('data-without')).resolves.toBe('3');
    const dep = (k: string) => page.locator(`[data-testid=atr-departments] [data-testid=atr-row][data-key="${k}"]`);
    expect([await dep('Health').getAttribute('data-without'), await dep('Revenue').getAttribute('data-closed'), await dep('Revenue').getAttribute('data-without'), await dep('Revenue').getAttribute('data-late')])
      .toEqual(['2', '6', '1', '1']);
    const officers = await page.locator('[data-testid=atr-officers] [data-testid=atr-row]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), e.getAttribute('data-closed'), e.getAttribute('data-without')]));
    expect(officers).toEqual([['O2', '2', '2'], ['O1', '5', '1'], ['O3', '1', '0']]);
    const daily = page.getByTestId('daily-report');
    await expect(daily.getAttribute('data-source')).resolves.toBe('smgt');
    expect([await daily.getAttribute('data-received'), await daily.getAttribute('data-disposed'), await daily.getAttribute('data-rejected')]).toEqual(['3', '1', '1']);
    await expect(page.locator('[data-testid=daily-row][data-day="2026-10-10"]').getAttribute('data-pending')).resolves.toBe('3');
    await page.getByTestId('daily-source').selectOption('cm_window');
    await expect.poll(() => daily.getAttribute('data-disposed'), { timeout: 30_000 }).toBe('6');
    await page.goto(`${h.url}#/atr?state=hr&period=2026-10&lang=hi`);
    await page.getByTestId('atr-row').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'atr-hr-hi.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('an opened state sample survives a reload without state= in the URL (UK, then HR, then back to MP)', async () => {
    const { page, errors } = await openPage(h, '#/data');
    await waitLoaded(page);
    const reopen = async (want: keyof typeof COUNT) => {
      // a new load of the app at a URL with no state: not a hash change inside the running page
      await page.goto('about:blank');
      await page.goto(`${h.url}#/districts?period=2026-09`);
      expect(new URL(page.url()).hash).not.toMatch(/state=/);
      await waitLoaded(page);
      await page.getByTestId('league-row').nth(COUNT[want] - 1).waitFor({ timeout: 90_000 });
      await expect(page.getByTestId('state-badge').getAttribute('data-state')).resolves.toBe(want);
      const units = (await leagueRows(page)).map((r) => r.unit).sort();
      expect(units).toEqual(STATE_PRESETS[want].districts.map((d) => d.name).sort());
      if (want !== 'mp') await expect.poll(() => page.url()).toMatch(new RegExp(`state=${want}`)); // MP, the default, needs none
    };
    await page.getByTestId('open-sample-uk').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=state-badge]')?.getAttribute('data-state') === 'uk', undefined, { timeout: 90_000 });
    await reopen('uk');
    await expect(page.getByTestId('league-row').first().getAttribute('data-unit')).resolves.toBeTruthy();
    const rows = await leagueRows(page);
    expect(rows.map((r) => [r.unit, r.rank, r.score, r.grade]).sort()).toEqual(cliScore('uk', '2026-09').rows.map((r) => [r.unit, r.rank, r.score, r.grade]).sort());
    await page.goto(`${h.url}#/data`);
    await page.getByTestId('open-sample-hr').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=state-badge]')?.getAttribute('data-state') === 'hr', undefined, { timeout: 90_000 });
    await reopen('hr');
    await page.goto(`${h.url}#/data`);
    await page.getByTestId('open-sample-mp').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=state-badge]')?.getAttribute('data-state') === 'mp', undefined, { timeout: 90_000 });
    await reopen('mp');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('the data page offers each state sample and a state select', async () => {
    const { page } = await openPage(h, '#/data');
    await waitLoaded(page);
    await page.getByTestId('open-sample-hr').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=state-badge]')?.getAttribute('data-state') === 'hr', undefined, { timeout: 90_000 });
    await expect(page.getByTestId('state-select').inputValue()).resolves.toBe('hr');
    await expect.poll(() => page.getByTestId('state-detected').getAttribute('data-detected'), { timeout: 60_000 }).toBe('hr');
    expect(page.url()).toMatch(/state=hr/);
    await page.getByTestId('state-select').selectOption('uk');
    await expect.poll(() => page.getByTestId('state-badge').getAttribute('data-state')).toBe('uk');
    expect(page.url()).toMatch(/state=uk/);
    await page.context().close();
  }, 180_000);
});
