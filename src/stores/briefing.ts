import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { db } from '@/data/db';
import { fetchBriefingInputs } from '@/data/queries/briefing';
import { buildBriefing, BRIEFING_SECTIONS, isBriefingSection, type Briefing, type BriefingInputs, type BriefingSectionId } from '@/domain/briefing/model';
import { scorecardSources } from '@/domain/scoreInputs';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';
import { useScorecardStore } from './scorecard';
import { useScoresStore } from './scores';

export type Orientation = 'portrait' | 'landscape';

const one = (v: unknown): string | null => {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s !== '' ? s : null;
};

/**
 * The briefing page (#/briefing): scope (state, or `district` from the URL), period and compare month
 * (as every view: `period`, `compare`), scorecard (`scorecard`), sections switched off (`off`, a
 * comma list of section ids) and paper orientation (`paper=landscape`) — all in the URL query.
 * The queries run once per (data, period, compare, district, what the scorecard reads); a weight
 * change or a section toggle only rebuilds the model in TypeScript.
 */
export const useBriefingStore = defineStore('briefing', () => {
  const route = useRoute();
  const router = useRouter();
  const dataset = useDatasetStore();
  const filters = useFiltersStore();
  const sc = useScorecardStore();
  const scores = useScoresStore();

  const off = computed<BriefingSectionId[]>(() => (one(route.query.off) ?? '').split(',').filter(isBriefingSection));
  const enabled = computed<BriefingSectionId[]>(() => BRIEFING_SECTIONS.filter((s) => !off.value.includes(s)));
  const orientation = computed<Orientation>(() => (one(route.query.paper) === 'landscape' ? 'landscape' : 'portrait'));
  const district = computed(() => filters.district);

  function setQuery(patch: Record<string, string | null>) {
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(route.query)) { const s = one(v); if (s != null) query[k] = s; }
    for (const [k, v] of Object.entries(patch)) { if (v == null || v === '') delete query[k]; else query[k] = v; }
    return router.push({ query });
  }
  function toggle(id: BriefingSectionId, on: boolean) {
    const next = on ? off.value.filter((s) => s !== id) : [...off.value.filter((s) => s !== id), id];
    return setQuery({ off: BRIEFING_SECTIONS.filter((s) => next.includes(s)).join(',') || null });
  }
  const setOrientation = (o: Orientation) => setQuery({ paper: o === 'landscape' ? o : null });
  const setDistrict = (d: string | null) => setQuery({ district: d });

  const inputs = shallowRef<BriefingInputs | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const queryMs = ref<number | null>(null);

  const key = computed(() => JSON.stringify({
    v: dataset.version, p: scores.period, c: scores.compare, d: district.value, src: scorecardSources(sc.card),
    t: sc.card.timeLimitDays ?? null, h: sc.card.exclusions?.habitualComplainantOver ?? null, n: dataset.name,
  }));

  let seq = 0;
  async function load() {
    if (!scores.period || dataset.status !== 'ready') return;
    const my = ++seq;
    loading.value = true;
    error.value = null;
    const t0 = performance.now();
    try {
      const r = await fetchBriefingInputs(db, {
        card: sc.card, period: scores.period, compare: scores.compare, district: district.value,
        datasetName: dataset.name, summary: dataset.summary ?? undefined,
      });
      if (my !== seq) return;
      inputs.value = r;
      queryMs.value = Math.round(performance.now() - t0);
    } catch (e) {
      if (my === seq) { error.value = (e as Error).message; inputs.value = null; }
    } finally {
      if (my === seq) loading.value = false;
    }
  }
  watch(key, load, { immediate: true });

  /** every section, re-scored with the scorecard as it is now (weights edited on #/scorecard apply) */
  const full = computed<Briefing | null>(() => (inputs.value ? buildBriefing({ ...inputs.value, card: sc.card }) : null));
  /** the briefing as shown, printed and exported: the switched-on sections only */
  const briefing = computed<Briefing | null>(() => {
    const b = full.value;
    return b ? { meta: b.meta, sections: b.sections.filter((s) => enabled.value.includes(s.id)) } : null;
  });

  return { briefing, inputs, enabled, off, orientation, district, loading, error, queryMs, toggle, setOrientation, setDistrict, reload: load };
});
