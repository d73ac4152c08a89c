/**
 * A duplicate-key screen done in JavaScript on the file's bytes while DuckDB loads them (the page's
 * thread is idle then; DuckDB's worker has the other core). Only for plain text (no quotes, no
 * blank lines: a line is a record and a field is the bytes between delimiters).
 *
 * Sound as a screen: each key is hashed after trimming ASCII white space at both ends, which merges
 * at least every pair of values the loader stores as equal (it trims spaces only). So equal stored
 * keys always give equal hashes: "all hashes distinct" proves there is no duplicate, and anything
 * else (a real duplicate or a hash collision) leaves the exact check in SQL to decide.
 */

export interface KeyScanInput {
  /** the field's position in a line (0-based) */
  field: number;
  /** one ASCII byte */
  delimiter: string;
  /** lines before the first data line (title lines and the header) */
  skipLines: number;
  /** bytes per slice between pauses */
  slice?: number;
}

const LF = 10, CR = 13;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** True when every non-empty key in the data lines is different (see above); false when unsure. */
export async function keysDistinctInPlainText(b: Uint8Array, inp: KeyScanInput): Promise<boolean> {
  const delim = inp.delimiter.charCodeAt(0);
  if (inp.delimiter.length !== 1 || delim > 127) return false;
  const slice = inp.slice ?? 8 << 20;
  const pause = () => new Promise<void>((r) => setTimeout(r, 0));
  // Lines end with LF (or CRLF); a lone CR would end a record for DuckDB but not here: unsure.
  for (let i = b.indexOf(CR); i >= 0; i = b.indexOf(CR, i + 1)) if (b[i + 1] !== LF) return false;
  const seen = new HashSet64();
  let pos = 0;
  for (let k = 0; k < inp.skipLines && pos >= 0; k++) { const j = b.indexOf(LF, pos); pos = j < 0 ? -1 : j + 1; }
  if (pos < 0) return true;
  let next = pos + slice;
  while (pos < b.length) {
    let end = b.indexOf(LF, pos);
    if (end < 0) end = b.length;
    // the field: skip `field` delimiters
    let s = pos;
    for (let f = 0; f < inp.field && s <= end; f++) {
      while (s < end && b[s] !== delim) s++;
      s++;
    }
    if (s <= end) {
      let e = s;
      while (e < end && b[e] !== delim) e++;
      while (s < e && isSpace(b[s])) s++;
      while (e > s && isSpace(b[e - 1])) e--;
      if (e > s) {
        // two 32-bit FNV-1a style hashes: a 64-bit key
        let h1 = 0x811c9dc5, h2 = 0x01000193 ^ (e - s);
        for (let i = s; i < e; i++) {
          h1 = Math.imul(h1 ^ b[i], 0x01000193);
          h2 = Math.imul(h2 ^ b[i], 0x5bd1e995);
        }
        if (!seen.add(h1 >>> 0, h2 >>> 0)) return false;
      }
    }
    pos = end + 1;
    if (pos >= next) { next = pos + slice; await pause(); }
  }
  return true;
}

/** Open-addressing set of 64-bit keys (two uint32 halves; (0, 0) is stored apart). */
class HashSet64 {
  private hi = new Uint32Array(1 << 16);
  private lo = new Uint32Array(1 << 16);
  private size = 0;
  private zero = false;

  /** false when the key was already there */
  add(a: number, b: number): boolean {
    if (a === 0 && b === 0) { if (this.zero) return false; this.zero = true; return true; }
    if (2 * (this.size + 1) > this.hi.length) this.grow();
    const mask = this.hi.length - 1;
    let i = (Math.imul(a ^ b, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const x = this.hi[i], y = this.lo[i];
      if (x === 0 && y === 0) { this.hi[i] = a; this.lo[i] = b; this.size++; return true; }
      if (x === a && y === b) return false;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const hi = this.hi, lo = this.lo;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.size = 0;
    for (let i = 0; i < hi.length; i++) if (hi[i] !== 0 || lo[i] !== 0) this.add(hi[i], lo[i]);
  }
}
