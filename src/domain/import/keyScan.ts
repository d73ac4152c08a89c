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
import { pause } from './pause';

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
  return (await scanPlainText(b, { ...inp, tallyField: null })).keysDistinct;
}

export interface PlainScan {
  /** see keysDistinctInPlainText */
  keysDistinct: boolean;
  /**
   * The stored values of field `tallyField` with their counts — or null when unsure: a value that
   * the loader would clean (starting below "!" or ending with a space), bytes that are not UTF-8,
   * a lone CR. Values are counted exactly (bytes compared, not only hashed); empty fields are NULL.
   */
  tally: Map<string, number> | null;
}

/** One pass over plain text: the key screen, and optionally a tally of another field (see PlainScan). */
export async function scanPlainText(b: Uint8Array, inp: KeyScanInput & { tallyField: number | null }): Promise<PlainScan> {
  const unsure: PlainScan = { keysDistinct: false, tally: null };
  const delim = inp.delimiter.charCodeAt(0);
  if (inp.delimiter.length !== 1 || delim > 127) return unsure;
  const slice = inp.slice ?? 2 << 20;
  // Lines end with LF (or CRLF); a lone CR would end a record for DuckDB but not here: unsure.
  for (let i = b.indexOf(CR); i >= 0; i = b.indexOf(CR, i + 1)) if (b[i + 1] !== LF) return unsure;
  const seen = new HashSet64();
  let distinct = true;
  const tf = inp.tallyField;
  /** tally: hash → entries (first occurrence's byte range, count) */
  let tally: Map<number, { s: number; e: number; n: number }[]> | null = tf == null ? null : new Map();
  const last = Math.max(inp.field, tf ?? 0);
  const starts = new Int32Array(last + 1), ends = new Int32Array(last + 1);
  let pos = 0;
  for (let k = 0; k < inp.skipLines && pos >= 0; k++) { const j = b.indexOf(LF, pos); pos = j < 0 ? -1 : j + 1; }
  if (pos < 0) return { keysDistinct: true, tally: tally && new Map() };
  let next = pos + slice;
  while (pos < b.length && (distinct || tally)) {
    let end = b.indexOf(LF, pos);
    if (end < 0) end = b.length;
    const lineEnd = end > pos && b[end - 1] === CR ? end - 1 : end;
    // fields 0..last of this line (start = -1: the line has no such field)
    let s = pos;
    for (let f = 0; f <= last; f++) {
      if (s > lineEnd) { starts[f] = -1; continue; }
      let e = s;
      while (e < lineEnd && b[e] !== delim) e++;
      starts[f] = s; ends[f] = e;
      s = e + 1;
    }
    if (distinct && starts[inp.field] >= 0) {
      let ks = starts[inp.field], ke = ends[inp.field];
      while (ks < ke && isSpace(b[ks])) ks++;
      while (ke > ks && isSpace(b[ke - 1])) ke--;
      if (ke > ks && !seen.add(hash1(b, ks, ke), hash2(b, ks, ke))) distinct = false;
    }
    if (tally && tf != null && starts[tf] >= 0 && ends[tf] > starts[tf]) {
      const ts = starts[tf], te = ends[tf];
      if (b[ts] < 0x21 || b[te - 1] === 0x20) tally = null; // the loader would clean it: unsure
      else {
        const h = hash1(b, ts, te);
        let list = tally.get(h);
        if (!list) tally.set(h, (list = []));
        const hit = list.find((x) => x.e - x.s === te - ts && sameBytes(b, x.s, ts, te - ts));
        if (hit) hit.n++; else list.push({ s: ts, e: te, n: 1 });
      }
    }
    pos = end + 1;
    if (pos >= next) { next = pos + slice; await pause(); }
  }
  let out: Map<string, number> | null = null;
  if (tally) {
    try {
      const dec = new TextDecoder('utf-8', { fatal: true });
      out = new Map();
      for (const list of tally.values()) for (const x of list) out.set(dec.decode(b.subarray(x.s, x.e)), x.n);
    } catch { out = null; }
  }
  return { keysDistinct: distinct, tally: out };
}

function hash1(b: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 0x01000193);
  return h >>> 0;
}

function hash2(b: Uint8Array, s: number, e: number): number {
  let h = 0x01000193 ^ (e - s);
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 0x5bd1e995);
  return h >>> 0;
}

function sameBytes(b: Uint8Array, x: number, y: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (b[x + i] !== b[y + i]) return false;
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
