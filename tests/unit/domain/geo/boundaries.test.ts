import { describe, it, expect } from 'vitest';
import { parseBoundaries, matchBoundaries, BoundaryError } from '@/domain/geo/boundaries';

const square = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
const geo = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: 1, DISTRICT: 'INDORE', state: 'MP' }, geometry: square(75, 22) },
    { type: 'Feature', properties: { id: 2, DISTRICT: 'होशंगाबाद', state: 'MP' }, geometry: square(77, 22) },
    { type: 'Feature', properties: { id: 3, DISTRICT: 'Atlantis', state: 'MP' }, geometry: square(70, 20) },
  ],
};
// The same two first squares as TopoJSON (arcs hand-written, no quantisation)
const topo = {
  type: 'Topology',
  objects: { districts: { type: 'GeometryCollection', geometries: [
    { type: 'Polygon', arcs: [[0]], properties: { dtname: 'Indore' } },
    { type: 'Polygon', arcs: [[1]], properties: { dtname: 'Bhind' } },
  ] } },
  arcs: [[[75, 22], [76, 22], [76, 23], [75, 23], [75, 22]], [[77, 22], [78, 22], [78, 23], [77, 23], [77, 22]]],
};

describe('district boundaries', () => {
  it('reads GeoJSON and matches names (case, Hindi, old names) to the units in the data', () => {
    const m = matchBoundaries(parseBoundaries(JSON.stringify(geo)), ['Indore', 'Narmadapuram', 'Bhopal']);
    expect(m.key).toBe('DISTRICT');
    expect(m.features.map((f) => f.unit)).toEqual(['Indore', 'Narmadapuram']);
    expect(m.unmatched).toEqual(['Atlantis']);
    expect(m.missing).toEqual(['Bhopal']);
  });
  it('reads TopoJSON', () => {
    const fc = parseBoundaries(JSON.stringify(topo));
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0].geometry).toMatchObject({ type: 'Polygon' });
    const m = matchBoundaries(fc, ['Indore', 'Bhind']);
    expect(m.features.map((f) => f.unit).sort()).toEqual(['Bhind', 'Indore']);
  });
  it('matches units that are not MP districts by plain name', () => {
    const m = matchBoundaries(parseBoundaries(JSON.stringify(geo)), ['atlantis']);
    expect(m.features.map((f) => f.unit)).toEqual(['atlantis']);
  });
  it('refuses what is not a boundary file, with a reason', () => {
    expect(() => parseBoundaries('hello')).toThrow(BoundaryError);
    expect(() => parseBoundaries('{"type":"Point","coordinates":[1,2]}')).toThrow(/neither GeoJSON/);
  });
});
