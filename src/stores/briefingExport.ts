import { defineStore } from 'pinia';
import { ref } from 'vue';
import { db } from '@/data/db';
import type { Briefing } from '@/domain/briefing/model';
import type { ExportLang } from '@/export/types';
import { useScorecardStore } from './scorecard';
import { useDatasetStore } from './dataset';

export type ExportFormat = 'pptx' | 'xlsx';
const MIME: Record<ExportFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The briefing's PowerPoint and Excel files, built in the browser (nothing leaves the computer).
 * The writers (pptxgenjs, write-excel-file) load on the first click, so the first screen does not
 * pay for them. The deck renders the briefing as shown; the workbook queries its longer lists
 * (every district, every department's named pending complaints) for the same period and scope.
 */
export const useBriefingExportStore = defineStore('briefingExport', () => {
  const sc = useScorecardStore();
  const dataset = useDatasetStore();
  const busy = ref<ExportFormat | null>(null);
  const error = ref<string | null>(null);
  const written = ref<string | null>(null);
  const ms = ref<number | null>(null);

  async function build(format: ExportFormat, b: Briefing, lang: ExportLang): Promise<Uint8Array> {
    if (format === 'pptx') return (await import('@/export/pptx')).buildDeck(b, lang);
    const [{ loadWorkbook }, { buildWorkbook }] = await Promise.all([import('@/data/queries/briefingExport'), import('@/export/xlsx')]);
    const m = b.meta;
    const data = await loadWorkbook(db, sc.card, {
      period: m.period, compare: m.compare, district: m.scope.kind === 'district' ? m.scope.district : null, datasetName: m.dataset,
      summary: dataset.summary ?? undefined,
    });
    return buildWorkbook(data, lang);
  }

  /** Builds the file and offers it as a download; returns its name (null on failure, `error` says why). */
  async function download(format: ExportFormat, b: Briefing, lang: ExportLang): Promise<string | null> {
    if (busy.value) return null;
    busy.value = format;
    error.value = null;
    written.value = null;
    const t0 = performance.now();
    try {
      const [{ exportFileName }, { downloadBytes }] = await Promise.all([import('@/export/labels'), import('@/components/data/download')]);
      const bytes = await build(format, b, lang);
      const name = exportFileName({ district: b.meta.scope.kind === 'district' ? b.meta.scope.district : null, period: b.meta.period }, format);
      downloadBytes(name, bytes, MIME[format]);
      written.value = name;
      ms.value = Math.round(performance.now() - t0);
      return name;
    } catch (e) {
      error.value = (e as Error).message;
      return null;
    } finally {
      busy.value = null;
    }
  }

  return { busy, error, written, ms, download };
});
