import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { MetricFilters } from '@/data/queries/complaintMetrics';
import { metricsQuery } from './rollupSource';
import type { UnitKind } from '@/domain/metrics';
import type { Scorecard } from '@/domain/scoring';
import { scorecardSources } from '@/domain/scoreInputs';
import { canGrade, tlRows, type TlData } from '@/domain/tlTable';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';
import { useScorecardStore } from './scorecard';
import { useScoresStore } from './scores';
import { cachedScoreInputs } from './scoreInputsCache';

export { canGrade, tlRows, type TlRow } from '@/domain/tlTable';

/** Counts and rates over ALL complaints (what the meeting acts on), plus the scorecard's inputs for the same units. */
async function tlData(version: number, card: Scorecard, period: string, unit: UnitKind, filters: MetricFilters): Promise<TlData> {
  const [all, graded] = await Promise.all([
    metricsQuery({ period, unit, filters, timeLimitDays: card.timeLimitDays }),
    canGrade(card) ? cachedScoreInputs(version, card, { period, unit, filters }) : null,
  ]);
  return { all, graded: graded?.units ?? null };
}

/** The departments view: department × TL columns for the state or one district, and one department's districts. */
export const useDepartmentsStore = defineStore('departments', () => {
  const dataset = useDatasetStore();
  const filters = useFiltersStore();
  const sc = useScorecardStore();
  const scores = useScoresStore();

  const data = shallowRef<TlData>({ all: [], graded: null });
  const breakdownData = shallowRef<TlData>({ all: [], graded: null });
  // weights re-grade in TS only; the queries depend on what the scorecard reads
  const rows = computed(() => tlRows(sc.card, data.value));
  const breakdown = computed(() => tlRows(sc.card, breakdownData.value));
  /** the department whose districts are shown (as the data spells it) */
  const selected = ref<string | null>(filters.department);
  const loading = ref(false);
  const breakdownLoading = ref(false);
  const error = ref<string | null>(null);
  const queryMs = ref<number | null>(null);
  const gradable = computed(() => canGrade(sc.card));

  const base = computed(() => ({
    v: dataset.version, p: scores.period, s: filters.source, src: scorecardSources(sc.card),
    t: sc.card.timeLimitDays ?? null, h: sc.card.exclusions?.habitualComplainantOver ?? null,
  }));
  const key = computed(() => JSON.stringify({ ...base.value, d: filters.district }));
  const breakdownKey = computed(() => JSON.stringify({ ...base.value, dep: selected.value }));

  let seq = 0;
  async function load() {
    const period = scores.period;
    if (!period || dataset.status !== 'ready') return;
    const my = ++seq;
    loading.value = true;
    error.value = null;
    const t0 = performance.now();
    try {
      const r = await tlData(dataset.version, sc.card, period, 'department', { district: filters.district, source: filters.source });
      if (my !== seq) return;
      data.value = r;
      queryMs.value = Math.round(performance.now() - t0);
    } catch (e) {
      if (my === seq) error.value = (e as Error).message;
    } finally {
      if (my === seq) loading.value = false;
    }
  }

  let bseq = 0;
  async function loadBreakdown() {
    const period = scores.period;
    const dep = selected.value;
    if (!dep || !period || dataset.status !== 'ready') { breakdownData.value = { all: [], graded: null }; return; }
    const my = ++bseq;
    breakdownLoading.value = true;
    try {
      const r = await tlData(dataset.version, sc.card, period, 'district', { department: dep, source: filters.source });
      if (my === bseq) breakdownData.value = r;
    } catch (e) {
      if (my === bseq) error.value = (e as Error).message;
    } finally {
      if (my === bseq) breakdownLoading.value = false;
    }
  }

  watch(key, load, { immediate: true });
  watch(breakdownKey, loadBreakdown, { immediate: true });

  function select(dep: string | null) { selected.value = dep === selected.value ? null : dep; }

  return { rows, breakdown, selected, loading, breakdownLoading, error, queryMs, gradable, select };
});
