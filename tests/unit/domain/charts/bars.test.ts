import { describe, expect, it } from 'vitest';
import { hBarOption } from '@/domain/charts/bars';

describe('hBarOption', () => {
  const o = hBarOption({ categories: ['L1', 'L2'], values: [120, 30], labels: ['120 (100%)', '30 (25%)'], color: '#0b5cad', fontFamily: 'X' });
  it('puts the categories top-down on the y axis and the values in one bar series', () => {
    expect(o.yAxis).toEqual({ type: 'category', inverse: true, data: ['L1', 'L2'] });
    expect(o.series).toHaveLength(1);
    expect(o.series[0].data).toEqual([120, 30]);
    expect(o.series[0].itemStyle.color).toBe('#0b5cad');
    expect(o.textStyle.fontFamily).toBe('X');
  });
  it('labels bar i with labels[i]', () => {
    expect(o.series[0].label.formatter({ dataIndex: 1 })).toBe('30 (25%)');
    expect(o.series[0].label.formatter({ dataIndex: 5 })).toBe('');
  });
});
