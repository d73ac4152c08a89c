import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { buildOfficerLists, officerListsCsv, OFFICER_CSV_COLUMNS } from '@/domain/officers';
import { officer, totals } from './fixtures';

describe('officerListsCsv', () => {
  it('one row per listed officer with a list column; numbers plain, names quoted when needed, flags with reasons', () => {
    const s = [
      officer('G', 10, 10, { officer_name: 'Sharma, R. K.' }),
      officer('F', 0, 10),
      officer('A', 8, 10),
    ];
    const l = buildOfficerLists(s, [totals('Energy', { closed: 220, force_closed: 40 })], { top: 1 });
    const text = officerListsCsv(l);
    const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([...OFFICER_CSV_COLUMNS]);
    expect(parsed.data.map((r) => [r.list, r.rank, r.officer_id])).toEqual([['good', '1', 'G'], ['poor', '1', 'F']]);
    expect(parsed.data[0].officer_name).toBe('Sharma, R. K.');
    expect(parsed.data[0].wilson_lower).toBe('0.722467');
    expect(parsed.data[1].satisfaction_rate).toBe('0');
    expect(parsed.data[1].avg_days_to_close).toBe('5');
    // F: 10 of 10 force-closed; the department has 40 of 220, so the rest has (40 − 10)/(220 − 10) = 30/210 = 14.3 %
    expect(parsed.data[1].flags).toBe('force_closed');
    expect(parsed.data[1].flag_reasons).toBe('10 of 10 closures force-closed (100.0%) against 14.3% for the rest of the department');
  });
});
