import { defineStore } from 'pinia';
import { ref, computed, shallowRef } from 'vue';
import { db, EngineStartError } from '@/data/db';
import { fetchSample, loadSample, materializeSample, sampleInPlace, SAMPLE_DIRS } from '@/data/sample';
import { DEFAULT_STATE, detectState, isStateId, type StateId } from '@/domain/geo/states';
import { datasetName as nameOf, emptyOtherTables, readSaved, restoreDataset, saveDataset, clearSaved, FORMAT } from '@/data/persist';
import type { FileStore } from '@/data/fileStore';
import { openOpfsStore, freeSpace } from '@/data/opfsStore';
import { storageProblem, withSavedLock, type StorageProblem } from '@/data/storageErrors';
import { datasetSummary, type DatasetSummary } from '@/data/queries/dataset';
import type { ImportReport, ImportTable } from '@/domain/import/types';
import { clearScoreInputsCache } from './scoreInputsCache';
import { rollupSummary } from '@/data/rollupReview';
import { rollupMode } from './rollupMode';
import { mark } from '@/data/marks';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
/**
 * none: nothing to save (the sample); saving / saved / failed: the last save; unavailable: this tab
 * cannot save (no private storage, blocked, or switched off); damaged: the saved copy could not be
 * opened at start (the sample is open; clear it or keep working in memory).
 */
export type SaveState = 'none' | 'saving' | 'saved' | 'failed' | 'unavailable' | 'damaged';

const CHANNEL = 'samiksha-saved';
/** when the sample read in place is copied into memory after the first screen (so an import need not wait for it) */
const MATERIALIZE_AFTER_MS = 2500;

/** What is loaded in DuckDB: its name, size and months. Components read this; only stores touch the data layer. */
export const useDatasetStore = defineStore('dataset', () => {
  const status = ref<LoadStatus>('idle');
  const phase = ref('starting');
  const progress = ref(0);
  /** why the data could not be loaded: a message key under `load` and its values */
  const error = ref<string | null>(null);
  const errorKey = ref<'engine' | 'data' | null>(null);
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
  /** what went wrong with saving or with the saved copy (message key under data.storage + values) */
  const problem = shallowRef<StorageProblem | null>(null);
  /** the one-line message of `problem` before translation (kept for the bench and tests) */
  const saveError = computed(() => (problem.value ? `${problem.value.key}: ${Object.values(problem.value.values).join(' ')}` : null));
  /** how long the last save took (ms) */
  const saveMs = ref<number | null>(null);
  /** the dataset was restored from this computer's saved copy at start */
  const restored = ref(false);
  /** another tab saved a newer dataset at this time (ISO) */
  const newerElsewhere = ref<string | null>(null);
  /** the state preset of the data (mp, uk, hr): detected from the district names on import, or chosen; saved with the dataset */
  const state = ref<StateId>(DEFAULT_STATE);

  const months = computed(() => summary.value?.months ?? []);
  const latestMonth = computed(() => months.value[months.value.length - 1] ?? null);
  const isSample = computed(() => name.value === 'sample');

  // rollup mode (stores/rollupMode.ts): a `samiksha rollup` .duckdb the screens query instead of the rows
  const rm = rollupMode(db, (fn) => exclusive(fn), () => refresh());
  const { rollup } = rm;

  let store: FileStore | null = null;
  let storeReason: string | null = null;
  let channel: BroadcastChannel | null = null;

  // One change of the loaded data at a time (load, import, save, reset): they share one connection
  // and use transactions.
  let chain: Promise<unknown> = Promise.resolve();
  // The sample read in place from its file (see loadSample) is copied into memory before any of
  // them runs, except a load that replaces it anyway.
  function exclusive<T>(fn: () => Promise<T>, keepSample = false): Promise<T> {
    const run = async () => { if (!keepSample) await materializeSample(); return fn(); };
    const p = chain.then(run, run);
    chain = p.catch(() => {});
    return p;
  }

  async function refresh(): Promise<void> {
    summary.value = rollup.value ? await rollupSummary(db, rollup.value) : await datasetSummary(db);
    version.value++;
  }

  let pending: Promise<void> | null = null;
  function ensureLoaded(): Promise<void> {
    if (status.value === 'ready') return Promise.resolve();
    if (!pending) pending = exclusive(loadDefault, true).finally(() => { pending = null; });
    return pending;
  }

  function listen(): void {
    if (channel || typeof BroadcastChannel === 'undefined') return;
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (ev: MessageEvent<{ savedAt?: string }>) => { if (ev.data?.savedAt) newerElsewhere.value = ev.data.savedAt; };
  }

  /** The saved dataset if this computer has one (and it opens), else the embedded sample. */
  async function loadDefault(): Promise<void> {
    const t0 = performance.now();
    status.value = 'loading';
    error.value = null;
    errorKey.value = null;
    phase.value = 'starting';
    progress.value = 0;
    try {
      // The engine starts (db.ts warmUp) while the store is opened; with nothing saved, the sample's
      // files are fetched meanwhile too, so the start is the longest of the three, not their sum.
      const engine = db.query('SELECT 1');
      const opened = await openOpfsStore();
      store = opened.store;
      storeReason = opened.reason;
      listen();
      const s0 = store;
      const nothingSaved = !s0 || (await withSavedLock('shared', () => readSaved(s0)).then((m) => !m, () => false));
      const first = urlState();
      const prefetch = nothingSaved ? fetchSample(import.meta.env.BASE_URL, (p, f) => { phase.value = p; progress.value = f; }, SAMPLE_DIRS[first]) : undefined;
      prefetch?.catch(() => {}); // awaited (and reported) by loadSample below
      await engine;
      let meta = null;
      let damaged: StorageProblem | null = null;
      if (store) {
        phase.value = 'load';
        progress.value = 0.5;
        const s = store;
        meta = await withSavedLock('shared', () => restoreDataset(db, s)).catch((e) => { damaged = storageProblem(e); return null; });
      }
      if (meta) {
        files.value = meta.files;
        reports.value = meta.reports;
        name.value = nameOf(meta.files) || 'sample';
        saveState.value = 'saved';
        problem.value = null;
        restored.value = true;
        state.value = isStateId(meta.state) ? meta.state : detectState(meta.reports.complaints?.units ?? meta.reports.indicators?.units ?? []) ?? DEFAULT_STATE;
      } else {
        // read in place: the first screen does not wait for the copy into memory, made a little later
        await loadSample(db, import.meta.env.BASE_URL, (p, f) => { phase.value = p; progress.value = f; }, prefetch, { inPlace: true, dir: SAMPLE_DIRS[first] });
        setSample(first);
        if (damaged) { saveState.value = 'damaged'; problem.value = damaged; }
      }
      await refresh();
      mark('summary');
      loadMs.value = Math.round(performance.now() - t0);
      status.value = 'ready';
      if (sampleInPlace()) setTimeout(() => { void exclusive(async () => {}).catch(() => {}); }, MATERIALIZE_AFTER_MS);
    } catch (e) {
      errorKey.value = e instanceof EngineStartError ? 'engine' : 'data';
      error.value = e instanceof EngineStartError ? e.reason : String((e as Error)?.message ?? e).split('\n')[0];
      status.value = 'error';
    }
  }

  /** `state=uk|hr` in the page's URL (a shared link opens that state's sample when nothing is saved). */
  function urlState(): StateId {
    const q = typeof location === 'undefined' ? '' : location.hash.split('?')[1] ?? '';
    const s = new URLSearchParams(q).get('state');
    return isStateId(s) ? s : DEFAULT_STATE;
  }

  function setSample(which: StateId = DEFAULT_STATE): void {
    state.value = which;
    name.value = 'sample';
    files.value = {};
    reports.value = {};
    saveState.value = store ? 'none' : 'unavailable';
    problem.value = store ? null : { key: storeReason ?? 'noOpfs', values: {} };
    restored.value = false;
  }

  /** Save what is loaded now as this computer's copy (replacing the previous one only when complete). */
  async function save(): Promise<void> {
    if (!store) { saveState.value = 'unavailable'; problem.value = { key: storeReason ?? 'noOpfs', values: {} }; return; }
    saveState.value = 'saving';
    problem.value = null;
    const t0 = performance.now();
    const s = store;
    const savedAt = new Date().toISOString();
    try {
      await withSavedLock('exclusive', () => saveDataset(db, s, { format: FORMAT, files: files.value, reports: reports.value, savedAt, state: state.value }));
      saveMs.value = Math.round(performance.now() - t0);
      saveState.value = 'saved';
      newerElsewhere.value = null;
      channel?.postMessage({ savedAt });
    } catch (e) {
      saveState.value = 'failed';
      problem.value = storageProblem(e, (e as DOMException)?.name === 'QuotaExceededError' ? await freeSpace() : null);
    }
  }

  /** The save after an import: queued behind it, never awaited by it (the rows show first). */
  let lastSave: Promise<void> = Promise.resolve();
  function saveLater(): Promise<void> {
    lastSave = exclusive(save);
    return lastSave;
  }

  /**
   * After a successful import (the importer has already swapped its table in): the first import
   * over the sample replaces the whole sample; the dataset is renamed after its files, every store
   * re-queries, and a save on this computer is queued (it runs after, so the screens do not wait).
   */
  async function adoptImport(report: ImportReport): Promise<void> {
    // Unsaved from this moment: never show "saved" for a dataset whose latest import is not on disk yet.
    await rm.dropRollup(); // an import shows its rows: out of rollup mode
    if (store) saveState.value = 'saving';
    if (isSample.value) {
      await emptyOtherTables(db, report.table);
      files.value = {};
      reports.value = {};
    }
    files.value = { ...files.value, [report.table]: report.file };
    reports.value = { ...reports.value, [report.table]: report };
    name.value = nameOf(files.value);
    restored.value = false;
    // the state the districts belong to; names of no one state (departments, other units) keep the preset
    state.value = detectState(report.units) ?? state.value;
    clearScoreInputsCache();
    await refresh();
    void saveLater();
  }

  /** Set the dataset's state preset (the data page's choice); an imported dataset is saved again with it. */
  function setState(next: StateId): void {
    if (next === state.value) return;
    state.value = next;
    if (!isSample.value && saveState.value !== 'unavailable' && saveState.value !== 'damaged') void saveLater();
  }

  /** Forget the saved dataset (damaged or not) and load the embedded sample again (or the Uttarakhand / Haryana sample). */
  function resetToSample(which: StateId = DEFAULT_STATE): Promise<void> {
    return exclusive(async () => {
      await rm.dropRollup();
      if (store) { const s = store; await withSavedLock('exclusive', () => clearSaved(s)); }
      phase.value = 'download';
      await loadSample(db, import.meta.env.BASE_URL, undefined, undefined, { dir: SAMPLE_DIRS[which] });
      setSample(which);
      clearScoreInputsCache();
      await refresh();
    }, true);
  }

  /** The saved copy could not be opened: remove it, so the next import can be kept. The sample stays. */
  function clearDamaged(): Promise<void> {
    return exclusive(async () => {
      if (!store) return;
      const s = store;
      try {
        await withSavedLock('exclusive', () => clearSaved(s));
        saveState.value = 'none';
        problem.value = null;
      } catch (e) {
        problem.value = storageProblem(e);
      }
    });
  }

  /** Leave the damaged copy on disk and work in memory in this tab (nothing is saved over it). */
  function keepInMemory(): void {
    store = null;
    storeReason = 'keptDamaged';
    saveState.value = 'unavailable';
    problem.value = { key: 'keptDamaged', values: {} };
  }

  return {
    status, phase, progress, error, errorKey, name, summary, loadMs, version, months, latestMonth, files, reports, saveState, problem,
    saveError, saveMs, restored, newerElsewhere, isSample, state, setState, ensureLoaded, refresh, exclusive, adoptImport, save,
    whenSaved: () => lastSave, resetToSample, clearDamaged, keepInMemory,
    rollup, rollupFile: rm.rollupFile, rollupBytes: rm.rollupBytes, rollupMs: rm.rollupMs, rollupError: rm.rollupError, mode: rm.mode,
    openRollupFile: rm.openRollupFile, closeRollupFile: rm.closeRollupFile,
  };
});
