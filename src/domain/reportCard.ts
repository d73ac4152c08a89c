/**
 * A district's report card, from one period's ScoreResult: which top-level parameter (or group)
 * costs it the most marks, against the state average and the best district. Pure TS.
 */
import type { Scorecard, ScoreResult, Text, UnitScore } from './scoring/types';

export interface MarksLostRow {
  /** top-level node id (a parameter, or a group such as a department of the CM Dashboard) */
  id: string;
  name: Text | null;
  /** marks this node can give the unit: its re-weighted share of the total × 100 */
  max: number | null;
  points: number | null;
  /** max − points, never below 0 (a `target` cap above 1 can pay more than the share) */
  lost: number | null;
  /** mean of `lost` over the scored units that have this node */
  stateAvgLost: number | null;
  /** `lost` of the best unit (overall rank 1) */
  bestLost: number | null;
}

export interface MarksLost {
  rows: MarksLostRow[];
  /** the best unit overall (rank 1, ignoring peer groups), null when nothing is scored */
  best: string | null;
  /** true when the total is geometric: points (and so marks lost) are not additive */
  geometric: boolean;
}

const lostOf = (u: UnitScore, id: string): { max: number; points: number; lost: number } | null => {
  const n = u.nodes[id];
  if (!n || n.share == null || n.points == null || n.effectiveWeight == null) return null;
  const max = 100 * n.effectiveWeight;
  return { max, points: n.points, lost: Math.max(0, max - n.points) };
};

/**
 * Marks lost per top-level node of `card` by `unit` (name as in the result), sorted by marks lost,
 * largest first (nodes without data last). Returns null when the unit is not scored.
 */
export function marksLost(card: Scorecard, result: ScoreResult, unit: string): MarksLost | null {
  const row = result.rows.find((r) => r.unit === unit);
  if (!row) return null;
  const best = result.rows.reduce<UnitScore | null>((b, r) => (b === null || r.overallRank < b.overallRank ? r : b), null);
  const geometric = (card.aggregation ?? 'arithmetic') === 'geometric';
  const rows: MarksLostRow[] = card.children.map((c) => {
    const own = lostOf(row, c.id);
    const all = result.rows.map((r) => lostOf(r, c.id)).filter((x): x is NonNullable<typeof x> => x !== null);
    const b = best ? lostOf(best, c.id) : null;
    return {
      id: c.id,
      name: c.name ?? null,
      max: own?.max ?? null,
      points: own?.points ?? null,
      lost: own?.lost ?? null,
      stateAvgLost: all.length ? all.reduce((s, x) => s + x.lost, 0) / all.length : null,
      bestLost: b?.lost ?? null,
    };
  });
  rows.sort((a, b) => (b.lost ?? -1) - (a.lost ?? -1));
  return { rows, best: best?.unit ?? null, geometric };
}

/** Number of scored units in the unit's peer group (all scored units without peer groups). */
export function peerGroupSize(result: ScoreResult, unit: UnitScore): number {
  return result.rows.filter((r) => r.group === unit.group).length;
}

const fold = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/**
 * The unit name as the data spells it for a name typed in a URL: case- and spacing-insensitive,
 * and a known Hindi spelling (`aliases`: data name → other spellings) also matches. null = unknown.
 */
export function resolveUnitName(name: string, units: readonly string[], aliases: Record<string, readonly string[]> = {}): string | null {
  const want = fold(name);
  if (!want) return null;
  const direct = units.find((u) => fold(u) === want);
  if (direct) return direct;
  return units.find((u) => (aliases[u] ?? []).some((a) => fold(a) === want)) ?? null;
}

export interface FunnelStep { level: number; reached: number; share: number | null }

/**
 * Escalation funnel from counts by the level a complaint reached (levelFunnel rows, key "1".."5"):
 * reached Lk = complaints that got to level k or beyond; share = of all received. Levels 1..max(4, highest seen).
 */
export function funnelSteps(counts: readonly { key: string; n: number }[]): FunnelStep[] {
  const at = new Map<number, number>();
  for (const c of counts) {
    const level = Number(c.key);
    if (Number.isInteger(level) && level >= 1) at.set(level, (at.get(level) ?? 0) + c.n);
  }
  const top = Math.max(4, ...at.keys());
  const total = [...at.values()].reduce((a, b) => a + b, 0);
  const steps: FunnelStep[] = [];
  let reached = total;
  for (let level = 1; level <= top; level++) {
    steps.push({ level, reached, share: total > 0 ? reached / total : null });
    reached -= at.get(level) ?? 0;
  }
  return steps;
}
