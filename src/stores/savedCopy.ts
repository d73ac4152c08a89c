import { computed, ref, shallowRef } from 'vue';
import type { Db } from '@/data/dbTypes';
import type { FileStore } from '@/data/fileStore';
import { openOpfsStore, freeSpace } from '@/data/opfsStore';
import { clearSaved, FORMAT, readFirstScreen, readSaved, restoreDataset, saveDataset, type SavedDataset } from '@/data/persist';
import { parseSavedSnapshot, type SavedSnapshot } from '@/data/savedSnapshot';
import { storageProblem, withSavedLock, type StorageProblem } from '@/data/storageErrors';
import { DEFAULT_STATE, isStateId, type StateId } from '@/domain/geo/states';

/**
 * none: nothing to save (the sample); saving / saved / failed: the last save; unavailable: this tab
 * cannot save (no private storage, blocked, or switched off); damaged: the saved copy could not be
 * opened at start (the sample is open; clear it or keep working in memory).
 */
export type SaveState = 'none' | 'saving' | 'saved' | 'failed' | 'unavailable' | 'damaged';

const CHANNEL = 'samiksha-saved';
const SAMPLE_KEY = 'samiksha.openSample';

/** Which state's built-in sample is open, and the state preset chosen for it. */
export interface SampleChoice { sample: StateId; state: StateId }

/**
 * The sample open on this computer when no imported dataset is saved: the samples ship with the app,
 * so only the choice is kept (beside the saved copy, in localStorage), and a reload reopens the same
 * state's sample with its preset even when the URL carries no `state`.
 */
export function rememberedSample(): SampleChoice | null {
  try {
    const v = JSON.parse(localStorage.getItem(SAMPLE_KEY) ?? 'null') as Partial<SampleChoice> | null;
    return v && isStateId(v.sample) ? { sample: v.sample, state: isStateId(v.state) ? v.state : v.sample } : null;
  } catch { return null; }
}

/**
 * The sample to open when nothing is saved: `state=uk|hr` in the page's URL (a shared link opens
 * that state's sample), else the sample last opened on this computer with its preset, else MP's.
 */
export function sampleToOpen(): SampleChoice {
  const q = typeof location === 'undefined' ? '' : location.hash.split('?')[1] ?? '';
  const s = new URLSearchParams(q).get('state');
  return isStateId(s) ? { sample: s, state: s } : rememberedSample() ?? { sample: DEFAULT_STATE, state: DEFAULT_STATE };
}

/** Keep (or with null forget: an import replaced the sample) the open sample's choice. */
export function rememberSample(choice: SampleChoice | null): void {
  try {
    if (choice) localStorage.setItem(SAMPLE_KEY, JSON.stringify(choice));
    else localStorage.removeItem(SAMPLE_KEY);
  } catch { /* not kept: a reload opens the URL's or Madhya Pradesh's sample */ }
}

/**
 * This computer's saved copy of the dataset (OPFS, see data/persist.ts), for the dataset store: its
 * state for the page, the save, and what the other tabs saved. `exclusive` queues a step behind the
 * dataset's other changes; `current` is what a save writes.
 */
export function savedCopy(db: Db, exclusive: <T>(fn: () => Promise<T>) => Promise<T>, current: () => Omit<SavedDataset, 'format' | 'savedAt'>,
  firstScreen?: () => Promise<Uint8Array | null>) {
  const saveState = ref<SaveState>('none');
  /** what went wrong with saving or with the saved copy (message key under data.storage + values) */
  const problem = shallowRef<StorageProblem | null>(null);
  /** the one-line message of `problem` before translation (kept for the bench and tests) */
  const saveError = computed(() => (problem.value ? `${problem.value.key}: ${Object.values(problem.value.values).join(' ')}` : null));
  /** how long the last save attempt took (ms), whether it succeeded or failed */
  const saveMs = ref<number | null>(null);
  /** another tab saved a newer dataset at this time (ISO) */
  const newerElsewhere = ref<string | null>(null);

  let store: FileStore | null = null;
  let storeReason: string | null = null;
  let channel: BroadcastChannel | null = null;

  function listen(): void {
    if (channel || typeof BroadcastChannel === 'undefined') return;
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (ev: MessageEvent<{ savedAt?: string }>) => { if (ev.data?.savedAt) newerElsewhere.value = ev.data.savedAt; };
  }

  /** Open the private storage; true when nothing is saved there (or it cannot be used). */
  async function open(): Promise<boolean> {
    const opened = await openOpfsStore();
    store = opened.store;
    storeReason = opened.reason;
    listen();
    const s0 = store;
    return !s0 || (await withSavedLock('shared', () => readSaved(s0)).then((m) => !m, () => false));
  }

  /**
   * What the saved copy's first screen needs before the restore (its metadata and snapshot), or null:
   * nothing saved, no snapshot in that generation, or a damaged one (then the page waits for the restore).
   */
  async function readFirst(): Promise<{ meta: SavedDataset; snapshot: SavedSnapshot } | null> {
    if (!store) return null;
    const s = store;
    const got = await withSavedLock('shared', () => readFirstScreen(s)).catch(() => null);
    const snapshot = parseSavedSnapshot(got?.first ?? null);
    return got && snapshot ? { meta: got.meta, snapshot } : null;
  }

  /** The saved dataset restored into `into`, or null (nothing saved, or damaged: `damaged` says why). */
  async function restore(into: Db, engine?: Promise<unknown>): Promise<{ meta: SavedDataset | null; damaged: StorageProblem | null }> {
    if (!store) return { meta: null, damaged: null };
    const s = store;
    let damaged: StorageProblem | null = null;
    // the files are read while the engine starts; an engine that fails to start fails the restore as itself
    let noEngine: { e: unknown } | null = null;
    const started = engine?.catch((e: unknown) => { noEngine = { e }; throw e; });
    started?.catch(() => {}); // awaited by the restore only when something is saved
    const meta = await withSavedLock('shared', () => restoreDataset(into, s, started)).catch((e) => {
      if (noEngine) throw noEngine.e;
      damaged = storageProblem(e);
      return null;
    });
    if (meta) { saveState.value = 'saved'; problem.value = null; }
    return { meta, damaged };
  }

  /** Nothing to save (the sample is open); or this tab cannot save. */
  function none(damaged: StorageProblem | null = null): void {
    saveState.value = damaged ? 'damaged' : store ? 'none' : 'unavailable';
    problem.value = damaged ?? (store ? null : { key: storeReason ?? 'noOpfs', values: {} });
  }

  /** The loaded data changed: never show "saved" for a dataset whose latest change is not on disk yet. */
  function unsaved(): void {
    if (store) saveState.value = 'saving';
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
      await withSavedLock('exclusive', () => saveDataset(db, s, { ...current(), format: FORMAT, savedAt }, firstScreen));
      saveMs.value = Math.round(performance.now() - t0);
      saveState.value = 'saved';
      newerElsewhere.value = null;
      channel?.postMessage({ savedAt });
    } catch (e) {
      saveMs.value = Math.round(performance.now() - t0);
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

  /** Forget the saved copy (inside a step the caller has queued). */
  async function forget(): Promise<void> {
    if (store) { const s = store; await withSavedLock('exclusive', () => clearSaved(s)); }
  }

  /** The saved copy could not be opened: remove it, so the next import can be kept. The sample stays. */
  function clearDamaged(): Promise<void> {
    return exclusive(async () => {
      if (!store) return;
      try {
        await forget();
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
    saveState, problem, saveError, saveMs, newerElsewhere, open, readFirst, restore, none, unsaved, save, saveLater, forget, clearDamaged, keepInMemory,
    whenSaved: () => lastSave,
  };
}
