/**
 * Named points of the start (`samiksha:<name>` performance marks): the bench (scripts/bench.mjs)
 * reads them to say where a cold open spends its time. Free when nobody reads them.
 */
export function mark(name: string): void {
  try { globalThis.performance?.mark?.(`samiksha:${name}`); } catch { /* no performance API (tests) */ }
}
