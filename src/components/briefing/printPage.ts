/**
 * The printed page of the briefing: A4 portrait or landscape, and on EVERY page the scorecard,
 * period, data-as-of date, dataset name and "page n of N". Chromium (131+) prints CSS @page margin
 * boxes (@top-left … @bottom-right) with the page / pages counters, in window.print() and in
 * page.pdf alike, so the running header and footer are margin boxes; their text is set here, in
 * the page's language, as a <style> element that lives while the briefing page is open.
 */
import { onBeforeUnmount, watchEffect, type Ref } from 'vue';

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
export function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\A ')}"`;
}

export interface PageText {
  orientation: 'portrait' | 'landscape';
  topLeft: string;
  topRight: string;
  bottomLeft: string;
  /** before and between the counters: "Page " n " of " N */
  page: string;
  of: string;
}

const FONT = `font-family: "Noto Sans", "Noto Sans Devanagari Variable", "Noto Sans Devanagari", sans-serif; font-size: 8.5pt; color: #333;`;

/** The @page rule for these texts. */
export function pageCss(p: PageText): string {
  return `@page {
  size: A4 ${p.orientation};
  margin: 17mm 11mm 15mm 11mm;
  @top-left { content: ${cssString(p.topLeft)}; ${FONT} vertical-align: bottom; padding-bottom: 2mm; }
  @top-right { content: ${cssString(p.topRight)}; ${FONT} vertical-align: bottom; padding-bottom: 2mm; text-align: right; }
  @bottom-left { content: ${cssString(p.bottomLeft)}; ${FONT} vertical-align: top; padding-top: 2mm; }
  @bottom-right { content: ${cssString(p.page)} counter(page) ${cssString(p.of)} counter(pages); ${FONT} vertical-align: top; padding-top: 2mm; text-align: right; }
}`;
}

/** Keeps a <style data-briefing-page> in <head> in step with `text` (null removes it). */
export function usePrintPage(text: Ref<PageText | null>): void {
  const el = document.createElement('style');
  el.dataset.briefingPage = '';
  document.head.appendChild(el);
  watchEffect(() => { el.textContent = text.value ? pageCss(text.value) : ''; });
  onBeforeUnmount(() => el.remove());
}
