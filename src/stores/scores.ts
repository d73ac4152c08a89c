import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { cachedScoreInputs } from './scoreInputsCache';
import { scorePeriod, robustness, type ScoreResult, type UnitValues, type RobustnessResult } from '@/domain/scoring';
import { scorecardSources } from '@/domain/scoreInputs';
import { previousMonth, type UnitMetrics } from '@/domain/metrics';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';
import { useScorecardStore } from './scorecard';
import { mark } from '@/data/marks';

/**
 * District scores for the selected period and compare period. The unit × value tables are queried
 * once per (period, filters, sources); a scorecard weight change re-scores in TypeScript only.
 */
export const useScoresStore = defineStore('scores', () => {
  const dataset = useDatasetStore();
  const filters = useFiltersStore();
  const sc = useScorecardStore();

  const usesComplaints = computed(() => scorecardSources(sc.card).metrics.length > 0);
  const months = computed(() => (usesComplaints.value ? dataset.months : dataset.summary?.indicatorMonths ?? []));
  const period = computed(() => (filters.period && months.value.includes(filters.period) ? filters.period : months.value[months.value.length - 1] ?? null));
  const compare = computed(() => filters.compare ?? (period.value ? previousMonth(period.value) : null));

  const current = shallowRef<UnitValues[]>([]);
  const previous = shallowRef<UnitValues[]>([]);
  const metrics = shallowRef<UnitMetrics[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const queryMs = ref<number | null>(null);

  // What the raw-data queries depend on (not the weights).
  const queryKey = computed(() => JSON.stringify({
    v: dataset.version, p: period.value, c: compare.value, d: filters.department, s: filters.source,
    src: scorecardSources(sc.card), t: sc.card.timeLimitDays ?? null, h: sc.card.exclusions?.habitualComplainantOver ?? null,
  }));

  let seq = 0;
  async function load() {
    if (!period.value || dataset.status !== 'ready') return;
    const my = ++seq;
    loading.value = true;
    error.value = null;
    const t0 = performance.now();
    try {
      const f = { department: filters.department, source: filters.source };
      const [cur, prev] = await Promise.all([
        cachedScoreInputs(dataset.version, sc.card, { period: period.value, unit: 'district', filters: f }),
        compare.value ? cachedScoreInputs(dataset.version, sc.card, { period: compare.value, unit: 'district', filters: f }) : null,
      ]);
      if (my !== seq) return;
      current.value = cur.units;
      metrics.value = cur.metrics;
      previous.value = prev?.units ?? [];
      queryMs.value = Math.round(performance.now() - t0);
      mark('league-inputs');
    } catch (e) {
      if (my === seq) error.value = (e as Error).message;
    } finally {
      if (my === seq) loading.value = false;
    }
  }
  watch(queryKey, load, { immediate: true });

  const result = computed<ScoreResult | null>(() => {
    if (!current.value.length) return null;
    const prev = previous.value.length ? scorePeriod(sc.card, previous.value) : undefined;
    return scorePeriod(sc.card, current.value, { previous: prev });
  });

  /** Monte Carlo rank bands (computed on demand; seeded so it repeats). */
  const bands = computed<RobustnessResult | null>(() => (current.value.length ? robustness(sc.card, current.value, { runs: 300, seed: 1 }) : null));

  return { period, compare, months, current, previous, metrics, result, bands, loading, error, queryMs, reload: load };
});
