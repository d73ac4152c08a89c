/**
 * Turns query results (complaint metrics rows, indicator rows) into the engine's unit × value table.
 * Pure: no DuckDB, no Vue.
 */
import type { Scorecard, ScorecardNode, UnitValues } from './scoring/types';
import { isGroup } from './scoring/types';
import type { UnitMetrics } from './metrics';

export interface ScorecardSources { metrics: string[]; indicators: string[] }

/** The complaint metrics and indicator ids a scorecard reads. */
export function scorecardSources(card: Scorecard): ScorecardSources {
  const metrics = new Set<string>();
  const indicators = new Set<string>();
  const walk = (nodes: ScorecardNode[]) => {
    for (const n of nodes) {
      if (isGroup(n)) walk(n.children);
      else if ('metric' in n.source) metrics.add(n.source.metric);
      else indicators.add(n.source.indicator);
    }
  };
  walk(card.children);
  return { metrics: [...metrics], indicators: [...indicators] };
}

export interface IndicatorValue { unit: string; parameter_id: string; value: number | null; target: number | null }

/**
 * Merges complaint metrics (keyed by metric name) and indicator values (keyed by parameter id) per
 * unit. `volume` is the unit's received count when complaint metrics are present.
 */
export function mergeUnitValues(metrics: UnitMetrics[], indicators: IndicatorValue[]): UnitValues[] {
  const byUnit = new Map<string, UnitValues>();
  const get = (unit: string) => {
    let u = byUnit.get(unit);
    if (!u) { u = { unit, values: {}, targets: {} }; byUnit.set(unit, u); }
    return u;
  };
  for (const m of metrics) {
    const u = get(m.unit);
    for (const [k, v] of Object.entries(m)) if (k !== 'unit') u.values[k] = v as number | null;
    u.volume = m.received ?? null;
  }
  for (const r of indicators) {
    const u = get(r.unit);
    u.values[r.parameter_id] = r.value;
    u.targets![r.parameter_id] = r.target;
  }
  return [...byUnit.values()].sort((a, b) => a.unit.localeCompare(b.unit));
}

/**
 * Whether the scorecard reads complaint metrics only (no indicators): only then can it score units
 * other than districts (departments, a district's departments), since indicators are per district.
 */
export function readsComplaintsOnly(card: Scorecard): boolean {
  const s = scorecardSources(card);
  return s.metrics.length > 0 && s.indicators.length === 0;
}
