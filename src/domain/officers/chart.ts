/** ECharts option for an officer's monthly trend (plain option object; no ECharts import). */
import { formatIndian } from '../format';
import { wilsonInterval } from './wilson';

export interface OfficerTrendPoint { month: string; received: number; closed: number; satisfied: number }

const pct = (v: number): number => Math.round(1000 * v) / 10;

/**
 * Received and closed per month (bars), the satisfaction rate (line, right axis) and its 95 % Wilson
 * interval drawn as a shaded band (a transparent lower line with the band stacked on top of it).
 */
export function officerTrendOption(points: OfficerTrendPoint[], labels: { received: string; closed: string; satisfied: string; interval: string },
  monthLabel: (m: string) => string, fontFamily?: string) {
  const w = points.map((p) => wilsonInterval(p.satisfied, p.closed));
  return {
    textStyle: fontFamily ? { fontFamily } : undefined,
    tooltip: {
      trigger: 'axis',
      formatter: (ps: { dataIndex: number }[]) => {
        const i = ps[0]?.dataIndex ?? 0;
        const p = points[i];
        const x = w[i];
        if (!p) return '';
        const rate = x ? `${pct(p.satisfied / p.closed)}% (${pct(x.lower)}–${pct(x.upper)}%)` : '—';
        return `${monthLabel(p.month)}<br>${labels.received}: ${formatIndian(p.received)}<br>${labels.closed}: ${formatIndian(p.closed)}<br>${labels.satisfied}: ${rate}`;
      },
    },
    legend: { top: 0, data: [labels.received, labels.closed, labels.satisfied, labels.interval] },
    grid: { left: 50, right: 50, top: 35, bottom: 30 },
    xAxis: { type: 'category', data: points.map((p) => monthLabel(p.month)) },
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatIndian(v) } },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: labels.received, type: 'bar', data: points.map((p) => p.received), itemStyle: { color: '#9db8d9' } },
      { name: labels.closed, type: 'bar', data: points.map((p) => p.closed), itemStyle: { color: '#0b5cad' } },
      { name: 'interval-base', type: 'line', yAxisIndex: 1, stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false },
        data: w.map((x) => (x ? pct(x.lower) : null)) },
      { name: labels.interval, type: 'line', yAxisIndex: 1, stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 },
        areaStyle: { color: 'rgba(27,127,59,0.15)' }, itemStyle: { color: 'rgba(27,127,59,0.35)' },
        data: w.map((x) => (x ? pct(x.upper - x.lower) : null)) },
      { name: labels.satisfied, type: 'line', yAxisIndex: 1, itemStyle: { color: '#1b7f3b' },
        data: points.map((p) => (p.closed ? pct(p.satisfied / p.closed) : null)) },
    ],
  };
}
