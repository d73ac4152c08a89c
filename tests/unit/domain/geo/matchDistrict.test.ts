import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { matchDistrict, suggestDistrict } from '@/domain/geo/matchDistrict';
import { MP_DISTRICTS } from '@/domain/geo/mpDistricts';
import { nameKey, normalizeDevanagari } from '@/domain/import/text';

const LGD = path.resolve(__dirname, '../../../../../shared/fixtures/mp-districts-lgd-2020.csv');
const hasLgd = fs.existsSync(LGD);

describe('matchDistrict: spellings', () => {
  it.each([
    ['भिण्ड', 'Bhind'], ['भिंड', 'Bhind'], ['इन्दौर', 'Indore'], ['इंदौर', 'Indore'],
    ['छिन्दवाड़ा', 'Chhindwara'], ['छिंदवाड़ा', 'Chhindwara'], ['Narsimhapur', 'Narsinghpur'], ['Narsinghpur', 'Narsinghpur'],
    ['Hoshangabad', 'Narmadapuram'], ['Narmadapuram', 'Narmadapuram'], ['होशंगाबाद', 'Narmadapuram'],
    ['East Nimar', 'Khandwa'], ['Khandwa', 'Khandwa'], ['पूर्व निमाड़ खण्डवा', 'Khandwa'],
    ['AGAR MALWA', 'Agar Malwa'], ['agar-malwa', 'Agar Malwa'], ['  bhopal  ', 'Bhopal'], ['BHOPAL DISTRICT', 'Bhopal'],
    ['जिला भोपाल', 'Bhopal'], ['Khargone (West Nimar)', 'Khargone'], ['मन्दसौर', 'Mandsaur'], ['छ्तरपुर', 'Chhatarpur'],
    // chandrabindu ≈ anusvara; ZWJ/ZWNJ ignored; nukta ignored
    ['भिँड', 'Bhind'], ['भि\u200Dण्ड', 'Bhind'], ['राजगढ', 'Rajgarh'], ['Ashok Nagar', 'Ashoknagar'],
  ])('%s → %s', (name, expected) => {
    expect(matchDistrict(name)?.name).toBe(expected);
  });

  it.each([['Boston'], [''], ['Bhopal Nagar Nigam'], ['Delhi']])('%s → no district', (name) => {
    expect(matchDistrict(name)).toBeNull();
  });

  it('every district matches its own English and Hindi name and aliases, and no two share a key', () => {
    const owner = new Map<string, string>();
    for (const d of MP_DISTRICTS) {
      for (const n of [d.name, d.hi, ...d.aliases]) {
        expect(matchDistrict(n)?.name).toBe(d.name);
        const k = nameKey(n);
        expect(owner.get(k) ?? d.name).toBe(d.name);
        owner.set(k, d.name);
      }
    }
    expect(MP_DISTRICTS).toHaveLength(55);
  });
});

describe('Devanagari normalisation', () => {
  it.each([
    ['भिण्ड', 'भिंड'], ['इन्दौर', 'इंदौर'], ['मन्दसौर', 'मंदसौर'], ['चम्बल', 'चंबल'], ['हँस', 'हंस'],
    ['ड़', 'ड'], ['\u095C', 'ड'], ['क\u200Cष', 'कष'], ['२०२४', '2024'],
  ])('%s ≡ %s', (a, b) => {
    expect(normalizeDevanagari(a)).toBe(normalizeDevanagari(b));
  });
});

describe('suggestDistrict', () => {
  it.each([
    ['Bhopl', 'Bhopal', 1], ['Indor', 'Indore', 1], ['Jabalpure', 'Jabalpur', 1], ['Chindwara', 'Chhindwara', 1],
    ['भोपल', 'Bhopal', 1], ['Bhopal', 'Bhopal', 0],
  ])('%s → %s at distance %i', (name, expected, dist) => {
    const s = suggestDistrict(name);
    expect(s?.district.name).toBe(expected);
    expect(s?.distance).toBe(dist);
  });

  it('gives nothing for a name far from every district', () => {
    expect(suggestDistrict('Springfield Massachusetts')).toBeNull();
    expect(suggestDistrict('')).toBeNull();
  });
});

describe.skipIf(!hasLgd)('LGD 2020 fixture (skipped when ../shared/fixtures is absent)', () => {
  const rows = hasLgd ? Papa.parse<Record<string, string>>(fs.readFileSync(LGD, 'utf8'), { header: true, skipEmptyLines: true }).data : [];
  it('has 52 districts', () => expect(rows).toHaveLength(52));
  it.each(rows.map((r) => [r.name_en, r.name_hi, Number(r.lgd_code)] as const))('%s / %s map to the district with LGD %i', (en, hi, lgd) => {
    const a = matchDistrict(en);
    const b = matchDistrict(hi);
    expect(a).not.toBeNull();
    expect(b?.name).toBe(a?.name);
    expect(a?.lgd).toBe(lgd);
  });
});
