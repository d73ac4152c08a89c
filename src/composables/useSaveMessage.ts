import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useDatasetStore } from '@/stores/dataset';

/** The sentence that says whether the dataset is kept on this computer, and if not, why. */
export function useSaveMessage() {
  const { t } = useI18n();
  const dataset = useDatasetStore();
  return computed(() => {
    const p = dataset.problem;
    const msg = p ? t(`data.storage.${p.key}`, p.values) : '';
    return t(`data.saved.${dataset.saveState}`, { msg });
  });
}
