import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { OfficerStatsResult } from '@/data/queries/officers';
import type { OfficerProfile } from '@/data/queries/officersProfile';
import { officerProfileQuery, officerScopesQuery, officerStatsQuery } from './rollupSource';
import {
  addMonths, buildOfficerLists, officerListsCsv, officerRows, periodRange, DEFAULT_TOP, MIN_CLOSURES, type OfficerRow, type PeriodRange,
} from '@/domain/officers';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';

/** Months of data the lists are computed over, ending with the selected period. */
export const WINDOW_CHOICES = [1, 3, 6, 12] as const;
/** Months shown in an officer's trend chart, ending with the selected period. */
const TREND_MONTHS = 12;

/**
 * #/officers: the good and poor L1 officer lists for the URL's period, district and department,
 * and the profile of the officer in the URL query `officer`. The SQL runs once per range and
 * filter; the minimum closures and list length re-rank in TypeScript without a new query.
 */
export const useOfficersStore = defineStore('officers', () => {
  const dataset = useDatasetStore();
  const filters = useFiltersStore();
  const route = useRoute();
  const router = useRouter();

  const minClosures = ref(MIN_CLOSURES);
  const top = ref(DEFAULT_TOP);
  const months = ref<number>(1);

  const period = computed(() => filters.period ?? dataset.latestMonth);
  const range = computed<PeriodRange | null>(() => {
    if (!period.value) return null;
    try { return periodRange(addMonths(period.value, 1 - months.value), period.value); } catch { return null; }
  });

  const data = shallowRef<OfficerStatsResult>({ officers: [], departments: [] });
  const scopes = shallowRef<{ districts: string[]; departments: string[] }>({ districts: [], departments: [] });
  const scopesReady = ref(false);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const queryMs = ref<number | null>(null);

  const lists = computed(() => buildOfficerLists(data.value.officers, data.value.departments, { minClosures: minClosures.value, top: top.value }));
  const rows = computed(() => officerRows(data.value.officers, data.value.departments, lists.value.minClosures));

  /** Queries run only while #/officers is shown (the store outlives the page). */
  const active = computed(() => route.name === 'officers');
  const key = computed(() => JSON.stringify([dataset.version, range.value?.label ?? null, filters.district, filters.department]));
  let loadedKey: string | null = null;

  let seq = 0;
  async function load(): Promise<void> {
    const r = range.value;
    if (!r || !active.value || dataset.status !== 'ready' || key.value === loadedKey) return;
    const k = key.value;
    const my = ++seq;
    loading.value = true;
    error.value = null;
    const t0 = performance.now();
    try {
      const res = await officerStatsQuery({ range: r, filters: { district: filters.district, department: filters.department } });
      if (my !== seq) return;
      data.value = res;
      loadedKey = k;
      queryMs.value = Math.round(performance.now() - t0);
    } catch (e) {
      if (my === seq) error.value = (e as Error).message ?? String(e);
    } finally {
      if (my === seq) loading.value = false;
    }
  }

  async function loadScopes(): Promise<void> {
    if (dataset.status !== 'ready') return;
    try { scopes.value = await officerScopesQuery(); } catch { scopes.value = { districts: [], departments: [] }; }
    scopesReady.value = true;
  }

  watch([key, active], load, { immediate: true });
  watch(() => dataset.version, loadScopes, { immediate: true });

  // ---- the profile of one officer (URL query `officer`) ----
  const selectedId = computed(() => {
    const v = route.query.officer;
    const s = Array.isArray(v) ? v[0] : v;
    return s ? String(s) : null;
  });
  const selectedRow = computed<OfficerRow | null>(() => rows.value.find((r) => r.officer_id === selectedId.value) ?? null);
  const profile = shallowRef<OfficerProfile | null>(null);
  const profileLoading = ref(false);
  const profileError = ref<string | null>(null);

  let pseq = 0;
  async function loadProfile(): Promise<void> {
    const id = selectedId.value;
    const r = range.value;
    if (!active.value) return;
    if (!id || !r || dataset.status !== 'ready') { profile.value = null; return; }
    const my = ++pseq;
    profileLoading.value = true;
    profileError.value = null;
    try {
      const p = await officerProfileQuery(id, r, addMonths(r.to, 1 - Math.max(TREND_MONTHS, months.value)));
      if (my === pseq) profile.value = p;
    } catch (e) {
      if (my === pseq) profileError.value = (e as Error).message ?? String(e);
    } finally {
      if (my === pseq) profileLoading.value = false;
    }
  }
  const profileKey = computed(() => JSON.stringify([dataset.version, range.value?.label ?? null, selectedId.value]));
  watch([profileKey, active], loadProfile, { immediate: true });

  /** Opens (or with null closes) an officer's profile; the officer id goes into the URL. */
  function select(id: string | null): Promise<unknown> {
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(route.query)) { const s = Array.isArray(v) ? v[0] : v; if (s != null && k !== 'officer') query[k] = s; }
    if (id) query.officer = id;
    return router.push({ query });
  }

  function csv(): string {
    return officerListsCsv(lists.value);
  }

  return {
    minClosures, top, months, period, range, scopes, scopesReady, loading, error, queryMs, lists, rows,
    selectedId, selectedRow, profile, profileLoading, profileError, select, csv, reload: () => { loadedKey = null; return load(); },
  };
});
