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
import { cachedScoreInputs } from './scoreInputsCache';

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
        scoreInputs: (c, o) => cachedScoreInputs(dataset.version, c, o), // shared with the league: not queried twice
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

  // Every section but the report cards is cheap to rebuild; the cards ("what it takes" re-scores the
  // period many times per district) are built only while switched on, and apart, so toggling another
  // section never rebuilds them.
  const card = computed(() => (inputs.value ? { ...inputs.value, card: sc.card } : null));
  const cheap = computed<Briefing | null>(() => (card.value ? buildBriefing(card.value, { sections: BRIEFING_SECTIONS.filter((s) => s !== 'cards') }) : null));
  const cardsOn = computed(() => enabled.value.includes('cards')); // a boolean: other toggles do not reach the cards
  const cards = computed<Briefing | null>(() => (card.value && cardsOn.value ? buildBriefing(card.value, { sections: ['cards'] }) : null));
  /** the briefing as shown, printed and exported: the switched-on sections only, re-scored with the scorecard as it is now */
  const briefing = computed<Briefing | null>(() => {
    const b = cheap.value;
    if (!b) return null;
    const all = [...b.sections, ...(cards.value?.sections ?? [])];
    return { meta: b.meta, sections: BRIEFING_SECTIONS.filter((id) => enabled.value.includes(id)).map((id) => all.find((s) => s.id === id)!).filter(Boolean) };
  });

  return { briefing, inputs, enabled, off, orientation, district, loading, error, queryMs, toggle, setOrientation, setDistrict, reload: load };
});
