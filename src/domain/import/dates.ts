/**
 * Date-format sniffing: one format per date column, chosen from a sample of its values. The time
 * of day is read and dropped (dates are calendar days). Formats are DuckDB strptime formats.
 */

export interface DateFamily {
  id: string;
  /** strptime format of the date part */
  date: string;
  re: RegExp;
  order: 'ymd' | 'dmy' | 'mdy';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** In order of preference when two parse the same number of sampled values (day-first before month-first). */
export const DATE_FAMILIES: DateFamily[] = [
  { id: 'ymd', date: '%Y-%m-%d', re: /^(\d{4})-(\d{1,2})-(\d{1,2})/, order: 'ymd' },
  { id: 'ymd_slash', date: '%Y/%m/%d', re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})/, order: 'ymd' },
  { id: 'dmy_dash', date: '%d-%m-%Y', re: /^(\d{1,2})-(\d{1,2})-(\d{4})/, order: 'dmy' },
  { id: 'dmy_slash', date: '%d/%m/%Y', re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})/, order: 'dmy' },
  { id: 'dmy_dot', date: '%d.%m.%Y', re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})/, order: 'dmy' },
  { id: 'dmon', date: '%d-%b-%Y', re: /^(\d{1,2})-([A-Za-z]{3})-(\d{4})/, order: 'dmy' },
  { id: 'mdy_slash', date: '%m/%d/%Y', re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})/, order: 'mdy' },
  { id: 'mdy_dash', date: '%m-%d-%Y', re: /^(\d{1,2})-(\d{1,2})-(\d{4})/, order: 'mdy' },
];

/** Time-of-day suffixes after the date part, as regex → strptime suffix. */
const TIMES: [RegExp, string][] = [
  [/^$/, ''],
  [/^ \d{1,2}:\d{2}:\d{2}$/, ' %H:%M:%S'],
  [/^ \d{1,2}:\d{2}$/, ' %H:%M'],
  [/^ \d{1,2}:\d{2}:\d{2}\.\d+$/, ' %H:%M:%S.%f'],
  [/^ \d{1,2}:\d{2}:\d{2} [AaPp][Mm]$/, ' %I:%M:%S %p'],
  [/^ \d{1,2}:\d{2} [AaPp][Mm]$/, ' %I:%M %p'],
  [/^ \d{1,2}:\d{2}:\d{2}[AaPp][Mm]$/, ' %I:%M:%S%p'],
  [/^T\d{1,2}:\d{2}:\d{2}$/, 'T%H:%M:%S'],
  [/^T\d{1,2}:\d{2}:\d{2}\.\d+$/, 'T%H:%M:%S.%f'],
  [/^T\d{1,2}:\d{2}$/, 'T%H:%M'],
];

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Parse one value with one family: its ISO date and the time suffix format (null if the time is unusual). */
export function parseDateWith(value: string, family: DateFamily): { iso: string; time: string | null } | null {
  const v = value.trim();
  const m = family.re.exec(v);
  if (!m) return null;
  let y: number, mo: number, d: number;
  if (family.order === 'ymd') [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if (family.order === 'mdy') [mo, d, y] = [+m[1], +m[2], +m[3]];
  else {
    d = +m[1]; y = +m[3];
    mo = /^\d+$/.test(m[2]) ? +m[2] : MONTHS.indexOf(m[2].toLowerCase()) + 1;
  }
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const rest = v.slice(m[0].length);
  const t = TIMES.find(([re]) => re.test(rest));
  // Any other suffix (time zone, odd time) still gives the date: the time is dropped anyway.
  if (!t && !/^[ T]/.test(rest)) return null;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso, time: t ? t[1] : null };
}

export interface DateChoice {
  family: DateFamily;
  /** strptime format tried first on every value (date part + the commonest time suffix) */
  format: string;
  /** values in the sample that parse / non-empty values sampled */
  parsed: number;
  sampled: number;
}

/**
 * Choose the format of a date column from sampled values: the family parsing the most values; on a
 * tie the earlier in DATE_FAMILIES (ISO, then day-first as in Indian data) — month-first wins only
 * when some value proves it (e.g. 12/31/2023). The time suffix is the commonest among parsed values.
 */
export function sniffDateFormat(values: readonly (string | null | undefined)[], families: readonly DateFamily[] = DATE_FAMILIES): DateChoice {
  const vals = values.filter((v): v is string => v != null && v.trim() !== '');
  let best: { family: DateFamily; parsed: number; times: Map<string, number> } | null = null;
  for (const family of families) {
    const times = new Map<string, number>();
    let parsed = 0;
    for (const v of vals) {
      const p = parseDateWith(v, family);
      if (!p) continue;
      parsed++;
      if (p.time != null) times.set(p.time, (times.get(p.time) ?? 0) + 1);
    }
    if (!best || parsed > best.parsed) best = { family, parsed, times };
  }
  const b = best!;
  let time = '';
  let n = -1;
  for (const [t, c] of b.times) if (c > n) { time = t; n = c; }
  if (!vals.length) {
    const f = families.length === 1 ? families[0] : DATE_FAMILIES[3];
    return { family: f, format: f.date, parsed: 0, sampled: 0 };
  }
  return { family: b.family, format: b.family.date + time, parsed: b.parsed, sampled: vals.length };
}

/** The family a user-given strptime format starts with (e.g. "%m/%d/%Y %I:%M:%S %p" → mdy_slash). */
export function familyOfFormat(format: string): DateFamily | null {
  const f = format.trim();
  return DATE_FAMILIES.find((fam) => f.startsWith(fam.date)) ?? null;
}

/** Month of an indicator period ("2024-03", "2024/3", "03/2024", "Mar 2024", "March-2024", "2024-03-15") as YYYY-MM. */
export function parsePeriod(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const v = raw.trim();
  let y: number | undefined, mo: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(v))) [y, mo] = [+m[1], +m[2]];
  else if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(v))) [mo, y] = [+m[1], +m[2]];
  else if ((m = /^([A-Za-z]{3,9})[-\s,]+(\d{4})$/.exec(v))) {
    const i = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
    if (i >= 0) [mo, y] = [i + 1, +m[2]];
  }
  if (y == null || mo == null || mo < 1 || mo > 12 || y < MIN_YEAR || y > MAX_YEAR) return null;
  return `${y}-${String(mo).padStart(2, '0')}`;
}
