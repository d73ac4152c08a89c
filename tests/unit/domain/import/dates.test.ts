import { describe, expect, it } from 'vitest';
import { familyOfFormat, parseDateWith, sniffDateFormat, DATE_FAMILIES } from '@/domain/import/dates';

describe('sniffDateFormat', () => {
  it.each([
    [['2024-01-05', '2024-12-31'], '%Y-%m-%d'],
    [['2022-01-21 13:47:00', '2022-01-19 11:18:00'], '%Y-%m-%d %H:%M:%S'],
    [['2022-01-21T13:47:00', '2022-01-19T11:18:00'], '%Y-%m-%dT%H:%M:%S'],
    [['05-01-2024', '31-12-2024'], '%d-%m-%Y'],
    [['05/01/2024', '31/12/2024'], '%d/%m/%Y'],
    [['05.01.2024', '31.12.2024'], '%d.%m.%Y'],
    [['05-Jan-2024', '31-Dec-2024'], '%d-%b-%Y'],
    // ambiguous only: day-first (Indian data)
    [['05/01/2024', '06/02/2024'], '%d/%m/%Y'],
    // one value proves month-first
    [['05/01/2024', '12/31/2024'], '%m/%d/%Y'],
    [['01/21/2022 01:47:00 PM', '01/19/2022 11:18:00 AM'], '%m/%d/%Y %I:%M:%S %p'],
    [['1/21/2022 1:47 PM', '1/19/2022 11:18 AM'], '%m/%d/%Y %I:%M %p'],
    [['21/01/2022 13:47', '19/01/2022 11:18'], '%d/%m/%Y %H:%M'],
    // the commonest time suffix wins; the odd value still parses on its date part in SQL
    [['2024-01-05 10:00:00', '2024-01-06 11:00:00', '2024-01-07'], '%Y-%m-%d %H:%M:%S'],
  ])('%o → %s', (values, format) => {
    expect(sniffDateFormat(values).format).toBe(format);
  });

  it('chooses the family that parses the most values and reports the counts', () => {
    const c = sniffDateFormat(['13/01/2024', '14/01/2024', '01/15/2024', 'n/a', '']);
    expect(c.format).toBe('%d/%m/%Y');
    expect(c.parsed).toBe(2);
    expect(c.sampled).toBe(4);
  });

  it.each([['2024-02-30'], ['2024-13-01'], ['1850-01-01'], ['31/04/2024']])('%s is not a date', (v) => {
    expect(DATE_FAMILIES.some((f) => parseDateWith(v, f) !== null)).toBe(false);
  });

  it('leap day parses', () => {
    expect(parseDateWith('29/02/2024', DATE_FAMILIES.find((f) => f.id === 'dmy_slash')!)?.iso).toBe('2024-02-29');
  });

  it.each([['%m/%d/%Y %I:%M:%S %p', 'mdy_slash'], ['%d-%m-%Y', 'dmy_dash'], ['%Y-%m-%d', 'ymd'], ['%H', null]])(
    'familyOfFormat(%s) = %s', (f, id) => expect(familyOfFormat(f)?.id ?? null).toBe(id));
});
