/**
 * A tile map of districts laid out from their headquarters coordinates: each district gets one
 * square cell of a grid, as close as possible to where its headquarters is. No external map data.
 */
export interface TilePoint { name: string; lat: number; lon: number }
export interface Tile { name: string; col: number; row: number }

/**
 * Places points on a grid of `cols` columns (rows follow the aspect ratio). Points are placed
 * greedily, in order of how crowded their neighbourhood is, each on the nearest free cell.
 */
export function tileLayout(points: readonly TilePoint[], cols = 12): Tile[] {
  if (!points.length) return [];
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const spanLon = Math.max(maxLon - minLon, 1e-9);
  const spanLat = Math.max(maxLat - minLat, 1e-9);
  const rows = Math.max(1, Math.round((cols * spanLat) / spanLon));
  const ideal = points.map((p) => ({
    name: p.name,
    x: ((p.lon - minLon) / spanLon) * (cols - 1),
    y: ((maxLat - p.lat) / spanLat) * (rows - 1),
  }));
  // Crowded points first, so isolated ones (which have room) are displaced least.
  const crowd = ideal.map((a) => ideal.reduce((n, b) => n + (Math.hypot(a.x - b.x, a.y - b.y) < 1.5 ? 1 : 0), 0));
  const order = ideal.map((_, i) => i).sort((i, j) => crowd[j] - crowd[i] || ideal[i].name.localeCompare(ideal[j].name));
  const taken = new Set<string>();
  const out: Tile[] = new Array(points.length);
  for (const i of order) {
    const p = ideal[i];
    let best: { col: number; row: number; d: number } | null = null;
    for (let radius = 0; !best; radius++) {
      for (let r = Math.floor(p.y) - radius; r <= Math.ceil(p.y) + radius; r++) {
        for (let c = Math.floor(p.x) - radius; c <= Math.ceil(p.x) + radius; c++) {
          if (taken.has(`${c},${r}`)) continue;
          const d = Math.hypot(c - p.x, r - p.y);
          if (!best || d < best.d || (d === best.d && (r < best.row || (r === best.row && c < best.col)))) best = { col: c, row: r, d };
        }
      }
    }
    taken.add(`${best.col},${best.row}`);
    out[i] = { name: p.name, col: best.col, row: best.row };
  }
  // Shift so the smallest col/row is 0.
  const minC = Math.min(...out.map((t) => t.col));
  const minR = Math.min(...out.map((t) => t.row));
  return out.map((t) => ({ ...t, col: t.col - minC, row: t.row - minR }));
}
