/** Fetches what a scorecard needs for one period (one metrics query + one indicators query). */
import type { Db } from '../dbTypes';
import type { Scorecard, UnitValues } from '@/domain/scoring/types';
import { scorecardSources, mergeUnitValues } from '@/domain/scoreInputs';
import type { UnitKind, UnitMetrics } from '@/domain/metrics';
import { complaintMetrics, type MetricFilters } from './complaintMetrics';
import { indicatorValues, type IndicatorRow } from './indicators';
import { tableExists } from './dataset';

export interface ScoreInputOptions { period: string; unit: UnitKind; filters?: MetricFilters }

export interface ScoreInputs { units: UnitValues[]; metrics: UnitMetrics[]; indicators: IndicatorRow[] }

export async function scoreInputs(db: Db, card: Scorecard, o: ScoreInputOptions): Promise<ScoreInputs> {
  const src = scorecardSources(card);
  const metrics = src.metrics.length && (await tableExists(db, 'complaints'))
    ? await complaintMetrics(db, { period: o.period, unit: o.unit, filters: o.filters, timeLimitDays: card.timeLimitDays, habitualOver: card.exclusions?.habitualComplainantOver ?? null })
    : [];
  const indicators = src.indicators.length && (await tableExists(db, 'indicators')) ? await indicatorValues(db, o.period, src.indicators) : [];
  return { units: mergeUnitValues(metrics, indicators), metrics, indicators };
}
