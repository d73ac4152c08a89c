/**
 * How many data rows a text file holds, estimated from its first bytes (the preview's part): the
 * lines in that part scaled by the file's size. Exact when the part is the whole file. Used only to
 * turn DuckDB's "share of the file read" into "rows read" on the progress bar; the report's counts
 * are exact.
 */
export function estimateRows(head: Uint8Array, partial: boolean, totalBytes: number): number {
  if (!head.length) return 0;
  let lines = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 10) lines++;
  // a last line without its newline is a line too
  if (head[head.length - 1] !== 10) lines++;
  if (!partial) return Math.max(0, lines - 1);
  return Math.max(0, Math.round((lines * totalBytes) / head.length) - 1);
}

/** Rows read so far: DuckDB's percentage of the file read (0–100) × the estimated rows, never above it. */
export function rowsAt(percent: number, estimated: number): number {
  return Math.round((Math.max(0, Math.min(100, percent)) / 100) * estimated);
}
