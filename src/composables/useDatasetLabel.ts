import { useI18n } from 'vue-i18n';
import { useDatasetStore } from '@/stores/dataset';
import { STATE_PRESETS } from '@/domain/geo/states';

/** A dataset's name for the screen: the built-in sample as "Built-in sample (its state, synthetic)", else the file name(s). */
export function useDatasetLabel(): (name: string | null | undefined) => string {
  const { t, locale } = useI18n();
  const dataset = useDatasetStore();
  return (name) => {
    if (name !== 'sample') return name || t('app.noData');
    return dataset.state === 'mp' ? t('summary.sample') : t('states.sample', { state: STATE_PRESETS[dataset.state].name[locale.value === 'hi' ? 'hi' : 'en'] });
  };
}
