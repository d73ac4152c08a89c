import { describe, it, expect } from 'vitest';
import { levelLimits } from '@/domain/levelLimits';
import { STATE_PRESETS } from '@/domain/geo/states';
import { getBuiltinScorecard } from '@/domain/scorecards';

const UK = STATE_PRESETS.uk.timeLimitDays; // 7 / 7 / 7 / 10
const days = (l: ReturnType<typeof levelLimits>) => l.map((x) => [x.days, x.from]);

describe('escalation level limits: scorecard per level, else the state preset, a change on the view first', () => {
  it.each([
    ['no time limits in the scorecard', undefined, undefined, [[7, 'preset'], [7, 'preset'], [7, 'preset'], [10, 'preset']]],
    ['the scorecard sets L1 and L2 only', { 1: 7, 2: 3 }, undefined, [[7, 'scorecard'], [3, 'scorecard'], [7, 'preset'], [10, 'preset']]],
    ['the scorecard sets every level', { 1: 5, 2: 6, 3: 8, 4: 15 }, undefined, [[5, 'scorecard'], [6, 'scorecard'], [8, 'scorecard'], [15, 'scorecard']]],
    ['L5 set by the scorecard adds a level', { 1: 7, 5: 30 }, undefined, [[7, 'scorecard'], [7, 'preset'], [7, 'preset'], [10, 'preset'], [30, 'scorecard']]],
    ['a limit changed here wins over the scorecard', { 1: 7, 2: 3 }, { 2: 12, 4: 30 }, [[7, 'scorecard'], [12, 'here'], [7, 'preset'], [30, 'here']]],
    ['a 0-day level in the scorecard is kept (not the default)', { 1: 7, 2: 0 }, undefined, [[7, 'scorecard'], [0, 'scorecard'], [7, 'preset'], [10, 'preset']]],
  ] as const)('%s', (_why, card, here, want) => {
    expect(days(levelLimits(UK, card, here))).toEqual(want);
  });
  it('the built-in Uttarakhand scorecard gives 7 / 7 / 7 / 10 from itself (31 days in all)', () => {
    const l = levelLimits(UK, getBuiltinScorecard('uk-cm-helpline')!.timeLimitDays);
    expect(days(l)).toEqual([[7, 'scorecard'], [7, 'scorecard'], [7, 'scorecard'], [10, 'scorecard']]);
    expect(l.reduce((s, x) => s + x.days, 0)).toBe(31);
  });
  it("Haryana's cm-window scorecard sets no limits: the preset's 7 / 7 / 7 / 7", () => {
    expect(days(levelLimits(STATE_PRESETS.hr.timeLimitDays, getBuiltinScorecard('cm-window')!.timeLimitDays)).map((x) => x[0])).toEqual([7, 7, 7, 7]);
  });
});
