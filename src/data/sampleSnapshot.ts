/**
 * The embedded sample's first screen, computed at build time (scripts/ensure-sample.mjs) by the
 * browser's own engine (duckdb-wasm, in Node) and queries: the dataset summary and the default
 * scorecard's district inputs for the last months. The page shows the league from it while DuckDB
 * starts in the browser (1–2 s); every query waits until the sample is really loaded, and the real
 * summary is then compared with the snapshot (a difference re-queries everything). An imported
 * dataset's saved copy keeps its own snapshot of the same shape (savedSnapshot.ts). See docs/decisions.md.
 */
import type { Db } from './dbTypes';
import { datasetSummary, type DatasetSummary } from './queries/dataset';
import { scoreInputs, type ScoreInputs } from './queries/scoreInputs';
import { mergeUnitValues } from '@/domain/scoreInputs';
import type { Scorecard } from '@/domain/scoring/types';

export const SNAPSHOT_FORMAT = 1;
/** months of district inputs kept (the league's period and compare month, and the rank sparklines) */
export const SNAPSHOT_MONTHS = 6;
/** the filters of a first open (none) exactly as the scores store passes them */
export const NO_FILTERS = { department: null, source: null };

export interface SampleSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** the scorecard the inputs were computed for */
  scorecard: string;
  summary: DatasetSummary;
  /** period (YYYY-MM) → district inputs of that month (their `units` are rebuilt on load: see inputsOf) */
  inputs: Record<string, Omit<ScoreInputs, 'units'>>;
}

/** Computes the snapshot from the sample loaded in `db` (build time). */
export async function buildSnapshot(db: Db, card: Scorecard): Promise<SampleSnapshot> {
  const summary = await datasetSummary(db);
  const inputs: SampleSnapshot['inputs'] = {};
  for (const period of summary.months.slice(-SNAPSHOT_MONTHS)) {
    const { metrics, indicators } = await scoreInputs(db, card, { period, unit: 'district', filters: NO_FILTERS });
    inputs[period] = { metrics, indicators };
  }
  return { format: SNAPSHOT_FORMAT, scorecard: card.id, summary, inputs };
}

/** One month's inputs as scoreInputs returns them. */
export function inputsOf(s: SampleSnapshot, period: string): ScoreInputs {
  const { metrics, indicators } = s.inputs[period];
  return { units: mergeUnitValues(metrics, indicators), metrics, indicators };
}

let early: { url: string; p: Promise<SampleSnapshot | null> } | null = null;
/** Start fetching the snapshot now (at page load: it is small, and the first screen waits for it). */
export function prefetchSnapshot(baseUrl: string): void {
  if (!early) early = { url: baseUrl, p: fetchSnapshotNow(baseUrl) };
}

/** The snapshot shipped with the build, or null (missing, another format, unreadable). */
export function fetchSnapshot(baseUrl: string): Promise<SampleSnapshot | null> {
  if (early && early.url === baseUrl) { const p = early.p; early = null; return p; }
  return fetchSnapshotNow(baseUrl);
}

async function fetchSnapshotNow(baseUrl: string): Promise<SampleSnapshot | null> {
  try {
    const res = await fetch(`${baseUrl}sample/first-screen.json`);
    if (!res.ok) return null;
    const s = (await res.json()) as SampleSnapshot;
    return s?.format === SNAPSHOT_FORMAT && s.summary && s.inputs ? s : null;
  } catch {
    return null;
  }
}
