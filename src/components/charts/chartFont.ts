/**
 * The page's font stack for ECharts canvases, so Devanagari labels use the bundled Hindi font
 * (canvas text does not inherit CSS; a wrong family name draws empty boxes).
 */
const FALLBACK = 'system-ui, "Noto Sans Devanagari Variable", "Noto Sans Devanagari", sans-serif';

export function chartFont(): string {
  if (typeof document === 'undefined') return FALLBACK;
  return getComputedStyle(document.documentElement).fontFamily || FALLBACK;
}
