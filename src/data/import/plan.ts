/**
 * A load plan: for one canonical table, the typed expressions over the raw columns and the checks
 * ("slots", one bit each in the row's flag word `_f`). Built per table by complaintsPlan.ts and
 * otherPlans.ts; run by stage.ts.
 */
import type { IssueKind } from '../../domain/import/types';
import { severityOf } from '../../domain/import/types';

export interface Slot {
  kind: IssueKind;
  column: string | null;
  /** SQL condition over the typed canonical columns (and raw c0.. columns) */
  cond: string;
  detail?: string;
}

export interface Plan {
  table: 'complaints' | 'indicators' | 'parameters';
  /** canonical columns in table order, each `expr AS "name"` over raw c-columns (first projection) */
  typed: string[];
  /** canonical columns in table order, each `expr AS "name"` over the typed names (second projection) */
  post: string[];
  /** canonical columns in table order as stored (third projection, after the checks) */
  final: string[];
  columns: readonly string[];
  slots: Slot[];
  /** canonical columns forming the unique key (duplicates: first kept) */
  key: string[];
  /** column whose min/max gives the report's date range */
  rangeColumn: string | null;
  /** column holding district / unit names, matched after the load */
  unitColumn: string | null;
  /** flag unknown districts only if at least one name matches a district (indicators), or always */
  unknownPolicy: 'always' | 'if-any-known';
  /** canonical column → strptime format used */
  dateFormats: Record<string, string>;
  notes: string[];
}

/** Bit of slot i in `_f` (BIGINT). Bit 62 marks a row with every field empty (skipped, not counted). */
export const EMPTY_BIT = 62n;

export function bit(i: number): bigint {
  return 1n << BigInt(i);
}

export function rejectMask(slots: Slot[]): bigint {
  let m = 0n;
  slots.forEach((s, i) => { if (severityOf(s.kind) === 'rejected') m |= bit(i); });
  return m;
}

/**
 * SQL for `_f`: the OR of every slot's bit whose condition holds, plus the empty-row bit. The word is
 * built only for rows where some condition holds (one short-circuiting OR chain decides that);
 * a clean row gets 0. Conditions must keep costly parts behind CASE (see whenNull).
 */
export function flagSql(slots: Slot[], emptyCond: string): string {
  const parts = slots.map((s, i) => `(CASE WHEN ${s.cond} THEN ${bit(i)} ELSE 0 END)`);
  parts.push(`(CASE WHEN ${emptyCond} THEN ${1n << EMPTY_BIT} ELSE 0 END)`);
  const any = [...slots.map((s) => `(${s.cond})`), `(${emptyCond})`].join(' OR ');
  return `CAST(CASE WHEN ${any} THEN ${parts.join(' | ')} ELSE 0 END AS BIGINT)`;
}

/** `typed IS NULL AND <rest>`, with `rest` evaluated only for the NULL rows. */
export function whenNull(typed: string, rest: string): string {
  return `(CASE WHEN ${typed} IS NULL THEN ${rest} ELSE FALSE END)`;
}
