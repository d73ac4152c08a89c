import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { db } from '@/data/db';
import { atrBy, dailyReport, type AtrRow, type DailyRow } from '@/data/queries/atr';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';
import { useScoresStore } from './scores';
import { useStatePresetStore } from './statePreset';
import { useEscalationStore } from './escalation';
import { latestLoad } from './latestLoad';

interface AtrData { departments: AtrRow[]; officers: AtrRow[]; daily: DailyRow[] }

/**
 * #/atr (Haryana): closures of the period without an ATR by department and by L1 officer, and the
 * daily report of one source (SMGT, Samadhan camps, CM Window) with the reason for pendency.
 */
export const useAtrStore = defineStore('atr', () => {
  const dataset = useDatasetStore();
  const filters = useFiltersStore();
  const scores = useScoresStore();
  const statePreset = useStatePresetStore();
  const escalation = useEscalationStore();
  const source = ref<string>('smgt');
  const sources = computed(() => statePreset.preset.dailySources.length ? statePreset.preset.dailySources : ['smgt', 'samadhan_camp', 'cm_window']);

  const data = shallowRef<AtrData>({ departments: [], officers: [], daily: [] });
  const key = computed(() => JSON.stringify({ v: dataset.version, p: scores.period, d: filters.district, dep: filters.department, s: filters.source, src: source.value, l: escalation.limits }));

  async function query(period: string): Promise<AtrData> {
    const f = { district: filters.district, department: filters.department, source: filters.source };
    const [departments, officers, daily] = await Promise.all([
      atrBy(db, period, 'department', f), atrBy(db, period, 'officer', f),
      dailyReport(db, period, source.value, escalation.limits[0], escalation.total, { district: filters.district, department: filters.department }),
    ]);
    return { departments, officers, daily };
  }
  const { loading, error, load } = latestLoad(
    () => (scores.period && dataset.status === 'ready' ? query(scores.period) : undefined), (v) => { data.value = v; });
  watch(key, load, { immediate: true });

  return { data, loading, error, source, sources };
});
