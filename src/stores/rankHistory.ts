import { defineStore } from 'pinia';
import { shallowRef, watch, computed } from 'vue';
import { cachedScoreInputs } from './scoreInputsCache';
import { useDatasetStore } from './dataset';
import { scorePeriod, type MonthRanks } from '@/domain/scoring';
import { useScoresStore } from './scores';
import { useScorecardStore } from './scorecard';
import { useFiltersStore } from './filters';

/** Each district's rank over the last N months up to the selected period (for sparklines). */
export const useRankHistoryStore = defineStore('rankHistory', () => {
  const scores = useScoresStore();
  const sc = useScorecardStore();
  const filters = useFiltersStore();
  const dataset = useDatasetStore();
  const N = 6;
  const months = computed(() => {
    const i = scores.period ? scores.months.indexOf(scores.period) : -1;
    return i < 0 ? [] : scores.months.slice(Math.max(0, i - N + 1), i + 1);
  });
  /** district → rank per month (null when unscored that month), aligned with `months`. */
  const ranks = shallowRef<Map<string, (number | null)[]>>(new Map());
  /** the same months as rows (unit, peer group, rank), oldest first: what bottomStreaks reads */
  const history = shallowRef<MonthRanks[]>([]);

  let seq = 0;
  // Runs after the league table's own queries (it reuses their cached results for two of the months).
  watch(() => JSON.stringify([months.value, sc.card, filters.department, filters.source, scores.loading, dataset.version]), async () => {
    const my = ++seq;
    const ms = months.value;
    if (!ms.length || scores.loading) return;
    const f = { department: filters.department, source: filters.source };
    const results = [];
    for (const m of ms) {
      const inputs = await cachedScoreInputs(dataset.version, sc.card, { period: m, unit: 'district', filters: f });
      if (my !== seq) return;
      results.push(scorePeriod(sc.card, inputs.units));
    }
    const map = new Map<string, (number | null)[]>();
    results.forEach((r, i) => {
      for (const row of r.rows) {
        if (!map.has(row.unit)) map.set(row.unit, new Array(ms.length).fill(null));
        map.get(row.unit)![i] = row.rank;
      }
    });
    ranks.value = map;
    history.value = results.map((r, i) => ({ month: ms[i], rows: r.rows.map((x) => ({ unit: x.unit, group: x.group, rank: x.rank })) }));
  }, { immediate: true });

  return { months, ranks, history };
});
