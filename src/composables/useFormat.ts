import { useI18n } from 'vue-i18n';
import { formatIndian, formatDateIN, formatMonth } from '@/domain/format';

/** Indian-style numbers (1,23,456) and DD-MM-YYYY dates in the current language. */
export function useFormat() {
  const { locale } = useI18n();
  return {
    num: (n: number | null | undefined, digits = 0) => formatIndian(n, digits),
    pct: (r: number | null | undefined, digits = 1) => (r == null ? '—' : `${formatIndian(100 * r, digits)}%`),
    date: (iso: string | null | undefined) => formatDateIN(iso),
    month: (ym: string) => formatMonth(ym, locale.value === 'hi' ? 'hi' : 'en'),
  };
}
