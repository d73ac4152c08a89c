import { defineStore } from 'pinia';
import { ref } from 'vue';
import { db } from '@/data/db';
import type { Briefing } from '@/domain/briefing/model';
import { datasetLabel } from '@/domain/datasetLabel';
import type { ExportLang } from '@/export/types';
import { useScorecardStore } from './scorecard';
import { useDatasetStore } from './dataset';
import { useBriefingStore } from './briefing';

export type ExportFormat = 'pptx' | 'xlsx';
const MIME: Record<ExportFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The briefing's PowerPoint and Excel files, built in the browser (nothing leaves the computer).
 * The writers (pptxgenjs, write-excel-file) load on the first click, so the first screen does not
 * pay for them. The deck renders the briefing as shown (switched-on sections); the workbook is
 * built from the page's own inputs (every district, every department, the officer lists) plus one
 * query for each department's named pending complaints, for the same period and scope.
 */
export const useBriefingExportStore = defineStore('briefingExport', () => {
  const sc = useScorecardStore();
  const dataset = useDatasetStore();
  const br = useBriefingStore();
  const busy = ref<ExportFormat | null>(null);
  const error = ref<string | null>(null);
  const written = ref<string | null>(null);
  const ms = ref<number | null>(null);

  /** The dataset as the page names it (the sample after its state, in the file's language), never the raw "sample". */
  async function label(name: string, lang: ExportLang): Promise<string> {
    const { localeText } = await import('@/export/labels');
    return datasetLabel(name, dataset.sample ?? dataset.state, lang, (k, p) => localeText(lang, k, p));
  }

  async function build(format: ExportFormat, b: Briefing, lang: ExportLang): Promise<Uint8Array> {
    if (format === 'pptx') return (await import('@/export/pptx')).buildDeck({ ...b, meta: { ...b.meta, dataset: await label(b.meta.dataset, lang) } }, lang);
    const [{ workbookFromInputs }, { buildWorkbook }] = await Promise.all([import('@/data/queries/briefingExport'), import('@/export/xlsx')]);
    const inputs = br.inputs;
    if (!inputs) throw new Error('the briefing is not loaded yet');
    // the page's own inputs, scored with the scorecard as it is now (as the page is): only the pending lists are queried
    const named = { ...inputs.dataset, name: await label(inputs.dataset.name, lang) };
    const data = await workbookFromInputs(db, { ...inputs, card: sc.card, dataset: named }, dataset.summary?.complaints ?? 0);
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
