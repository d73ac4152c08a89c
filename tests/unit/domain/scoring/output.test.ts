import { describe, expect, it } from 'vitest';
import { scorePeriod } from '@/domain/scoring/engine';
import { toScoreOutput } from '@/domain/scoring/output';
import { parseScorecard } from '@/domain/scoring/validate';
import { hasSchemas, schemaValidator } from './shared';
import { mpCard, mpUnits } from './mpExample';

describe('toScoreOutput', () => {
  const previousUnits = mpUnits().map((u) => (u.unit === 'Indore' ? { ...u, values: { ...u.values, satisfaction_rate: 0.9 } } : u));
  const previous = scorePeriod(mpCard(), previousUnits);
  const result = scorePeriod(mpCard(), mpUnits(), { previous });
  const out = toScoreOutput(result, { period: '2026-09', unit: 'district' });

  it('has the CLI shape, rows sorted by group then rank (ties by name)', () => {
    expect(out.scorecard).toBe('mp-example');
    expect(out.period).toBe('2026-09');
    expect(out.unit).toBe('district');
    expect(out.rows.map((r) => [r.unit, r.group, r.rank, r.score, r.grade])).toEqual([
      ['Bhopal', 'A', 1, 78.4, 'B'],
      ['Indore', 'A', 2, 69.7, 'C'],
      ['Harda', 'B', 1, 76, 'B'],
      ['Raisen', 'B', 2, 62, 'C'],
      ['Sehore', 'B', 2, 62, 'C'],
      ['Vidisha', 'B', 4, 56.5, 'D'],
    ]);
    expect(out.unscored).toEqual([{ unit: 'Dewas', reason: 'only 20% of weight has data (needs 50%); missing: satisfaction_rate, old_pending_resolution_rate' }]);
  });

  it('carries deltas: Indore was 60·0.9 + 8 + 9.5 + 9 = 80.5, rank 1; now 69.7, rank 2', () => {
    const indore = out.rows.find((r) => r.unit === 'Indore')!;
    expect([indore.previousRank, indore.deltaRank, indore.deltaScore]).toEqual([1, -1, -10.8]);
    const bhopal = out.rows.find((r) => r.unit === 'Bhopal')!;
    expect([bhopal.previousRank, bhopal.deltaRank, bhopal.deltaScore]).toEqual([2, 1, 0]);
  });

  it('parameters: value as given, normalised and points to 2 decimals', () => {
    expect(out.rows.find((r) => r.unit === 'Harda')!.parameters).toEqual({
      satisfaction_rate: { value: 0.7, normalized: 70, points: 52.5 },
      old_pending_resolution_rate: { value: null, normalized: null, points: null },
      low_quality_rate: { value: 0.04, normalized: 96, points: 12 },
      non_attended_rate: { value: 0.08, normalized: 92, points: 11.5 },
    });
  });

  it('decimals: null keeps full precision; grade "" when none is reached; deltas null without a previous period', () => {
    const card = parseScorecard({ id: 'x', name: { en: 'X' }, grades: [{ grade: 'A', min: 50 }], children: [{ id: 'p', source: { metric: 'p' }, normalize: { method: 'ratio' } }] });
    const o = toScoreOutput(scorePeriod(card, [{ unit: 'u', values: { p: 1 / 3 } }]), { period: '2026-01', decimals: null, unit: 'department' });
    expect(o.rows[0].score).toBe(100 * (1 / 3)); // not 33.33
    expect(o.rows[0].grade).toBe('');
    expect([o.rows[0].previousRank, o.rows[0].deltaRank, o.rows[0].deltaScore]).toEqual([null, null, null]);
    expect(toScoreOutput(scorePeriod(card, [{ unit: 'u', values: { p: 1 / 3 } }]), { period: '2026-01', decimals: 3 }).rows[0].score).toBe(33.333);
  });

  it('refuses a period that is not YYYY-MM', () => {
    expect(() => toScoreOutput(result, { period: '2026-9' })).toThrow('period must be YYYY-MM, got "2026-9"');
  });

  it.skipIf(!hasSchemas)('validates against ../shared/schemas/score-output.schema.json', () => {
    const validate = schemaValidator('score-output.schema.json');
    expect(validate(out)).toEqual({ ok: true, errors: 'No errors' });
    expect(validate(JSON.parse(JSON.stringify(out)))).toEqual({ ok: true, errors: 'No errors' });
    // the schema is a real check: a fractional rank fails it
    expect(validate({ ...out, rows: [{ ...out.rows[0], rank: 1.5 }] }).ok).toBe(false);
  });
});
