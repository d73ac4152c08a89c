import { defineStore } from 'pinia';
import { shallowRef, watch, ref } from 'vue';
import type { MonthTrend } from '@/data/queries/review';
import { metricsQuery, trendQuery } from './rollupSource';
import type { UnitMetrics } from '@/domain/metrics';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';
import { useScoresStore } from './scores';

/** The state overview's figures: headline metrics for the period and compare period, trend, department backlog. */
export const useOverviewStore = defineStore('overview', () => {
  const dataset = useDatasetStore();
  const filters = useFiltersStore();
  const scores = useScoresStore();

  const headline = shallowRef<UnitMetrics | null>(null);
  const headlineCompare = shallowRef<UnitMetrics | null>(null);
  const trend = shallowRef<MonthTrend[]>([]);
  const departments = shallowRef<UnitMetrics[]>([]);
  const loading = ref(false);

  let seq = 0;
  watch(() => [dataset.version, scores.period, scores.compare, filters.district, filters.department, filters.source] as const, async ([, period, compare]) => {
    if (!period) return;
    const my = ++seq;
    loading.value = true;
    const f = { district: filters.district, department: filters.department, source: filters.source };
    try {
      const [cur, cmp, tr, dep] = await Promise.all([
        metricsQuery({ period, unit: 'state', filters: f }),
        compare ? metricsQuery({ period: compare, unit: 'state', filters: f }) : Promise.resolve([]),
        trendQuery(f),
        metricsQuery({ period, unit: 'department', filters: f }),
      ]);
      if (my !== seq) return;
      headline.value = cur[0] ?? null;
      headlineCompare.value = cmp[0] ?? null;
      trend.value = tr;
      departments.value = [...dep].sort((a, b) => (b.pending_over_50 ?? 0) - (a.pending_over_50 ?? 0));
    } finally {
      if (my === seq) loading.value = false;
    }
  }, { immediate: true });

  return { headline, headlineCompare, trend, departments, loading };
});
