/**
 * The briefing workbook (.xlsx): a cover sheet, the district league table, the department TL
 * table, the good and poor officer lists and one named pending list per department (the
 * "homework" each head of office brings to the TL meeting). Pure: data in, bytes out; the same
 * code runs in the browser (lazy-loaded) and in the CLI. Numbers and dates are typed cells with
 * number formats, every text cell goes through safeCell (formula-injection guard), the header row
 * of every table is frozen, and each sheet names the scorecard, period and data-as-of date.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, CellObject, Sheet } from 'write-excel-file/universal';
import { safeCell } from '@/domain/export/cells';
import type { OfficerRow } from '@/domain/officers/types';
import { exportTexts, localeText, metaLine, textOf, type ExportT } from './labels';
import type { ExportLang, WorkbookData } from './types';

const PCT = '0.0%';
const INT = '#,##0';
const DEC2 = '0.00';
const SIGNED = '+0;-0;0';
const SIGNED2 = '+0.00;-0.00;0.00';
const DATE = 'dd-mm-yyyy';
const HEAD: Partial<CellObject> = { fontWeight: 'bold', backgroundColor: '#DDE4EE', wrap: true, alignVertical: 'top' };

/** A text cell (through safeCell); empty text → an empty cell. */
export function textCell(v: string | null | undefined, extra: Partial<CellObject> = {}): Cell {
  if (v == null || v === '') return null;
  return { ...extra, type: String, value: String(safeCell(v)) } as CellObject;
}
/** A typed number cell with a format; null / NaN → empty. */
export function numCell(v: number | null | undefined, format: string): Cell {
  return v == null || !Number.isFinite(v) ? null : ({ type: Number, value: v, format } as CellObject);
}
/** A real spreadsheet date from a calendar day "YYYY-MM-DD". */
export function dateCell(iso: string | null | undefined): Cell {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? ({ type: Date, value: new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])), format: DATE } as CellObject) : null;
}

/** Excel sheet names: ≤ 31 characters, none of : \ / ? * [ ], no apostrophe at either end, unique. */
export function sheetName(raw: string, taken: Set<string>): string {
  const base = raw.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 3)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

interface Table { name: string; caption: string; headers: string[]; widths: number[]; rows: Cell[][] }

/** One table sheet: caption in row 1, headers in row 2 (both frozen), data below. */
function tableSheet(tb: Table, taken: Set<string>, t: ExportT): Sheet<Blob> {
  const width = tb.headers.length;
  const caption: Cell[] = [textCell(tb.caption, { fontWeight: 'bold', fontSize: 12, columnSpan: width, wrap: true, height: 36 }), ...Array(width - 1).fill(null)];
  const rows = tb.rows.length ? tb.rows : [[textCell(t('nothing'))]];
  return {
    sheet: sheetName(tb.name, taken),
    data: [caption, tb.headers.map((h) => textCell(h, HEAD)), ...rows],
    columns: tb.widths.map((w) => ({ width: w })),
    stickyRowsCount: 2,
  };
}

function officerTable(rows: OfficerRow[], t: ExportT, lang: ExportLang): Pick<Table, 'headers' | 'widths' | 'rows'> {
  return {
    headers: [t('rank'), t('officerId'), t('officerName'), t('district'), t('department'), t('received'), t('closed'), t('satisfaction'),
      t('wilsonLower'), t('wilsonUpper'), t('forceClosed'), t('escalated'), t('pending50'), t('pending100'), t('pending300'), t('avgDays'), t('flags')],
    widths: [6, 14, 24, 16, 24, 10, 10, 11, 11, 11, 11, 10, 10, 10, 10, 11, 28],
    rows: rows.map((r) => [numCell(r.rank, INT), textCell(r.officer_id), textCell(r.officer_name), textCell(r.district), textCell(r.department),
      numCell(r.received, INT), numCell(r.closed, INT), numCell(r.satisfaction_rate, PCT), numCell(r.wilson_lower, PCT), numCell(r.wilson_upper, PCT),
      numCell(r.force_closed_rate, PCT), numCell(r.escalated, INT), numCell(r.pending_over_50, INT), numCell(r.pending_over_100, INT),
      numCell(r.pending_over_300, INT), numCell(r.avg_days_to_close, '0.0'), textCell(r.flags.map((f) => localeText(lang, `officers.flags.${f.kind}.name`)).join(', '))]),
  };
}

/** The sheets of the workbook (exported for tests; `buildWorkbook` writes them). */
export function workbookSheets(d: WorkbookData, lang: ExportLang): Sheet<Blob>[] {
  const t = exportTexts(lang);
  const m = metaLine(d.meta, lang);
  const taken = new Set<string>();
  const nodeName = (id: string) => textOf(d.nodes.find((n) => n.id === id)?.name, lang, id);
  const ctx = { card: m.card, period: m.period, compare: m.compare, scope: m.scope };

  const league: Table = {
    name: t('sheetLeague'),
    caption: `${t('captionLeague', ctx)} · ${t('dataAsOf')} ${m.asOf}`,
    headers: [t('rank'), t('group'), t('district'), t('score'), t('grade'), t('previousRank'), t('deltaRank'), t('deltaScore'),
      ...d.nodes.flatMap((n) => [...(n.metric ? [t('value', { name: nodeName(n.id) })] : []), t('points', { name: nodeName(n.id), max: Math.round(n.marks * 100) / 100 })])],
    widths: [6, 7, 18, 8, 7, 9, 10, 9, ...d.nodes.flatMap((n) => (n.metric ? [13, 13] : [13]))],
    rows: d.league.map((r) => [numCell(r.rank, INT), textCell(r.group), textCell(r.unit, d.meta.district === r.unit ? { fontWeight: 'bold' } : {}),
      numCell(r.score, DEC2), textCell(r.grade), numCell(r.previousRank, INT), numCell(r.deltaRank, SIGNED), numCell(r.deltaScore, SIGNED2),
      ...d.nodes.flatMap((n) => {
        const v = r.nodes[n.id];
        const isRate = n.metric?.endsWith('_rate');
        return [...(n.metric ? [numCell(v?.value, isRate ? PCT : '#,##0.00')] : []), numCell(v?.points, DEC2)];
      })]),
  };

  const sum = (k: 'received' | 'closed' | 'pending_over_50' | 'pending_over_100' | 'pending_over_300') => d.departments.reduce((s, r) => s + r[k], 0);
  const departments: Table = {
    name: t('sheetDepartments'),
    caption: `${t('captionDepartments', ctx)} · ${m.card} · ${t('dataAsOf')} ${m.asOf}`,
    headers: [t('department'), t('received'), t('closed'), t('satisfaction'), t('forceClosed'), t('pending50'), t('pending100'), t('pending300'), ...(d.gradable ? [t('score'), t('grade')] : [])],
    widths: [30, 10, 10, 11, 11, 11, 11, 11, ...(d.gradable ? [8, 7] : [])],
    rows: d.departments.map((r) => [textCell(r.unit), numCell(r.received, INT), numCell(r.closed, INT), numCell(r.satisfaction_rate, PCT), numCell(r.force_closed_rate, PCT),
      numCell(r.pending_over_50, INT), numCell(r.pending_over_100, INT), numCell(r.pending_over_300, INT), ...(d.gradable ? [numCell(r.score, DEC2), textCell(r.grade)] : [])]),
  };
  if (d.departments.length) {
    const bold = { fontWeight: 'bold' as const };
    departments.rows.push([textCell(lang === 'hi' ? 'योग' : 'Total', bold), numCell(sum('received'), INT), numCell(sum('closed'), INT), null, null,
      numCell(sum('pending_over_50'), INT), numCell(sum('pending_over_100'), INT), numCell(sum('pending_over_300'), INT)]);
  }

  const offCtx = { ...ctx, min: d.officers.minClosures };
  const good: Table = { name: t('sheetGood'), caption: t('captionGood', offCtx), ...officerTable(d.officers.good, t, lang) };
  const poor: Table = { name: t('sheetPoor'), caption: t('captionPoor', offCtx), ...officerTable(d.officers.poor, t, lang) };

  const pending: Table[] = d.pending.lists.map((p) => ({
    name: p.department,
    caption: `${t('captionPending', { department: p.department, days: d.pending.minDays, period: m.period, shown: p.rows.length, total: p.total, over100: p.over100, over300: p.over300 })} · ${m.scope} · ${t('dataAsOf')} ${m.asOf}`,
    headers: ['#', t('complaintId'), t('registeredOn'), t('daysPending'), t('district'), t('block'), t('category'), t('officerId'), t('officerName'), t('level')],
    widths: [5, 16, 12, 9, 16, 16, 24, 14, 24, 6],
    rows: p.rows.map((r, i) => [numCell(i + 1, INT), textCell(r.complaint_id), dateCell(r.registered_on), numCell(r.days_pending, INT), textCell(r.district),
      textCell(r.block), textCell(r.category), textCell(r.officer_id), textCell(r.officer_name), numCell(r.current_level, '0')]),
  }));

  const unscored: Table | null = d.unscored.length
    ? { name: t('sheetUnscored'), caption: t('captionUnscored', ctx), headers: [t('district'), t('reason')], widths: [20, 80], rows: d.unscored.map((u) => [textCell(u.unit), textCell(u.reason)]) }
    : null;

  const tables = [league, departments, good, poor, ...pending, ...(unscored ? [unscored] : [])];
  const coverName = sheetName(t('sheetCover'), taken);
  const sheets = tables.map((tb) => tableSheet(tb, taken, t));
  const kv = (k: string, v: Cell): Cell[] => [textCell(k, { fontWeight: 'bold' }), v];
  const cover: Sheet<Blob> = {
    sheet: coverName,
    columns: [{ width: 26 }, { width: 60 }, { width: 10 }],
    data: [
      [textCell(d.meta.district ? t('titleDistrict', { district: d.meta.district }) : t('title'), { fontWeight: 'bold', fontSize: 14 }), null],
      kv(t('scope'), textCell(m.scope)),
      kv(t('scorecard'), textCell(`${m.card} (${d.meta.scorecardId})`)),
      kv(t('period'), textCell(m.period)),
      kv(t('compare'), textCell(m.compare)),
      kv(t('dataAsOf'), dateCell(d.meta.dataAsOf)),
      kv(t('dataset'), textCell(m.dataset)),
      kv(t('rows'), numCell(d.meta.complaintRows, INT)),
      kv(t('generated'), textCell(d.meta.generatedAt.slice(0, 16).replace('T', ' ') + ' UTC')),
      [null, null],
      [textCell(t('parameter'), HEAD), textCell(t('scorecard'), HEAD), textCell(t('marks'), HEAD)],
      ...d.nodes.map((n): Cell[] => [textCell(n.id), textCell(nodeName(n.id)), numCell(n.marks, DEC2)]),
      [null, null],
      [textCell(t('sheets'), HEAD), textCell(t('sheets'), HEAD)],
      ...sheets.map((s, i): Cell[] => [textCell(s.sheet), textCell(tables[i].caption, { wrap: true })]),
      [null, null],
      [textCell(t('note'), { wrap: true, columnSpan: 2 }), null],
    ],
  };
  return [cover, ...sheets];
}

/** The workbook's bytes. */
export async function buildWorkbook(d: WorkbookData, lang: ExportLang): Promise<Uint8Array> {
  const blob = await writeXlsxFile(workbookSheets(d, lang), { fontFamily: 'Calibri', fontSize: 11 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
