/**
 * The dataset store's rollup mode (see useDatasetStore): a .duckdb built by `samiksha rollup`,
 * ATTACHed read-only, whose counts the screens query through stores/rollupSource.ts. The raw tables
 * stay loaded underneath and come back when the rollup is closed. Not a store of its own: the
 * dataset store owns it, so one `version` and one summary describe what the screens show.
 */
import { computed, ref, shallowRef } from 'vue';
import type { Db } from '@/data/dbTypes';
import { openRollup, closeRollup, RollupUnsupported, type RollupInfo } from '@/data/rollup';
import { setActiveRollup } from './rollupSource';
import { clearScoreInputsCache } from './scoreInputsCache';

/**
 * `exclusive` runs a change of the loaded data after the others; `keepSample` = true lets it leave
 * the embedded sample read in place from its file (opening or closing a rollup never changes the
 * raw tables, so the sample is not copied into memory first: a rollup chosen in the first seconds
 * after the page opened does not wait for that copy).
 */
export function rollupMode(db: Db, exclusive: <T>(fn: () => Promise<T>, keepSample?: boolean) => Promise<T>, refresh: () => Promise<void>) {
  /** the open rollup's description; null: the screens run on the raw rows */
  const rollup = shallowRef<RollupInfo | null>(null);
  const rollupFile = ref<string | null>(null);
  const rollupBytes = ref<number | null>(null);
  /** click to the summary of the rollup, ms */
  const rollupMs = ref<number | null>(null);
  /** why the last rollup could not be opened (the engine's or the check's one line) */
  const rollupError = ref<string | null>(null);
  const mode = computed<'rows' | 'rollup'>(() => (rollup.value ? 'rollup' : 'rows'));
  let rollupName: string | null = null;
  let rollupSeq = 0;

  /** Detach the open rollup (if any) and forget its file; the caller refreshes. */
  async function dropRollup(): Promise<void> {
    if (!rollup.value) return;
    const schema = rollup.value.schema;
    setActiveRollup(null);
    rollup.value = null;
    rollupFile.value = null;
    rollupBytes.value = null;
    await closeRollup(db, schema).catch(() => {});
    if (rollupName) await db.dropFile(rollupName).catch(() => {});
    rollupName = null;
    clearScoreInputsCache();
  }

  /**
   * Open a rollup .duckdb (a user's File): registered with the engine and ATTACHed read-only, read in
   * place (the file is not copied; a browser that cannot attach a file handle gets a copy instead).
   * The screens switch to it; a file that is not a rollup is refused and what was shown stays.
   */
  function openRollupFile(file: File): Promise<void> {
    return exclusive(async () => {
      const t0 = performance.now();
      rollupError.value = null;
      const n = ++rollupSeq;
      const fileName = `samiksha-rollup-${n}.duckdb`;
      const schema = `rollup_${n}`;
      let info: RollupInfo;
      try {
        try {
          await db.registerBlob!(fileName, file);
          info = await openRollup(db, fileName, schema);
        } catch (e) {
          // a Samiksha check failed (not a rollup, another version): no point in a copy
          if (e instanceof RollupUnsupported || file.size >= 2 ** 31) throw e;
          await db.dropFile(fileName).catch(() => {});
          await db.registerBuffer(fileName, new Uint8Array(await file.arrayBuffer()), { transfer: true });
          info = await openRollup(db, fileName, schema);
        }
      } catch (e) {
        await db.dropFile(fileName).catch(() => {});
        rollupError.value = String((e as Error)?.message ?? e).split('\n')[0];
        throw e;
      }
      // the new one is good: the old one (if any) goes
      await dropRollup();
      rollupName = fileName;
      rollup.value = info;
      rollupFile.value = file.name;
      rollupBytes.value = file.size;
      setActiveRollup(info);
      clearScoreInputsCache();
      await refresh();
      rollupMs.value = Math.round(performance.now() - t0);
    }, true);
  }

  /** Back to the raw rows (the dataset that was loaded before the rollup). */
  function closeRollupFile(): Promise<void> {
    return exclusive(async () => { await dropRollup(); await refresh(); }, true);
  }

  return { rollup, rollupFile, rollupBytes, rollupMs, rollupError, mode, openRollupFile, closeRollupFile, dropRollup };
}
