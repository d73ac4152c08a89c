/** Helpers to write hand-made complaint tables for the officer query tests. */
import type { Db } from '@/data/dbTypes';
import { CREATE_COMPLAINTS, COMPLAINT_COLUMNS } from '@/data/schema';

export type R = Partial<Record<(typeof COMPLAINT_COLUMNS)[number], string | number | null>>;

/** Replaces the complaints table with `rows` (one multi-row INSERT, values bound). */
export async function loadRows(db: Db, rows: R[]): Promise<void> {
  await db.exec('DROP TABLE IF EXISTS complaints');
  await db.exec(CREATE_COMPLAINTS);
  if (!rows.length) return;
  const cols = [...COMPLAINT_COLUMNS];
  const tuple = `(${cols.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await db.query(`INSERT INTO complaints VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flatMap((r) => cols.map((c) => r[c] ?? null)));
  }
}
