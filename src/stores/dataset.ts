import { defineStore } from 'pinia';
import { ref, computed, shallowRef } from 'vue';
import { db, storage, STORE_CATALOG } from '@/data/db';
import { loadSample } from '@/data/sample';
import { datasetSummary, type DatasetSummary } from '@/data/queries/dataset';
import { clearSaved, datasetName, emptyOtherTables, restoreDataset, saveDataset } from '@/data/persist';
import type { ImportReport, ImportTable } from '@/domain/import/types';
import { clearScoreInputsCache } from './scoreInputsCache';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
/** none: nothing to save (the sample); unavailable: this tab cannot save (no OPFS, or another tab has it). */
export type SaveState = 'none' | 'saving' | 'saved' | 'failed' | 'unavailable';

/** What is loaded in DuckDB: its name, size and months. Components read this; only stores touch the data layer. */
export const useDatasetStore = defineStore('dataset', () => {
  const status = ref<LoadStatus>('idle');
  const phase = ref('starting');
  const progress = ref(0);
  const error = ref<string | null>(null);
  /** 'sample' for the embedded sample, else the imported file name(s) */
  const name = ref('');
  const summary = ref<DatasetSummary | null>(null);
  const loadMs = ref<number | null>(null);
  /** Bumped whenever the loaded data changes, so dependent stores re-query. */
  const version = ref(0);
  /** the file behind each imported table, and its import report */
  const files = ref<Partial<Record<ImportTable, string>>>({});
  const reports = shallowRef<Partial<Record<ImportTable, ImportReport>>>({});
  const saveState = ref<SaveState>('none');
  const saveError = ref<string | null>(null);
  /** how long the last save took (ms) */
  const saveMs = ref<number | null>(null);
  /** the dataset was restored from this computer's saved copy at start */
  const restored = ref(false);

  const months = computed(() => summary.value?.months ?? []);
  const latestMonth = computed(() => months.value[months.value.length - 1] ?? null);
  const isSample = computed(() => name.value === 'sample');

  // One change of the loaded data at a time (load, import, save, reset): they share one connection
  // and use transactions.
  let chain: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const p = chain.then(fn, fn);
    chain = p.catch(() => {});
    return p;
  }

  async function refresh(): Promise<void> {
    summary.value = await datasetSummary(db);
    version.value++;
  }

  let pending: Promise<void> | null = null;
  function ensureLoaded(): Promise<void> {
    if (status.value === 'ready') return Promise.resolve();
    if (!pending) pending = exclusive(loadDefault).finally(() => { pending = null; });
    return pending;
  }

  /** The saved dataset if this computer has one, else the embedded sample. */
  async function loadDefault(): Promise<void> {
    const t0 = performance.now();
    status.value = 'loading';
    error.value = null;
    phase.value = 'starting';
    progress.value = 0;
    try {
      const st = await storage();
      let meta = null;
      if (st.persistent) {
        phase.value = 'load';
        progress.value = 0.5;
        meta = await restoreDataset(db, STORE_CATALOG).catch((e) => { console.warn('saved dataset not restored:', e); return null; });
      }
      if (meta) {
        files.value = meta.files;
        reports.value = meta.reports;
        name.value = datasetName(meta.files) || 'sample';
        saveState.value = 'saved';
        restored.value = true;
      } else {
        await loadSample(db, import.meta.env.BASE_URL, (p, f) => { phase.value = p; progress.value = f; });
        setSample(st.persistent);
      }
      await refresh();
      loadMs.value = Math.round(performance.now() - t0);
      status.value = 'ready';
    } catch (e) {
      error.value = (e as Error).message ?? String(e);
      status.value = 'error';
    }
  }

  function setSample(persistent: boolean): void {
    name.value = 'sample';
    files.value = {};
    reports.value = {};
    saveState.value = persistent ? 'none' : 'unavailable';
    restored.value = false;
  }

  async function save(): Promise<void> {
    const st = await storage();
    if (!st.persistent) { saveState.value = 'unavailable'; saveError.value = st.reason; return; }
    saveState.value = 'saving';
    saveError.value = null;
    const t0 = performance.now();
    try {
      await saveDataset(db, STORE_CATALOG, { format: 1, files: files.value, reports: reports.value, savedAt: new Date().toISOString() });
      saveMs.value = Math.round(performance.now() - t0);
      saveState.value = 'saved';
    } catch (e) {
      saveState.value = 'failed';
      saveError.value = String((e as Error)?.message ?? e).split('\n')[0];
    }
  }

  /**
   * After a successful import (the importer has already swapped its table in): the first import
   * over the sample replaces the whole sample; the dataset is renamed after its files, every store
   * re-queries, and the dataset is saved on this computer.
   */
  async function adoptImport(report: ImportReport): Promise<void> {
    // Unsaved from this moment: never show "saved" for a dataset whose latest import is not on disk yet.
    if (saveState.value !== 'unavailable') saveState.value = 'saving';
    if (isSample.value) {
      await emptyOtherTables(db, report.table);
      files.value = {};
      reports.value = {};
    }
    files.value = { ...files.value, [report.table]: report.file };
    reports.value = { ...reports.value, [report.table]: report };
    name.value = datasetName(files.value);
    restored.value = false;
    clearScoreInputsCache();
    await refresh();
    await save();
  }

  /** Forget the saved dataset and load the embedded sample again. */
  function resetToSample(): Promise<void> {
    return exclusive(async () => {
      const st = await storage();
      if (st.persistent) await clearSaved(db, STORE_CATALOG);
      phase.value = 'download';
      await loadSample(db, import.meta.env.BASE_URL);
      setSample(st.persistent);
      clearScoreInputsCache();
      await refresh();
    });
  }

  return {
    status, phase, progress, error, name, summary, loadMs, version, months, latestMonth, files, reports, saveState, saveError, saveMs,
    restored, isSample, ensureLoaded, refresh, exclusive, adoptImport, save, resetToSample,
  };
});
