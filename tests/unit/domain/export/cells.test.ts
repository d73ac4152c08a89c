import { describe, it, expect } from 'vitest';
import { safeCell, isRiskyCell } from '@/domain/export/cells';
import { escapeHtml } from '@/domain/charts/html';
import { officerListsCsv } from '@/domain/officers';
import { scoreOutputCsv } from '@/cli/score/csv';

describe('spreadsheet formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+1', `'+1+1`], ['-2+3', `'-2+3`], ['@SUM(A1)', `'@SUM(A1)`], ['\tTAB', `'\tTAB`], ['\rCR', `'\rCR`],
    ['Bhopal', 'Bhopal'], ['a=b', 'a=b'], ['', ''], [' =x', ' =x'],
  ])('%j → %j', (input, out) => {
    expect(safeCell(input)).toBe(out);
    expect(isRiskyCell(input)).toBe(out !== input);
  });
  it('numbers and nulls pass unchanged (a negative number is a number, not a formula)', () => {
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(null)).toBe(null);
  });
  it('the officer CSV and the score CSV neutralise names', () => {
    const row = { officer_id: '=1+1', officer_name: '@cmd', department: '-x', district: 'Bhopal', flags: [], received: -1 } as never;
    const csv = officerListsCsv({ good: [row], poor: [] });
    expect(csv).toContain(`'=1+1,'@cmd,'-x,Bhopal,-1`);
    const score = scoreOutputCsv({ scorecard: 's', period: '2024-01', unit: 'district', rows: [{ unit: '=cmd|"/c calc"!A1', group: null, rank: 1, score: 50, grade: 'A', previousRank: null, deltaRank: null, deltaScore: null, parameters: {} }], unscored: [{ unit: '+evil', reason: 'r' }] } as never);
    expect(score).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(score).toContain(`'+evil`);
  });
});

describe('escapeHtml for chart tooltips', () => {
  it('escapes markup so a name is shown as text', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
    expect(escapeHtml(null)).toBe('');
  });
});
