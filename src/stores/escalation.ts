import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { db } from '@/data/db';
import { lastDataDay, pendingByLevel, pendingOlderThan, weeklyCadence, type LevelRow, type PendingCase, type WeekFigures } from '@/data/queries/escalation';
import { monthBounds } from '@/domain/metrics';
import { levelLimits, type LevelLimit } from '@/domain/levelLimits';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';
import { useScoresStore } from './scores';
import { useStatePresetStore } from './statePreset';
import { useScorecardStore } from './scorecard';
import { latestLoad } from './latestLoad';

/** limits changed on #/escalation, by state and scorecard ("uk|uk-cm-helpline"), by level */
const KEY = 'samiksha.levelLimitsByCard';
export const DRIVE_DAYS = 180;
type Changed = Record<string, Record<string, number>>;

function loadChanged(): Changed {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? raw as Changed : {};
  } catch { return {}; }
}
function keep(v: Changed) { try { localStorage.setItem(KEY, JSON.stringify(v)); } catch { /* not kept */ } }

/** `total`: the sum of the limits the figures were counted with (the screen's may be newer while they load) */
interface EscalationData { asOf: string | null; total: number; levels: LevelRow[]; pastAll: { total: number; rows: PendingCase[] }; drive: { total: number; rows: PendingCase[] }; weeks: [WeekFigures, WeekFigures] | null }
const EMPTY: EscalationData = { asOf: null, total: 0, levels: [], pastAll: { total: 0, rows: [] }, drive: { total: 0, rows: [] }, weeks: null };

/**
 * #/escalation (Uttarakhand 1905 style, works for any state): on the as-of day (the period's last
 * day, or the data's last day when earlier) the pending complaints by district × level against
 * each level's limit, the cases past every limit, the > 180-day drive list and the week-on-week
 * cadence. Level limits: the active scorecard's timeLimitDays per level where it sets one, else the
 * state preset's default; a level can also be changed here (for this state and scorecard, kept on
 * this computer), which wins until reset. So a scorecard with other limits changes the counts.
 */
export const useEscalationStore = defineStore('escalation', () => {
  const dataset = useDatasetStore();
  const filters = useFiltersStore();
  const scores = useScoresStore();
  const statePreset = useStatePresetStore();
  const sc = useScorecardStore();
  const changed = ref<Changed>(loadChanged());
  const changedKey = computed(() => `${statePreset.id}|${sc.card.id}`);
  /** per level: its days and where they come from (changed here, the scorecard's timeLimitDays, the state's default) */
  const perLevel = computed<LevelLimit[]>(() => levelLimits(statePreset.preset.timeLimitDays, sc.card.timeLimitDays, changed.value[changedKey.value]));
  const limits = computed<number[]>(() => perLevel.value.map((l) => l.days));
  const total = computed(() => limits.value.reduce((a, b) => a + b, 0));
  /** who sits at each level (the preset's names; L5 by number) */
  const levelNames = computed(() => perLevel.value.map((l, i) => statePreset.preset.levels[i] ?? { en: `L${l.level}`, hi: `L${l.level}` }));
  /** Change one level's limit on this view (for this state and scorecard, kept on this computer). */
  function setLimit(level: number, days: number) {
    if (!Number.isFinite(days) || days < 1 || days > 365 || level < 1 || level > limits.value.length) return;
    const own = { ...(changed.value[changedKey.value] ?? {}), [String(level)]: Math.round(days) };
    changed.value = { ...changed.value, [changedKey.value]: own };
    keep(changed.value);
  }
  /** Back to the scorecard's limits (the state's default where it sets none). */
  function resetLimits() {
    const { [changedKey.value]: _drop, ...rest } = changed.value;
    changed.value = rest;
    keep(rest);
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
    return { asOf, total: total.value, levels, pastAll, drive, weeks };
  }
  const { loading, error, load } = latestLoad(
    () => (scores.period && dataset.status === 'ready' ? query(scores.period) : undefined), (v) => { data.value = v; });
  watch(key, load, { immediate: true });

  return { data, loading, error, perLevel, limits, total, levelNames, setLimit, resetLimits };
});
