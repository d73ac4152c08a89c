/**
 * Normalisation of one parameter over the units of one period (DESIGN.md "Scorecard"):
 * s in [0, 100] (only `target` with cap > 1 may pass 100), direction applied as stated.
 * "Units scored" = the units that have a value for this parameter in this period.
 */
import { DEFAULTS } from './types';
import type { Direction, Normalize, Transform } from './types';

export interface NormalizeSpec {
  direction: Direction;
  transform: Transform;
  normalize: Normalize;
}

export interface NormalizedColumn {
  /** normalised score per unit (null = missing) */
  s: (number | null)[];
  /** the target used per unit (method "target"), after the transform */
  targets: (number | null)[] | null;
  /** why a unit's s is null, when it had a value */
  notes: (string | undefined)[];
}

const clamp = (x: number, lo = 0, hi = 100): number => (x < lo ? lo : x > hi ? hi : x);

/** A usable number or null: null, undefined, NaN and ±Infinity are missing. */
export function finiteOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Applies the transform; `log` is the natural log and values ≤ 0 become missing. */
export function applyTransform(v: number | null, transform: Transform): number | null {
  if (v === null || transform === 'none') return v;
  return v > 0 ? Math.log(v) : null;
}

/**
 * Competition ranks (1, 2, 2, 4): r = 1 + the number of values strictly better.
 * Sort-based, O(n log n), so thousands of units (officers) rank quickly.
 */
export function competitionRanks(values: readonly number[], higherIsBetter = true): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (higherIsBetter ? values[b] - values[a] : values[a] - values[b]));
  const ranks = new Array<number>(values.length);
  order.forEach((idx, pos) => {
    const prev = order[pos - 1];
    ranks[idx] = pos > 0 && values[prev] === values[idx] ? ranks[prev] : pos + 1;
  });
  return ranks;
}

export function normalizeColumn(
  spec: NormalizeSpec,
  rawValues: readonly (number | null | undefined)[],
  rawTargets?: readonly (number | null | undefined)[],
): NormalizedColumn {
  const n = rawValues.length;
  const notes: (string | undefined)[] = new Array(n).fill(undefined);
  const x = rawValues.map((v, i) => {
    const value = finiteOrNull(v);
    const t = applyTransform(value, spec.transform);
    if (value !== null && t === null) notes[i] = 'log transform needs a value above 0';
    return t;
  });
  const lower = spec.direction === 'lower';
  const present = x.filter((v): v is number => v !== null);
  const m = spec.normalize;
  let targets: (number | null)[] | null = null;
  let s: (number | null)[];

  switch (m.method) {
    case 'ratio':
      s = x.map((v) => (v === null ? null : clamp(lower ? 100 * (1 - v) : 100 * v)));
      break;
    case 'minmax': {
      const min = Math.min(...present);
      const max = Math.max(...present);
      s = x.map((v) => {
        if (v === null) return null;
        if (max === min) return 100;
        return lower ? (100 * (max - v)) / (max - min) : (100 * (v - min)) / (max - min);
      });
      break;
    }
    case 'goalposts':
      s = x.map((v) => (v === null ? null : clamp(lower ? (100 * (m.hi - v)) / (m.hi - m.lo) : (100 * (v - m.lo)) / (m.hi - m.lo))));
      break;
    case 'zscore': {
      const k = present.length;
      const mean = present.reduce((a, b) => a + b, 0) / k;
      const allEqual = present.every((v) => v === present[0]);
      const sd = k < 2 || allEqual ? 0 : Math.sqrt(present.reduce((a, v) => a + (v - mean) ** 2, 0) / (k - 1));
      s = x.map((v) => {
        if (v === null) return null;
        if (sd === 0) return 50;
        const z = (v - mean) / sd;
        return clamp(lower ? 50 - 10 * z : 50 + 10 * z);
      });
      break;
    }
    case 'rank': {
      const k = present.length;
      const ranks = competitionRanks(present, !lower);
      let j = 0;
      s = x.map((v) => {
        if (v === null) return null;
        const r = ranks[j++];
        return k === 1 ? 100 : (100 * (k - r)) / (k - 1);
      });
      break;
    }
    case 'target': {
      const cap = m.cap ?? DEFAULTS.targetCap;
      // A target from the unit's row is in the data's units, so it is transformed like the value;
      // a target written in the spec is already on the transformed scale (like goalposts).
      targets = x.map((_, i) => {
        const fromRow = applyTransform(finiteOrNull(rawTargets?.[i]), spec.transform);
        return fromRow ?? m.target ?? null;
      });
      s = x.map((v, i) => {
        if (v === null) return null;
        const t = targets![i];
        if (t === null) {
          notes[i] = 'no target';
          return null;
        }
        if (!(t > 0)) {
          notes[i] = `target ${t} is not above 0`;
          return null;
        }
        if (lower) return v <= 0 ? 100 * cap : 100 * Math.min(t / v, cap);
        return Math.max(0, 100 * Math.min(v / t, cap));
      });
      break;
    }
  }
  return { s, targets, notes };
}
