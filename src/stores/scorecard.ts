import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { useFiltersStore } from './filters';
import { BUILTIN_SCORECARDS, getBuiltinScorecard } from '@/domain/scorecards';
import { safeParseScorecard, type Scorecard } from '@/domain/scoring';

const KEY = 'samiksha.scorecards';
export const DEFAULT_SCORECARD = 'mp-cm-helpline';

function loadSaved(): Record<string, Scorecard> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const out: Record<string, Scorecard> = {};
    for (const [id, json] of Object.entries(raw)) { const r = safeParseScorecard(json); if (r.success) out[id] = r.data; }
    return out;
  } catch { return {}; }
}

/** The scorecard in use (URL `scorecard`), built-ins plus the user's edited / imported ones (kept in localStorage). */
export const useScorecardStore = defineStore('scorecard', () => {
  const filters = useFiltersStore();
  const saved = ref<Record<string, Scorecard>>(loadSaved());
  watch(saved, (v) => { try { localStorage.setItem(KEY, JSON.stringify(v)); } catch { /* quota: not kept */ } }, { deep: true });

  const id = computed(() => filters.scorecard ?? DEFAULT_SCORECARD);
  const card = computed<Scorecard>(() => saved.value[id.value] ?? getBuiltinScorecard(id.value) ?? getBuiltinScorecard(DEFAULT_SCORECARD)!);
  const available = computed(() => {
    const list = BUILTIN_SCORECARDS.map((c) => ({ id: c.id, name: c.name, builtin: true, edited: !!saved.value[c.id] }));
    for (const c of Object.values(saved.value)) if (!list.some((l) => l.id === c.id)) list.push({ id: c.id, name: c.name, builtin: false, edited: true });
    return list;
  });

  function select(next: string) { return filters.set({ scorecard: next === DEFAULT_SCORECARD ? null : next }); }
  function save(c: Scorecard) { saved.value = { ...saved.value, [c.id]: c }; }
  function revert(cid: string) { const { [cid]: _drop, ...rest } = saved.value; saved.value = rest; }

  return { id, card, available, saved, select, save, revert };
});
