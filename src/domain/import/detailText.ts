/**
 * The report's problem details: the importer names each by a message key with its value
 * (`ImportIssue.message`: a date format, a value list, a day, the reader's own error text, which
 * stays as DuckDB wrote it). The app shows `data.report.details.<key>` in the reader's language;
 * the CLI prints the English message (`ImportIssue.detail`), taken from the same locale file.
 */
import en from '../../locales/en.json';

export const DETAIL_KEYS = [
  'duplicate', 'unknownDistrict', 'requiredWhenClosed', 'month', 'number', 'direction', 'extraFields', 'extraFieldsHint',
  'oneOf', 'format', 'after', 'unreadable',
] as const;
export type DetailKey = (typeof DETAIL_KEYS)[number];

export interface DetailText { key: DetailKey; v?: string }

const ENGLISH: Record<DetailKey, string> = en.data.report.details;

/** The English text of a detail (`{v}` replaced by its value). */
export function detailEnglish(d: DetailText): string {
  return ENGLISH[d.key].replace('{v}', d.v ?? '');
}

/** A detail as an issue carries it: the message key with its value, and its English text. */
export function issueDetail(d: DetailText | undefined): { detail?: string; message?: DetailText } {
  return d ? { detail: detailEnglish(d), message: d } : {};
}
