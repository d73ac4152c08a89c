/**
 * District-name matching for imports: English or Devanagari, official or common spelling, any case,
 * spacing or punctuation ("AGAR MALWA" ≡ "Agar-Malwa", "भिण्ड" ≡ "भिंड", "East Nimar" ≡ Khandwa).
 */
import { editDistance, nameKey } from '../import/text';
import { MP_DISTRICTS, type District } from './mpDistricts';

/** Words around a name that do not change which district it is ("Bhopal District", "जिला भोपाल"). */
const NOISE = /^(?:district|dist|zila|zilla|jila|जिला|जिले)|(?:district|dist|zila|zilla|jila|जिला|जिले)$/u;

interface Index { byKey: Map<string, District>; keys: { key: string; district: District }[] }

function buildIndex(list: readonly District[]): Index {
  const byKey = new Map<string, District>();
  const keys: Index['keys'] = [];
  for (const d of list) {
    for (const n of [d.name, d.hi, ...d.aliases]) {
      const key = nameKey(n);
      if (!key || byKey.has(key)) continue;
      byKey.set(key, d);
      keys.push({ key, district: d });
    }
  }
  return { byKey, keys };
}

const MP_INDEX = buildIndex(MP_DISTRICTS);
const cache = new WeakMap<readonly District[], Index>();

function indexFor(list: readonly District[]): Index {
  if (list === MP_DISTRICTS) return MP_INDEX;
  let idx = cache.get(list);
  if (!idx) { idx = buildIndex(list); cache.set(list, idx); }
  return idx;
}

/** The keys a typed name could stand for: itself, without "district"/"जिला", and the parts around brackets. */
function candidateKeys(name: string): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    const k = nameKey(s);
    if (k) { out.add(k); const bare = k.replace(NOISE, ''); if (bare) out.add(bare); }
  };
  add(name);
  const m = /^(.*?)[([](.*?)[)\]](.*)$/u.exec(name);
  if (m) { add(m[1] + m[3]); add(m[2]); }
  return [...out];
}

/** The district a name refers to, or null. `list` defaults to Madhya Pradesh's 55 districts. */
export function matchDistrict(name: string | null | undefined, list: readonly District[] = MP_DISTRICTS): District | null {
  if (name == null) return null;
  const idx = indexFor(list);
  for (const k of candidateKeys(String(name))) {
    const d = idx.byKey.get(k);
    if (d) return d;
  }
  return null;
}

/**
 * The closest known district by edit distance between normalised names (for "did you mean"), or
 * null when the name is empty or nothing is within max(2, 40% of the name's length) edits.
 */
export function suggestDistrict(
  name: string | null | undefined,
  list: readonly District[] = MP_DISTRICTS,
): { district: District; distance: number } | null {
  if (name == null) return null;
  const exact = matchDistrict(name, list);
  if (exact) return { district: exact, distance: 0 };
  const cands = candidateKeys(String(name));
  if (!cands.length) return null;
  let best: { district: District; distance: number } | null = null;
  for (const c of cands) {
    for (const { key, district } of indexFor(list).keys) {
      const dist = editDistance(c, key);
      if (!best || dist < best.distance) best = { district, distance: dist };
    }
  }
  const limit = Math.max(2, Math.ceil(0.4 * [...cands[0]].length));
  return best && best.distance <= limit ? best : null;
}
