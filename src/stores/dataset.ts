import { defineStore } from 'pinia';
import { ref, computed, shallowRef } from 'vue';
import { db, direct, holdQueriesUntil, EngineStartError } from '@/data/db';
import { errorLine } from '@/data/errors';
import { fetchSample, loadSample, materializeSample, sampleInPlace, SAMPLE_DIRS } from '@/data/sample';
import { DEFAULT_STATE, detectState, isStateId, type StateId } from '@/domain/geo/states';
import { datasetName as nameOf, emptyOtherTables } from '@/data/persist';
import { datasetSummary, importedSummary, type DatasetSummary } from '@/data/queries/dataset';
import type { ImportReport, ImportTable } from '@/domain/import/types';
import { clearScoreInputsCache, seedScoreInputs } from './scoreInputsCache';
import { fetchSnapshot, inputsOf, NO_FILTERS, type SampleSnapshot } from '@/data/sampleSnapshot';
import { getBuiltinScorecard } from '@/domain/scorecards';
import { rollupSummary } from '@/data/rollupReview';
import { rollupMode } from './rollupMode';
import { mark } from '@/data/marks';
import { rememberSample, sampleToOpen, savedCopy, type SampleChoice } from './savedCopy';
import { firstScreenFor } from '@/data/savedSnapshot';
import type { Scorecard } from '@/domain/scoring/types';
import type { SavedDataset } from '@/data/persist';

export type { SaveState } from './savedCopy';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
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
  /** the dataset was restored from this computer's saved copy at start */
  const restored = ref(false);
  /** the state preset of the data (mp, uk, hr): detected from the district names on import, or chosen; saved with the dataset */
  const state = ref<StateId>(DEFAULT_STATE);
  /** which state's built-in sample is open (null: imported data) */
  const sample = ref<StateId | null>(null);

  const months = computed(() => summary.value?.months ?? []);
  const latestMonth = computed(() => months.value[months.value.length - 1] ?? null);
  const isSample = computed(() => name.value === 'sample');

  // rollup mode (stores/rollupMode.ts): a `samiksha rollup` .duckdb the screens query instead of the rows
  const rm = rollupMode(db, (fn, keepSample) => exclusive(fn, keepSample), () => refresh());
  const { rollup } = rm;

  // each save also writes the first screen of the saved data, so a reload paints it at once
  const saved = savedCopy(db, (fn) => exclusive(fn), () => ({ files: files.value, reports: reports.value, state: state.value }),
    async () => (rollup.value ? null : firstScreenFor(db, state.value)));
  const { saveState } = saved;

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

  /** A file was chosen: copy the sample read in place into memory now, not after the Import click (~0.5 s). */
  function prepareForImport(): Promise<void> {
    return status.value === 'ready' ? exclusive(async () => {}) : Promise.resolve();
  }

  async function refresh(bump = true): Promise<void> { // bump false: the data were announced already (adoptImport)
    summary.value = rollup.value ? await rollupSummary(db, rollup.value) : await datasetSummary(db);
    if (bump) version.value++;
  }

  let pending: Promise<void> | null = null;
  function ensureLoaded(): Promise<void> {
    if (status.value === 'ready') return Promise.resolve();
    if (!pending) pending = exclusive(loadDefault, true).finally(() => { pending = null; });
    return pending;
  }

  /**
   * The saved dataset if this computer has one (and it opens), else the embedded sample. With
   * nothing saved, the sample's first screen is shown from its build-time snapshot as soon as that
   * small file arrives (before DuckDB has started); every query waits until the sample is loaded.
   */
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
      const engine = direct.query('SELECT 1');
      const nothingSaved = await saved.open();
      const first = sampleToOpen();
      const prefetch = nothingSaved ? fetchSample(import.meta.env.BASE_URL, (p, f) => { phase.value = p; progress.value = f; }, SAMPLE_DIRS[first.sample]) : undefined;
      prefetch?.catch(() => {}); // awaited (and reported) by loadSample below
      let shownSaved = false;
      // the build-time first screen is the MP sample's; something saved: its own (written with the copy)
      const early = nothingSaved
        ? first.sample === DEFAULT_STATE ? fetchSnapshot(import.meta.env.BASE_URL).then((s) => s && (() => { setSample(first); return paint(s, getBuiltinScorecard(s.scorecard), 'first-screen-snapshot'); })) : null
        : saved.readFirst().then((g) => g && (() => { setSaved(g.meta); shownSaved = true; return paint(g.snapshot, g.snapshot.card, 'first-screen-saved-snapshot'); }));
      const loading = loadData(engine, prefetch, first);
      let shown: SampleSnapshot | null = null;
      const show = early && await Promise.race([early, loading.then(() => null, () => null)]);
      if (show) { holdQueriesUntil(loading); shown = show(); }
      await loading;
      const real = await datasetSummary(direct);
      // the snapshot was computed from this very data: if the real summary differs (or the saved copy
      // could not be restored and the sample opened instead), every screen re-queries
      if (!shown || (shownSaved && !restored.value) || JSON.stringify(real) !== JSON.stringify(shown.summary)) {
        summary.value = real;
        version.value++;
      }
      mark('summary');
      loadMs.value = Math.round(performance.now() - t0);
      status.value = 'ready';
      if (sampleInPlace()) setTimeout(() => { void exclusive(async () => {}).catch(() => {}); }, MATERIALIZE_AFTER_MS);
    } catch (e) {
      errorKey.value = e instanceof EngineStartError ? 'engine' : 'data';
      error.value = e instanceof EngineStartError ? e.reason : errorLine(e);
      status.value = 'error';
    }
  }

  /** The saved copy restored, else the sample loaded (read in place): on the connector behind no gate. */
  async function loadData(engine: Promise<unknown>, prefetch: ReturnType<typeof fetchSample> | undefined, first: SampleChoice): Promise<void> {
    void engine.then(() => { phase.value = 'load'; progress.value = 0.5; }, () => {});
    const { meta, damaged } = await saved.restore(direct, engine); // a saved copy's files are read meanwhile
    await engine;
    if (meta) {
      mark('restored');
      setSaved(meta);
    } else {
      // read in place: the first screen does not wait for the copy into memory, made a little later
      await loadSample(direct, import.meta.env.BASE_URL, (p, f) => { phase.value = p; progress.value = f; }, prefetch, { inPlace: true, dir: SAMPLE_DIRS[first.sample] });
      setSample(first, damaged);
    }
  }

  /** A first screen from a snapshot (the sample's build-time one, or the saved copy's): summary, and the scorecard's inputs in the cache. */
  function paint(s: SampleSnapshot, card: Scorecard | undefined, what: string): SampleSnapshot {
    summary.value = s.summary;
    version.value++;
    if (card) for (const period of Object.keys(s.inputs)) seedScoreInputs(version.value, card, { period, unit: 'district', filters: NO_FILTERS }, inputsOf(s, period));
    status.value = 'ready';
    mark(what);
    return s;
  }

  /** The saved dataset `meta` is open (restored, or shown from its snapshot while it restores). */
  function setSaved(meta: SavedDataset): void {
    files.value = meta.files;
    reports.value = meta.reports;
    name.value = nameOf(meta.files) || 'sample';
    restored.value = true;
    sample.value = null;
    state.value = isStateId(meta.state) ? meta.state : detectState(meta.reports.complaints?.units ?? meta.reports.indicators?.units ?? []) ?? DEFAULT_STATE;
  }

  /** The sample of `which.sample` is open, with the preset `which.state`; the choice is kept for a reload. */
  function setSample(which: SampleChoice = { sample: DEFAULT_STATE, state: DEFAULT_STATE }, damaged: Parameters<typeof saved.none>[0] = null): void {
    state.value = which.state;
    sample.value = which.sample;
    name.value = 'sample';
    files.value = {};
    reports.value = {};
    saved.none(damaged);
    restored.value = false;
    rememberSample(which);
  }

  /**
   * After a successful import (the importer has already swapped its table in): the first import
   * over the sample replaces the whole sample; the dataset is renamed after its files, every store
   * re-queries, and a save on this computer is queued (it runs after, so the screens do not wait).
   */
  async function adoptImport(report: ImportReport): Promise<void> {
    // Unsaved from this moment: never show "saved" for a dataset whose latest import is not on disk yet.
    await rm.dropRollup(); // an import shows its rows: out of rollup mode
    saved.unsaved();
    const emptied = isSample.value; // the first import over the sample empties the sample's other tables
    if (emptied) {
      await emptyOtherTables(db, report.table);
      files.value = {};
      reports.value = {};
    }
    files.value = { ...files.value, [report.table]: report.file };
    reports.value = { ...reports.value, [report.table]: report };
    name.value = nameOf(files.value);
    restored.value = false;
    sample.value = null;
    rememberSample(null); // the dataset is no longer a sample: its saved copy carries its state
    // the state the districts belong to; names of no one state (departments, other units) keep the preset
    state.value = detectState(report.units) ?? state.value;
    clearScoreInputsCache();
    // The rows show (and the screens re-query) as soon as the table is in; the rest of the summary follows.
    const early = report.table === 'complaints';
    if (early) summary.value = await importedSummary(db, report, summary.value, emptied);
    if (early) version.value++;
    mark('import-refresh');
    await refresh(!early);
    void saved.saveLater();
  }

  /** Set the dataset's state preset (the data page's choice); an imported dataset is saved again with it. */
  function setState(next: StateId): void {
    if (next === state.value) return;
    state.value = next;
    if (isSample.value) rememberSample({ sample: sample.value ?? DEFAULT_STATE, state: next });
    if (!isSample.value && saveState.value !== 'unavailable' && saveState.value !== 'damaged') void saved.saveLater();
  }

  /** Forget the saved dataset (damaged or not) and load the embedded sample again (or the Uttarakhand / Haryana sample). */
  function resetToSample(which: StateId = DEFAULT_STATE): Promise<void> {
    return exclusive(async () => {
      await rm.dropRollup();
      await saved.forget();
      phase.value = 'download';
      await loadSample(db, import.meta.env.BASE_URL, undefined, undefined, { dir: SAMPLE_DIRS[which] });
      setSample({ sample: which, state: which });
      clearScoreInputsCache();
      await refresh();
    }, true);
  }

  return {
    status, phase, progress, error, errorKey, name, summary, loadMs, version, months, latestMonth, files, reports, saveState,
    problem: saved.problem, saveError: saved.saveError, saveMs: saved.saveMs, restored, newerElsewhere: saved.newerElsewhere, isSample, sample, state, setState,
    ensureLoaded, refresh, exclusive, prepareForImport, adoptImport, save: saved.save, whenSaved: saved.whenSaved, resetToSample, clearDamaged: saved.clearDamaged,
    keepInMemory: saved.keepInMemory,
    rollup, rollupFile: rm.rollupFile, rollupBytes: rm.rollupBytes, rollupMs: rm.rollupMs, rollupError: rm.rollupError, mode: rm.mode,
    openRollupFile: rm.openRollupFile, closeRollupFile: rm.closeRollupFile,
  };
});
