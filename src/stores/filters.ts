import { defineStore } from 'pinia';
import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';

/** The view state that lives in the URL query, so any view can be bookmarked and shared. */
export const FILTER_KEYS = ['period', 'compare', 'scorecard', 'unit', 'district', 'department', 'source', 'lang', 'state'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

function first(q: LocationQuery, k: string): string | null {
  const v = q[k];
  const s = Array.isArray(v) ? v[0] : v;
  return s == null || s === '' ? null : s;
}

export const useFiltersStore = defineStore('filters', () => {
  const route = useRoute();
  const router = useRouter();

  const get = (k: FilterKey) => computed(() => first(route.query, k));
  const period = get('period');
  const compare = get('compare');
  const scorecard = get('scorecard');
  const unit = get('unit');
  const district = get('district');
  const department = get('department');
  const source = get('source');
  const lang = get('lang');
  const state = get('state');

  /** Sets one or more filters (null removes), as a new history entry so back/forward work. */
  function set(patch: Partial<Record<FilterKey, string | null>>, replace = false): Promise<unknown> {
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(route.query)) { const s = Array.isArray(v) ? v[0] : v; if (s != null) query[k] = s; }
    for (const [k, v] of Object.entries(patch)) { if (v == null || v === '') delete query[k]; else query[k] = v; }
    return replace ? router.replace({ query }) : router.push({ query });
  }

  /** The query to carry along when navigating between views. */
  const carried = computed(() => {
    const q: Record<string, string> = {};
    for (const k of FILTER_KEYS) { const v = first(route.query, k); if (v) q[k] = v; }
    return q;
  });

  return { period, compare, scorecard, unit, district, department, source, lang, state, set, carried };
});
