import { describe, it, expect } from 'vitest';
import { tileLayout } from '@/domain/tileMap';
import { MP_DISTRICTS } from '@/domain/geo/mpDistricts';

describe('tile map layout', () => {
  it('gives each of the 55 MP districts its own cell', () => {
    const tiles = tileLayout(MP_DISTRICTS, 12);
    expect(tiles).toHaveLength(55);
    expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(55);
    expect(Math.min(...tiles.map((t) => t.col))).toBe(0);
    expect(Math.min(...tiles.map((t) => t.row))).toBe(0);
  });
  it('keeps geography: west of east, north above south', () => {
    const t = Object.fromEntries(tileLayout(MP_DISTRICTS, 12).map((x) => [x.name, x]));
    expect(t.Alirajpur.col).toBeLessThan(t.Singrauli.col); // far west vs far east
    expect(t.Morena.row).toBeLessThan(t.Burhanpur.row);    // north vs south
    expect(t.Indore.col).toBeLessThan(t.Jabalpur.col);
  });
  it('places three points on a line in order; a lone point sits at 0,0', () => {
    const line = tileLayout([{ name: 'a', lat: 0, lon: 0 }, { name: 'b', lat: 0, lon: 1 }, { name: 'c', lat: 0, lon: 2 }], 3);
    expect(line.map((x) => [x.name, x.col, x.row])).toEqual([['a', 0, 0], ['b', 1, 0], ['c', 2, 0]]);
    expect(tileLayout([{ name: 'x', lat: 5, lon: 5 }], 4)).toEqual([{ name: 'x', col: 0, row: 0 }]);
  });
  it('collisions move to a neighbouring free cell', () => {
    const t = tileLayout([{ name: 'a', lat: 0, lon: 0 }, { name: 'b', lat: 0, lon: 0.01 }, { name: 'c', lat: 0, lon: 10 }], 4);
    const cells = t.map((x) => `${x.col},${x.row}`);
    expect(new Set(cells).size).toBe(3);
  });
});
