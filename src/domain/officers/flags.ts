/**
 * Closure-gaming and neglect flags. Each compares one share of an officer's work with the same
 * share for the rest of their department (all other L1 officers of that department in the state,
 * same months) and fires only when all three hold:
 *   1. enough evidence: the base (closures, or aged complaints) is at least the list minimum;
 *   2. far above: rate − baseline ≥ minExcess AND rate ≥ minRatio × baseline;
 *   3. not luck: the exact one-sided binomial p-value of count-or-more at the baseline rate is
 *      below FLAG_ALPHA (0.001 — with ~3,000 officers × 6 flags, a handful of chance flags at most,
 *      and the size gate of rule 2 removes most of those).
 * A flag is a prompt to look at the complaints, not a verdict. See docs/officers.md.
 */
import { binomialUpperTail } from './binomial';
import type { DepartmentTotals, FlagKind, OfficerFlag, OfficerStats } from './types';

/** Significance level of the one-sided binomial test behind every flag. */
export const FLAG_ALPHA = 0.001;

/** Days at the end of each calendar month that count as "just before the grading cut-off". */
export const DEFAULT_BURST_DAYS = 3;

export interface FlagRule {
  /** Officer's count and base, and the department's. */
  count: (s: OfficerStats) => number;
  base: (s: OfficerStats) => number;
  deptCount: (d: DepartmentTotals) => number;
  deptBase: (d: DepartmentTotals) => number;
  /** Minimum gap in share points (0.15 = 15 points) and minimum multiple of the baseline. */
  minExcess: number;
  minRatio: number;
  /** English reason; numbers already formatted. */
  text: (f: { count: number; base: number; rate: string; baseline: string; days: number }) => string;
}

const pctText = (r: number): string => `${(100 * r).toFixed(1)}%`;

/** The flag rules and their thresholds (named, documented in docs/officers.md). */
export const FLAG_RULES: Record<FlagKind, FlagRule> = {
  // Force closure = closed without the citizen's satisfaction: the main gaming risk.
  force_closed: {
    count: (s) => s.force_closed, base: (s) => s.closed, deptCount: (d) => d.force_closed, deptBase: (d) => d.closed,
    minExcess: 0.15, minRatio: 1.5,
    text: (f) => `${f.count} of ${f.base} closures force-closed (${f.rate}) against ${f.baseline} for the rest of the department`,
  },
  // Closures piled into the last days of the month, just before the monthly grading cut-off.
  closure_burst: {
    count: (s) => s.closed_last_days, base: (s) => s.closed, deptCount: (d) => d.closed_last_days, deptBase: (d) => d.closed,
    minExcess: 0.1, minRatio: 2,
    text: (f) => `${f.count} of ${f.base} closures (${f.rate}) fell in the last ${f.days} days of their month, against ${f.baseline} for the rest of the department`,
  },
  low_quality: {
    count: (s) => s.low_quality, base: (s) => s.closed, deptCount: (d) => d.low_quality, deptBase: (d) => d.closed,
    minExcess: 0.1, minRatio: 2,
    text: (f) => `${f.count} of ${f.base} closure answers audited low quality (${f.rate}) against ${f.baseline} for the rest of the department`,
  },
  reopened: {
    count: (s) => s.reopened, base: (s) => s.closed, deptCount: (d) => d.reopened, deptBase: (d) => d.closed,
    minExcess: 0.05, minRatio: 2,
    text: (f) => `${f.count} of ${f.base} closures were reopened (${f.rate}) against ${f.baseline} for the rest of the department`,
  },
  // Special closure (out of jurisdiction / not actionable) is another way to close without resolving.
  special_closed: {
    count: (s) => s.special_closed, base: (s) => s.closed, deptCount: (d) => d.special_closed, deptBase: (d) => d.closed,
    minExcess: 0.1, minRatio: 2,
    text: (f) => `${f.count} of ${f.base} closures special-closed (${f.rate}) against ${f.baseline} for the rest of the department`,
  },
  // Letting complaints rot: of the complaints older than 50 days, the share still pending.
  stale_backlog: {
    count: (s) => s.pending_over_50, base: (s) => s.aged, deptCount: (d) => d.pending_over_50, deptBase: (d) => d.aged,
    minExcess: 0.1, minRatio: 2,
    text: (f) => `${f.count} of ${f.base} complaints older than 50 days still pending (${f.rate}) against ${f.baseline} for the rest of the department`,
  },
};

/**
 * The flags of one officer. `dept` holds the totals of the officer's department including the
 * officer; the officer's own counts are taken out so they are compared with their peers only.
 */
export function officerFlags(s: OfficerStats, dept: DepartmentTotals | undefined, minBase: number, burstDays = DEFAULT_BURST_DAYS): OfficerFlag[] {
  if (!dept) return [];
  const out: OfficerFlag[] = [];
  for (const [kind, rule] of Object.entries(FLAG_RULES) as [FlagKind, FlagRule][]) {
    const count = rule.count(s);
    const base = rule.base(s);
    const restBase = rule.deptBase(dept) - base;
    if (base < Math.max(1, minBase) || restBase <= 0) continue;
    const baseline = Math.max(0, rule.deptCount(dept) - count) / restBase;
    const rate = count / base;
    const excess = rate - baseline;
    if (excess < rule.minExcess || rate < rule.minRatio * baseline) continue;
    const pValue = binomialUpperTail(count, base, baseline);
    if (pValue >= FLAG_ALPHA) continue;
    out.push({
      kind, count, base, rate, baseline, excess, ratio: baseline > 0 ? rate / baseline : null, pValue,
      reason: rule.text({ count, base, rate: pctText(rate), baseline: pctText(baseline), days: burstDays }),
    });
  }
  return out;
}
