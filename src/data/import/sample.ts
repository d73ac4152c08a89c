/** What a plan is built from: the columns found and the sampled rows. */
import type { ColumnMapping } from '../../domain/import/types';

export interface PlanInput {
  /** canonical column → raw column index */
  index: Record<string, number>;
  /** sampled rows (raw cells) */
  sample: string[][];
  mapping?: ColumnMapping;
  /** the import day, YYYY-MM-DD */
  today: string;
  headerCount: number;
  ncols: number;
}

/** The distinct non-empty values of column i in the sampled rows, most frequent first. */
export function sampleOf(sample: string[][], i: number): string[] {
  const counts = new Map<string, number>();
  for (const r of sample) { const v = r[i]; if (v != null && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1); }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}
