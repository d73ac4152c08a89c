/** Statistics screens: fire whenever the statistic cannot rule the condition out. */
import { describe, expect, it } from 'vitest';
import { statsFires, type Screen } from '@/data/import/plan';

type StatsScreen = Extract<Screen, { stats: string }>;
const DATE = '[Min: 2025-10-01, Max: 2026-10-31][Has Null: false, Has No Null: true][Approx Unique: 435]';
const DATE_NULLS = '[Min: 2025-10-01, Max: 2026-10-31][Has Null: true, Has No Null: true][Approx Unique: 435]';
const TEXT = '[Min: closed, Max: open, Has Unicode: false, Max String Length: 6][Has Null: false, Has No Null: true][Approx Unique: 2]';
const TEXT_MARK = '[Min: \\x01?, Max: closed, Has Unicode: false, Max String Length: 6][Has Null: true, Has No Null: true][Approx Unique: 2]';
const INT = '[Min: 1, Max: 5][Has Null: true, Has No Null: true][Approx Unique: 5]';
const INT_MARK = '[Min: -2147483648, Max: 5][Has Null: true, Has No Null: true][Approx Unique: 6]';
const O = '[Min: 0, Max: 0][Has Null: false, Has No Null: true][Approx Unique: 1]';

describe('statsFires', () => {
  it.each<[string, StatsScreen, string | null, boolean]>([
    ['no NULL', { stats: 'c', when: 'null' }, DATE, false],
    ['NULLs', { stats: 'c', when: 'null' }, DATE_NULLS, true],
    ['date min above the marker', { stats: 'c', when: 'below', value: '1900-01-01' }, DATE, false],
    ['date marker', { stats: 'c', when: 'below', value: '1900-01-01' }, '[Min: 0001-01-01, Max: 2026-10-31][Has Null: false, Has No Null: true]', true],
    ['future: max after today', { stats: 'c', when: 'above', value: '2026-06-30' }, DATE, true],
    ['future: max before today', { stats: 'c', when: 'above', value: '2026-11-22' }, DATE, false],
    ['BC date does not parse: fires', { stats: 'c', when: 'below', value: '1900-01-01' }, '[Min: 0100-01-01 (BC), Max: 2026-10-31]', true],
    ['text without marker', { stats: 'c', when: 'mark' }, TEXT, false],
    ['text marker (escaped)', { stats: 'c', when: 'mark' }, TEXT_MARK, true],
    ['text marker (raw control character)', { stats: 'c', when: 'mark' }, '[Min: \u0001null, Max: x]', true],
    ['int without marker', { stats: 'c', when: 'below', value: -2147483647 }, INT, false],
    ['int marker', { stats: 'c', when: 'below', value: -2147483647 }, INT_MARK, true],
    ['row status all 0', { stats: '_o', when: 'above', value: 0 }, O, false],
    ['row status has 1', { stats: '_o', when: 'above', value: 0 }, '[Min: 0, Max: 1][Has Null: false, Has No Null: true]', true],
    ['no statistics', { stats: 'c', when: 'null' }, null, true],
    ['unreadable statistics', { stats: 'c', when: 'below', value: 0 }, '[No Stats]', true],
    ['unreadable NULL flag', { stats: 'c', when: 'null' }, '[Min: 1, Max: 2]', true],
  ])('%s', (_label, screen, stats, fires) => {
    expect(statsFires(screen, stats)).toBe(fires);
  });
});
