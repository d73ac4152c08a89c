/**
 * Built-in value spellings for coded columns (English and Hindi) and the pure normalisers.
 * Matching is on `valueKey` (lower-case; spaces, _ - . / runs collapsed), exactly what the SQL
 * twin in src/data/import/sqlExpr.ts computes, so JS and SQL agree value for value.
 */
import { valueKey } from './text';

/** canonical value → spellings accepted (the canonical value itself is always accepted). */
export type ValueAliases = Record<string, string[]>;

export const STATUS_VALUES: ValueAliases = {
  open: ['opened', 'pending', 'in progress', 'under process', 'under action', 'new', 'registered', 'assigned', 'reopened',
    're opened', 'escalated', 'active', 'लंबित', 'लम्बित', 'खुली', 'खुला', 'प्रक्रियाधीन', 'प्रक्रिया में', 'नई', 'दर्ज'],
  closed: ['close', 'disposed', 'disposed off', 'disposed of', 'resolved', 'completed', 'complete', 'done', 'redressed',
    'बंद', 'बन्द', 'निराकृत', 'निराकरण', 'समाधान', 'समाधानित', 'निस्तारित', 'पूर्ण',
    // statuses that also name the closure type (closure_type is then taken from them)
    'force closed', 'forced closed', 'forcefully closed', 'special closed', 'closed satisfied', 'satisfied closed',
    'closed partially satisfied', 'partially satisfied closed', 'बलपूर्वक बंद', 'विशेष बंद', 'संतुष्ट होकर बंद', 'संतुष्टिपूर्वक बंद',
    // Uttarakhand 1905's "partially closed" (its own closure kind = partially_satisfied)
    'partially closed', 'partly closed', 'closed partially', 'आंशिक रूप से बंद', 'आंशिक बंद', 'आंशिक निस्तारित'],
};

export const CLOSURE_TYPE_VALUES: ValueAliases = {
  satisfied: ['satisfactory', 'closed satisfied', 'satisfied closed', 'satisfied closure', 'संतुष्ट', 'सन्तुष्ट',
    'संतुष्टि', 'संतुष्ट होकर बंद', 'संतुष्टिपूर्वक बंद', 'संतुष्ट बंद'],
  partially_satisfied: ['partially satisfied', 'closed partially satisfied', 'partially satisfied closed', 'partial', 'partly satisfied', 'partial satisfied', 'partially',
    'partial satisfaction', 'आंशिक संतुष्ट', 'आंशिक सन्तुष्ट', 'आंशिक रूप से संतुष्ट', 'आंशिक संतुष्टि', 'आंशिक',
    'partially closed', 'partly closed', 'closed partially', 'partial closure', 'आंशिक रूप से बंद', 'आंशिक बंद', 'आंशिक निस्तारित'],
  force_closed: ['force closed', 'forced closed', 'force close', 'forceclosed', 'forcefully closed', 'forced closure',
    'force closure', 'force', 'forced', 'बलपूर्वक बंद', 'बलपूर्वक बन्द', 'बलात बंद', 'फोर्स क्लोज', 'फोर्स क्लोज्ड',
    'फ़ोर्स क्लोज़', 'फोर्स बंद'],
  special_closed: ['special closed', 'special close', 'specially closed', 'special closure', 'special', 'special closing',
    'विशेष बंद', 'विशेष रूप से बंद', 'विशेष बन्द', 'स्पेशल क्लोज', 'स्पेशल क्लोज्ड'],
};

export const SOURCE_VALUES: ValueAliases = {
  call_181: ['181', 'call 181', 'cm helpline', 'cm helpline 181', 'helpline', 'helpline 181', 'call', 'call centre',
    'call center', 'phone', 'telephone', 'phone call', 'ivrs', '1905', '1076', 'सीएम हेल्पलाइन', 'हेल्पलाइन',
    'कॉल सेंटर', 'कॉल', 'फोन', 'फ़ोन'],
  web: ['web portal', 'portal', 'online', 'website', 'internet', 'web site', 'वेब पोर्टल', 'पोर्टल', 'वेब', 'ऑनलाइन'],
  app: ['mobile app', 'mobile', 'mobile application', 'android', 'ios', 'application', 'मोबाइल ऐप', 'मोबाइल एप',
    'ऐप', 'एप', 'मोबाइल'],
  cm_window: ['cm window', 'cmwindow', 'cm office', 'सीएम विंडो', 'मुख्यमंत्री विंडो'],
  smgt: ['social media', 'social', 'twitter', 'facebook', 'x', 'smgt', 'सोशल मीडिया',
    'social media grievance tracker', 'एसएमजीटी', 'सोशल मीडिया ग्रीवेंस ट्रैकर'],
  samadhan_camp: ['samadhan camp', 'samadhan', 'camp', 'samadhan shivir', 'समाधान शिविर', 'शिविर', 'समाधान कैंप'],
  other: ['others', 'misc', 'miscellaneous', 'अन्य'],
};

export const QUALITY_VALUES: ValueAliases = {
  ok: ['good', 'fine', 'satisfactory', 'proper', 'okay', 'normal', 'उचित', 'सही', 'ठीक', 'अच्छा', 'अच्छी'],
  low: ['low quality', 'poor', 'bad', 'unsatisfactory', 'poor quality', 'निम्न', 'खराब', 'निम्न गुणवत्ता', 'कमजोर'],
};

export const FEEDBACK_VALUES: ValueAliases = {
  satisfied: ['yes', 'happy', 'संतुष्ट', 'सन्तुष्ट'],
  dissatisfied: ['not satisfied', 'unsatisfied', 'no', 'unhappy', 'असंतुष्ट', 'असन्तुष्ट'],
  unreachable: ['not reachable', 'not reached', 'no response', 'not contactable', 'switched off', 'no answer',
    'not picked', 'संपर्क नहीं', 'संपर्क नहीं हो सका', 'फोन नहीं उठाया'],
};

export const DIRECTION_VALUES: ValueAliases = {
  higher: ['high', 'higher is better', 'up', 'positive', '+', 'more', 'increase', 'उच्च', 'अधिक', 'ज्यादा'],
  lower: ['low', 'lower is better', 'down', 'negative', 'less', 'decrease', 'कम', 'न्यून'],
};

export const BOOLEAN_INT_VALUES: ValueAliases = {
  '1': ['yes', 'y', 'true', 'हाँ', 'हां'],
  '0': ['no', 'n', 'false', 'नहीं'],
};

/** Columns with a closed value set and their built-in spellings. */
export const VALUE_ALIASES: Record<string, ValueAliases> = {
  status: STATUS_VALUES, closure_type: CLOSURE_TYPE_VALUES, source: SOURCE_VALUES, quality: QUALITY_VALUES,
  feedback: FEEDBACK_VALUES, direction: DIRECTION_VALUES,
};

/** valueKey(spelling) → canonical value, for one column's alias table (canonical names included). */
export function aliasLookup(aliases: ValueAliases): Map<string, string> {
  const m = new Map<string, string>();
  for (const [canon, spellings] of Object.entries(aliases)) {
    for (const s of [canon, ...spellings]) {
      const k = valueKey(s);
      if (k !== '' && !m.has(k)) m.set(k, canon);
    }
  }
  return m;
}

const lookups = new Map<string, Map<string, string>>();

/**
 * Canonical value of a coded column (status, closure_type, source, quality, feedback, direction)
 * or null when not understood. A user value map (exact text first, then by key) wins over aliases.
 */
export function normalizeValue(
  column: string, raw: string | null | undefined, userMap?: Record<string, string | number | null>,
): string | null {
  if (raw == null) return null;
  const user = userValue(raw, userMap);
  if (user !== undefined) return user === null ? null : normalizeValue(column, user);
  const aliases = VALUE_ALIASES[column];
  if (!aliases) return null;
  let m = lookups.get(column);
  if (!m) { m = aliasLookup(aliases); lookups.set(column, m); }
  return m.get(valueKey(raw)) ?? null;
}

/** A user value map's answer for raw text: exact text, then the same valueKey; undefined if absent. */
export function userValue(raw: string, userMap?: Record<string, string | number | null>): string | null | undefined {
  if (!userMap) return undefined;
  if (Object.hasOwn(userMap, raw)) { const v = userMap[raw]; return v == null ? null : String(v); }
  const k = valueKey(raw);
  for (const [from, v] of Object.entries(userMap)) if (valueKey(from) === k) return v == null ? null : String(v);
  return undefined;
}

/** Level prefixes accepted before the number: L2, Level 2, Lvl-2, एल-2, लेवल 2, स्तर 2. */
export const LEVEL_PATTERN = '^(?:l|lvl|level|एल|लेवल|स्तर)? ?([0-9]+)$';
const LEVEL_RE = new RegExp(LEVEL_PATTERN);
const DEV_DIGITS = '०१२३४५६७८९';
export const MAX_LEVEL = 5;

/** `2`, `L2`, `Level 2`, `एल-2`, `l-२` → 2; null when not a level 1–5. */
export function parseLevel(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  const m = LEVEL_RE.exec(valueKey(devDigits(raw)));
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= MAX_LEVEL ? n : null;
}

/** Whole number (e.g. `reopened`): digits, or yes/no/हाँ/नहीं as 1/0; null when not understood. */
export function parseInteger(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  const t = devDigits(raw).trim();
  if (/^[+-]?\d+$/.test(t)) {
    // a 32-bit whole number; its lowest value is kept free (the loader's "not understood" marker)
    const n = Number(t);
    return n >= -2147483647 && n <= 2147483647 ? n : null;
  }
  const b = aliasLookup(BOOLEAN_INT_VALUES).get(valueKey(t));
  return b == null ? null : Number(b);
}

/** Decimal number: "1,23,456.5", "12%", " 7 " → number; null when not a number. */
export function parseNumber(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  const t = devDigits(raw).trim().replace(/,/g, '').replace(/%$/, '').trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  return Number(t);
}

export function devDigits(s: string): string {
  return s.replace(/[०-९]/g, (d) => String(DEV_DIGITS.indexOf(d)));
}
