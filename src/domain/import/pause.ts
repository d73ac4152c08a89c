/**
 * A pause in long page-side scans: lets input, rendering and the DuckDB worker's messages run, then
 * continues at once. `setTimeout(0)` is clamped to 4 ms after a few nested calls, which for a 196 MB
 * file in 2 MB slices added ~0.4 s of idle time. Uses `scheduler.yield()` where the browser has it,
 * else a MessageChannel message (browsers) or setImmediate (Node).
 */
export function pause(): Promise<void> {
  const g = globalThis as { scheduler?: { yield?: () => Promise<void> }; setImmediate?: (f: () => void) => unknown };
  if (typeof g.scheduler?.yield === 'function') return g.scheduler.yield();
  if (typeof g.setImmediate === 'function') return new Promise((r) => { g.setImmediate!(r); });
  return new Promise((r) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); r(); };
    ch.port2.postMessage(null);
  });
}
