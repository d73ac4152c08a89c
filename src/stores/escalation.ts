import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { db } from '@/data/db';
import { lastDataDay, pendingByLevel, pendingOlderThan, weeklyCadence, type LevelRow, type PendingCase, type WeekFigures } from '@/data/queries/escalation';
import { monthBounds } from '@/domain/metrics';
import type { StateId } from '@/domain/geo/states';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';
import { useScoresStore } from './scores';
import { useStatePresetStore } from './statePreset';
import { latestLoad } from './latestLoad';

const KEY = 'samiksha.levelLimits';
export const DRIVE_DAYS = 180;

function loadLimits(): Partial<Record<StateId, number[]>> {
  try { return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Record<StateId, number[]>>; } catch { return {}; }
}

interface EscalationData { asOf: string | null; levels: LevelRow[]; pastAll: { total: number; rows: PendingCase[] }; drive: { total: number; rows: PendingCase[] }; weeks: [WeekFigures, WeekFigures] | null }
const EMPTY: EscalationData = { asOf: null, levels: [], pastAll: { total: 0, rows: [] }, drive: { total: 0, rows: [] }, weeks: null };

/**
 * #/escalation (Uttarakhand 1905 style, works for any state): on the as-of day (the period's last
 * day, or the data's last day when earlier) the pending complaints by district × level against
 * each level's limit, the cases past every limit, the > 180-day drive list and the week-on-week
 * cadence. Level limits come from the state preset and can be changed here (kept on this computer).
 */
export const useEscalationStore = defineStore('escalation', () => {
  const dataset = useDatasetStore();
  const filters = useFiltersStore();
  const scores = useScoresStore();
  const statePreset = useStatePresetStore();
  const custom = ref(loadLimits());
  const limits = computed<number[]>(() => {
    const own = custom.value[statePreset.id];
    const base = statePreset.preset.timeLimitDays;
    return [1, 2, 3, 4].map((l, i) => own?.[i] ?? base[String(l) as '1']);
  });
  const total = computed(() => limits.value.reduce((a, b) => a + b, 0));
  function setLimit(level: number, days: number) {
    if (!Number.isFinite(days) || days < 1 || days > 365) return;
    const next = [...limits.value];
    next[level - 1] = Math.round(days);
    custom.value = { ...custom.value, [statePreset.id]: next };
    try { localStorage.setItem(KEY, JSON.stringify(custom.value)); } catch { /* not kept */ }
  }
  function resetLimits() {
    const { [statePreset.id]: _drop, ...rest } = custom.value;
    custom.value = rest;
    try { localStorage.setItem(KEY, JSON.stringify(rest)); } catch { /* not kept */ }
  }

  const data = shallowRef<EscalationData>(EMPTY);
  const key = computed(() => JSON.stringify({ v: dataset.version, p: scores.period, d: filters.district, dep: filters.department, s: filters.source, l: limits.value }));

  async function query(period: string): Promise<EscalationData> {
    const last = await lastDataDay(db);
    const end = monthBounds(period).end;
    const asOf = last && last < end ? last : end;
    const f = { district: filters.district, department: filters.department, source: filters.source };
    const [levels, pastAll, drive, weeks] = await Promise.all([
      pendingByLevel(db, asOf, limits.value, f),
      pendingOlderThan(db, asOf, total.value, limits.value.length, f, 200),
      pendingOlderThan(db, asOf, DRIVE_DAYS, limits.value.length, f, 500),
      weeklyCadence(db, asOf, total.value, f),
    ]);
    return { asOf, levels, pastAll, drive, weeks };
  }
  const { loading, error, load } = latestLoad(
    () => (scores.period && dataset.status === 'ready' ? query(scores.period) : undefined), (v) => { data.value = v; });
  watch(key, load, { immediate: true });

  return { data, loading, error, limits, total, setLimit, resetLimits };
});
