import { describe, expect, it } from 'vitest';
import { normalizeValue, parseInteger, parseLevel, parseNumber } from '@/domain/import/values';
import { parsePeriod } from '@/domain/import/dates';
import { valueKey } from '@/domain/import/text';

describe('status', () => {
  it.each([
    ['Open', 'open'], ['OPEN', 'open'], ['Pending', 'open'], ['खुली', 'open'], ['लंबित', 'open'], ['In-Progress', 'open'],
    ['Closed', 'closed'], [' closed ', 'closed'], ['Disposed', 'closed'], ['बंद', 'closed'], ['बन्द', 'closed'], ['निराकृत', 'closed'],
    ['Weird', null], ['', null],
  ])('%s → %s', (raw, want) => expect(normalizeValue('status', raw)).toBe(want));
});

describe('closure_type', () => {
  it.each([
    ['Force Closed', 'force_closed'], ['force-closed', 'force_closed'], ['FORCE_CLOSED', 'force_closed'], ['forceclosed', 'force_closed'],
    ['बलपूर्वक बंद', 'force_closed'], ['Satisfied', 'satisfied'], ['संतुष्ट', 'satisfied'], ['Partially Satisfied', 'partially_satisfied'],
    ['partially_satisfied', 'partially_satisfied'], ['आंशिक संतुष्ट', 'partially_satisfied'], ['Special Closed', 'special_closed'],
    ['special-closed', 'special_closed'], ['विशेष बंद', 'special_closed'], ['closed', null],
  ])('%s → %s', (raw, want) => expect(normalizeValue('closure_type', raw)).toBe(want));
});

describe('source', () => {
  it.each([
    ['181', 'call_181'], ['CM Helpline', 'call_181'], ['Web Portal', 'web'], ['web-portal', 'web'], ['Mobile App', 'app'],
    ['CM Window', 'cm_window'], ['Social Media', 'smgt'], ['SMGT', 'smgt'], ['Samadhan Camp', 'samadhan_camp'], ['समाधान शिविर', 'samadhan_camp'],
    ['सीएम हेल्पलाइन', 'call_181'], ['Other', 'other'], ['Constituent Call', null],
  ])('%s → %s', (raw, want) => expect(normalizeValue('source', raw)).toBe(want));
});

describe('quality and feedback', () => {
  it.each([['quality', 'OK', 'ok'], ['quality', 'Low', 'low'], ['quality', 'निम्न', 'low'], ['feedback', 'Not Satisfied', 'dissatisfied'],
    ['feedback', 'Unreachable', 'unreachable'], ['feedback', 'असंतुष्ट', 'dissatisfied'], ['feedback', 'maybe', null]] as const)(
    '%s %s → %s', (col, raw, want) => expect(normalizeValue(col, raw)).toBe(want));
});

describe('user value maps win over aliases', () => {
  it.each([
    ['source', { 'Constituent Call': 'call_181' }, 'Constituent Call', 'call_181'],
    ['source', { 'Constituent Call': 'call_181' }, 'constituent-call', 'call_181'],
    ['source', { 'Employee Generated': 'Other' }, 'Employee Generated', 'other'],
    ['source', { X: null }, 'X', null],
    ['status', { Open: 'closed' }, 'Open', 'closed'],
    ['status', { Open: 'closed' }, 'Closed', 'closed'],
  ] as const)('%s %o: %s → %s', (col, map, raw, want) => expect(normalizeValue(col, raw, map)).toBe(want));
});

describe('current_level', () => {
  it.each([
    ['2', 2], ['L2', 2], ['l2', 2], ['L-2', 2], ['Level 2', 2], ['LEVEL-3', 3], ['Lvl 4', 4], ['एल-2', 2], ['एल 5', 5], ['स्तर 1', 1],
    ['२', 2], ['L6', null], ['0', null], ['two', null], ['', null],
  ])('%s → %s', (raw, want) => expect(parseLevel(raw)).toBe(want));
});

describe('numbers', () => {
  it.each([['3', 3], ['+3', 3], ['yes', 1], ['No', 0], ['हाँ', 1], ['3.5', null], ['x', null]])('integer %s → %s', (raw, want) =>
    expect(parseInteger(raw)).toBe(want));
  it.each([['1,23,456.5', 123456.5], ['12%', 12], [' 7 ', 7], ['-0.5', -0.5], ['.5', 0.5], ['1e3', 1000], ['१२', 12], ['abc', null], ['', null], ['NaN', null]])(
    'decimal %s → %s', (raw, want) => expect(parseNumber(raw)).toBe(want));
});

describe('periods', () => {
  it.each([['2024-03', '2024-03'], ['2024-3', '2024-03'], ['2024/03', '2024-03'], ['03/2024', '2024-03'], ['3-2024', '2024-03'],
    ['Mar 2024', '2024-03'], ['March-2024', '2024-03'], ['2024-03-15', '2024-03'], ['2024-13', null], ['soon', null]])(
    '%s → %s', (raw, want) => expect(parsePeriod(raw)).toBe(want));
});

describe('valueKey', () => {
  it.each([['Force Closed', 'force closed'], ['force-closed', 'force closed'], ['FORCE__CLOSED', 'force closed'], [' a.b/c ', 'a b c']])(
    '%s → %s', (raw, want) => expect(valueKey(raw)).toBe(want));
});
