import { describe, it, expect } from 'vitest';
import { officerTrendOption } from '@/domain/officers';

describe('officerTrendOption', () => {
  const points = [
    { month: '2026-08', received: 12, closed: 10, satisfied: 8 },
    { month: '2026-09', received: 3, closed: 0, satisfied: 0 },
  ];
  const o = officerTrendOption(points, { received: 'R', closed: 'C', satisfied: 'S', interval: 'I' }, (m) => `m${m}`);
  const series = (name: string) => o.series.find((s) => s.name === name)!;

  it('bars, the rate in percent, and the Wilson band as base + width (8/10 → 49.0 to 94.3); no closures → gaps', () => {
    expect(o.xAxis.data).toEqual(['m2026-08', 'm2026-09']);
    expect(series('R').data).toEqual([12, 3]);
    expect(series('C').data).toEqual([10, 0]);
    expect(series('S').data).toEqual([80, null]);
    expect(series('interval-base').data).toEqual([49, null]);
    expect(series('I').data).toEqual([45.3, null]); // 94.3 − 49.0
  });

  it('the tooltip shows the interval itself', () => {
    expect(o.tooltip.formatter([{ dataIndex: 0 }])).toBe('m2026-08<br>R: 12<br>C: 10<br>S: 80% (49–94.3%)');
    expect(o.tooltip.formatter([{ dataIndex: 1 }])).toBe('m2026-09<br>R: 3<br>C: 0<br>S: —');
  });
});
