import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { get, set, del } from 'idb-keyval';
import type { FeatureCollection } from 'geojson';
import { parseBoundaries, BoundaryError } from '@/domain/geo/boundaries';
import { LIMITS } from '@/domain/limits';

const KEY = 'samiksha.boundaries';

/** A user's district boundary file (GeoJSON/TopoJSON), kept in IndexedDB across reloads. */
export const useBoundariesStore = defineStore('boundaries', () => {
  const name = ref<string | null>(null);
  const collection = shallowRef<FeatureCollection | null>(null);
  const error = ref<string | null>(null);
  let restored: Promise<void> | null = null;

  function restore(): Promise<void> {
    restored ??= get<{ name: string; text: string }>(KEY).then((saved) => {
      if (saved) { collection.value = parseBoundaries(saved.text); name.value = saved.name; }
    }).catch(() => { /* unreadable: ignore */ });
    return restored;
  }

  async function load(file: File): Promise<void> {
    error.value = null;
    try {
      // refused before it is read: a 100 MB file would freeze the page while JSON.parse runs
      if (file.size > LIMITS.boundaryBytes) throw new BoundaryError(`the file is too big (${Math.round(file.size / 1e6)} MB; at most ${LIMITS.boundaryBytes / 1e6} MB of boundaries are read — simplify it, e.g. with mapshaper)`);
      const text = await file.text();
      const fc = parseBoundaries(text);
      await set(KEY, { name: file.name, text });
      collection.value = fc;
      name.value = file.name;
    } catch (e) {
      error.value = `${file.name}: ${e instanceof BoundaryError ? e.message : (e as Error).message}`;
    }
  }

  async function clear(): Promise<void> {
    await del(KEY);
    collection.value = null;
    name.value = null;
  }

  return { name, collection, error, restore, load, clear };
});
