import { describe, it, expect } from 'vitest';
import { datasetLabel } from '@/domain/datasetLabel';
import { localeText } from '@/export/labels';

const label = (name: string, sample: 'mp' | 'uk' | 'hr', lang: 'en' | 'hi') => datasetLabel(name, sample, lang, (k, p) => localeText(lang, k, p));

describe('the dataset label of the page and of the downloads', () => {
  it.each([
    ['sample', 'mp', 'en', 'Embedded sample (Madhya Pradesh, synthetic)'],
    ['sample', 'uk', 'en', 'Sample (Uttarakhand, synthetic)'],
    ['sample', 'hr', 'en', 'Sample (Haryana, synthetic)'],
    ['sample', 'uk', 'hi', 'नमूना डेटा (उत्तराखंड, कृत्रिम)'],
    ['sample', 'hr', 'hi', 'नमूना डेटा (हरियाणा, कृत्रिम)'],
    ['haryana.csv + params.xlsx', 'hr', 'hi', 'haryana.csv + params.xlsx'],
    ['', 'mp', 'en', 'No data loaded'],
  ] as const)('%s (%s, %s) → %s', (name, sample, lang, want) => {
    expect(label(name, sample, lang)).toBe(want);
  });
  it('the MP sample in Hindi is the Hindi summary text, never the raw "sample"', () => {
    const hi = label('sample', 'mp', 'hi');
    expect(hi).toBe(localeText('hi', 'summary.sample'));
    expect(hi).not.toMatch(/^sample$/);
    expect(hi).toMatch(/[\u0900-\u097F]/);
  });
});
