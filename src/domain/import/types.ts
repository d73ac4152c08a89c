/** Shapes of the importer's inputs and its data-quality report (DESIGN.md "Import rules"). */
import type { DetailText } from './detailText';

export type ImportTable = 'complaints' | 'indicators' | 'parameters';

export const REJECT_KINDS = [
  'missing_required', 'bad_date', 'closed_before_registered', 'closed_without_date', 'duplicate_id', 'bad_value',
] as const;
export const WARNING_KINDS = ['unknown_district', 'future_date', 'unparsed_optional'] as const;
type RejectKind = (typeof REJECT_KINDS)[number];
type WarningKind = (typeof WARNING_KINDS)[number];
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
  /** Plain-language detail in English (as the CLI prints it), e.g. the value set expected. */
  detail?: string;
  /** The same detail as a message key and its value, for the app's languages (see detailText.ts). */
  message?: DetailText;
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
  steps?: ImportSteps;
}

/** The importer's timed steps, in order. */
export type TimedStep = 'read' | 'decode' | 'sniff' | 'register' | 'load' | 'loadText' | 'checks' | 'districts' | 'quarantine' | 'finish' | 'swap';

/**
 * Where an import's time went, in ms per step (`loadText`: the text load after the fast load was
 * given up), and how some steps went: the dates read_csv typed, the fix-ups run after the fast load,
 * whether the ids were known distinct from the page's scan (1) or from their order (2), and whether
 * the page's district tally stood for the GROUP BY (1).
 */
export type ImportSteps = { [K in TimedStep]?: number } & {
  typedDates?: number;
  fixups?: number;
  idsScreened?: 0 | 1 | 2;
  namesTallied?: 0 | 1;
};

/** Adds the time since the previous lap to a step: `lap` sets it, `add` adds to it (a step run more than once). */
export class StepClock {
  private t = performance.now();
  constructor(readonly steps: ImportSteps) {}
  lap(name: TimedStep): void { this.steps[name] = this.since(); }
  add(name: TimedStep): void { this.steps[name] = (this.steps[name] ?? 0) + this.since(); }
  /** start the next step now */
  restart(): void { this.t = performance.now(); }
  private since(): number {
    const now = performance.now();
    const ms = Math.round(now - this.t);
    this.t = now;
    return ms;
  }
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
