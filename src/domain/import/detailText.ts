/**
 * The report's problem details (ImportIssue.detail) are plain English, as the CLI prints them. In
 * the app each known one is shown in the reader's language: `detailText` names its message
 * (`data.report.details.<key>`) and the value inside it (a date format, a value list, a day, the
 * reader's own error text, which stays as DuckDB wrote it). An unknown detail is shown as it is.
 */
export interface DetailText { key: string; v?: string }

const FIXED: Record<string, string> = {
  'same key as an earlier row; the first is kept': 'duplicate',
  'not in the district list; row kept': 'unknownDistrict',
  'required when closed': 'requiredWhenClosed',
  'expected a month such as 2024-03': 'month',
  'expected a number': 'number',
  'expected higher or lower': 'direction',
  'more fields than headers': 'extraFields',
  'more fields than headers (a delimiter inside an unquoted value?)': 'extraFieldsHint',
};

const PATTERNS: [RegExp, string][] = [
  [/^expected one of (.+)$/s, 'oneOf'],
  [/^expected (%.+)$/s, 'format'],
  [/^after (\d{4}-\d{2}-\d{2})$/, 'after'],
  [/^unreadable row: (.*)$/s, 'unreadable'],
];

/** Every message key detailText can return (both locales must have each). */
export const DETAIL_KEYS: readonly string[] = [...Object.values(FIXED), ...PATTERNS.map(([, k]) => k)];

export function detailText(detail: string): DetailText | null {
  if (detail in FIXED) return { key: FIXED[detail] };
  for (const [re, key] of PATTERNS) {
    const m = re.exec(detail);
    if (m) return { key, v: m[1] };
  }
  return null;
}
