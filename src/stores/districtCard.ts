import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { CountBy, PendingComplaint } from '@/data/queries/review';
import { RollupUnsupported } from '@/data/rollup';
import { funnelQuery, metricsQuery, oldestPendingQuery, sourceMixQuery } from './rollupSource';
import type { UnitMetrics } from '@/domain/metrics';
import { ALL_DISTRICTS } from '@/domain/geo/states';
import { marksLost, peerGroupSize, resolveUnitName } from '@/domain/reportCard';
import { whatItTakes } from '@/domain/whatItTakes';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';
import { useScorecardStore } from './scorecard';
import { useScoresStore } from './scores';

const ALIASES: Record<string, string[]> = Object.fromEntries(ALL_DISTRICTS.map((d) => [d.name, [d.hi, ...d.aliases]]));
export const OLDEST_LIMIT = 200;

/**
 * One district's report card: its score row, rank band, marks lost and "what it takes" come from the
 * scores store (re-derived in TS); the department table, funnel, source mix and the named list of
 * the oldest pending complaints are queried here for the selected period.
 */
export const useDistrictCardStore = defineStore('districtCard', () => {
  const dataset = useDatasetStore();
  const filters = useFiltersStore();
  const sc = useScorecardStore();
  const scores = useScoresStore();

  /** the district as typed in the URL */
  const requested = ref<string | null>(null);
  function open(name: string) { requested.value = name; }

  const knownUnits = computed(() => {
    const s = new Set<string>(scores.current.map((u) => u.unit));
    for (const r of scores.result?.unscored ?? []) s.add(r.unit);
    return [...s];
  });
  /** the district name as the data spells it; null when unknown (or not loaded yet) */
  const unit = computed(() => (requested.value ? resolveUnitName(requested.value, knownUnits.value, ALIASES) : null));
  /** true once the scores have loaded (without error) and the name matched nothing */
  const unknown = computed(() => !!requested.value && !scores.loading && !scores.error && unit.value === null);

  const row = computed(() => scores.result?.rows.find((r) => r.unit === unit.value) ?? null);
  const unscored = computed(() => scores.result?.unscored.find((r) => r.unit === unit.value) ?? null);
  const groupSize = computed(() => (row.value && scores.result ? peerGroupSize(scores.result, row.value) : null));
  const band = computed(() => scores.bands?.rows.find((r) => r.unit === unit.value) ?? null);
  const metricsRow = computed(() => scores.metrics.find((m) => m.unit === unit.value) ?? null);
  const marks = computed(() => (unit.value && scores.result ? marksLost(sc.card, scores.result, unit.value) : null));
  const outcomes = computed(() => (unit.value && row.value ? whatItTakes(sc.card, scores.current, scores.metrics, unit.value) : []));

  const byDepartment = shallowRef<UnitMetrics[]>([]);
  const funnel = shallowRef<CountBy[]>([]);
  const sources = shallowRef<CountBy[]>([]);
  const oldest = shallowRef<PendingComplaint[]>([]);
  /** the named list cannot be given for this period from the open rollup (see rollupSource) */
  const oldestUnavailable = ref(false);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const queryMs = ref<number | null>(null);

  /** the district's counts over ALL complaints (sum over departments): what the tables below add up to */
  const totals = computed(() => {
    const sum = (k: 'received' | 'closed' | 'pending_end') => byDepartment.value.reduce((a, r) => a + (r[k] ?? 0), 0);
    return byDepartment.value.length ? { received: sum('received'), closed: sum('closed'), pending_end: sum('pending_end') } : null;
  });

  const key = computed(() => JSON.stringify({ v: dataset.version, p: scores.period, u: unit.value, s: filters.source, d: filters.department, t: sc.card.timeLimitDays ?? null }));
  let seq = 0;
  async function load() {
    const period = scores.period;
    if (!unit.value || !period || dataset.status !== 'ready') return;
    const my = ++seq;
    loading.value = true;
    error.value = null;
    const t0 = performance.now();
    const f = { district: unit.value, department: filters.department, source: filters.source };
    try {
      const [dep, fun, src, old] = await Promise.all([
        metricsQuery({ period, unit: 'department', filters: f, timeLimitDays: sc.card.timeLimitDays }),
        funnelQuery(period, f),
        sourceMixQuery(period, f),
        // a rollup names the pending complaints at its last month's end only: elsewhere the list is empty and oldestUnavailable says why
        oldestPendingQuery(period, f, OLDEST_LIMIT).then((r) => { oldestUnavailable.value = false; return r; },
          (e) => { if (e instanceof RollupUnsupported) { oldestUnavailable.value = true; return []; } throw e; }),
      ]);
      if (my !== seq) return;
      byDepartment.value = dep;
      funnel.value = fun;
      sources.value = src;
      oldest.value = old;
      queryMs.value = Math.round(performance.now() - t0);
    } catch (e) {
      if (my === seq) error.value = (e as Error).message;
    } finally {
      if (my === seq) loading.value = false;
    }
  }
  watch(key, load, { immediate: true });

  return {
    requested, open, unit, unknown, row, unscored, groupSize, band, metricsRow, marks, outcomes,
    byDepartment, totals, funnel, sources, oldest, oldestUnavailable, loading, error, queryMs,
  };
});
