/**
 * A dataset's name as people read it: the built-in sample as "Embedded sample (Madhya Pradesh,
 * synthetic)" / "Sample (Uttarakhand, synthetic)" in the language asked, an imported dataset as its
 * file name(s). One rule for the page (useDatasetLabel) and the downloads (deck, workbook). Pure:
 * the caller passes its translator (vue-i18n's t, or the exports' localeText).
 */
import { STATE_PRESETS, type StateId } from './geo/states';

export type LabelT = (key: 'summary.sample' | 'states.sample' | 'app.noData', params?: Record<string, string>) => string;

/** `name` is the dataset store's ('sample' for a built-in sample); `sample` the state whose sample is open. */
export function datasetLabel(name: string | null | undefined, sample: StateId, lang: 'en' | 'hi', t: LabelT): string {
  if (name !== 'sample') return name || t('app.noData');
  return sample === 'mp' ? t('summary.sample') : t('states.sample', { state: STATE_PRESETS[sample].name[lang] });
}
