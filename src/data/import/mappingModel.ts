/**
 * The column-mapping editor's model (pure): which header feeds each canonical column, given the
 * file's headers and the user's choices; the distinct values of coded columns with their automatic
 * reading; and immutable edits of a ColumnMapping. Resolution is the importer's own
 * (resolveColumns), so what the editor shows is what the import will do.
 */
import { headerScore, resolveColumns } from '../../domain/import/headers';
import { nameKey } from '../../domain/import/text';
import { normalizeValue, userValue } from '../../domain/import/values';
import { CODED_COMPLAINT_COLUMNS, REQUIRED_COLUMNS, STRICT_COMPLAINT_COLUMNS, TABLE_COLUMNS } from '../schema';
import type { ColumnMapping } from '../../domain/import/types';

export type MapTable = 'complaints' | 'indicators';
export const MAP_TABLES: readonly MapTable[] = ['complaints', 'indicators'];

/** Coded columns whose values can be mapped one by one: those that reject a row first, then the others. */
export const VALUE_COLUMNS: Record<MapTable, readonly string[]> = {
  complaints: [...CODED_COMPLAINT_COLUMNS.filter((c) => STRICT_COMPLAINT_COLUMNS.has(c)), ...CODED_COMPLAINT_COLUMNS.filter((c) => !STRICT_COMPLAINT_COLUMNS.has(c))],
  indicators: [],
};

/** complaints unless the headers look more like an indicators file. */
export function guessTable(headers: string[]): MapTable {
  return headerScore(headers, 'indicators') > headerScore(headers, 'complaints') ? 'indicators' : 'complaints';
}

export interface Resolution {
  /** canonical column → the header it will be read from (null: none) */
  assigned: Record<string, string | null>;
  /** required columns with no header: the import would be refused */
  missing: string[];
  /** headers feeding no column */
  ignored: string[];
  /** mapped headers this file does not have (canonical column → header) */
  unknown: Record<string, string>;
}

function hasHeader(headers: string[], h: string): boolean {
  const k = nameKey(h);
  return headers.some((x) => x === h || nameKey(x) === k);
}

export function resolveMapping(headers: string[], table: MapTable, mapping: ColumnMapping): Resolution {
  const cols = TABLE_COLUMNS[table];
  const usable: Record<string, string> = {};
  const unknown: Record<string, string> = {};
  for (const [c, h] of Object.entries(mapping.columns)) {
    if (!cols.includes(c) || !h) continue;
    if (hasHeader(headers, h)) usable[c] = h; else unknown[c] = h;
  }
  const r = resolveColumns('preview', headers, table, cols, [], { columns: usable });
  const assigned: Record<string, string | null> = {};
  for (const c of cols) assigned[c] = c in r.index ? headers[r.index[c]] : null;
  return { assigned, missing: REQUIRED_COLUMNS[table].filter((c) => !(c in r.index)), ignored: r.ignored, unknown };
}

/** The mapping handed to the importer (and saved): every resolved column named explicitly. */
export function effectiveMapping(table: MapTable, res: Resolution, mapping: ColumnMapping): ColumnMapping {
  const columns: Record<string, string> = {};
  for (const [c, h] of Object.entries(res.assigned)) if (h != null) columns[c] = h;
  const out: ColumnMapping = { table, columns };
  const values = Object.fromEntries(Object.entries(mapping.values ?? {}).filter(([c, m]) => TABLE_COLUMNS[table].includes(c) && Object.keys(m).length));
  if (Object.keys(values).length) out.values = values;
  if (mapping.dateFormat) out.dateFormat = mapping.dateFormat;
  return out;
}

/** Assign `header` to `column` (null: back to automatic); a header feeds one column only. */
export function withColumn(mapping: ColumnMapping, column: string, header: string | null): ColumnMapping {
  const columns = Object.fromEntries(Object.entries(mapping.columns).filter(([c, h]) => c !== column && (header == null || h !== header)));
  if (header != null) columns[column] = header;
  return { ...mapping, columns };
}

/** Map one raw value of a coded column (undefined: back to automatic; null: leave empty on purpose). */
export function withValue(mapping: ColumnMapping, column: string, raw: string, value: string | null | undefined): ColumnMapping {
  const colMap = { ...(mapping.values?.[column] ?? {}) };
  if (value === undefined) delete colMap[raw]; else colMap[raw] = value;
  const values = { ...(mapping.values ?? {}), [column]: colMap };
  if (!Object.keys(colMap).length) delete values[column];
  return { ...mapping, values };
}

export interface ValueRow {
  raw: string;
  count: number;
  /** what the importer reads it as without a value map (null: not understood) */
  auto: string | null;
  /** the user's choice: undefined = automatic, null = empty on purpose */
  chosen: string | null | undefined;
}

/** Distinct non-empty values of one column in the sampled rows, commonest first (at most `max`). */
export function valueRows(column: string, rows: string[][], index: number, userMap: Record<string, string | number | null> | undefined, max = 40): ValueRow[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const v = r[index];
    if (v == null || v.trim() === '') continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max)
    .map(([raw, count]) => ({ raw, count, auto: normalizeValue(column, raw), chosen: userValue(raw, userMap) }));
}

/** A saved mapping applied to this file: its table, and the columns whose headers are not here. */
export function applySaved(headers: string[], saved: ColumnMapping): { table: MapTable | null; mapping: ColumnMapping; unknown: string[] } {
  const unknown = Object.entries(saved.columns).filter(([, h]) => !hasHeader(headers, h)).map(([c, h]) => `${c} ← ${h}`);
  const mapping: ColumnMapping = { columns: { ...saved.columns } };
  if (saved.values) mapping.values = structuredClone(saved.values);
  if (saved.dateFormat) mapping.dateFormat = saved.dateFormat;
  return { table: saved.table ?? null, mapping, unknown };
}
