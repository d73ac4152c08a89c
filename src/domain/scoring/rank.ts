/** Rounding, competition ranking, grades and peer groups. */
import { competitionRanks, finiteOrNull } from './normalize';
import type { GradeThreshold, Scorecard, UnitValues } from './types';

/**
 * Rounds to `decimals` places, correctly for the double actually stored (like R's round and
 * Number.prototype.toFixed; exact halves go away from zero).
 */
export function roundTo(x: number, decimals = 2): number {
  return Number(x.toFixed(decimals));
}

/** The score ranks and grades are decided on: rounded to 2 decimals. */
export const round2 = (x: number): number => roundTo(x, 2);

/** Competition ranks by score descending on the scores as given (round them first): 1, 2, 2, 4. */
export function rankDescending(scores: readonly number[]): number[] {
  return competitionRanks(scores, true);
}

/**
 * Ranks within each peer group (units with group null form their own pool).
 * Returns ranks aligned with `scores`.
 */
export function rankWithinGroups(scores: readonly number[], groups: readonly (string | null)[]): number[] {
  const pools = new Map<string | null, number[]>();
  groups.forEach((g, i) => {
    const pool = pools.get(g);
    if (pool) pool.push(i);
    else pools.set(g, [i]);
  });
  const ranks = new Array<number>(scores.length);
  for (const idx of pools.values()) {
    const r = rankDescending(idx.map((i) => scores[i]));
    idx.forEach((i, j) => (ranks[i] = r[j]));
  }
  return ranks;
}

/** The first threshold whose `min` the score reaches, in the order given; null if none. */
export function gradeFor(score: number, grades: readonly GradeThreshold[] | undefined): string | null {
  for (const g of grades ?? []) if (score >= g.min) return g.grade;
  return null;
}

export interface PeerGroupAssignment {
  /** group names in scorecard order */
  names: string[];
  /** per unit (aligned with the input), null = in no group */
  of: (string | null)[];
  /** per unit, why it is in no group */
  notes: (string | undefined)[];
}

const normName = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Peer groups. By volume: the unit's `volume`, else `values[by]`; the group is the threshold
 * with the highest `min` the volume reaches (so the order they are listed in does not matter).
 * By lists: the list that names the unit (trimmed, case-insensitive).
 */
export function assignPeerGroups(card: Scorecard, units: readonly UnitValues[]): PeerGroupAssignment {
  const pg = card.peerGroups;
  if (!pg) return { names: [], of: units.map(() => null), notes: units.map(() => undefined) };
  const notes: (string | undefined)[] = units.map(() => undefined);
  if ('lists' in pg) {
    const owner = new Map<string, string>();
    for (const [group, list] of Object.entries(pg.lists)) for (const u of list) if (!owner.has(normName(u))) owner.set(normName(u), group);
    const of = units.map((u, i) => {
      const g = owner.get(normName(u.unit)) ?? null;
      if (g === null) notes[i] = 'not in any peer-group list: ranked with the other units in no group';
      return g;
    });
    return { names: Object.keys(pg.lists), of, notes };
  }
  const of = units.map((u, i) => {
    const volume = finiteOrNull(u.volume) ?? finiteOrNull(u.values[pg.by]);
    if (volume === null) {
      notes[i] = `no "${pg.by}" volume to place it in a peer group: ranked with the other units in no group`;
      return null;
    }
    let best = -1;
    pg.thresholds.forEach((t, j) => {
      if (volume >= t.min && (best < 0 || t.min > pg.thresholds[best].min)) best = j;
    });
    if (best < 0) notes[i] = `${pg.by} ${volume} is below every peer-group minimum: ranked with the other units in no group`;
    return best < 0 ? null : pg.thresholds[best].group;
  });
  return { names: pg.thresholds.map((t) => t.group), of, notes };
}
