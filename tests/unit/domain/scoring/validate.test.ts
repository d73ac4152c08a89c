import { describe, expect, it } from 'vitest';
import { formatPath, parseScorecard, safeParseScorecard, ScorecardError } from '@/domain/scoring/validate';
import { hasSchemas, schemaValidator } from './shared';

const param = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  source: { metric: id },
  normalize: { method: 'ratio' },
  ...extra,
});

/** A valid scorecard using every feature; invalid cases are built by editing a copy. */
const base = () => ({
  id: 'test',
  name: { en: 'Test', hi: 'परीक्षण' },
  description: { en: 'd' },
  aggregation: 'arithmetic',
  availabilityThreshold: 0.5,
  grades: [{ grade: 'A', min: 80 }, { grade: 'B', min: 0 }],
  peerGroups: { by: 'received', thresholds: [{ group: 'A', min: 1500 }, { group: 'B', min: 0 }] },
  exclusions: { habitualComplainantOver: 10 },
  timeLimitDays: { '1': 7, '2': 7, '3': 7, '4': 10 },
  robustness: { runs: 100, noise: 0.2, seed: 3 },
  children: [
    param('a', { weight: 60, direction: 'higher', transform: 'none' }),
    {
      id: 'g',
      name: { en: 'Group' },
      weight: 40,
      aggregation: 'geometric',
      children: [
        { id: 'b', source: { indicator: 'B' }, direction: 'lower', normalize: { method: 'target', target: 5, cap: 1.2 } },
        { id: 'c', source: { indicator: 'C' }, transform: 'log', normalize: { method: 'goalposts', lo: 0, hi: 10 } },
        { id: 'd', source: { indicator: 'D' }, normalize: { method: 'zscore' } },
      ],
    },
  ],
});

type Card = ReturnType<typeof base> & Record<string, unknown>;
const edit = (f: (c: Card) => void) => {
  const c = base() as Card;
  f(c);
  return c;
};
const node = (c: Card, i: number) => c.children[i] as Record<string, unknown>;
const groupChild = (c: Card, i: number) => (c.children[1] as { children: Record<string, unknown>[] }).children[i];

describe('parseScorecard: valid scorecards', () => {
  it('returns the JSON unchanged (no defaults added, round-trips for export)', () => {
    const json = base();
    expect(parseScorecard(json)).toEqual(json);
    expect(JSON.parse(JSON.stringify(parseScorecard(json)))).toEqual(json);
  });

  it('accepts the minimal shape: id, name, one parameter', () => {
    const min = { id: 'm', name: { en: 'M' }, children: [param('x')] };
    expect(safeParseScorecard(min)).toEqual({ success: true, data: min });
  });

  it('accepts peer groups by explicit lists', () => {
    expect(safeParseScorecard(edit((c) => ((c as Record<string, unknown>).peerGroups = { lists: { North: ['a', 'b'], South: ['c'] } }))).success).toBe(true);
  });
});

// Each case is invalid for the JSON Schema too (checked below), with the message we print.
const invalidForBoth: [string, () => unknown, string][] = [
  ['group child with neither source nor children', () => edit((c) => (groupChild(c, 1) as Record<string, unknown>).source = undefined), 'children[1].children[1]: a node needs either "source" or "children"'],
  ['goalposts without lo', () => edit((c) => (groupChild(c, 1).normalize = { method: 'goalposts', hi: 10 })), 'children[1].children[1].normalize.lo: required for goalposts'],
  ['goalposts without hi', () => edit((c) => (groupChild(c, 1).normalize = { method: 'goalposts', lo: 0 })), 'children[1].children[1].normalize.hi: required for goalposts'],
  ['negative weight', () => edit((c) => (node(c, 0).weight = -1)), 'children[0].weight: must be 0 or more'],
  ['weight as text', () => edit((c) => (node(c, 0).weight = '60')), 'children[0].weight: must be a number'],
  ['availabilityThreshold above 1', () => edit((c) => (c.availabilityThreshold = 1.5)), 'availabilityThreshold: must be between 0 and 1'],
  ['unknown aggregation', () => edit((c) => (c.aggregation = 'harmonic')), 'aggregation: must be one of "arithmetic", "geometric"'],
  ['missing name', () => edit((c) => delete (c as Record<string, unknown>).name), 'name: required'],
  ['name without en', () => edit((c) => ((c as Record<string, unknown>).name = { hi: 'x' })), 'name.en: required'],
  ['empty children', () => edit((c) => ((c as Record<string, unknown>).children = [])), 'children: must have at least one child'],
  ['source with both metric and indicator', () => edit((c) => (node(c, 0).source = { metric: 'a', indicator: 'A' })), 'children[0].source: has either "metric" or "indicator", not both'],
  ['unknown direction', () => edit((c) => (node(c, 0).direction = 'up')), 'children[0].direction: must be one of "higher", "lower"'],
  ['target of 0', () => edit((c) => (groupChild(c, 0).normalize = { method: 'target', target: 0 })), 'children[1].children[0].normalize.target: must be above 0'],
  ['unknown normalisation method', () => edit((c) => (node(c, 0).normalize = { method: 'percentile' })), 'children[0].normalize.method: must be one of "ratio", "minmax", "target", "goalposts", "zscore", "rank"'],
  ['peer groups by volume without thresholds', () => edit((c) => ((c as Record<string, unknown>).peerGroups = { by: 'received' })), 'peerGroups.thresholds: required with "by"'],
  ['time limit for level 6', () => edit((c) => ((c as Record<string, unknown>).timeLimitDays = { '6': 3 })), 'timeLimitDays.6: unknown field'],
  ['habitual threshold 0', () => edit((c) => (c.exclusions.habitualComplainantOver = 0)), 'exclusions.habitualComplainantOver: must be 1 or more'],
  ['no grades in the list', () => edit((c) => ((c as Record<string, unknown>).grades = [])), 'grades: must have at least one grade'],
  ['grade without min', () => edit((c) => ((c as Record<string, unknown>).grades = [{ grade: 'A' }])), 'grades[0].min: required'],
  ['node with both source and children', () => edit((c) => (node(c, 1).source = { metric: 'x' })), 'children[1]: a node has either "source" (a parameter) or "children" (a group), not both'],
  ['not an object', () => 'scorecard', '(scorecard): must be a JSON object'],
];

// Deliberately stricter than the JSON Schema: these pass the schema but are refused on load.
const stricterThanSchema: [string, () => unknown, string][] = [
  ['misspelt field', () => edit((c) => (node(c, 0).weigth = 2)), 'children[0].weigth: unknown field'],
  ['parameter without normalize', () => edit((c) => delete node(c, 0).normalize), 'children[0].normalize: required for a parameter (method: ratio, minmax, target, goalposts, zscore, rank)'],
  ['duplicate id', () => edit((c) => (groupChild(c, 2).id = 'a')), 'children[1].children[2].id: duplicate id "a" (also at children[0].id)'],
  ['goalposts with lo = hi', () => edit((c) => (groupChild(c, 1).normalize = { method: 'goalposts', lo: 3, hi: 3 })), 'children[1].children[1].normalize.hi: must differ from lo'],
  ['all children weigh 0', () => edit((c) => { node(c, 0).weight = 0; node(c, 1).weight = 0; }), 'children: at least one child needs a weight above 0'],
  ['direction on a group', () => edit((c) => (node(c, 1).direction = 'lower')), 'children[1].direction: only a parameter (a node with "source") has a direction'],
  ['cap on a ratio parameter', () => edit((c) => (node(c, 0).normalize = { method: 'ratio', cap: 2 })), 'children[0].normalize.cap: only used by method "target"'],
  ['unit in two peer-group lists', () => edit((c) => ((c as Record<string, unknown>).peerGroups = { lists: { N: ['x'], S: ['y', 'x'] } })), 'peerGroups.lists.S[1]: "x" is already in group "N"'],
];

describe('parseScorecard: errors name the path of the mistake', () => {
  it.each([...invalidForBoth, ...stricterThanSchema])('%s', (_name, make, message) => {
    const r = safeParseScorecard(make());
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toContain(message);
  });

  it('reports every problem at once, and parseScorecard throws a ScorecardError carrying them', () => {
    const bad = edit((c) => {
      node(c, 0).weight = -1;
      groupChild(c, 1).normalize = { method: 'goalposts', hi: 10 };
      (c as Record<string, unknown>).extra = true;
    });
    let error: unknown;
    try {
      parseScorecard(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScorecardError);
    expect((error as ScorecardError).issues).toEqual(
      expect.arrayContaining(['children[0].weight: must be 0 or more', 'children[1].children[1].normalize.lo: required for goalposts', 'extra: unknown field']),
    );
    expect((error as ScorecardError).message).toContain('children[0].weight: must be 0 or more');
  });

  it.each([
    [['children', 2, 'normalize', 'lo'], 'children[2].normalize.lo'],
    [['children', 0, 'children', 1], 'children[0].children[1]'],
    [[], '(scorecard)'],
  ])('formatPath(%j) = %s', (p, expected) => expect(formatPath(p)).toBe(expected));
});

describe.skipIf(!hasSchemas)('agreement with ../shared/schemas/scorecard.schema.json (ajv)', () => {
  const validate = hasSchemas ? schemaValidator('scorecard.schema.json') : () => ({ ok: false, errors: '' });

  it('the JSON Schema accepts the valid example', () => {
    expect(validate(base())).toEqual({ ok: true, errors: 'No errors' });
  });

  it.each(invalidForBoth)('both reject: %s', (_name, make) => {
    expect(validate(make()).ok).toBe(false);
    expect(safeParseScorecard(make()).success).toBe(false);
  });

  it.each(stricterThanSchema)('the schema accepts but the loader refuses: %s', (_name, make) => {
    expect(validate(make()).ok).toBe(true);
    expect(safeParseScorecard(make()).success).toBe(false);
  });
});
