/**
 * District boundaries a user supplies (GeoJSON or TopoJSON), matched to the units in the data by
 * name. Nothing is fetched: the file comes from the user's disk.
 */
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { matchDistrict } from './matchDistrict';
import { LIMITS } from '../limits';

export class BoundaryError extends Error {}

/** GeoJSON FeatureCollection / Feature, or TopoJSON Topology (its first object, or one named like "district*"). */
export function parseBoundaries(text: string): FeatureCollection {
  if (text.length > LIMITS.boundaryBytes) throw new BoundaryError(`the file is too big (${Math.round(text.length / 1e6)} MB; at most ${LIMITS.boundaryBytes / 1e6} MB of boundaries are read — simplify it, e.g. with mapshaper)`);
  let json: unknown;
  try { json = JSON.parse(text.replace(/^\uFEFF/, '')); } catch { throw new BoundaryError('not a JSON file (expected GeoJSON or TopoJSON)'); }
  const j = json as { type?: string; objects?: Record<string, GeometryObject>; features?: unknown[] };
  if (j?.type === 'Topology' && j.objects) {
    const names = Object.keys(j.objects);
    if (!names.length) throw new BoundaryError('the TopoJSON has no objects');
    const name = names.find((n) => /district|dist/i.test(n)) ?? names[0];
    const fc = topoFeature(json as Topology, j.objects[name]) as FeatureCollection | Feature;
    return fc.type === 'FeatureCollection' ? fc : { type: 'FeatureCollection', features: [fc] };
  }
  if (j?.type === 'FeatureCollection' && Array.isArray(j.features)) {
    if (j.features.length > LIMITS.boundaryFeatures) throw new BoundaryError(`${j.features.length} features; at most ${LIMITS.boundaryFeatures} are read`);
    return json as FeatureCollection;
  }
  if (j?.type === 'Feature') return { type: 'FeatureCollection', features: [json as Feature] };
  throw new BoundaryError('neither GeoJSON (FeatureCollection) nor TopoJSON (Topology)');
}

const CANDIDATE_KEYS = ['district', 'District', 'DISTRICT', 'dtname', 'DTNAME', 'dist_name', 'DIST_NAME', 'NAME_2', 'name', 'Name', 'NAME', 'district_name'];

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s_\-.()]/g, '');

/** The canonical unit a feature name refers to: an MP district match first, then the same name ignoring case and spacing. */
function unitFor(name: string, units: readonly string[], byNorm: Map<string, string>): string | null {
  const direct = byNorm.get(norm(name));
  if (direct) return direct;
  const d = matchDistrict(name);
  if (d) {
    const u = units.find((x) => matchDistrict(x)?.name === d.name);
    if (u) return u;
  }
  return null;
}

export interface BoundaryMatch {
  /** the feature property holding the name */
  key: string | null;
  features: { unit: string; feature: Feature<Geometry> }[];
  /** feature names that match no unit in the data */
  unmatched: string[];
  /** units in the data with no feature */
  missing: string[];
}

/** Matches features to units by the name property that matches the most units. */
export function matchBoundaries(fc: FeatureCollection, units: readonly string[]): BoundaryMatch {
  const byNorm = new Map(units.map((u) => [norm(u), u]));
  const keys = new Set<string>();
  for (const f of fc.features) for (const [k, v] of Object.entries(f.properties ?? {})) if (typeof v === 'string') keys.add(k);
  const ordered = [...CANDIDATE_KEYS.filter((k) => keys.has(k)), ...[...keys].filter((k) => !CANDIDATE_KEYS.includes(k))];
  let best: BoundaryMatch = { key: null, features: [], unmatched: [], missing: [...units] };
  for (const key of ordered) {
    const features: BoundaryMatch['features'] = [];
    const unmatched: string[] = [];
    for (const f of fc.features) {
      const name = f.properties?.[key];
      if (typeof name !== 'string' || !f.geometry) continue;
      const unit = unitFor(name, units, byNorm);
      if (unit) features.push({ unit, feature: f as Feature<Geometry> }); else unmatched.push(name);
    }
    if (features.length > best.features.length) {
      const have = new Set(features.map((x) => x.unit));
      best = { key, features, unmatched, missing: units.filter((u) => !have.has(u)) };
    }
  }
  return best;
}
