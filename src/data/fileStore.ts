/**
 * Where the saved dataset's files live: a flat folder of named files whose writes are atomic (a
 * file appears whole under its name, or not at all). In the browser this is a folder of the
 * origin-private file system (opfsStore.ts); tests use the in-memory one below.
 */
export interface FileStore {
  list(): Promise<string[]>;
  read(name: string): Promise<Uint8Array>;
  /**
   * Write the whole file (`bytes`, or pieces written one after another); on any failure the previous
   * file of that name (if any) is unchanged.
   */
  write(name: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<void>;
  remove(name: string): Promise<void>;
}

/** The bytes of a file given whole or in pieces, as one new array. */
export function joinPieces(bytes: Uint8Array | readonly Uint8Array[]): Uint8Array {
  const parts = bytes instanceof Uint8Array ? [bytes] : bytes;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.byteLength; }
  return out;
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
    async write(name, bytes) { files.set(name, joinPieces(bytes)); },
    async remove(name) { files.delete(name); },
  };
}
