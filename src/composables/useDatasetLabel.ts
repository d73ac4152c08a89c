import { useI18n } from 'vue-i18n';
import { useDatasetStore } from '@/stores/dataset';
import { datasetLabel } from '@/domain/datasetLabel';

/** A dataset's name for the screen: the built-in sample as "Built-in sample (its state, synthetic)", else the file name(s). */
export function useDatasetLabel(): (name: string | null | undefined) => string {
  const { t, locale } = useI18n();
  const dataset = useDatasetStore();
  return (name) => datasetLabel(name, dataset.sample ?? dataset.state, locale.value === 'hi' ? 'hi' : 'en', (k, p) => (p ? t(k, p) : t(k)));
}
