import { describe, expect, it } from 'vitest';
import { scorecardFor } from '@/cli/scorecardArg';

describe("the CLI's scorecard when --scorecard is not given", () => {
  it.each([
    ['MP districts', ['Indore', 'Bhopal', 'Rewa', 'Mauganj'], 'mp-cm-helpline'],
    ['Uttarakhand districts', ['Rudraprayag', 'Dehradun', 'Almora', 'Pithoragarh'], 'uk-cm-helpline'],
    ['Haryana districts, old and new spellings', ['Gurgaon', 'Mewat', 'Rewari', 'Charkhi Dadri'], 'cm-window'],
    ['no clear state', ['Springfield', 'Shelbyville'], 'mp-cm-helpline'],
  ])('complaints with %s: %s', (_what, names, id) => {
    expect(scorecardFor(undefined, true, names).id).toBe(id);
  });

  it('indicators only: the CM Dashboard; an explicit --scorecard always wins', () => {
    expect(scorecardFor(undefined, false, ['Rudraprayag']).id).toBe('cm-dashboard');
    expect(scorecardFor('mp-cm-helpline', true, ['Rudraprayag', 'Dehradun']).id).toBe('mp-cm-helpline');
  });
});
