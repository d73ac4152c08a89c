/** The report in the shapes others read: `validate --format json` (DESIGN.md contract) and text. */
import type { ImportReport, IssueKind, Severity } from './types';

export interface ValidateJson {
  file: string;
  rows: number;
  loaded: number;
  rejected: number;
  issues: { kind: IssueKind; severity: Severity; count: number; rows: number[]; column: string | null }[];
}

/** Exactly `{file, rows, loaded, rejected, issues: [{kind, severity, count, rows, column}]}`. */
export function toValidateJson(r: ImportReport): ValidateJson {
  return {
    file: r.file, rows: r.rows, loaded: r.loaded, rejected: r.rejected,
    issues: r.issues.map((i) => ({ kind: i.kind, severity: i.severity, count: i.count, rows: i.rows, column: i.column })),
  };
}

const DELIM_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** A readable multi-line report for the terminal. */
export function formatReportText(r: ImportReport): string {
  const out: string[] = [];
  out.push(`${r.file}: ${r.rows} rows, ${r.loaded} loaded into ${r.table}, ${r.rejected} rejected`);
  out.push(`  read as ${r.format.toUpperCase()}, ${r.encoding}, ${DELIM_NAMES[r.delimiter] ?? r.delimiter}-separated, header on row ${r.headerRow}`);
  for (const [c, f] of Object.entries(r.dateFormats)) out.push(`  date format of ${c}: ${f}`);
  if (r.dateRange.min) out.push(`  ${r.table === 'indicators' ? 'periods' : 'registered'}: ${r.dateRange.min} to ${r.dateRange.max}`);
  if (r.units.length) out.push(`  units found: ${r.units.length}`);
  out.push('  columns: ' + Object.entries(r.columns).map(([c, h]) => (c === h ? c : `${c} ← "${h}"`)).join(', '));
  if (r.ignoredColumns.length) out.push(`  ignored columns: ${r.ignoredColumns.join(', ')}`);
  if (!r.issues.length) out.push('  no problems found');
  for (const i of r.issues) {
    const more = i.count > i.rows.length ? ', ...' : '';
    out.push(`  ${i.severity === 'rejected' ? 'REJECTED' : 'warning '} ${i.kind}${i.column ? ` (${i.column})` : ''}: ${i.count} row${i.count === 1 ? '' : 's'}`
      + (i.rows.length ? ` — rows ${i.rows.join(', ')}${more}` : '') + (i.detail ? ` — ${i.detail}` : ''));
  }
  for (const u of r.unknownDistricts.slice(0, 20)) {
    out.push(`  unknown district "${u.name}" × ${u.count}${u.suggestion ? ` (did you mean ${u.suggestion}?)` : ''}`);
  }
  if (r.unknownDistricts.length > 20) out.push(`  ... and ${r.unknownDistricts.length - 20} more unknown names`);
  for (const n of r.notes) out.push(`  note: ${n}`);
  return out.join('\n') + '\n';
}
