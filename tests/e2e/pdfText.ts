/** Reads a PDF back for the print tests: each page's size and text (pdfjs-dist), and the embedded font names. */
import zlib from 'node:zlib';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage { width: number; height: number; text: string; flat: string }

/** Whitespace removed and compatibility forms folded (the "ﬁ" ligature → "fi"), so DOM text and PDF text compare. */
export const flat = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const out: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    const tc = await p.getTextContent();
    const text = tc.items.map((x) => ('str' in x ? x.str + (x.hasEOL ? '\n' : ' ') : '')).join('');
    const [, , width, height] = p.view;
    out.push({ width, height, text, flat: flat(text) });
  }
  await doc.destroy();
  return out;
}

/** The /FontName of every font embedded in the PDF (also inside compressed object streams). */
export function pdfFontNames(bytes: Uint8Array): string[] {
  const b = Buffer.from(bytes);
  const s = b.toString('latin1');
  const names = new Set<string>();
  const re = /\/FontName\s*\/([A-Za-z0-9+_-]+)/g;
  for (const m of s.matchAll(re)) names.add(m[1]);
  for (let i = s.indexOf('stream'); i >= 0; i = s.indexOf('stream', i + 6)) {
    let start = i + 6;
    if (s[start] === '\r') start++;
    if (s[start] === '\n') start++;
    const end = s.indexOf('endstream', start);
    if (end < 0) break;
    try { for (const m of zlib.inflateSync(b.subarray(start, end)).toString('latin1').matchAll(re)) names.add(m[1]); } catch { /* not a Flate stream */ }
    i = end;
  }
  return [...names];
}
