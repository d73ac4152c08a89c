import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { db } from '@/data/db';
import { useQuery } from '@/composables/useQuery';
import { complaintMetrics, type MetricFilters } from '@/data/queries/complaintMetrics';
import type { UnitKind, UnitMetrics } from '@/domain/metrics';
import { scorePeriod, type Scorecard, type UnitValues } from '@/domain/scoring';
import { scorecardSources } from '@/domain/scoreInputs';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';
import { useScorecardStore } from './scorecard';
import { useScoresStore } from './scores';
import { cachedScoreInputs } from './scoreInputsCache';

/** One line of the TL-meeting table: a department (or a district) with its counts, rates and grade. */
export interface TlRow {
  unit: string;
  received: number;
  closed: number;
  satisfaction_rate: number | null;
  force_closed_rate: number | null;
  pending_over_50: number;
  pending_over_100: number;
  pending_over_300: number;
  score: number | null;
  grade: string | null;
}

/** Grades need a scorecard that reads complaint metrics only (indicators are per district, not per department). */
function canGrade(card: Scorecard): boolean {
  const s = scorecardSources(card);
  return s.metrics.length > 0 && s.indicators.length === 0;
}

interface TlData { all: UnitMetrics[]; graded: UnitValues[] | null }

/** Counts and rates over ALL complaints (what the meeting acts on), plus the scorecard's inputs for the same units. */
async function tlData(version: number, card: Scorecard, period: string, unit: UnitKind, filters: MetricFilters): Promise<TlData> {
  const [all, graded] = await Promise.all([
    complaintMetrics(db, { period, unit, filters, timeLimitDays: card.timeLimitDays }),
    canGrade(card) ? cachedScoreInputs(version, card, { period, unit, filters }) : null,
  ]);
  return { all, graded: graded?.units ?? null };
}

/** Table rows; the grade is the scorecard's own scoring of the units (with its exclusions, e.g. habitual complainants). */
function tlRows(card: Scorecard, d: TlData): TlRow[] {
  const scored = d.graded?.length ? scorePeriod(card, d.graded) : null;
  const byUnit = new Map(scored?.rows.map((r) => [r.unit, r]) ?? []);
  return d.all.map((m) => ({
    unit: m.unit,
    received: m.received ?? 0,
    closed: m.closed ?? 0,
    satisfaction_rate: m.satisfaction_rate,
    force_closed_rate: m.force_closed_rate,
    pending_over_50: m.pending_over_50 ?? 0,
    pending_over_100: m.pending_over_100 ?? 0,
    pending_over_300: m.pending_over_300 ?? 0,
    score: byUnit.get(m.unit)?.rounded ?? null,
    grade: byUnit.get(m.unit)?.grade ?? null,
  }));
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
  const q = useQuery();
  const bq = useQuery();
  /** the table's error, else the breakdown's */
  const error = computed(() => q.error.value ?? bq.error.value);
  const gradable = computed(() => canGrade(sc.card));

  const base = computed(() => ({
    v: dataset.version, p: scores.period, s: filters.source, src: scorecardSources(sc.card),
    t: sc.card.timeLimitDays ?? null, h: sc.card.exclusions?.habitualComplainantOver ?? null,
  }));
  const key = computed(() => JSON.stringify({ ...base.value, d: filters.district }));
  const breakdownKey = computed(() => JSON.stringify({ ...base.value, dep: selected.value }));

  async function load() {
    const period = scores.period;
    if (!period || dataset.status !== 'ready') return;
    await q.run(() => tlData(dataset.version, sc.card, period, 'department', { district: filters.district, source: filters.source }), (r) => { data.value = r; });
  }

  async function loadBreakdown() {
    const period = scores.period;
    const dep = selected.value;
    if (!dep || !period || dataset.status !== 'ready') { breakdownData.value = { all: [], graded: null }; return; }
    await bq.run(() => tlData(dataset.version, sc.card, period, 'district', { department: dep, source: filters.source }), (r) => { breakdownData.value = r; });
  }

  watch(key, load, { immediate: true });
  watch(breakdownKey, loadBreakdown, { immediate: true });

  function select(dep: string | null) { selected.value = dep === selected.value ? null : dep; }

  return { rows, breakdown, selected, loading: q.loading, breakdownLoading: bq.loading, error, queryMs: q.ms, gradable, select };
});
