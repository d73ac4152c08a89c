import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { useFiltersStore } from './filters';
import { useStatePresetStore } from './statePreset';
import { BUILTIN_SCORECARDS, BUILTIN_SCORECARD_IDS, getBuiltinScorecard } from '@/domain/scorecards';
import { safeParseScorecard, type Scorecard } from '@/domain/scoring';

const KEY = 'samiksha.scorecards';
const VERSIONS_KEY = 'samiksha.scorecardVersions';
export const DEFAULT_SCORECARD = 'mp-cm-helpline';
/** versions kept per scorecard (oldest dropped first) */
const MAX_VERSIONS = 20;

/** One saved state of a scorecard: who saved it, when and why. */
export interface ScorecardVersion { version: number; savedAt: string; by: string; note: string; card: Scorecard }

function loadSaved(): Record<string, Scorecard> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const out: Record<string, Scorecard> = {};
    for (const [id, json] of Object.entries(raw)) { const r = safeParseScorecard(json); if (r.success) out[id] = r.data; }
    return out;
  } catch { return {}; }
}

function loadVersions(): Record<string, ScorecardVersion[]> {
  try {
    const raw = JSON.parse(localStorage.getItem(VERSIONS_KEY) ?? '{}') as Record<string, ScorecardVersion[]>;
    const out: Record<string, ScorecardVersion[]> = {};
    for (const [id, list] of Object.entries(raw)) {
      if (Array.isArray(list)) out[id] = list.filter((v) => v && typeof v.version === 'number' && safeParseScorecard(v.card).success);
    }
    return out;
  } catch { return {}; }
}

function persist(key: string, v: unknown) { try { localStorage.setItem(key, JSON.stringify(v)); } catch { /* quota: not kept */ } }

/** The scorecard in use (URL `scorecard`), built-ins plus the user's edited / imported ones (kept in localStorage, versioned). */
export const useScorecardStore = defineStore('scorecard', () => {
  const filters = useFiltersStore();
  const saved = ref<Record<string, Scorecard>>(loadSaved());
  const versions = ref<Record<string, ScorecardVersion[]>>(loadVersions());
  watch(saved, (v) => persist(KEY, v), { deep: true });
  watch(versions, (v) => persist(VERSIONS_KEY, v), { deep: true });

  const statePreset = useStatePresetStore();
  /** the state's first built-in scorecard (mp-cm-helpline, uk-cm-helpline, cm-window) when the URL names none */
  const defaultId = computed(() => statePreset.defaultScorecard ?? DEFAULT_SCORECARD);
  const id = computed(() => filters.scorecard ?? defaultId.value);
  const card = computed<Scorecard>(() => saved.value[id.value] ?? getBuiltinScorecard(id.value) ?? getBuiltinScorecard(defaultId.value)!);
  const available = computed(() => {
    const list = BUILTIN_SCORECARDS.map((c) => ({ id: c.id, name: c.name, builtin: true, edited: !!saved.value[c.id] }));
    for (const c of Object.values(saved.value)) if (!list.some((l) => l.id === c.id)) list.push({ id: c.id, name: c.name, builtin: false, edited: true });
    return list;
  });
  const isBuiltin = (cid: string) => BUILTIN_SCORECARD_IDS.includes(cid);
  /** any scorecard by id (saved first, then built-in) */
  const get = (cid: string): Scorecard | undefined => saved.value[cid] ?? getBuiltinScorecard(cid);

  function select(next: string) { return filters.set({ scorecard: next === defaultId.value ? null : next }); }
  /** Saves (a new version when a note or author is given, or always for the workbench). */
  function save(c: Scorecard, meta?: { by?: string; note?: string }) {
    const copy = structuredClone(JSON.parse(JSON.stringify(c))) as Scorecard;
    saved.value = { ...saved.value, [c.id]: copy };
    if (meta) {
      const list = versions.value[c.id] ?? [];
      const version = (list[list.length - 1]?.version ?? 0) + 1;
      const entry: ScorecardVersion = { version, savedAt: new Date().toISOString(), by: meta.by?.trim() ?? '', note: meta.note?.trim() ?? '', card: copy };
      versions.value = { ...versions.value, [c.id]: [...list, entry].slice(-MAX_VERSIONS) };
    }
  }
  /** Drops the saved copy (a built-in goes back to its shipped JSON); the version history stays. */
  function revert(cid: string) { const { [cid]: _drop, ...rest } = saved.value; saved.value = rest; }
  /** Deletes a saved scorecard and its history. */
  function remove(cid: string) { revert(cid); const { [cid]: _d, ...rest } = versions.value; versions.value = rest; }

  return { id, card, available, saved, versions, isBuiltin, get, select, save, revert, remove };
});
