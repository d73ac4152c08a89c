/**
 * The first screen of a saved dataset: written with each saved copy (persist.ts, `g<n>.first.json`,
 * before that generation's manifest, so it is only ever read with the copy it was computed from).
 * On a reload the league is painted from it while DuckDB starts and the copy is restored behind;
 * every query waits for the real data, and the real summary is compared with the snapshot's (a
 * difference re-queries everything), as with the sample's build-time snapshot (sampleSnapshot.ts).
 */
import type { Db } from './dbTypes';
import { buildSnapshot, SNAPSHOT_FORMAT, type SampleSnapshot } from './sampleSnapshot';
import type { Scorecard } from '@/domain/scoring/types';
import { getBuiltinScorecard } from '@/domain/scorecards';
import { STATE_PRESETS, type StateId } from '@/domain/geo/states';

export interface SavedSnapshot extends SampleSnapshot {
  /** the scorecard the inputs were computed with (its sources, limits and exclusions make the cache key) */
  card: Scorecard;
}

export async function buildSavedSnapshot(db: Db, card: Scorecard): Promise<Uint8Array> {
  const s: SavedSnapshot = { ...(await buildSnapshot(db, card)), card };
  return new TextEncoder().encode(JSON.stringify(s));
}

/** The snapshot of what is loaded for the state's default scorecard (the one a first open shows). */
export async function firstScreenFor(db: Db, state: StateId): Promise<Uint8Array | null> {
  const card = getBuiltinScorecard(STATE_PRESETS[state].scorecards[0]);
  return card ? buildSavedSnapshot(db, card) : null;
}

/** The snapshot, or null when it is missing, damaged or of another format (then the page waits for the restore). */
export function parseSavedSnapshot(bytes: Uint8Array | null): SavedSnapshot | null {
  if (!bytes || bytes.length === 0) return null;
  try {
    const s = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as SavedSnapshot;
    if (!s || s.format !== SNAPSHOT_FORMAT || !s.summary || !Array.isArray(s.summary.months) || !s.inputs || typeof s.inputs !== 'object') return null;
    if (!s.card || typeof s.card.id !== 'string' || !Array.isArray(s.card.children) || s.card.id !== s.scorecard) return null;
    for (const v of Object.values(s.inputs)) if (!v || !Array.isArray(v.metrics) || !Array.isArray(v.indicators)) return null;
    return s;
  } catch {
    return null;
  }
}
