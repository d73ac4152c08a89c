/** The export writers' texts (locale namespace `briefingExport`), usable without vue-i18n (CLI, workers). */
import en from '@/locales/en.json';
import hi from '@/locales/hi.json';
import type { Text } from '@/domain/scoring/types';
import { formatDateIN, formatMonth } from '@/domain/format';
import { matchAnyDistrict } from '@/domain/geo/states';
import { DEPARTMENTS } from '@/domain/catalogue/departments';
import type { ExportLang, ExportMeta } from './types';

type Key = keyof typeof en.briefingExport;
export type ExportT = (key: Key, params?: Record<string, string | number>) => string;

/** `t(key, {name})` over the briefingExport block of the language (English when a key is missing). */
export function exportTexts(lang: ExportLang): ExportT {
  const own = (lang === 'hi' ? hi.briefingExport : en.briefingExport) as Record<string, string>;
  return (key, params) => {
    const s = own[key] ?? (en.briefingExport as Record<string, string>)[key] ?? key;
    return s.replace(/\{(\w+)\}/g, (m, k: string) => (params && k in params ? String(params[k]) : m));
  };
}

/** Any key of the app's locale files by dotted path (e.g. `metric.received`), {name} filled in. */
export function localeText(lang: ExportLang, key: string, params?: Record<string, string | number | null>): string {
  const find = (root: unknown) => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), root);
  const s = find(lang === 'hi' ? hi : en) ?? find(en);
  if (typeof s !== 'string') return key;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (params && k in params ? String(params[k] ?? '—') : m));
}

const deptByEn = new Map(DEPARTMENTS.map((d) => [d.name.en.toLowerCase(), d]));

/** A district or department as the data spells it, in Hindi when the language is Hindi and a Hindi name is known. */
export function unitName(kind: 'district' | 'department', name: string | null | undefined, lang: ExportLang): string {
  if (!name) return '—';
  if (lang !== 'hi') return name;
  return (kind === 'district' ? matchAnyDistrict(name)?.hi : deptByEn.get(name.toLowerCase())?.name.hi) ?? name;
}

export function textOf(t: Text | null | undefined, lang: ExportLang, fallback = ''): string {
  if (!t) return fallback;
  return (lang === 'hi' && t.hi) || t.en || fallback;
}

/** The facts every sheet and slide carries: scorecard, period, scope, data-as-of, dataset. */
export function metaLine(m: ExportMeta, lang: ExportLang): { card: string; period: string; compare: string; scope: string; asOf: string; dataset: string } {
  const t = exportTexts(lang);
  return {
    card: textOf(m.scorecardName, lang, m.scorecardId),
    period: formatMonth(m.period, lang),
    compare: m.compare ? formatMonth(m.compare, lang) : '–',
    scope: m.district ?? t('state'),
    asOf: m.dataAsOf ? formatDateIN(m.dataAsOf) : '–',
    dataset: m.datasetName ?? '–',
  };
}

/** A download / output file name: samiksha-briefing-<scope>-<period>.<ext> (ASCII-safe). */
export function exportFileName(m: Pick<ExportMeta, 'district' | 'period'>, ext: 'xlsx' | 'pptx'): string {
  const scope = (m.district ?? 'state').normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'district';
  return `samiksha-briefing-${scope}-${m.period}.${ext}`;
}
