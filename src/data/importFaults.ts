/**
 * Faults of the browser or the engine during an import (not problems of the file's content): the
 * file went away while it was read, or memory ran out. Classified once here, from the DOMException
 * name or, for DuckDB and V8, from the one phrase each uses for the fault.
 */
export type ImportFault = 'fileGone' | 'outOfMemory';

export function importFault(e: unknown): ImportFault | null {
  const name = (e as DOMException)?.name ?? '';
  const msg = String((e as Error)?.message ?? e);
  if (name === 'NotFoundError' || name === 'NotReadableError' || /NotReadableError|NotFoundError|requested file or directory could not be found/.test(msg)) return 'fileGone';
  if (e instanceof RangeError && /allocation|Invalid array length|Invalid typed array length|Array buffer/i.test(msg)) return 'outOfMemory';
  if (/Out of Memory Error|failed to allocate|memory access out of bounds|Aborted\(OOM\)|Cannot enlarge memory/i.test(msg)) return 'outOfMemory';
  return null;
}
