/** Shared helpers for importer tests: one DuckDB per test file, CSV building, issue lookup. */
import type { Db } from '@/data/dbTypes';
import { importFile, type ImportOptions } from '@/data/import/importFile';
import type { ImportIssue, ImportReport, IssueKind } from '@/domain/import/types';

export const HEADER = 'complaint_id,registered_on,district,department,status,closed_on,closure_type';
export const GOOD = 'G1,05/01/2024,Bhopal,Health,Closed,10/01/2024,Satisfied';

export function csv(...lines: string[]): Uint8Array {
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

export function imp(db: Db, bytes: Uint8Array | string, opts: Partial<ImportOptions> = {}): Promise<ImportReport> {
  const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return importFile(db, { name: 'test.csv', bytes: b, today: '2025-01-01', ...opts });
}

export function issue(r: ImportReport, kind: IssueKind, column?: string | null): ImportIssue | undefined {
  return r.issues.find((i) => i.kind === kind && (column === undefined || i.column === column));
}

export async function count(db: Db, table: string): Promise<number> {
  const [r] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`);
  return r.n;
}
