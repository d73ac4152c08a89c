import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { db, onQueryProgress } from '@/data/db';
import { errorLine } from '@/data/errors';
import { estimateRows, rowsAt } from '@/data/import/rowEstimate';
import { importFault, type ImportFault } from '@/data/importFaults';
import { importFile } from '@/data/import/importFile';
import { quarantineCsv } from '@/data/import/quarantine';
import { xlsxToCsv } from '@/data/import/xlsx';
import { mark } from '@/data/marks';
import { deleteMapping, loadMappings, mappingToJson, parseMappingJson, saveMapping, type KeyValue, type SavedMapping } from '@/data/persistMappings';
import { isZip } from '@/domain/import/sniff';
import { ImportRefused, type ColumnMapping, type ImportPhase, type ImportReport, type ImportTable } from '@/domain/import/types';
import { applySaved, effectiveMapping, resolveMapping, withColumn, withValue, type MapTable } from '@/data/import/mappingModel';
import { previewBytes, previewDateFormats, previewError, PREVIEW_BYTES, type Preview } from '@/data/import/preview';
import { useDatasetStore } from './dataset';
import type { StateId } from '@/domain/geo/states';

export type RunPhase = ImportPhase | 'saving';
/** Where the progress bar stands at the start of each phase (the load itself is most of the time). */
const PHASE_AT: Record<RunPhase, number> = { reading: 0.03, sniffing: 0.08, loading: 0.12, validating: 0.85, done: 0.9, saving: 0.93 };

export interface ImportTimings { readMs: number; importMs: number; adoptMs: number; saveMs: number }

function kv(): KeyValue {
  try { return globalThis.localStorage; } catch { const m = new Map<string, string>(); return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => { m.set(k, v); } }; }
}

/**
 * The data page: a chosen file, its preview, the column mapping being edited, saved mappings, and
 * the import run (progress, the one refusal message, the data-quality report). The import itself
 * is importFile() in the DuckDB worker; the dataset store adopts (and saves) the result.
 */
export const useImporterStore = defineStore('importer', () => {
  const dataset = useDatasetStore();
  const file = shallowRef<File | null>(null);
  const head = shallowRef<{ bytes: Uint8Array; partial: boolean; format: Preview['format'] } | null>(null);
  const table = ref<MapTable>('complaints');
  const preview = shallowRef<Preview | null>(null);
  const previewMessage = ref<string | null>(null);
  const mapping = ref<ColumnMapping>({ columns: {} });
  const mappingNote = ref<string | null>(null);
  const savedMappings = ref<SavedMapping[]>(loadMappings(kv()));
  const running = ref(false);
  const phase = ref<RunPhase | null>(null);
  const error = ref<string | null>(null);
  /** what kind of fault `error` was, when it was the browser's or the engine's rather than the file's */
  const fault = ref<ImportFault | null>(null);
  const lastReport = shallowRef<ImportReport | null>(null);
  const timings = ref<ImportTimings | null>(null);
  /** rows of the file read so far by the running import (DuckDB's progress × the estimated rows) */
  const rowsRead = ref(0);
  /** the chosen file's estimated data rows (from its first bytes and its size) */
  const expectedRows = computed(() => (head.value && file.value ? estimateRows(head.value.bytes, head.value.partial, head.value.format === 'csv' ? file.value.size : head.value.bytes.length) : 0));

  const resolution = computed(() => (preview.value ? resolveMapping(preview.value.headers, table.value, mapping.value) : null));
  const effective = computed(() => (resolution.value ? effectiveMapping(table.value, resolution.value, mapping.value) : undefined));
  const dateFormats = computed(() => (preview.value && resolution.value ? previewDateFormats(preview.value, resolution.value.assigned) : {}));
  // within the load, the bar follows the rows read
  const progress = computed(() => {
    if (!phase.value) return 0;
    if (phase.value === 'loading' && expectedRows.value > 0) return PHASE_AT.loading + (PHASE_AT.validating - PHASE_AT.loading) * Math.min(1, rowsRead.value / expectedRows.value);
    return PHASE_AT[phase.value];
  });
  /** The report to show: this session's last import, else the saved one of the dataset. */
  const report = computed<ImportReport | null>(() => lastReport.value ?? dataset.reports.complaints ?? dataset.reports.indicators ?? dataset.reports.parameters ?? null);

  function refreshPreview(tableHint?: MapTable): void {
    const h = head.value;
    if (!h || !file.value) return;
    try {
      preview.value = previewBytes(file.value.name, h.bytes, h.partial, tableHint, h.format);
      previewMessage.value = null;
      if (!tableHint) table.value = preview.value.guessed;
    } catch (e) {
      preview.value = null;
      previewMessage.value = previewError(e);
    }
  }

  async function choose(f: File): Promise<void> {
    file.value = f;
    void dataset.prepareForImport().catch(() => {}); // a failure shows again when the import runs
    error.value = null;
    mapping.value = { columns: {} };
    mappingNote.value = null;
    preview.value = null;
    previewMessage.value = null;
    try {
      const first = new Uint8Array(await f.slice(0, PREVIEW_BYTES).arrayBuffer());
      head.value = isZip(first)
        ? { bytes: await xlsxToCsv(f.name, new Uint8Array(await f.arrayBuffer())), partial: false, format: 'xlsx' }
        : { bytes: first, partial: f.size > PREVIEW_BYTES, format: 'csv' };
      refreshPreview();
    } catch (e) {
      head.value = null;
      previewMessage.value = previewError(e);
    }
  }

  function setTable(t: MapTable): void {
    table.value = t;
    refreshPreview(t);
  }
  function setColumn(column: string, header: string | null): void { mapping.value = withColumn(mapping.value, column, header); }
  function setValue(column: string, raw: string, value: string | null | undefined): void { mapping.value = withValue(mapping.value, column, raw, value); }
  function setDateFormat(f: string | null): void {
    const { dateFormat: _old, ...rest } = mapping.value;
    mapping.value = f ? { ...rest, dateFormat: f } : rest;
  }

  function useMapping(m: ColumnMapping): void {
    const r = applySaved(preview.value?.headers ?? [], m);
    if (r.table) setTable(r.table);
    mapping.value = r.mapping;
    mappingNote.value = r.unknown.length ? r.unknown.join(', ') : null;
  }
  function applyMapping(name: string): void {
    const s = savedMappings.value.find((m) => m.name === name);
    if (s) useMapping(s.mapping);
  }
  function saveMappingAs(name: string): void {
    savedMappings.value = saveMapping(kv(), name, effective.value ?? { table: table.value, ...mapping.value });
  }
  function removeMapping(name: string): void { savedMappings.value = deleteMapping(kv(), name); }
  function exportMapping(): string { return mappingToJson(effective.value ?? { table: table.value, ...mapping.value }); }
  /** Load a mapping JSON file into the editor; returns an error message or null. */
  function importMapping(text: string): string | null {
    try { useMapping(parseMappingJson(text)); return null; } catch (e) { return errorLine(e); }
  }

  /** Import the chosen file. A refused file sets `error` (one message) and changes nothing. */
  async function run(): Promise<ImportReport | null> {
    const f = file.value;
    if (!f || running.value) return null;
    running.value = true;
    error.value = null;
    fault.value = null;
    phase.value = 'reading';
    rowsRead.value = 0;
    let stopProgress: () => void = () => {};
    try {
      return await dataset.exclusive(async () => {
        const t0 = performance.now();
        mark('import-start');
        // rows read, while DuckDB reads the file (its later queries report progress of their own)
        const expected = expectedRows.value;
        stopProgress = await onQueryProgress((pct) => {
          if (phase.value === 'reading' || phase.value === 'sniffing' || phase.value === 'loading') rowsRead.value = Math.max(rowsRead.value, rowsAt(pct, expected));
        }).catch(() => () => {});
        // The File itself: a big text file is read in place by DuckDB's worker (see ImportOptions.blob).
        const rep = await importFile(db, {
          name: f.name, blob: f, table: table.value, mapping: effective.value, onProgress: (p) => { phase.value = p; }, state: dataset.state,
        });
        const t2 = performance.now();
        mark('import-loaded');
        stopProgress();
        rowsRead.value = rep.loaded + rep.rejected;
        lastReport.value = rep;
        phase.value = 'saving';
        await dataset.adoptImport(rep);
        const t3 = performance.now();
        mark('import-adopted');
        timings.value = { readMs: rep.steps?.read ?? 0, importMs: t2 - t0, adoptMs: t3 - t2, saveMs: 0 };
        return rep;
      });
    } catch (e) {
      fault.value = e instanceof ImportRefused ? null : importFault(e);
      error.value = e instanceof ImportRefused ? e.message : `${f.name}: ${errorLine(e)}`;
      return null;
    } finally {
      stopProgress();
      running.value = false;
      phase.value = null;
    }
  }

  function quarantine(t: ImportTable): Promise<string> {
    return quarantineCsv(db, t);
  }

  function resetToSample(which?: StateId): Promise<void> {
    lastReport.value = null;
    error.value = null;
    return dataset.resetToSample(which);
  }

  return {
    file, table, preview, previewMessage, mapping, mappingNote, savedMappings, running, phase, progress, rowsRead, expectedRows, error, fault, report, lastReport,
    timings, resolution, effective, dateFormats, choose, setTable, setColumn, setValue, setDateFormat, applyMapping, saveMappingAs,
    removeMapping, exportMapping, importMapping, run, quarantine, resetToSample,
  };
});
