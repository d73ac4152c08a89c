/**
 * The briefing deck (.pptx, pptxgenjs): a title slide, one slide per section of the briefing model
 * (real PowerPoint tables; the charts are native, editable PowerPoint charts) and, for the state,
 * one report-card slide per district (rank, grade, change, marks lost, what it takes). Every slide
 * carries the scorecard, period, data-as-of date, dataset and the slide number. Pure: the model in,
 * bytes out; the same code runs in the browser (lazy-loaded) and in the CLI.
 *
 * Hindi: every text run names the font 'Nirmala UI' (latin, East-Asian and complex-script faces
 * alike, lang hi-IN). Windows ships it since Windows 8 and PowerPoint uses it for Devanagari;
 * LibreOffice without it falls back through fontconfig to an installed Devanagari font (Noto Sans
 * Devanagari, Lohit), so the text is never boxes where any Devanagari font exists.
 */
import PptxGenJS from 'pptxgenjs';
import { unzipSync, zipSync } from 'fflate';
import type { Briefing, BriefingSection, LeagueRow as BriefRow, OfficerBrief, PendingRow, ReportCard } from '@/domain/briefing/model';
import type { Outcome } from '@/domain/whatItTakes';
import { formatIndian } from '@/domain/format';
import { exportTexts, localeText, metaLine, textOf, unitName, type ExportT } from './labels';
import type { ExportLang } from './types';

type Row = PptxGenJS.TableRow;
const W = 13.333;
const INK = '1F2937';
const HEAD_FILL = 'DDE4EE';

export const FONTS: Record<ExportLang, string> = { en: 'Calibri', hi: 'Nirmala UI' };

interface Ctx { t: ExportT; lang: ExportLang; font: string; pptx: PptxGenJS; m: ReturnType<typeof metaLine> }

const pct = (v: number | null | undefined) => (v == null ? '—' : `${formatIndian(v * 100, 1)}%`);
const num = (v: number | null | undefined, d = 0) => formatIndian(v ?? null, d) || '—';
const signed = (v: number | null | undefined, d = 0) => (v == null ? '—' : `${v > 0 ? '+' : ''}${formatIndian(v, d)}`);

function head(c: Ctx, cells: string[]): Row {
  return cells.map((text) => ({ text, options: { bold: true, fill: { color: HEAD_FILL }, fontFace: c.font } }));
}
function body(c: Ctx, cells: (string | number)[], bold = false): Row {
  return cells.map((v) => ({ text: String(v), options: { fontFace: c.font, bold, align: typeof v === 'number' || /^[+\-−]?[\d,.]+%?$|^—$/.test(String(v)) ? 'right' : 'left' } }));
}

function table(c: Ctx, slide: PptxGenJS.Slide, rows: Row[], x: number, y: number, w: number, colW?: number[], fontSize = 11) {
  if (rows.length <= 1) {
    slide.addText(c.t('none'), { x, y, w, h: 0.4, fontFace: c.font, fontSize: 12, color: '6B7280', lang: c.lang === 'hi' ? 'hi-IN' : 'en-IN' });
    return;
  }
  slide.addTable(rows, {
    x, y, w, colW, fontSize, color: INK, border: { type: 'solid', pt: 0.5, color: 'BFC7D5' }, margin: 0.04,
    autoPage: true, autoPageRepeatHeader: true, autoPageHeaderRows: 1, autoPageSlideStartY: 1.1, newSlideStartY: 1.1,
  } as PptxGenJS.TableProps);
}

function newSlide(c: Ctx, title: string): PptxGenJS.Slide {
  const s = c.pptx.addSlide({ masterName: 'BRIEF' });
  s.addText(title, { x: 0.4, y: 0.25, w: W - 0.8, h: 0.65, fontSize: 24, bold: true, color: INK, fontFace: c.font, lang: c.lang === 'hi' ? 'hi-IN' : 'en-IN' });
  return s;
}

function leagueTable(c: Ctx, rows: BriefRow[], highlight: string | null): Row[] {
  const { t } = c;
  return [head(c, [t('rank'), t('district'), t('group'), t('score'), t('grade'), t('change'), t('deltaScore')]),
    ...rows.map((r) => body(c, [r.overallRank, unitName('district', r.unit, c.lang), r.group ?? '—', num(r.score, 2), r.grade ?? '—', signed(r.deltaRank), signed(r.deltaScore, 2)], r.unit === highlight))];
}

function barChart(c: Ctx, slide: PptxGenJS.Slide, labels: string[], series: { name: string; values: number[] }[], x: number, y: number, w: number, h: number, horizontal = true) {
  if (!labels.length) return;
  slide.addChart(c.pptx.ChartType.bar, series.map((s) => ({ name: s.name, labels, values: s.values })), {
    x, y, w, h, barDir: horizontal ? 'bar' : 'col', barGrouping: 'clustered', chartColors: ['2F6DB5', 'A5B4CB', 'D9534F'],
    catAxisLabelFontFace: c.font, valAxisLabelFontFace: c.font, legendFontFace: c.font, dataLabelFontFace: c.font,
    catAxisLabelFontSize: 10, valAxisLabelFontSize: 10, showLegend: series.length > 1, legendPos: 'b', legendFontSize: 10,
    showValue: true, dataLabelFontSize: 9, catAxisOrientation: (horizontal ? 'maxMin' : 'minMax') as 'minMax', lang: c.lang === 'hi' ? 'hi-IN' : 'en-US',
  });
}

function officerRows(c: Ctx, list: OfficerBrief[]): Row[] {
  const { t } = c;
  return [head(c, [t('rank'), t('officer'), t('district'), t('department'), t('closed'), t('satisfaction'), c.t('wilsonLower')]),
    ...list.map((o) => body(c, [o.rank ?? '—', o.officer_name ? `${o.officer_name} (${o.officer_id})` : o.officer_id, unitName('district', o.district, c.lang),
      unitName('department', o.department, c.lang), num(o.closed), pct(o.satisfaction_rate), pct(o.wilson_lower)]))];
}

function pendingRows(c: Ctx, rows: PendingRow[], total: PendingRow | null): Row[] {
  const { t } = c;
  const line = (r: PendingRow, name: string, bold = false) => body(c, [name, num(r.pending_end), num(r.pending_over_50), num(r.pending_over_100), num(r.pending_over_300)], bold);
  return [head(c, [t('department'), localeText(c.lang, 'metric.pending_end'), t('pending50'), t('pending100'), t('pending300')]),
    ...rows.map((r) => line(r, unitName('department', r.unit, c.lang))), ...(total ? [line(total, c.lang === 'hi' ? 'योग' : 'Total', true)] : [])];
}

function outcomeText(c: Ctx, o: Outcome): string {
  switch (o.status) {
    case 'reached': return localeText(c.lang, `district.what.reached.${o.lever}`, { k: num(o.k), score: num(o.score, 2), rank: o.rank ?? '—', grade: o.grade ?? '—' });
    case 'unreachable': return localeText(c.lang, 'district.what.unreachable', { max: num(o.max) });
    case 'already': return localeText(c.lang, `district.what.already.${o.target}`);
    default: return localeText(c.lang, `district.what.${o.status}`);
  }
}

function cardSlide(c: Ctx, card: ReportCard) {
  const { t, lang } = c;
  const s = newSlide(c, t('slideDistrict', { district: unitName('district', card.unit, lang) }));
  const facts = [head(c, [t('rank'), t('group'), t('score'), t('grade'), t('change'), t('deltaScore')]),
    body(c, [`${card.rank} / ${card.groupSize}`, card.group ?? '—', num(card.score, 2), card.grade ?? '—', signed(card.deltaRank), signed(card.deltaScore, 2)], true)];
  table(c, s, facts, 0.4, 1.05, 6.2, undefined, 12);
  const lost = [head(c, [t('parameter'), t('marks'), t('marksLost')]),
    ...card.marksLost.map((m) => body(c, [textOf(m.name, lang, m.id), num(m.max, 1), num(m.lost, 2)]))];
  table(c, s, lost, 0.4, 2.0, 6.2, [3.6, 1.2, 1.4]);
  const what = [head(c, [t('whatItTakes'), localeText(lang, 'district.what.head.grade'), localeText(lang, 'district.what.head.rank')]),
    ...(['satisfied', 'oldResolved'] as const).map((lever) => body(c, [localeText(lang, `district.what.lever.${lever}`),
      ...(['grade', 'rank'] as const).map((tg) => { const o = card.whatItTakes.find((x) => x.lever === lever && x.target === tg); return o ? outcomeText(c, o) : '—'; })]))];
  table(c, s, what, 6.9, 1.05, 6.0, [1.8, 2.1, 2.1], 10);
  const fig = (['received', 'closed', 'satisfaction_rate', 'pending_over_50', 'pending_over_100'] as const).map((k) => {
    const v = card.figures[k];
    return body(c, [localeText(lang, `metric.${k}`), k.endsWith('_rate') ? pct(v) : num(v)]);
  });
  table(c, s, [head(c, [t('parameter'), t('figure')]), ...fig], 6.9, 3.6, 2.9, [1.9, 1.0], 10);
  table(c, s, [head(c, [t('department'), t('pending50')]), ...card.worstDepartments.map((d) => body(c, [unitName('department', d.unit, lang), num(d.pending_over_50)]))], 10.0, 3.6, 2.9, [2.0, 0.9], 10);
}

function sectionSlides(c: Ctx, sec: BriefingSection) {
  const { t, lang } = c;
  const nm = (u: string) => unitName('district', u, lang);
  switch (sec.id) {
    case 'headline': {
      const s = newSlide(c, t('slideHeadline'));
      const rows = [head(c, [t('parameter'), c.m.period, t('compare'), t('change')]),
        ...sec.figures.map((f) => {
          const fmt = f.kind === 'rate' ? pct : f.kind === 'days' ? (v: number | null) => num(v, 1) : (v: number | null) => num(v);
          const ch = f.change == null ? '—' : f.kind === 'rate' ? `${signed(f.change * 100, 1)} pp` : signed(f.change, f.kind === 'days' ? 1 : 0);
          return body(c, [localeText(lang, `metric.${f.key}`), fmt(f.value), fmt(f.compare), ch]);
        })];
      table(c, s, rows, 0.4, 1.1, 7.5, [3.3, 1.4, 1.4, 1.4], 13);
      if (sec.district) table(c, s, leagueTable(c, [sec.district], sec.district.unit), 8.3, 1.1, 4.6, undefined, 11);
      break;
    }
    case 'top': case 'bottom': {
      const s = newSlide(c, t(sec.id === 'top' ? 'slideTop' : 'slideBottom'));
      table(c, s, leagueTable(c, sec.rows, sec.highlight), 0.4, 1.1, 7.4, [0.7, 2.4, 0.8, 0.9, 0.8, 0.9, 0.9]);
      barChart(c, s, sec.rows.map((r) => nm(r.unit)), [{ name: t('score'), values: sec.rows.map((r) => r.score) }], 8.1, 1.1, 4.9, 5.6);
      break;
    }
    case 'movers': {
      const s = newSlide(c, t('slideMovers'));
      if (!sec.compared) { table(c, s, [], 0.4, 1.1, 6); break; }
      table(c, s, leagueTable(c, sec.up, sec.highlight), 0.4, 1.1, 6.2, [0.6, 2.0, 0.7, 0.8, 0.6, 0.7, 0.8], 10);
      table(c, s, leagueTable(c, sec.down, sec.highlight), 6.8, 1.1, 6.2, [0.6, 2.0, 0.7, 0.8, 0.6, 0.7, 0.8], 10);
      break;
    }
    case 'grades': {
      const s = newSlide(c, t('slideGrades'));
      const labels = sec.counts.map((g) => g.grade);
      const series = [{ name: c.m.period, values: sec.counts.map((g) => g.n) }];
      if (sec.counts.some((g) => g.compare != null)) series.push({ name: c.m.compare, values: sec.counts.map((g) => g.compare ?? 0) });
      barChart(c, s, labels, series, 0.4, 1.1, 6.4, 5.6, false);
      table(c, s, [head(c, [t('grade'), t('districts'), t('compare')]), ...sec.counts.map((g) => body(c, [g.grade, g.n, g.compare ?? '—']))], 7.2, 1.1, 5.6, [1.4, 2.1, 2.1], 13);
      break;
    }
    case 'departments': {
      const s = newSlide(c, t('slideFailing'));
      table(c, s, [head(c, [t('department'), t('received'), t('closed'), t('satisfaction'), t('pending100'), t('score'), t('grade')]),
        ...sec.rows.map((r) => body(c, [unitName('department', r.unit, lang), num(r.received), num(r.closed), pct(r.satisfaction_rate), num(r.pending_over_100), num(r.score, 2), r.grade ?? '—']))],
      0.4, 1.1, 12.5, [4.1, 1.3, 1.3, 1.6, 1.6, 1.3, 1.3]);
      break;
    }
    case 'gaming': {
      const s = newSlide(c, t('slideGaming'));
      table(c, s, [head(c, [t('district'), t('closed'), t('forceClosed'), localeText(lang, 'briefingExport.state')]),
        ...sec.districts.map((d) => body(c, [nm(d.district), num(d.closed), pct(d.force_closed_rate), pct(d.baseline)], d.flagged))], 0.4, 1.1, 5.4, [2.0, 1.0, 1.2, 1.2]);
      table(c, s, [head(c, [t('officer'), t('district'), t('department'), t('flags')]),
        ...sec.officers.map((o) => body(c, [o.officer_name ? `${o.officer_name} (${o.officer_id})` : o.officer_id, nm(o.district ?? ''), unitName('department', o.department, lang),
          o.flags.map((f) => localeText(lang, `officers.flags.${f.kind}.name`)).join(', ')]))], 6.0, 1.1, 7.0, [2.0, 1.3, 1.8, 1.9], 10);
      break;
    }
    case 'officers': {
      const s = newSlide(c, t('slideOfficers'));
      s.addText(t('sheetGood'), { x: 0.4, y: 0.95, w: 6, h: 0.3, fontFace: c.font, fontSize: 13, bold: true });
      table(c, s, officerRows(c, sec.good), 0.4, 1.3, 12.5, [0.6, 3.1, 1.8, 3.0, 1.1, 1.4, 1.5], 9);
      break;
    }
    case 'pending': {
      const s = newSlide(c, t('slidePending'));
      const top = sec.rows.slice(0, 12);
      table(c, s, pendingRows(c, sec.rows, sec.total), 0.4, 1.1, 7.0, [3.0, 1.0, 1.0, 1.0, 1.0], 10);
      barChart(c, s, top.map((r) => unitName('department', r.unit, lang)), [
        { name: t('pending50'), values: top.map((r) => r.pending_over_50) },
        { name: t('pending100'), values: top.map((r) => r.pending_over_100) },
        { name: t('pending300'), values: top.map((r) => r.pending_over_300) }], 7.6, 1.1, 5.4, 5.6);
      break;
    }
    case 'cards':
      for (const card of sec.cards) cardSlide(c, card);
      break;
  }
  if (sec.id === 'officers') {
    const s = newSlide(c, `${t('slideOfficers')}: ${t('sheetPoor')}`);
    table(c, s, officerRows(c, sec.poor), 0.4, 1.1, 12.5, [0.6, 3.1, 1.8, 3.0, 1.1, 1.4, 1.5], 9);
  }
}

/** The deck's bytes. */
export async function buildDeck(b: Briefing, lang: ExportLang): Promise<Uint8Array> {
  const t = exportTexts(lang);
  const font = FONTS[lang];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = t('title');
  pptx.company = 'Samiksha';
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  const district = b.meta.scope.kind === 'district' ? b.meta.scope.district : null;
  const m = metaLine({ ...b.meta, scorecardId: b.meta.scorecard.id, scorecardName: b.meta.scorecard.name, district, datasetName: b.meta.dataset, complaintRows: 0, generatedAt: '' }, lang);
  pptx.defineSlideMaster({
    title: 'BRIEF', background: { color: 'FFFFFF' },
    objects: [{ text: { text: t('footer', { card: m.card, period: m.period, asOf: m.asOf, dataset: m.dataset }), options: { x: 0.4, y: 7.05, w: W - 1.6, h: 0.3, fontSize: 9, color: '6B7280', fontFace: font } } }],
    slideNumber: { x: W - 1.0, y: 7.05, w: 0.6, h: 0.3, fontSize: 9, color: '6B7280', fontFace: font },
  });
  const c: Ctx = { t, lang, font, pptx, m };
  const title = pptx.addSlide({ masterName: 'BRIEF' });
  title.addText(t('deckTitleSlide'), { x: 0.6, y: 1.6, w: W - 1.2, h: 1.0, fontSize: 40, bold: true, color: INK, fontFace: font });
  title.addText(district ? unitName('district', district, lang) : t('state'), { x: 0.6, y: 2.7, w: W - 1.2, h: 0.7, fontSize: 28, color: '2F6DB5', fontFace: font });
  title.addText([
    { text: `${t('scorecard')}: ${m.card}`, options: { breakLine: true } },
    { text: `${t('period')}: ${m.period} · ${t('compare')}: ${m.compare}`, options: { breakLine: true } },
    { text: `${t('dataAsOf')}: ${m.asOf} · ${t('dataset')}: ${m.dataset}` },
  ], { x: 0.6, y: 3.7, w: W - 1.2, h: 1.4, fontSize: 16, color: INK, fontFace: font });
  for (const sec of b.sections) sectionSlides(c, sec);
  // pptxgenjs 4.0.1 ignores `compression` when an outputType is given (the XML is stored, 5–10×
  // larger) and its compressed outputs are Node-only or browser-only: deflate the package here.
  const stored = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return zipSync(unzipSync(stored), { level: 6 });
}
