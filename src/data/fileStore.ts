/**
 * Where the saved dataset's files live: a flat folder of named files whose writes are atomic (a
 * file appears whole under its name, or not at all). In the browser this is a folder of the
 * origin-private file system (opfsStore.ts); tests use the in-memory one below.
 */
export interface FileStore {
  list(): Promise<string[]>;
  read(name: string): Promise<Uint8Array>;
  /** Write the whole file; on any failure the previous file of that name (if any) is unchanged. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
}

/** A FileStore in memory (tests; and the shape a fault-injecting store wraps). */
export function memoryStore(): FileStore & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    async list() { return [...files.keys()]; },
    async read(name) {
      const f = files.get(name);
      if (!f) throw new DOMException(`${name} not found`, 'NotFoundError');
      return f.slice();
    },
    async write(name, bytes) { files.set(name, bytes.slice()); },
    async remove(name) { files.delete(name); },
  };
}
