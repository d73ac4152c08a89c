import { defineStore } from 'pinia';
import { ref, computed } from 'vue';
import { db } from '@/data/db';
import { loadSample } from '@/data/sample';
import { datasetSummary, type DatasetSummary } from '@/data/queries/dataset';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What is loaded in DuckDB: its name, size and months. Components read this; only stores touch the data layer. */
export const useDatasetStore = defineStore('dataset', () => {
  const status = ref<LoadStatus>('idle');
  const phase = ref('starting');
  const progress = ref(0);
  const error = ref<string | null>(null);
  const name = ref('');
  const summary = ref<DatasetSummary | null>(null);
  const loadMs = ref<number | null>(null);
  /** Bumped whenever the loaded data changes, so dependent stores re-query. */
  const version = ref(0);

  const months = computed(() => summary.value?.months ?? []);
  const latestMonth = computed(() => months.value[months.value.length - 1] ?? null);

  async function refresh(): Promise<void> {
    summary.value = await datasetSummary(db);
    version.value++;
  }

  let pending: Promise<void> | null = null;
  function ensureLoaded(): Promise<void> {
    if (status.value === 'ready') return Promise.resolve();
    if (!pending) pending = loadDefault().finally(() => { pending = null; });
    return pending;
  }

  async function loadDefault(): Promise<void> {
    const t0 = performance.now();
    status.value = 'loading';
    error.value = null;
    phase.value = 'starting';
    progress.value = 0;
    try {
      await loadSample(db, import.meta.env.BASE_URL, (p, f) => { phase.value = p; progress.value = f; });
      name.value = 'sample';
      await refresh();
      loadMs.value = Math.round(performance.now() - t0);
      status.value = 'ready';
    } catch (e) {
      error.value = (e as Error).message ?? String(e);
      status.value = 'error';
    }
  }

  return { status, phase, progress, error, name, summary, loadMs, version, months, latestMonth, ensureLoaded, refresh };
});
