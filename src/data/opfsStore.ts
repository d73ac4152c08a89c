/**
 * The browser's FileStore: a folder `samiksha-saved` in the origin-private file system (OPFS).
 * `createWritable()` writes into a swap file that replaces the real one only when `close()`
 * succeeds, so a full disk, a crash or a closed tab mid-write leave the previous file as it was.
 */
import type { FileStore } from './fileStore';

const DIR = 'samiksha-saved';

export interface StoreAvailability { store: FileStore | null; reason: string | null }

function forced(): boolean {
  return new URLSearchParams(globalThis.location?.search ?? '').has('nopersist');
}

/** The saved-dataset folder, or why this browser has none. */
export async function openOpfsStore(): Promise<StoreAvailability> {
  if (forced()) return { store: null, reason: 'nopersist' };
  if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function') return { store: null, reason: 'noOpfs' };
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(DIR, { create: true });
  } catch (e) {
    // SecurityError: storage blocked (private window, site settings)
    return { store: null, reason: (e as DOMException)?.name === 'SecurityError' ? 'blocked' : 'noOpfs' };
  }
  const store: FileStore = {
    async list() {
      const names: string[] = [];
      for await (const [name, h] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (h.kind === 'file') names.push(name);
      }
      return names;
    },
    async read(name) {
      const file = await (await dir.getFileHandle(name)).getFile();
      return new Uint8Array(await file.arrayBuffer());
    },
    async write(name, bytes) {
      const h = await dir.getFileHandle(name, { create: true });
      const w = await h.createWritable();
      try {
        // piece by piece: each write hands the browser one piece (a few MB), not the whole table
        for (const piece of bytes instanceof Uint8Array ? [bytes] : bytes) await w.write(piece as Uint8Array<ArrayBuffer>);
        await w.close();
      } catch (e) {
        await w.abort().catch(() => {});
        throw e;
      }
    },
    async remove(name) {
      // a file whose write was just aborted can stay locked for a moment: try again before giving up
      for (let attempt = 0; ; attempt++) {
        try { await dir.removeEntry(name); return; } catch (e) {
          const n = (e as DOMException)?.name;
          if (n === 'NotFoundError') return;
          if (attempt >= 4 || (n !== 'NoModificationAllowedError' && n !== 'InvalidStateError')) throw e;
          await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
        }
      }
    },
  };
  return { store, reason: null };
}

/** How much this origin may still store (bytes), when the browser says. */
export async function freeSpace(): Promise<number | null> {
  try {
    const e = await navigator.storage.estimate();
    return e.quota != null && e.usage != null ? Math.max(0, e.quota - e.usage) : null;
  } catch { return null; }
}
