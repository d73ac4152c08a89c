/**
 * Where the screens' queries run: the raw tables, or — when a rollup is open (the dataset store's
 * rollup mode, see openRollupFile there) — the rollup's counts, through the same named functions.
 * Stores call these instead of the raw-row query functions; what a rollup cannot answer throws
 * RollupUnsupported with a plain sentence the screen shows.
 */
import { db } from '@/data/db';
import { complaintMetrics, type MetricOptions, type MetricFilters } from '@/data/queries/complaintMetrics';
import { scoreInputs, type ScoreInputOptions, type ScoreInputs } from '@/data/queries/scoreInputs';
import { levelFunnel, monthlyTrend, oldestPending, sourceMix, type CountBy, type MonthTrend, type PendingComplaint } from '@/data/queries/review';
import { officerScopes, officerStats, type OfficerQueryOptions, type OfficerStatsResult } from '@/data/queries/officers';
import { officerProfile, type OfficerProfile } from '@/data/queries/officersProfile';
import type { PeriodRange } from '@/domain/officers';
import type { UnitMetrics } from '@/domain/metrics';
import type { Scorecard } from '@/domain/scoring';
import { rollupMetrics, rollupMonthlyTrend, rollupOldestPending, rollupScoreInputs, RollupUnsupported, type RollupInfo } from '@/data/rollup';
import { rollupLevelFunnel, rollupOfficerScopes, rollupOfficerStats, rollupSourceMix } from '@/data/rollupReview';

let active: RollupInfo | null = null;

/** Set by the dataset store when a rollup is opened (null: back to the raw rows). */
export function setActiveRollup(info: RollupInfo | null): void { active = info; }
export function activeRollup(): RollupInfo | null { return active; }

export function metricsQuery(o: MetricOptions): Promise<UnitMetrics[]> {
  return active ? rollupMetrics(db, active, o) : complaintMetrics(db, o);
}

export function scoreInputsQuery(card: Scorecard, o: ScoreInputOptions): Promise<ScoreInputs> {
  return active ? rollupScoreInputs(db, active, card, o) : scoreInputs(db, card, o);
}

export function trendQuery(f?: MetricFilters): Promise<MonthTrend[]> {
  return active ? rollupMonthlyTrend(db, active, f) : monthlyTrend(db, f);
}

export function funnelQuery(period: string, f?: MetricFilters): Promise<CountBy[]> {
  return active ? rollupLevelFunnel(db, active, period, f) : levelFunnel(db, period, f);
}

export function sourceMixQuery(period: string, f?: MetricFilters): Promise<CountBy[]> {
  return active ? rollupSourceMix(db, active, period, f) : sourceMix(db, period, f);
}

/**
 * The oldest pending complaints at the period's end. A rollup names those pending over its
 * `pendingOverDays` at its last month's end only: another month throws RollupUnsupported.
 */
export function oldestPendingQuery(period: string, f: MetricFilters | undefined, limit: number): Promise<PendingComplaint[]> {
  if (!active) return oldestPending(db, period, f, limit);
  const last = active.months[active.months.length - 1];
  if (period !== last) return Promise.reject(new RollupUnsupported(`a rollup names the pending complaints at its last month's end (${last}) only; for ${period} open the raw rows`));
  return rollupOldestPending(db, active, f, limit);
}

export function officerStatsQuery(o: OfficerQueryOptions): Promise<OfficerStatsResult> {
  return active ? rollupOfficerStats(db, active, o) : officerStats(db, o);
}

export function officerScopesQuery(): Promise<{ districts: string[]; departments: string[] }> {
  return active ? rollupOfficerScopes(db, active) : officerScopes(db);
}

/** An officer's profile names complaints: the raw rows only. */
export function officerProfileQuery(id: string, r: PeriodRange, trendFrom: string): Promise<OfficerProfile> {
  if (active) return Promise.reject(new RollupUnsupported('an officer\'s profile lists named complaints, which a rollup does not hold: open the raw rows for it'));
  return officerProfile(db, id, r, trendFrom);
}
