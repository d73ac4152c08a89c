/** The workbook writer on hand-made rows: sheet names, typed cells, the formula-injection guard. */
import { describe, expect, it } from 'vitest';
import { buildWorkbook, dateCell, numCell, sheetName, textCell, workbookSheets } from '@/export/xlsx';
import type { WorkbookData } from '@/export/types';
import { isRiskyCell } from '@/domain/export/cells';
import { readXlsx, sheetRows } from './readBack';

const RISKY = ['=1+1', '+91 98765', '-2+3', '@SUM(A1)', '\tTab', '\rCR', '=HYPERLINK("http://x","y")'];

function data(): WorkbookData {
  const officer = (id: string, name: string) => ({
    officer_id: id, officer_name: name, department: '+Revenue', district: '=Evil', received: 20, closed: 12, satisfied: 9, partial: 0, force_closed: 2,
    special_closed: 0, low_quality: 0, reopened: 0, closed_last_days: 0, escalated: 1, pending_end: 3, pending_over_50: 2, pending_over_100: 1,
    pending_over_300: 0, aged: 2, avg_days_to_close: 12.5, satisfaction_rate: 0.75, force_closed_rate: 2 / 12, wilson_lower: 0.47, wilson_upper: 0.91, rank: 1, flags: [],
  });
  return {
    meta: { scorecardId: 'mp-cm-helpline', scorecardName: { en: 'Grading', hi: 'ग्रेडिंग' }, period: '2026-10', compare: '2026-09', district: null,
      dataAsOf: '2026-10-31', datasetName: '=data.csv', complaintRows: 1234, generatedAt: '2026-12-03T10:00:00.000Z' },
    nodes: [{ id: 'satisfaction_rate', name: { en: 'Satisfied', hi: 'संतुष्ट' }, marks: 60, direction: 'higher', metric: 'satisfaction_rate' },
      { id: 'low_quality_rate', name: { en: 'Low quality' }, marks: 40, direction: 'lower', metric: 'low_quality_rate' }],
    league: RISKY.map((unit, i) => ({ unit, group: i % 2 ? '-B' : 'A', rank: i + 1, score: 90 - i, grade: i ? '=B' : 'A', previousRank: null, deltaRank: i ? -1 : null, deltaScore: -0.5,
      nodes: { satisfaction_rate: { value: 0.9, points: 54 }, low_quality_rate: { value: 0.1, points: 36 } } })),
    unscored: [{ unit: '@Nowhere', reason: '-no data' }],
    departments: [{ unit: '@Dept', received: 10, closed: 8, satisfaction_rate: 0.5, force_closed_rate: null, pending_over_50: 3, pending_over_100: 1, pending_over_300: 0, score: 55.5, grade: 'D' }],
    gradable: true,
    officers: { good: [officer('=O1', '-Minus')], poor: [officer('+O2', '@At')], minClosures: 10, eligible: 2 },
    pending: { minDays: 50, limit: 500, lists: [{ department: "'@Dept:*?[x]/\\ with a very long name indeed'", total: 3, over100: 1, over300: 0, rows: [
      { complaint_id: '=C1', registered_on: '2026-08-01', days_pending: 91, district: '+D', block: '-B', category: '\tcat', officer_id: '@o', officer_name: '=n', current_level: 2 }] }] },
  };
}

describe('workbook cells', () => {
  it('text through safeCell, numbers and dates typed with formats, empty for null', () => {
    expect(textCell('=1+1')).toMatchObject({ type: String, value: "'=1+1" });
    expect(textCell('Indore')).toMatchObject({ value: 'Indore' });
    expect(textCell(null)).toBeNull();
    expect(numCell(-3, '+0;-0;0')).toMatchObject({ type: Number, value: -3 }); // a negative number stays a number
    expect(numCell(Number.NaN, '0')).toBeNull();
    expect(dateCell('2026-10-31')).toMatchObject({ type: Date, value: new Date(Date.UTC(2026, 9, 31)), format: 'dd-mm-yyyy' });
    expect(dateCell('not a date')).toBeNull();
  });

  it('sheet names: no : \\ / ? * [ ], no apostrophe at the ends, ≤ 31 characters, unique (case-insensitive)', () => {
    const taken = new Set<string>();
    expect(sheetName("'Rev:enue/[x]*?'", taken)).toBe('Rev enue x');
    expect(sheetName('Public Health & Family Welfare Department', taken)).toBe('Public Health & Family Welfare');
    expect(sheetName('public health & family welfare department', taken)).toBe('public health & family welf (2)');
    expect(sheetName('', taken)).toBe('Sheet');
    for (const n of taken) expect(n.length).toBeLessThanOrEqual(31);
  });
});

describe('workbook injection guard', () => {
  it('no string cell of any sheet starts with = + - @ tab or CR', () => {
    const sheets = workbookSheets(data(), 'en');
    const strings = sheets.flatMap((s) => s.data.flat()).map((c) => (c && typeof c === 'object' && 'value' in c ? c.value : c)).filter((v): v is string => typeof v === 'string');
    expect(strings.length).toBeGreaterThan(50);
    expect(strings.filter(isRiskyCell)).toEqual([]);
    for (const r of RISKY) expect(strings).toContain(`'${r}`);
  });

  it('read back by exceljs: text, not formulas; numbers and dates typed; Hindi headers', async () => {
    for (const lang of ['en', 'hi'] as const) {
      const wb = await readXlsx(await buildWorkbook(data(), lang));
      let cells = 0;
      for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => { cells++; expect(c.formula).toBeUndefined(); if (typeof c.value === 'string') expect(isRiskyCell(c.value)).toBe(false); }));
      expect(cells).toBeGreaterThan(100);
      const league = sheetRows(wb.worksheets[1], 3);
      expect(league[0].slice(0, 5)).toEqual([1, 'A', "'=1+1", 90, 'A']);
      expect(league[1][6]).toBe(-1);
      const pending = wb.worksheets[5];
      expect(pending.name).toBe('@Dept x with a very long name i');
      expect(sheetRows(pending, 3)[0].slice(1, 4)).toEqual(["'=C1", new Date(Date.UTC(2026, 7, 1)), 91]);
      expect(wb.worksheets[1].getCell('A2').value).toBe(lang === 'hi' ? 'रैंक' : 'Rank');
      expect(wb.worksheets.at(-1)!.name).toBe(lang === 'hi' ? 'बिना स्कोर' : 'Unscored');
    }
  });
});
