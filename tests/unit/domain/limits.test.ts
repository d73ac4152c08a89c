import { describe, it, expect } from 'vitest';
import { checkScorecardTree, LIMITS, TooBigError } from '@/domain/limits';
import { safeParseScorecard } from '@/domain/scoring';
import { parseBoundaries, BoundaryError } from '@/domain/geo/boundaries';
import { parseMappingJson } from '@/data/persistMappings';

const leaf = (id: string) => ({ id, name: { en: id }, weight: 1, source: { metric: 'satisfaction_rate' }, direction: 'higher', normalize: { method: 'ratio' } });
function deep(levels: number): unknown {
  let node: unknown = leaf('p');
  for (let i = 0; i < levels; i++) node = { id: `g${i}`, name: { en: `g${i}` }, weight: 1, children: [node] };
  return { id: 'x', name: { en: 'x' }, children: [node] };
}

describe('absurd user files are refused quickly, with a message', () => {
  it('a scorecard of 10,000 parameters', () => {
    const card = { id: 'x', name: { en: 'x' }, children: Array.from({ length: 10_000 }, (_, i) => leaf(`p${i}`)) };
    const t0 = performance.now();
    const r = safeParseScorecard(card);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([`(root): the scorecard is too big: more than ${LIMITS.scorecardNodes} nodes`]);
  });
  it('a scorecard 50 levels deep, and one 100,000 levels deep (no stack overflow)', () => {
    const r = safeParseScorecard(deep(50));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatch(/deeper than 12 levels/);
    expect(() => checkScorecardTree(deep(100_000))).toThrow(TooBigError);
  });
  it('a scorecard within the limits still parses (the 163-parameter size passes)', () => {
    const card = { id: 'x', name: { en: 'x' }, children: Array.from({ length: 163 }, (_, i) => leaf(`p${i}`)) };
    expect(safeParseScorecard(card).success).toBe(true);
    expect(safeParseScorecard(deep(10)).success).toBe(true);
  });
  it('a 100 MB GeoJSON is refused before JSON.parse', () => {
    const text = '{"type":"FeatureCollection","features":[' + ' '.repeat(100_000_000) + ']}';
    const t0 = performance.now();
    expect(() => parseBoundaries(text)).toThrow(/too big \(100 MB; at most 50 MB/);
    expect(performance.now() - t0).toBeLessThan(50);
  });
  it('a GeoJSON with 6,000 features is refused', () => {
    const f = { type: 'Feature', properties: { district: 'x' }, geometry: { type: 'Point', coordinates: [0, 0] } };
    expect(() => parseBoundaries(JSON.stringify({ type: 'FeatureCollection', features: Array(6000).fill(f) }))).toThrow(BoundaryError);
  });
  it('a 2 MB mapping file is refused', () => {
    expect(() => parseMappingJson(`{"columns": {"complaint_id": "${'a'.repeat(2_000_000)}"}}`)).toThrow(/mapping file is too big/);
  });
});
