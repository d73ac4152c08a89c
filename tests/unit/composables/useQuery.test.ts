/** useQuery: a newer run drops an older run's answer; loading, error (one line) and time follow the latest run. */
import { describe, expect, it } from 'vitest';
import { useQuery } from '@/composables/useQuery';
import { errorLine } from '@/data/errors';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe('useQuery', () => {
  it('applies the answer, clears loading, keeps the time', async () => {
    const q = useQuery();
    const got: number[] = [];
    const p = q.run(async () => 7, (v) => got.push(v));
    expect(q.loading.value).toBe(true);
    await p;
    expect(got).toEqual([7]);
    expect(q.loading.value).toBe(false);
    expect(q.error.value).toBeNull();
    expect(q.ms.value).toBeGreaterThanOrEqual(0);
  });

  it('a stale answer is dropped, and loading stays on until the latest run ends', async () => {
    const q = useQuery();
    const slow = deferred<string>();
    const fast = deferred<string>();
    const got: string[] = [];
    const a = q.run(() => slow.promise, (v) => got.push(v));
    const b = q.run(() => fast.promise, (v) => got.push(v));
    slow.resolve('old');
    await a;
    expect(q.loading.value).toBe(true);
    fast.resolve('new');
    await b;
    expect(got).toEqual(['new']);
    expect(q.loading.value).toBe(false);
  });

  it('a failure sets the first line of the message; a later run clears it', async () => {
    const q = useQuery();
    await q.run(async () => { throw new Error('Binder Error: no such column\nLINE 1: SELECT x'); }, () => {});
    expect(q.error.value).toBe('Binder Error: no such column');
    expect(q.loading.value).toBe(false);
    await q.run(async () => 1, () => {});
    expect(q.error.value).toBeNull();
  });

  it('a stale failure is not reported', async () => {
    const q = useQuery();
    const slow = deferred<number>();
    const a = q.run(() => slow.promise, () => {});
    const b = q.run(async () => 2, () => {});
    await b;
    slow.reject(new Error('gone'));
    await a;
    expect(q.error.value).toBeNull();
  });

  it('a fetch of several steps can ask whether it is still the latest', async () => {
    const q = useQuery();
    const gate = deferred<void>();
    const seen: boolean[] = [];
    const a = q.run(async (current) => { await gate.promise; seen.push(current()); return 0; }, () => {});
    const b = q.run(async (current) => { seen.push(current()); return 1; }, () => {});
    await b;
    gate.resolve();
    await a;
    expect(seen).toEqual([true, false]);
  });

  it('errorLine: a non-Error is shown as text', () => {
    expect(errorLine('plain')).toBe('plain');
    expect(errorLine(new Error('a\nb'))).toBe('a');
  });
});
