import { describe, expect, it } from 'vitest';
import { COMPLAINT_CATEGORIES, DEPARTMENTS, departmentById } from '../../../../src/domain/catalogue/departments';
import { SCHEMES, SCHEME_PARAMETERS, schemeParameterById } from '../../../../src/domain/catalogue/schemes';

const DEVANAGARI = /[\u0900-\u097F]/;
const LATIN = /[A-Za-z]/;

describe('departments', () => {
  it('has about 40 departments with unique upper-case ids', () => {
    expect(DEPARTMENTS.length).toBeGreaterThanOrEqual(38);
    expect(DEPARTMENTS.length).toBeLessThanOrEqual(45);
    expect(new Set(DEPARTMENTS.map((d) => d.id)).size).toBe(DEPARTMENTS.length);
    for (const d of DEPARTMENTS) expect(d.id).toMatch(/^[A-Z][A-Z_]*$/);
  });

  it('names every department in English and in Devanagari', () => {
    for (const d of DEPARTMENTS) {
      expect(d.name.en, d.id).toMatch(LATIN);
      expect(d.name.hi, d.id).toMatch(DEVANAGARI);
      expect(d.name.en + d.name.hi, d.id).not.toMatch(/[,"\n]/); // safe as plain CSV values
    }
    expect(new Set(DEPARTMENTS.map((d) => d.name.en)).size).toBe(DEPARTMENTS.length);
  });

  it.each([
    ['REVENUE', 'Revenue', 'राजस्व'],
    ['ENERGY', 'Energy', 'ऊर्जा'],
    ['HOME', 'Home (Police)', 'गृह (पुलिस)'],
  ])('looks up %s', (id, en, hi) => {
    expect(departmentById(id)?.name).toEqual({ en, hi });
  });

  it('returns undefined for an unknown department', () => {
    expect(departmentById('NOPE')).toBeUndefined();
  });

  it('gives every department at least two complaint categories and nothing for unknown ids', () => {
    expect(Object.keys(COMPLAINT_CATEGORIES).sort()).toEqual(DEPARTMENTS.map((d) => d.id).sort());
    for (const d of DEPARTMENTS) {
      const list = COMPLAINT_CATEGORIES[d.id];
      expect(list.length, d.id).toBeGreaterThanOrEqual(2);
      expect(new Set(list).size, d.id).toBe(list.length);
    }
  });
});

describe('schemes and the 163 CM Dashboard parameters', () => {
  const deptIds = new Set(DEPARTMENTS.map((d) => d.id));
  const schemeById = new Map(SCHEMES.map((s) => [s.id, s]));

  it('has exactly 163 parameters with unique ids', () => {
    expect(SCHEME_PARAMETERS).toHaveLength(163);
    expect(new Set(SCHEME_PARAMETERS.map((p) => p.id)).size).toBe(163);
    for (const p of SCHEME_PARAMETERS) expect(p.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('puts every parameter in an existing scheme of the same, existing department', () => {
    for (const p of SCHEME_PARAMETERS) {
      expect(deptIds.has(p.department), p.id).toBe(true);
      const s = schemeById.get(p.scheme);
      expect(s, p.id).toBeDefined();
      expect(s?.department, p.id).toBe(p.department);
    }
  });

  it('has schemes with unique ids, an existing department and at least one parameter each', () => {
    expect(new Set(SCHEMES.map((s) => s.id)).size).toBe(SCHEMES.length);
    const used = new Set(SCHEME_PARAMETERS.map((p) => p.scheme));
    for (const s of SCHEMES) {
      expect(deptIds.has(s.department), s.id).toBe(true);
      expect(used.has(s.id), s.id).toBe(true);
    }
  });

  it('spreads the parameters over about 20 or more departments', () => {
    expect(new Set(SCHEME_PARAMETERS.map((p) => p.department)).size).toBeGreaterThanOrEqual(18);
  });

  it('names schemes and parameters in English and Devanagari', () => {
    for (const x of [...SCHEMES, ...SCHEME_PARAMETERS]) {
      expect(x.name.en.trim(), x.id).toMatch(LATIN);
      expect(x.name.hi.trim(), x.id).toMatch(DEVANAGARI);
    }
  });

  it('gives every parameter a unit, a direction and a positive target; percentages at most 100', () => {
    for (const p of SCHEME_PARAMETERS) {
      expect(p.unit, p.id).not.toBe('');
      expect(['higher', 'lower'], p.id).toContain(p.direction);
      expect(p.baseTarget, p.id).toBeGreaterThan(0);
      if (p.unit === '%') expect(p.baseTarget, p.id).toBeLessThanOrEqual(100);
    }
  });

  it.each([
    ['HLT_IMR', 'lower', 'CHILD_HEALTH', 'HEALTH'],
    ['ENR_ATC_LOSS', 'lower', 'RDSS', 'ENERGY'],
    ['REV_PENDING_OLD', 'lower', 'REVENUE_CASES', 'REVENUE'],
    ['HLT_INST_DELIV', 'higher', 'MATERNAL_HEALTH', 'HEALTH'],
    ['PRD_PMAYG_COMPLETED', 'higher', 'PMAY_G', 'PANCHAYAT'],
    ['PHE_JJM_FHTC', 'higher', 'JJM', 'PHE'],
    ['WCD_LB_CREDITED', 'higher', 'LADLI_BEHNA', 'WCD'],
  ])('%s is %s, in scheme %s of %s', (id, direction, scheme, department) => {
    const p = schemeParameterById(id);
    expect(p).toMatchObject({ direction, scheme, department });
  });

  it('has a few lower-is-better parameters, not many', () => {
    const lower = SCHEME_PARAMETERS.filter((p) => p.direction === 'lower').length;
    expect(lower).toBeGreaterThanOrEqual(5);
    expect(lower).toBeLessThanOrEqual(25);
  });
});
