import { useI18n } from 'vue-i18n';
import { DEPARTMENTS } from '@/domain/catalogue/departments';
import { ALL_DIVISIONS, matchAnyDistrict as matchDistrict } from '@/domain/geo/states';

const deptByEn = new Map(DEPARTMENTS.map((d) => [d.name.en.toLowerCase(), d]));

/** Names as they are in the data, shown in Hindi when the UI is Hindi and a Hindi name is known. */
export function useNames() {
  const { locale } = useI18n();
  return {
    district(name: string | null | undefined): string {
      if (!name) return '—';
      return locale.value === 'hi' ? matchDistrict(name)?.hi ?? name : name;
    },
    department(name: string | null | undefined): string {
      if (!name) return '—';
      return locale.value === 'hi' ? deptByEn.get(name.toLowerCase())?.name.hi ?? name : name;
    },
    /** The district's division (English key, for filtering). */
    division(name: string | null | undefined): string | null {
      return name ? matchDistrict(name)?.division ?? null : null;
    },
    /** The district's division as shown (Hindi in the Hindi UI). */
    divisionLabel(name: string | null | undefined): string {
      const div = name ? matchDistrict(name)?.division : undefined;
      if (!div) return '—';
      return locale.value === 'hi' ? ALL_DIVISIONS.find((d) => d.name === div)?.hi ?? div : div;
    },
  };
}
