import { useI18n } from 'vue-i18n';
import { useFormat } from '@/composables/useFormat';
import { useNames } from '@/composables/useNames';
import type { HeadlineFigure } from '@/domain/briefing/model';
import type { Text } from '@/domain/scoring';

/** How the briefing's numbers and names are written (on screen and in print), in the page's language. */
export function useBriefingFormat() {
  const { t, locale } = useI18n();
  const f = useFormat();
  const names = useNames();
  const text = (n: Text | null | undefined, fallback = '') => (n ? (locale.value === 'hi' ? n.hi ?? n.en : n.en) : fallback);
  const signed = (s: string, v: number) => (v > 0 ? `+${s}` : s);
  return {
    ...f, names, text,
    figure(kind: HeadlineFigure['kind'], v: number | null): string {
      return kind === 'rate' ? f.pct(v) : kind === 'days' ? f.num(v, 1) : f.num(v);
    },
    change(kind: HeadlineFigure['kind'], d: number | null): string {
      if (d == null) return '—';
      if (kind === 'rate') return `${signed(f.num(100 * d, 1), d)} ${t('briefing.pp')}`;
      return signed(f.num(d, kind === 'days' ? 1 : 0), d);
    },
    /** ▲ 3 / ▼ 2 / = / — (not ranked then) */
    deltaRank(d: number | null | undefined): string {
      return d == null ? '—' : d > 0 ? `▲ ${d}` : d < 0 ? `▼ ${-d}` : '=';
    },
    deltaScore(d: number | null | undefined): string {
      return d == null ? '—' : signed(f.num(d, 2), d);
    },
  };
}
