import { describe, expect, it } from 'vitest';
import { DETAIL_KEYS, detailEnglish, issueDetail, type DetailText } from '@/domain/import/detailText';
import en from '@/locales/en.json';
import hi from '@/locales/hi.json';

describe('detailText: the report details the importer writes, as message keys with values', () => {
  const cases: [DetailText, string][] = [
    [{ key: 'duplicate' }, 'same key as an earlier row; the first is kept'],
    [{ key: 'unknownDistrict' }, 'not in the district list; row kept'],
    [{ key: 'requiredWhenClosed' }, 'required when closed'],
    [{ key: 'month' }, 'expected a month such as 2024-03'],
    [{ key: 'number' }, 'expected a number'],
    [{ key: 'direction' }, 'expected higher or lower'],
    [{ key: 'extraFields' }, 'more fields than headers'],
    [{ key: 'extraFieldsHint' }, 'more fields than headers (a delimiter inside an unquoted value?)'],
    [{ key: 'oneOf', v: 'open, closed' }, 'expected one of open, closed'],
    [{ key: 'format', v: '%d/%m/%Y' }, 'expected %d/%m/%Y'],
    [{ key: 'format', v: '%m/%d/%Y %I:%M:%S %p' }, 'expected %m/%d/%Y %I:%M:%S %p'],
    [{ key: 'after', v: '2026-12-02' }, 'after 2026-12-02'],
    [{ key: 'unreadable', v: 'Could not convert string "x" to \'DATE\'\nline 2' }, 'unreadable row: Could not convert string "x" to \'DATE\'\nline 2'],
  ];
  it.each(cases)('%j → %j (the English the CLI prints)', (d, want) => {
    expect(detailEnglish(d)).toBe(want);
    expect(issueDetail(d)).toEqual({ detail: want, message: d });
  });
  it('no detail: nothing added to the issue', () => expect(issueDetail(undefined)).toEqual({}));

  it('both locales have every message, in different words', () => {
    const msgs = (l: typeof en) => l.data.report.details as Record<string, string>;
    for (const k of DETAIL_KEYS) {
      expect(msgs(en)[k], `en ${k}`).toBeTruthy();
      expect(msgs(hi as typeof en)[k], `hi ${k}`).toBeTruthy();
      expect(msgs(hi as typeof en)[k]).not.toBe(msgs(en)[k]);
    }
    expect(Object.keys(msgs(en)).sort()).toEqual([...DETAIL_KEYS].sort());
  });
});
