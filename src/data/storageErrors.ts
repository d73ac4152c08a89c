/**
 * What went wrong with the saved copy, as a message key and its values (the words are in the
 * locale files under `data.storage`). Classified once, from the error's type and DOMException name,
 * never from the English text of a message.
 */
import { SavedCopyError } from './persist';

export interface StorageProblem { key: string; values: Record<string, string | number> }

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0].slice(0, 300);
}

/** A failure while saving, restoring or clearing, as one message. */
export function storageProblem(e: unknown, free: number | null = null): StorageProblem {
  if (e instanceof SavedCopyError) return { key: e.problem, values: { cause: e.detail, when: e.savedAt ?? '' } };
  const name = (e as DOMException)?.name ?? '';
  if (name === 'QuotaExceededError') return { key: 'quota', values: { free: free == null ? '?' : `${Math.round(free / 1e6)} MB` } };
  if (name === 'NotAllowedError' || name === 'SecurityError') return { key: 'blocked', values: {} };
  if (name === 'NotFoundError' || name === 'NotReadableError') return { key: 'gone', values: {} };
  if (name === 'InvalidStateError' || name === 'NoModificationAllowedError') return { key: 'busy', values: {} };
  if (e instanceof RangeError) return { key: 'tooBig', values: { msg: firstLine(e) } }; // e.g. an allocation over the browser's limit
  return { key: 'other', values: { msg: firstLine(e) } };
}

/** Run `fn` holding the cross-tab lock on the saved copy (shared for reading), where the browser has locks. */
export async function withSavedLock<T>(mode: 'shared' | 'exclusive', fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks?.request) return fn();
  return locks.request('samiksha-saved', { mode }, fn) as Promise<T>;
}
