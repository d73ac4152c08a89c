/**
 * #/data in the built app: import a Hindi-headed CSV with DD-MM-YYYY dates through the page, read the
 * data-quality report, refuse broken files without touching the loaded data, keep the dataset and a
 * saved mapping across a reload, and go back to the embedded sample.
 */
import fs from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startLoaded, stopLoaded, waitLoaded, shot, type Harness } from './harness';
import { hasSchemas, schemaValidator } from '../unit/domain/scoring/shared';

const FILE = 'shikayat-jan-mar.csv';
// Row numbers: the header is row 1.
const HINDI_CSV = [
  'शिकायत क्रमांक,दिनांक,जिला,विभाग,स्थिति,निराकरण दिनांक,निराकरण का प्रकार,स्रोत',
  'H01,05-01-2024,भोपाल,स्वास्थ्य,बंद,25-01-2024,संतुष्ट,181', // 2
  'H02,13-01-2024,इंदौर,राजस्व,लंबित,,,वेब पोर्टल', // 3
  'H03,20-01-2024,ग्वालियर,पुलिस,बंद,22-01-2024,बलपूर्वक बंद,कॉल सेंटर', // 4
  'H04,02-02-2024,भोपाल,राजस्व,बंद,12-02-2024,आंशिक संतुष्ट,', // 5
  'H05,31-02-2024,इंदौर,राजस्व,लंबित,,,', // 6 bad_date (31 February)
  'H06,14-02-2024,भोपल,राजस्व,लंबित,,,', // 7 unknown_district (kept)
  'H07,15-02-2024,इंदौर,स्वास्थ्य,बंद,10-02-2024,संतुष्ट,', // 8 closed_before_registered
  'H02,16-02-2024,इंदौर,राजस्व,लंबित,,,', // 9 duplicate_id
  'H08,01-03-2024,जबलपुर,पुलिस,बंद,05-03-2024,संतुष्ट,ऐप', // 10
  'H09,11-03-2024,ग्वालियर,पुलिस,लंबित,,,', // 11
  'H10,21-03-2024,जबलपुर,स्वास्थ्य,अज्ञात,,,', // 12 bad_value (status)
].join('\n') + '\n';
const INDICATORS_CSV = 'माह,जिला,पैरामीटर,उपलब्धि,लक्ष्य\n2024-03,भोपाल,P1,5,10\n2024-03,इंदौर,P1,7,10\n2024-03,ग्वालियर,P1,,10\n';
let loaded = 7;

function csvFile(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

async function rows(page: Page): Promise<number> {
  return Number(await page.getByTestId('dataset-summary').getAttribute('data-rows'));
}

async function savedState(page: Page, want: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelector('[data-testid="saved-state"]')?.getAttribute('data-state') === s, want, { timeout: 60_000 });
}

describe('data page: import, check, keep (built dist/, headless Chromium)', () => {
  let h: Harness, page: Page, errors: string[], external: string[];
  beforeAll(async () => {
    ({ h, page, errors, external } = await startLoaded('#/data'));
  });
  afterAll(() => stopLoaded(h, page));

  it('previews a Hindi-headed file and maps its columns automatically', async () => {
    expect(await rows(page)).toBeGreaterThan(250_000);
    await page.getByTestId('file-input').setInputFiles(csvFile(FILE, HINDI_CSV));
    await page.getByTestId('column-mapping').waitFor();
    const mapped = await page.getByTestId('mapping-row').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-column'), e.getAttribute('data-header')])));
    expect(mapped).toMatchObject({
      complaint_id: 'शिकायत क्रमांक', registered_on: 'दिनांक', district: 'जिला', department: 'विभाग', status: 'स्थिति',
      closed_on: 'निराकरण दिनांक', closure_type: 'निराकरण का प्रकार', source: 'स्रोत', officer_id: '',
    });
    await expect(page.getByTestId('table-select').inputValue()).resolves.toBe('complaints');
    await expect(page.getByTestId('file-preview').locator('tbody tr').count()).resolves.toBe(8);
    // coded values found in the preview, read automatically
    await expect(page.locator('[data-testid="value-row"][data-raw="बलपूर्वक बंद"] select').inputValue()).resolves.toBe('\u0000auto');
    await expect(page.getByTestId('mapping-missing').count()).resolves.toBe(0);
  });

  it('imports it: the report, the header, the summary and every store follow', async () => {
    await page.getByTestId('import-run').click();
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 60_000 });
    await expect(report.getAttribute('data-rows')).resolves.toBe('11');
    await expect(report.getAttribute('data-loaded')).resolves.toBe('7');
    await expect(report.getAttribute('data-rejected')).resolves.toBe('4');
    const issues = await page.getByTestId('report-issue').evaluateAll((els) => els.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-column'), e.getAttribute('data-count'), e.getAttribute('data-rows')].join(' ')));
    expect(issues).toEqual([
      'bad_date registered_on 1 6',
      'closed_before_registered closed_on 1 8',
      'bad_value status 1 12',
      'duplicate_id complaint_id 1 9',
      'unknown_district district 1 7',
    ]);
    await expect(page.getByTestId('report-date-formats').textContent()).resolves.toContain('%d-%m-%Y');
    await expect(page.getByTestId('report-date-range').textContent()).resolves.toMatch(/05-01-2024\s*–\s*11-03-2024/);
    await expect(page.getByTestId('report-format').textContent()).resolves.toMatch(/CSV, utf-8, comma/);
    await expect(page.getByTestId('report-units').getAttribute('data-count')).resolves.toBe('5');
    const unknown = page.getByTestId('unknown-district');
    await expect(unknown.getAttribute('data-name')).resolves.toBe('भोपल');
    await expect(unknown.getAttribute('data-suggestion')).resolves.toBe('Bhopal');
    // the dataset is the file now, everywhere
    await page.waitForFunction((n) => document.querySelector('[data-testid="dataset-summary"]')?.getAttribute('data-rows') === String(n), loaded);
    await expect(page.getByTestId('dataset-name').textContent()).resolves.toBe(FILE);
    await expect(page.getByTestId('period-picker').locator('option').count()).resolves.toBe(3);
    await savedState(page, 'saved');
    await shot(page, 'data-imported');
  });

  it('downloads the quarantined rows as CSV with their row numbers', async () => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-quarantine').click()]);
    expect(dl.suggestedFilename()).toBe('shikayat-jan-mar-quarantine.csv');
    const text = fs.readFileSync((await dl.path())!, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines[0].startsWith('row,kind,column,reasons,शिकायत क्रमांक,दिनांक,जिला')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '6,bad_date,registered_on', '8,closed_before_registered,closed_on', '9,duplicate_id,complaint_id', '12,bad_value,status',
    ]);
  });

  it('saves the mapping by name and exports it as mapping JSON', async () => {
    await page.getByTestId('mapping-name').fill('Hindi helpline export');
    await page.getByTestId('mapping-save').click();
    await expect(page.getByTestId('saved-mapping').getAttribute('data-name')).resolves.toBe('Hindi helpline export');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('mapping-export').click()]);
    const json = JSON.parse(fs.readFileSync((await dl.path())!, 'utf8'));
    expect(json.table).toBe('complaints');
    expect(json.columns).toMatchObject({ district: 'जिला', registered_on: 'दिनांक', closure_type: 'निराकरण का प्रकार' });
    if (hasSchemas) {
      const r = schemaValidator('mapping.schema.json')(json);
      expect(r.ok, r.errors).toBe(true);
    }
  });

  it.each([
    ['khali.csv', 'शिकायत क्रमांक,दिनांक,जिला,विभाग,स्थिति\n', 'khali.csv: the file has a header row but no data rows'],
    ['no-district.csv', 'complaint_id,registered_on,department,status\nX1,01-01-2024,Health,Open\n', 'no-district.csv: required column "district" not found'],
  ])('refuses %s with one message and leaves the loaded data as it was', async (name, text, message) => {
    await page.getByTestId('file-input').setInputFiles(csvFile(name, text));
    await page.getByTestId('chosen-file').filter({ hasText: name }).waitFor();
    await page.getByTestId('import-run').click();
    const err = page.getByTestId('import-error');
    await err.waitFor({ timeout: 30_000 });
    await expect(err.count()).resolves.toBe(1);
    const shown = (await err.textContent())!;
    expect(shown.startsWith(message)).toBe(true);
    expect(shown.split('\n').length).toBe(1);
    expect(await rows(page)).toBe(loaded);
    await expect(page.getByTestId('dataset-name').textContent()).resolves.toBe(FILE);
  });

  it('a value mapped by hand is read that way on the next import', async () => {
    await page.getByTestId('file-input').setInputFiles(csvFile(FILE, HINDI_CSV));
    const sel = page.locator('[data-testid="value-row"][data-raw="अज्ञात"] select');
    await sel.waitFor();
    await expect(sel.inputValue()).resolves.toBe('\u0000auto');
    await sel.selectOption('open');
    await page.getByTestId('import-run').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="import-report"]')?.getAttribute('data-loaded') === '8');
    const kinds = await page.getByTestId('report-issue').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).not.toContain('bad_value');
    loaded = 8;
    await page.waitForFunction((n) => document.querySelector('[data-testid="dataset-summary"]')?.getAttribute('data-rows') === String(n), loaded);
    await savedState(page, 'saved');
  });

  it('adds an indicators file (table guessed from its Hindi headers) to the dataset', async () => {
    await page.getByTestId('file-input').setInputFiles(csvFile('indicators.csv', INDICATORS_CSV));
    await page.getByTestId('chosen-file').filter({ hasText: 'indicators.csv' }).waitFor();
    await page.getByTestId('column-mapping').waitFor();
    await expect(page.getByTestId('table-select').inputValue()).resolves.toBe('indicators');
    await page.getByTestId('import-run').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="import-report"]')?.getAttribute('data-file') === 'indicators.csv');
    const report = page.getByTestId('import-report');
    await expect(report.getAttribute('data-loaded')).resolves.toBe('2');
    await expect(page.locator('[data-testid="report-issue"][data-kind="missing_required"]').getAttribute('data-rows')).resolves.toBe('4');
    await expect(page.getByTestId('dataset-name').textContent()).resolves.toBe(`${FILE} + indicators.csv`);
    expect(await rows(page)).toBe(loaded);
    await savedState(page, 'saved');
  });

  it('keeps the imported dataset, its report and the saved mapping across a reload', async () => {
    await page.reload();
    await waitLoaded(page);
    expect(await rows(page)).toBe(loaded);
    await expect(page.getByTestId('dataset-name').textContent()).resolves.toBe(`${FILE} + indicators.csv`);
    await savedState(page, 'saved');
    // the complaints report comes first after a restart
    await expect(page.getByTestId('import-report').getAttribute('data-loaded')).resolves.toBe(String(loaded));
    await expect(page.getByTestId('saved-mapping').getAttribute('data-name')).resolves.toBe('Hindi helpline export');
    await expect(page.getByTestId('period-picker').locator('option').count()).resolves.toBe(3);
  });

  it('resets to the embedded sample, which is what the next start loads', async () => {
    page.once('dialog', (d) => { void d.accept(); });
    await page.getByTestId('reset-sample').click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="dataset-summary"]')?.getAttribute('data-rows')) > 250_000, null, { timeout: 90_000 });
    await expect(page.getByTestId('dataset-name').textContent()).resolves.toBe('Embedded sample (Madhya Pradesh, synthetic)');
    await savedState(page, 'none');
    await expect(page.getByTestId('import-report').count()).resolves.toBe(0);
    await page.reload();
    expect(await waitLoaded(page)).toBeGreaterThan(250_000);
    await savedState(page, 'none');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });
});
