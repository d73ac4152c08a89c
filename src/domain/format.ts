/** Display formatting shared by the app and the CLI: Indian digit grouping, DD-MM-YYYY dates. */

/** 1234567.8 → "12,34,567.8" (Indian grouping: last three digits, then pairs). null → "—". */
export function formatIndian(n: number | null | undefined, digits = 0): string {
  if (n == null || !Number.isFinite(n)) return '—';
  const neg = n < 0;
  // Round half up on the decimal representation (72.345 → 72.35, not toFixed's 72.34).
  const rounded = Number(`${Math.round(Number(`${Math.abs(n)}e${digits}`))}e-${digits}`);
  const fixed = (Number.isFinite(rounded) ? rounded : Math.abs(n)).toFixed(digits);
  const [int, frac] = fixed.split('.');
  let grouped = int;
  if (int.length > 3) {
    const last3 = int.slice(-3);
    const rest = int.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
    grouped = `${rest},${last3}`;
  }
  return (neg && Number(fixed) !== 0 ? '-' : '') + grouped + (frac ? `.${frac}` : '');
}

/** "2026-03-05" → "05-03-2026". */
export function formatDateIN(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  hi: ['जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
};

/** "2026-03" → "Mar 2026" / "मार्च 2026". */
export function formatMonth(ym: string, lang: 'en' | 'hi' = 'en'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) return ym;
  return `${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}`;
}

/** A rank change as shown: ▲ moved up / ▼ moved down / = unchanged; · when there is no previous rank. */
export function deltaView(d: number | null | undefined): { cls: 'up' | 'down' | 'same' | 'none'; text: string; title: string | undefined } {
  if (d == null) return { cls: 'none', text: '·', title: undefined };
  if (d > 0) return { cls: 'up', text: `▲ ${d}`, title: `+${d}` };
  if (d < 0) return { cls: 'down', text: `▼ ${-d}`, title: `${d}` };
  return { cls: 'same', text: '=', title: undefined };
}
