/**
 * `window.__samiksha_bench` for scripts/bench.mjs (installed only when the page URL has ?bench=1).
 * Every step goes through the app's own stores and queries: the import is the importer store's run
 * (exactly what the Import button does), scoring is the shared score-inputs cache + the engine.
 */
import { useImporterStore } from '@/stores/importer';
import { useDatasetStore } from '@/stores/dataset';
import { cachedScoreInputs, clearScoreInputsCache } from '@/stores/scoreInputsCache';
import { getBuiltinScorecard } from '@/domain/scorecards';
import { scorePeriod, type Scorecard, type UnitValues } from '@/domain/scoring';
import type { ImportSteps } from '@/domain/import/types';
import { benchRawRead, benchSql } from '@/data/bench';

export interface BenchHook {
  rawRead(): Promise<{ ms: number; rows: number }>;
  importChosen(): Promise<{ ms: number; readMs: number; adoptMs: number; saveMs: number | null; loaded: number; rejected: number; error: string | null; saveState: string; steps: ImportSteps }>;
  /** how the dataset was loaded at start (for the reopen time after a reload) */
  state(): { loadMs: number | null; restored: boolean; rows: number };
  /** the importer's timings of the last import (the one the page's button ran) and its save */
  lastImport(): Promise<{ ms: number; saveMs: number | null; saveState: string; saveError: string | null; loaded: number; error: string | null; steps: ImportSteps }>;
  score(): Promise<{ ms: number; period: string | null; units: number }>;
  rescore(): Promise<{ ms: number; units: number }>;
  filter(department: string): Promise<{ ms: number; units: number }>;
  /** developer experiments: time `sql` with the chosen file registered as `bench.csv` */
  sql(a: { sql: string; inMemory?: boolean | 'nodirect' }): Promise<{ ms: number; registerMs: number }>;
}

declare global {
  interface Window { __samiksha_bench?: BenchHook }
}

function chosenFile(): File {
  const f = (document.querySelector('[data-testid="file-input"]') as HTMLInputElement | null)?.files?.[0];
  if (!f) throw new Error('no file chosen in data-testid=file-input');
  return f;
}

export function installBenchHook(): void {
  const importer = useImporterStore();
  const dataset = useDatasetStore();
  const card = getBuiltinScorecard('mp-cm-helpline')!;
  let units: UnitValues[] = [];

  window.__samiksha_bench = {
    rawRead: () => benchRawRead(chosenFile()),
    sql: (a) => benchSql(chosenFile(), a.sql, a.inMemory),
    async importChosen() {
      const f = chosenFile();
      if (importer.file !== f) await importer.choose(f);
      const rep = await importer.run();
      await dataset.whenSaved();
      const tm = importer.timings;
      return {
        ms: tm?.importMs ?? NaN, readMs: tm?.readMs ?? NaN, adoptMs: tm?.adoptMs ?? NaN, saveMs: dataset.saveMs,
        loaded: rep?.loaded ?? 0, rejected: rep?.rejected ?? 0, error: importer.error, saveState: dataset.saveState, steps: rep?.steps ?? {},
      };
    },
    state: () => ({ loadMs: dataset.loadMs, restored: dataset.restored, rows: dataset.summary?.complaints ?? 0 }),
    async lastImport() {
      // the rows show before the run ends (the whole summary and the save come after): wait for both
      while (importer.running) await new Promise((r) => setTimeout(r, 10));
      await dataset.whenSaved();
      const rep = importer.lastReport;
      return { ms: importer.timings?.importMs ?? NaN, saveMs: dataset.saveMs, saveState: dataset.saveState, saveError: dataset.saveError, loaded: rep?.loaded ?? 0, error: importer.error, steps: rep?.steps ?? {} };
    },
    async score() {
      clearScoreInputsCache();
      const period = dataset.latestMonth;
      const t0 = performance.now();
      if (!period) return { ms: 0, period, units: 0 };
      units = (await cachedScoreInputs(dataset.version, card, { period, unit: 'district' })).units;
      const r = scorePeriod(card, units);
      return { ms: performance.now() - t0, period, units: r.rows.length };
    },
    async rescore() {
      const edited: Scorecard = structuredClone(card) as Scorecard;
      edited.children[0].weight = (edited.children[0].weight ?? 1) * 1.5;
      const t0 = performance.now();
      const r = scorePeriod(edited, units);
      return { ms: performance.now() - t0, units: r.rows.length };
    },
    async filter(department: string) {
      const period = dataset.latestMonth!;
      const t0 = performance.now();
      const u = (await cachedScoreInputs(dataset.version, card, { period, unit: 'district', filters: { department } })).units;
      const r = scorePeriod(card, u);
      return { ms: performance.now() - t0, units: r.rows.length };
    },
  };
}
