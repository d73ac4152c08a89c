/** ECharts option builders (pure data in, plain option objects out; no ECharts import). */
import { formatIndian } from '../format';

export interface TrendPoint { month: string; received: number; closed: number; satisfied: number }

/** Received and disposed per month (bars) with the satisfied share of disposals (line, right axis). */
export function trendOption(points: TrendPoint[], labels: { received: string; closed: string; satisfied: string }, monthLabel: (m: string) => string) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 60, right: 50, top: 35, bottom: 30 },
    xAxis: { type: 'category', data: points.map((p) => monthLabel(p.month)) },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => formatIndian(v) } },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: labels.received, type: 'bar', data: points.map((p) => p.received), itemStyle: { color: '#9db8d9' } },
      { name: labels.closed, type: 'bar', data: points.map((p) => p.closed), itemStyle: { color: '#0b5cad' } },
      { name: labels.satisfied, type: 'line', yAxisIndex: 1, smooth: true, itemStyle: { color: '#1b7f3b' },
        data: points.map((p) => (p.closed ? Math.round((1000 * p.satisfied) / p.closed) / 10 : null)) },
    ],
  };
}

/** Count of units per grade, in the scorecard's grade order. */
export function gradeCounts(grades: (string | null)[], order: string[]): { grade: string; n: number }[] {
  const counts = new Map(order.map((g) => [g, 0]));
  for (const g of grades) if (g != null) counts.set(g, (counts.get(g) ?? 0) + 1);
  return [...counts].map(([grade, n]) => ({ grade, n }));
}
