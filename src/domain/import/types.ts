/** Shapes of the importer's inputs and its data-quality report (DESIGN.md "Import rules"). */

export type ImportTable = 'complaints' | 'indicators' | 'parameters';

export const REJECT_KINDS = [
  'missing_required', 'bad_date', 'closed_before_registered', 'closed_without_date', 'duplicate_id', 'bad_value',
] as const;
export const WARNING_KINDS = ['unknown_district', 'future_date', 'unparsed_optional'] as const;
export type RejectKind = (typeof REJECT_KINDS)[number];
export type WarningKind = (typeof WARNING_KINDS)[number];
export type IssueKind = RejectKind | WarningKind;
export type Severity = 'rejected' | 'warning';

export function severityOf(kind: IssueKind): Severity {
  return (REJECT_KINDS as readonly string[]).includes(kind) ? 'rejected' : 'warning';
}

/** One kind of problem in one column: how many rows have it and the first (≤ 20) row numbers. */
export interface ImportIssue {
  kind: IssueKind;
  severity: Severity;
  count: number;
  /** File row numbers (header = row 1, first data row = row 2), ascending, at most 20. */
  rows: number[];
  column: string | null;
  /** Plain-language detail, e.g. the value set expected. */
  detail?: string;
}

export interface UnknownDistrict { name: string; count: number; suggestion: string | null }

/** A column mapping (shared/schemas/mapping.schema.json). */
export interface ColumnMapping {
  table?: 'complaints' | 'indicators';
  /** canonical column → the export's header */
  columns: Record<string, string>;
  /** canonical column → { value as written in the export → canonical value (or null) } */
  values?: Record<string, Record<string, string | number | null>>;
  /** strptime format for every date column, e.g. "%d-%m-%Y" or "%m/%d/%Y %I:%M:%S %p"; sniffed when absent */
  dateFormat?: string;
}

export type ImportPhase = 'reading' | 'sniffing' | 'loading' | 'validating' | 'done';

export interface ImportReport {
  file: string;
  table: ImportTable;
  format: 'csv' | 'xlsx';
  /** data rows read (blank lines and rows with every field empty are not counted) */
  rows: number;
  loaded: number;
  /** rows quarantined (left out of the table) */
  rejected: number;
  issues: ImportIssue[];
  /** canonical column → header it was read from */
  columns: Record<string, string>;
  /** headers that feed no canonical column */
  ignoredColumns: string[];
  /** date column → strptime format used (stated so a reader can check it) */
  dateFormats: Record<string, string>;
  encoding: string;
  delimiter: string;
  /** file row of the header (1 unless title rows come first) */
  headerRow: number;
  /** registered_on range for complaints, period range for indicators */
  dateRange: { min: string | null; max: string | null };
  /** distinct units (districts) found among loaded rows, after matching */
  units: string[];
  unknownDistricts: UnknownDistrict[];
  /** file-level remarks (e.g. a column absent, replaced bytes) */
  notes: string[];
  ms: number;
  /**
   * where the time went, in ms: decode, sniff, register, load, checks, districts, quarantine,
   * finish, swap; and whether the page's scan answered the id screen / the district tally (1 or 0)
   */
  steps?: Record<string, number>;
}

/** A file that cannot be used as a table at all. The message names the file and the column or row. */
export class ImportRefused extends Error {
  override readonly name = 'ImportRefused';
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly column: string | null = null,
    readonly row: number | null = null,
  ) {
    super(`${file}: ${reason}`);
  }
}
