import { ref } from 'vue';

/**
 * A query that re-runs when its inputs change, where only the latest run may set the result
 * (an older one that answers late is dropped): `loading`, `error` and `load()`.
 * `run` returns undefined when there is nothing to load yet.
 */
export function latestLoad<T>(run: () => Promise<T> | undefined, apply: (v: T) => void) {
  const loading = ref(false);
  const error = ref<string | null>(null);
  let seq = 0;
  async function load(): Promise<void> {
    const my = ++seq;
    const p = run();
    if (!p) return;
    loading.value = true;
    error.value = null;
    try {
      const v = await p;
      if (my === seq) apply(v);
    } catch (e) {
      if (my === seq) error.value = (e as Error).message;
    } finally {
      if (my === seq) loading.value = false;
    }
  }
  return { loading, error, load };
}
