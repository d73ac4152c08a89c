/** ECharts options for the workbench (pure: data in, option out). */
import type { Comparison, RobustnessResult, SensitivityResult } from '@/domain/scoring';

type Label = (unit: string) => string;

/** COINr-style rank plot: units by nominal rank; the 5th–95th band as a bar, median and own rank as dots. */
export function rankPlotOption(r: RobustnessResult, label: Label, words: { band: string; median: string; own: string }, font: string) {
  const rows = r.rows.filter((x) => x.rank !== null && x.p5Rank !== null).sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || a.rank! - b.rank!);
  const dot = (name: string, data: (number | null)[], color: string, symbol: string) => ({
    name, type: 'line', data, symbol, symbolSize: 7, lineStyle: { opacity: 0 }, itemStyle: { color }, z: 3,
  });
  return {
    textStyle: { fontFamily: font },
    grid: { left: 40, right: 10, top: 30, bottom: 90 },
    legend: { top: 0, data: [words.band, words.median, words.own] },
    tooltip: { trigger: 'axis', formatter: (ps: { dataIndex: number }[]) => {
      const x = rows[ps[0].dataIndex];
      return `${label(x.unit)}: ${words.own} ${x.rank}, ${words.median} ${x.medianRank}, ${words.band} ${x.p5Rank}–${x.p95Rank}${x.gradeCanChange ? ` (${x.grades.join('/')})` : ''}`;
    } },
    xAxis: { type: 'category', data: rows.map((x) => label(x.unit)), axisLabel: { rotate: 60, fontSize: 10, interval: 0 } },
    yAxis: { type: 'value', inverse: true, min: 1, name: '#', minInterval: 1 },
    series: [
      { name: 'base', type: 'bar', stack: 'band', data: rows.map((x) => x.p5Rank!), itemStyle: { color: 'transparent' }, tooltip: { show: false }, legendHoverLink: false, silent: true },
      { name: words.band, type: 'bar', stack: 'band', data: rows.map((x) => Math.max(0.15, x.p95Rank! - x.p5Rank!)), itemStyle: { color: '#9ec5fe' } },
      dot(words.median, rows.map((x) => x.medianRank), '#1f4e9c', 'circle'),
      dot(words.own, rows.map((x) => x.rank), '#c2410c', 'diamond'),
    ],
  };
}

/** Horizontal bars: mean |rank shift| when one weight moves ±δ, the top `n` nodes. */
export function sensitivityOption(s: SensitivityResult, name: (id: string) => string, axis: string, font: string, n = 15) {
  const rows = s.rows.slice(0, n).reverse();
  return {
    textStyle: { fontFamily: font },
    grid: { left: 170, right: 20, top: 10, bottom: 30 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: axis, nameLocation: 'middle', nameGap: 22 },
    yAxis: { type: 'category', data: rows.map((r) => name(r.id)), axisLabel: { width: 160, overflow: 'truncate', fontSize: 11 } },
    series: [{ type: 'bar', data: rows.map((r) => +r.meanShift.toFixed(3)), itemStyle: { color: '#1f4e9c' } }],
  };
}

/** Slope chart: each unit's rank under A (left) and B (right). */
export function slopeOption(c: Comparison, label: Label, names: [string, string], font: string) {
  const rows = c.rows.filter((r) => r.rankA !== null && r.rankB !== null);
  return {
    // redrawn on every weight edit: 55 animated lines would keep the page busy for the next edits
    animation: false,
    textStyle: { fontFamily: font },
    grid: { left: 110, right: 110, top: 30, bottom: 20 },
    tooltip: { trigger: 'item', formatter: (p: { seriesName: string }) => p.seriesName },
    xAxis: { type: 'category', data: names, boundaryGap: false, position: 'top' },
    yAxis: { type: 'value', inverse: true, min: 1, show: false },
    series: rows.map((r) => ({
      name: `${label(r.unit)}: ${r.rankA} → ${r.rankB}`,
      type: 'line', data: [r.rankA, r.rankB], symbolSize: 5,
      lineStyle: { width: r.shift ? 2 : 1, color: r.shift! > 0 ? '#15803d' : r.shift! < 0 ? '#b91c1c' : '#cbd5e1' },
      itemStyle: { color: r.shift! > 0 ? '#15803d' : r.shift! < 0 ? '#b91c1c' : '#94a3b8' },
      label: { show: !!r.shift, position: 'right', formatter: (p: { dataIndex: number }) => (p.dataIndex === 1 ? label(r.unit) : ''), fontSize: 10 },
    })),
  };
}
