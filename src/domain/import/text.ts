/**
 * Text keys for matching names typed by people: headers, district names, value spellings.
 * Pure; shared by the header matcher, the value normalisers and the district matcher.
 */

const NUKTA = '\u093C';
const VIRAMA = '\u094D';
const ANUSVARA = '\u0902';
const CHANDRABINDU = '\u0901';
/** Nasal consonants ङ ञ ण न म: as a half letter before a consonant they are written as anusvara too. */
const NASALS = '\u0919\u091E\u0923\u0928\u092E';
const HALF_NASAL = new RegExp(`[${NASALS}]${VIRAMA}(?=[\\u0915-\\u0939])`, 'g');
const DEVANAGARI_DIGITS = '०१२३४५६७८९';

/**
 * Devanagari spelling normalisation: nukta dropped (ड़ ≡ ड), half nasal + consonant ≡ anusvara
 * (भिण्ड ≡ भिंड, इन्दौर ≡ इंदौर), chandrabindu ≡ anusvara, ZWJ/ZWNJ removed, Devanagari digits → ASCII.
 * Precomposed nukta letters (U+0958–U+095F) are decomposed first by NFD.
 */
export function normalizeDevanagari(s: string): string {
  let t = s.normalize('NFD').replaceAll(NUKTA, '').replace(/[\u200C\u200D]/g, '');
  t = t.replaceAll(CHANDRABINDU, ANUSVARA).replace(HALF_NASAL, ANUSVARA);
  t = t.replace(/[०-९]/g, (d) => String(DEVANAGARI_DIGITS.indexOf(d)));
  return t.normalize('NFC');
}

/**
 * Matching key for names (headers, districts): Devanagari-normalised, lower-case, with everything
 * that is not a letter or digit removed (spaces, underscores, punctuation; a stray virama too).
 * "Complaint ID" ≡ "complaint_id" ≡ "COMPLAINT-ID"; "छ्तरपुर" ≡ "छतरपुर".
 */
export function nameKey(s: string): string {
  return normalizeDevanagari(String(s)).toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '').replaceAll(VIRAMA, '');
}

/**
 * Key for coded values (status, closure type, source...): lower-case, runs of spaces, tabs,
 * underscores, hyphens, dots and slashes collapsed to one space, trimmed. The SQL twin is
 * `valueKeySql()` in src/data/import/sqlExpr.ts and gives the same key for the same text.
 */
export function valueKey(s: string): string {
  return String(s).toLowerCase().replace(/[ \t\r\n_\-./]+/g, ' ').replace(/^ | $/g, '');
}

/** Levenshtein distance (insert, delete, substitute = 1) on code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (!x.length) return y.length;
  if (!y.length) return x.length;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}
