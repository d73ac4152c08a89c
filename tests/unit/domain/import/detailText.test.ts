import { describe, expect, it } from 'vitest';
import { DETAIL_KEYS, detailText } from '@/domain/import/detailText';
import en from '@/locales/en.json';
import hi from '@/locales/hi.json';

describe('detailText: the report details the importer writes, named for translation', () => {
  const cases: [string, { key: string; v?: string } | null][] = [
    ['same key as an earlier row; the first is kept', { key: 'duplicate' }],
    ['not in the district list; row kept', { key: 'unknownDistrict' }],
    ['required when closed', { key: 'requiredWhenClosed' }],
    ['expected a month such as 2024-03', { key: 'month' }],
    ['expected a number', { key: 'number' }],
    ['expected higher or lower', { key: 'direction' }],
    ['more fields than headers', { key: 'extraFields' }],
    ['more fields than headers (a delimiter inside an unquoted value?)', { key: 'extraFieldsHint' }],
    ['expected one of open, closed', { key: 'oneOf', v: 'open, closed' }],
    ['expected %d/%m/%Y', { key: 'format', v: '%d/%m/%Y' }],
    ['expected %m/%d/%Y %I:%M:%S %p', { key: 'format', v: '%m/%d/%Y %I:%M:%S %p' }],
    ['after 2026-12-02', { key: 'after', v: '2026-12-02' }],
    ['unreadable row: Could not convert string "x" to \'DATE\'\nline 2', { key: 'unreadable', v: 'Could not convert string "x" to \'DATE\'\nline 2' }],
    // not known: shown as written
    ['expected something else', null],
    ['after yesterday', null],
    ['', null],
  ];
  it.each(cases)('%j', (d, want) => expect(detailText(d)).toEqual(want));

  it('both locales have every message, and English gives back the text the importer wrote', () => {
    const msgs = (l: typeof en) => l.data.report.details as Record<string, string>;
    for (const k of DETAIL_KEYS) {
      expect(msgs(en)[k], `en ${k}`).toBeTruthy();
      expect(msgs(hi as typeof en)[k], `hi ${k}`).toBeTruthy();
      expect(msgs(hi as typeof en)[k]).not.toBe(msgs(en)[k]);
    }
    expect(Object.keys(msgs(en)).sort()).toEqual([...DETAIL_KEYS].sort());
    for (const [d, want] of cases) {
      if (!want) continue;
      expect(msgs(en)[want.key].replace('{v}', want.v ?? '')).toBe(d);
    }
  });
});
