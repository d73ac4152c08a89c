import { describe, expect, it } from 'vitest';
import { matchDistrict } from '@/domain/geo/matchDistrict';
import { ALL_DISTRICTS, STATE_PRESETS, STATE_IDS, detectState, detectStateDetail, districtListFor, matchAnyDistrict, presetOf, stateOfDistrict, stateTiles } from '@/domain/geo/states';
import { nameKey } from '@/domain/import/text';

describe('state presets', () => {
  it('have 55, 13 and 22 districts in 10, 2 and 6 divisions', () => {
    expect(STATE_PRESETS.mp.districts).toHaveLength(55);
    expect(STATE_PRESETS.uk.districts).toHaveLength(13);
    expect(STATE_PRESETS.hr.districts).toHaveLength(22);
    expect(STATE_PRESETS.mp.divisions).toHaveLength(10);
    expect(STATE_PRESETS.uk.divisions.map((d) => d.name)).toEqual(['Garhwal', 'Kumaon']);
    expect(STATE_PRESETS.hr.divisions.map((d) => d.name)).toEqual(['Ambala', 'Faridabad', 'Gurugram', 'Hisar', 'Karnal', 'Rohtak']);
  });

  it('Garhwal has 7 districts and Kumaon 6; every district sits in a division of its state', () => {
    const uk = STATE_PRESETS.uk.districts;
    expect(uk.filter((d) => d.division === 'Garhwal').map((d) => d.name).sort()).toEqual(
      ['Chamoli', 'Dehradun', 'Haridwar', 'Pauri Garhwal', 'Rudraprayag', 'Tehri Garhwal', 'Uttarkashi']);
    expect(uk.filter((d) => d.division === 'Kumaon')).toHaveLength(6);
    for (const id of STATE_IDS) {
      const divs = new Set(STATE_PRESETS[id].divisions.map((v) => v.name));
      for (const d of STATE_PRESETS[id].districts) expect([d.name, divs.has(d.division)]).toEqual([d.name, true]);
    }
  });

  it('no spelling is shared by two districts of any state, and every spelling matches its own district', () => {
    const owner = new Map<string, string>();
    for (const d of ALL_DISTRICTS) {
      for (const n of [d.name, d.hi, ...d.aliases]) {
        expect(matchAnyDistrict(n)?.name).toBe(d.name);
        const k = nameKey(n);
        expect([n, owner.get(k) ?? d.name]).toEqual([n, d.name]);
        owner.set(k, d.name);
      }
    }
  });

  it.each([
    ['Gurgaon', 'Gurugram'], ['गुड़गांव', 'Gurugram'], ['गुरुग्राम', 'Gurugram'], ['Mewat', 'Nuh'], ['नूंह', 'Nuh'], ['नूह', 'Nuh'],
    ['CHARKHI DADRI', 'Charkhi Dadri'], ['चरखी दादरी', 'Charkhi Dadri'], ['Narnaul', 'Mahendragarh'], ['Sonepat', 'Sonipat'],
    ['Hissar', 'Hisar'], ['Yamuna Nagar', 'Yamunanagar'], ['जिला रेवाड़ी', 'Rewari'],
    ['US Nagar', 'Udham Singh Nagar'], ['उधम सिंह नगर', 'Udham Singh Nagar'], ['Pauri', 'Pauri Garhwal'], ['टिहरी', 'Tehri Garhwal'],
    ['Dehra Dun', 'Dehradun'], ['Hardwar', 'Haridwar'], ['रुद्रप्रयाग', 'Rudraprayag'], ['चम्पावत', 'Champawat'], ['अल्मोड़ा', 'Almora'],
  ])('%s → %s', (name, expected) => {
    expect(matchAnyDistrict(name)?.name).toBe(expected);
    expect(matchDistrict(name, STATE_PRESETS[stateOfDistrict(expected)!].districts)?.name).toBe(expected);
  });

  it('Rewa (MP) and Rewari (HR) stay apart', () => {
    expect(matchAnyDistrict('Rewa')?.name).toBe('Rewa');
    expect(matchAnyDistrict('Rewari')?.name).toBe('Rewari');
    expect(stateOfDistrict('Rewa')).toBe('mp');
    expect(stateOfDistrict('Rewari')).toBe('hr');
  });
});

describe('detectState', () => {
  it('finds the state most names belong to', () => {
    expect(detectState(['Bhopal', 'Indore', 'Sagar'])).toBe('mp');
    expect(detectState(['देहरादून', 'Haridwar', 'US Nagar', 'Nowhere'])).toBe('uk');
    expect(detectStateDetail(['गुरुग्राम', 'नूंह', 'Gurgaon', 'Rewari', 'Delhi'])).toEqual({ state: 'hr', matched: 4, total: 5 });
  });
  it('is null when no state covers half of the names, or there are none', () => {
    expect(detectState(['Revenue', 'Energy', 'Bhopal'])).toBeNull();
    expect(detectState([])).toBeNull();
    expect(detectState([null, '', '  '])).toBeNull();
  });
  it('picks the district list to match against', () => {
    expect(districtListFor(['Karnal', 'Jind'])).toBe(STATE_PRESETS.hr.districts);
    expect(districtListFor(['X', 'Y'])).toBe(STATE_PRESETS.mp.districts);
    // names of no one state: the dataset's preset, so Gurugram is no district of an MP dataset
    expect(districtListFor(['Revenue', 'Energy', 'Gurugram'], 'mp')).toBe(STATE_PRESETS.mp.districts);
    expect(districtListFor(['Revenue', 'Energy', 'Gurugram'], 'hr')).toBe(STATE_PRESETS.hr.districts);
    expect(districtListFor(['Karnal', 'Jind'], 'mp')).toBe(STATE_PRESETS.hr.districts);
    expect(matchDistrict('Gurugram', districtListFor(['Gurugram', 'Bhopal', 'Indore']))).toBeNull();
  });
});

describe('preset tile maps and limits', () => {
  it.each(STATE_IDS.map((id) => [id] as const))('%s: one tile per district, no two on one cell, within tileCols', (id) => {
    const tiles = stateTiles(id);
    expect(tiles.map((t) => t.name).sort()).toEqual(STATE_PRESETS[id].districts.map((d) => d.name).sort());
    expect(new Set(tiles.map((t) => `${t.col},${t.row}`)).size).toBe(tiles.length);
    expect(Math.max(...tiles.map((t) => t.col))).toBeLessThan(STATE_PRESETS[id].tileCols + 2);
  });
  it('Haryana: Panchkula north of Gurugram, Sirsa west of Faridabad; Uttarakhand: Uttarkashi north of Udham Singh Nagar', () => {
    const at = (id: 'uk' | 'hr', n: string) => stateTiles(id).find((t) => t.name === n)!;
    expect(at('hr', 'Panchkula').row).toBeLessThan(at('hr', 'Gurugram').row);
    expect(at('hr', 'Sirsa').col).toBeLessThan(at('hr', 'Faridabad').col);
    expect(at('uk', 'Uttarkashi').row).toBeLessThan(at('uk', 'Udham Singh Nagar').row);
  });
  it('Uttarakhand L1 = 7 days with four levels; unknown ids fall back to MP', () => {
    expect(STATE_PRESETS.uk.timeLimitDays['1']).toBe(7);
    expect(STATE_PRESETS.uk.levels).toHaveLength(4);
    expect(presetOf('xx').id).toBe('mp');
    expect(presetOf('hr').dailySources).toContain('samadhan_camp');
  });
});
