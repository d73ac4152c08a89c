/**
 * Fuzz through the real file input of the built app: random bytes, and valid CSV and XLSX files
 * mutated (bytes flipped, cut short, quotes, NULs, CRs and BOMs inserted, zip entries broken). Every
 * run must end with a report or a refusal, with no uncaught error; after a refusal the loaded
 * data is as it was, and the app keeps working.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { start, openPage, waitLoaded, type Harness } from './harness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 36);
let seed = 20261203;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];

const CSV = ['complaint_id,registered_on,district,department,status,closed_on,closure_type,officer_name',
  ...Array.from({ length: 40 }, (_, i) => `K${i},2024-0${1 + (i % 3)}-1${i % 9},${pick(['Bhopal', 'Indore', 'इंदौर', 'Sagar'])},Health,${i % 2 ? 'closed' : 'open'},${i % 2 ? '2024-04-01' : ''},${i % 2 ? 'satisfied' : ''},"Sharma, R"`)].join('\n') + '\n';

function xlsx(rows: string[][]): Uint8Array {
  const cell = (v: string, c: number, r: number) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, c, r + 1)).join('')}</row>`).join('')}</sheetData></worksheet>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}
const XLSX = xlsx(CSV.trim().split('\n').map((l) => l.split(',').slice(0, 7)));

function mutate(bytes: Uint8Array): Uint8Array {
  const b = Array.from(bytes);
  const n = 1 + Math.floor(rnd() * 6);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(rnd() * b.length);
    switch (pick(['flip', 'cut', 'quote', 'nul', 'cr', 'bom', 'dup', 'del'])) {
      case 'flip': b[at] = Math.floor(rnd() * 256); break;
      case 'cut': b.length = Math.max(1, at); break;
      case 'quote': b.splice(at, 0, 34); break;
      case 'nul': b.splice(at, 0, 0); break;
      case 'cr': b.splice(at, 0, 13); break;
      case 'bom': b.splice(at, 0, 0xef, 0xbb, 0xbf); break;
      case 'dup': b.splice(at, 0, ...b.slice(at, at + 50)); break;
      case 'del': b.splice(at, Math.floor(rnd() * 30)); break;
    }
  }
  return Uint8Array.from(b);
}

function input(i: number): { name: string; buffer: Buffer; kind: string } {
  const kind = pick(['random', 'csv', 'csv', 'xlsx', 'xlsx-as-csv']);
  if (kind === 'random') return { kind, name: `random-${i}.csv`, buffer: Buffer.from(Uint8Array.from({ length: 1 + Math.floor(rnd() * 4000) }, () => Math.floor(rnd() * 256))) };
  if (kind === 'csv') return { kind, name: `mutated-${i}.csv`, buffer: Buffer.from(mutate(new TextEncoder().encode(CSV))) };
  if (kind === 'xlsx') return { kind, name: `mutated-${i}.xlsx`, buffer: Buffer.from(mutate(XLSX)) };
  return { kind, name: `zip-${i}.csv`, buffer: Buffer.from(XLSX) };
}

/** Waits until the run has ended: a report, an import error, or a preview refusal (no import possible). */
async function outcome(page: Page): Promise<string> {
  return page.waitForFunction(() => {
    const q = (id: string) => document.querySelector(`[data-testid="${id}"]`);
    if (q('import-progress')) return null;
    if (q('import-error')) return 'refused';
    if (q('import-report')) return 'report';
    return null;
  }, null, { timeout: 60_000, polling: 100 }).then((h) => h.jsonValue() as Promise<string>);
}

describe('fuzz through the file input (built dist/, headless Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    h = await start();
    ({ page, errors } = await openPage(h, '#/data'));
    await waitLoaded(page);
  });
  afterAll(async () => { await page?.context().close(); await h?.close(); });

  it(`${RUNS} random and mutated CSV/XLSX files: each ends in a report or a refusal, the data intact after a refusal`, async () => {
    const tally: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      const before = await waitLoaded(page);
      const f = input(i);
      await page.getByTestId('file-input').setInputFiles({ name: f.name, mimeType: 'application/octet-stream', buffer: f.buffer });
      await page.getByTestId('import-run').waitFor({ timeout: 30_000 });
      // a preview refusal still leaves the import button: the import must then refuse with one message
      await page.getByTestId('import-run').click();
      const end = await outcome(page);
      tally[`${f.kind} ${end}`] = (tally[`${f.kind} ${end}`] ?? 0) + 1;
      const after = await waitLoaded(page);
      if (end === 'refused') {
        expect(after, `${f.name} refused: the data must be as it was`).toBe(before);
        const msg = (await page.getByTestId('import-error').textContent()) ?? '';
        expect(msg.length, f.name).toBeGreaterThan(10);
        expect(msg, f.name).not.toMatch(/\bat \w+ \(|undefined|\[object/);
      } else {
        const loaded = Number(await page.getByTestId('import-report').getAttribute('data-loaded'));
        expect(after, `${f.name}: the summary shows what was loaded`).toBe(loaded);
      }
      expect(errors, f.name).toEqual([]);
    }
    console.log('fuzz outcomes', tally);
    expect(Object.keys(tally).some((k) => k.endsWith('report'))).toBe(true);
    expect(Object.keys(tally).some((k) => k.endsWith('refused'))).toBe(true);
  }, 600_000);
});
