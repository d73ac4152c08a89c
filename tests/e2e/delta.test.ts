import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { start, openPage, waitLoaded, ROOT, type Harness } from './harness';

/** Delta ranking on #/districts: by improvement as well as by level, and the bottom-three-months-running mark. */
const PERIOD = '2026-09';
interface CliRow { unit: string; group: string | null; rank: number; score: number; deltaScore: number | null }
const cli = (period: string): CliRow[] => JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin/samiksha.mjs'), 'score',
  '--complaints', path.join(ROOT, 'public/sample/complaints.csv.gz'), '--period', period], { encoding: 'utf8', maxBuffer: 64 << 20 })).rows;

/** competition ranks of `x` descending within each group, from the formula (not from the app's code) */
function improvementRanks(rows: CliRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (r.deltaScore == null) continue;
    const better = rows.filter((o) => o.group === r.group && o.deltaScore != null && o.deltaScore > r.deltaScore!).length;
    out.set(r.unit, better + 1);
  }
  return out;
}
const bottomThree = (rows: CliRow[]) => new Set(rows.filter((r) => rows.filter((o) => o.group === r.group && o.rank > r.rank).length < 3).map((r) => r.unit));

describe('delta ranking (#/districts)', () => {
  let h: Harness;
  beforeAll(async () => { h = await start(); });
  afterAll(async () => { await h?.close(); });

  it('ranks by improvement (kept in the URL) as the CLI scores give it, and marks the bottom three of three months running', async () => {
    const now = cli(PERIOD);
    const want = improvementRanks(now);
    const [jul, aug, sep] = [bottomThree(cli('2026-07')), bottomThree(cli('2026-08')), bottomThree(now)];
    const streak = [...jul].filter((u) => aug.has(u) && sep.has(u)).sort();
    expect(streak.length).toBeGreaterThan(0); // the sample has such districts: the check below cannot pass empty

    const { page, errors } = await openPage(h, `#/districts?period=${PERIOD}`);
    await waitLoaded(page);
    await page.getByTestId('league-row').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('rank-mode').getAttribute('data-mode')).resolves.toBe('level');

    // the mark in the level table: exactly the units in the bottom three of their group in July, August and September
    await expect.poll(async () => (await page.locator('[data-testid="league-row"] [data-testid="bottom-streak"]').count()), { timeout: 60_000 }).toBe(streak.length);
    const marked = await page.locator('[data-testid="league-row"]:has([data-testid="bottom-streak"])').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')!).sort());
    expect(marked).toEqual(streak);
    const months = await page.getByTestId('bottom-streak').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-months'))));
    expect(months.every((m) => m >= 3)).toBe(true);
    await expect(page.getByTestId('bottom-streak-note').textContent()).resolves.toContain(String(streak.length));

    await page.getByTestId('rank-mode-improvement').click();
    await page.waitForURL(/rankBy=improvement/);
    await page.getByTestId('improvement-row').first().waitFor();
    await expect(page.getByTestId('league-table').count()).resolves.toBe(0);
    const rows = await page.getByTestId('improvement-row').evaluateAll((els) => els.map((e) => ({
      unit: e.getAttribute('data-unit')!, imp: e.getAttribute('data-improvement-rank')!, delta: e.getAttribute('data-delta-score')!,
      rank: Number(e.getAttribute('data-rank')), group: e.getAttribute('data-group')!,
    })));
    expect(rows.length).toBe(now.length);
    const byUnit = new Map(now.map((r) => [r.unit, r]));
    for (const r of rows) {
      const c = byUnit.get(r.unit)!;
      expect([r.unit, r.rank, r.delta === '' ? null : Number(r.delta), r.imp === '' ? null : Number(r.imp)])
        .toEqual([c.unit, c.rank, c.deltaScore, want.get(r.unit) ?? null]);
    }
    // listed by group, then by improvement rank: the first row of each group improved most
    const firstA = rows.find((r) => r.group === (now[0].group ?? ''))!;
    expect(firstA.imp).toBe('1');
    // the marks stay in the improvement table
    await expect(page.locator('[data-testid="improvement-row"] [data-testid="bottom-streak"]').count()).resolves.toBe(streak.length);

    // the mode survives a reload (it is in the URL) and the Hindi page has every key
    await page.goto(`${h.url}#/districts?period=${PERIOD}&rankBy=improvement&lang=hi`);
    await waitLoaded(page);
    await page.getByTestId('improvement-row').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('rank-mode').getAttribute('data-mode')).resolves.toBe('improvement');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('सुधार रैंक');
    expect(text).not.toMatch(/delta\.|NaN|undefined/);
    await page.getByTestId('rank-mode-level').click();
    await page.getByTestId('league-row').first().waitFor();
    expect(page.url()).not.toContain('rankBy');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
