/**
 * The stores' query runner: a newer run makes an older one's answer stale (it is dropped), and the
 * run's loading flag, error message and time are kept in refs. One runner per independent query.
 */
import { ref, type Ref } from 'vue';
import { errorLine } from '@/data/errors';

export interface QueryRefs {
  loading: Ref<boolean>;
  error: Ref<string | null>;
  /** how long the last answer that was used took, in ms */
  ms: Ref<number | null>;
}

export interface Query extends QueryRefs {
  /**
   * Run `fetch` (given a test of whether this run is still the latest, for fetches of several steps)
   * and hand its answer to `apply` unless a newer run started meanwhile. A failure sets `error`.
   */
  run<T>(fetch: (current: () => boolean) => Promise<T>, apply: (value: T) => void): Promise<void>;
}

export function useQuery(refs: Partial<QueryRefs> = {}): Query {
  const loading = refs.loading ?? ref(false);
  const error = refs.error ?? ref<string | null>(null);
  const ms = refs.ms ?? ref<number | null>(null);
  let seq = 0;
  async function run<T>(fetch: (current: () => boolean) => Promise<T>, apply: (value: T) => void): Promise<void> {
    const my = ++seq;
    const current = () => my === seq;
    loading.value = true;
    error.value = null;
    const t0 = performance.now();
    try {
      const value = await fetch(current);
      if (!current()) return;
      apply(value);
      ms.value = Math.round(performance.now() - t0);
    } catch (e) {
      if (current()) error.value = errorLine(e);
    } finally {
      if (current()) loading.value = false;
    }
  }
  return { loading, error, ms, run };
}
