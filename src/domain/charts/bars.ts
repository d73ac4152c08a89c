/** Horizontal bar chart option (one series, a label right of each bar); pure data in, plain option out. */
/** One bar, top-down: the axis category, the bar's length and the label right of it. */
export interface HBar { category: string; value: number; label: string }

export interface HBarInput {
  categories: string[];
  values: number[];
  /** the label shown right of bar i */
  labels: string[];
  color: string;
  fontFamily: string;
}

export function hBarOption({ categories, values, labels, color, fontFamily }: HBarInput) {
  return {
    animation: false,
    textStyle: { fontFamily },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    grid: { left: 8, right: 110, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' as const, show: false, min: 0 },
    yAxis: { type: 'category' as const, inverse: true, data: categories },
    series: [{
      type: 'bar' as const, barWidth: '60%', itemStyle: { color },
      data: values,
      label: { show: true, position: 'right' as const, fontSize: 11, formatter: (p: { dataIndex: number }) => labels[p.dataIndex] ?? '' },
    }],
  };
}
