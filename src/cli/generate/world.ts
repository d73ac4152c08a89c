/**
 * The sample's "world": districts with size and persistent performance, the officer hierarchy
 * (L1 per block/department, L2 district head, L3 division, L4 state) with ground-truth profiles,
 * and the officer × month behaviour table. Everything is drawn from the seed.
 */
import { STATE_PRESETS, DEFAULT_STATE, type StateId } from '../../domain/geo/states';
import { DEPARTMENTS } from '../../domain/catalogue/departments';
import { DISTRICT_INFO, MUNICIPAL_CORPORATIONS } from './districtData';
import { BACKLOG_DISTRICTS, HR_DISTRICT_INFO, STATE_CORPORATIONS, UK_DISTRICT_INFO } from './stateDistrictData';
import { DEPT_PROFILES, L4_TITLE, type DeptProfile } from './deptProfiles';
import { GIVEN_NAMES, SURNAMES } from './names';
import { ARCHETYPES, PROFILES, STRIDE, fillBehaviour, profileWeights, type Profile } from './profiles';
import { Rng, cumulative, normalScores, sampleCum } from './prng';

export interface WDistrict {
  name: string;
  division: number;
  weight: number;
  pop: number;
  tribal: boolean;
  urban: number;
  /** Persistent performance (0 typical, + better), trend over the window, monthly shocks. */
  q: number;
  trend: number;
  shock: number[];
  /** Persistent drive on old complaints (+ clears its > 50-day backlog faster), independent of q. */
  drive: number;
  backlog: boolean;
  blocks: string[];
}

export interface WDept { id: string; name: string; profile: DeptProfile }

export interface WOfficer {
  id: string;
  name: string;
  designation: string;
  dept: number;
  district: number; // −1 above district level
  division: number; // −1 at state level
  block: string;
  level: 1 | 2 | 3 | 4;
  reportsTo: string;
  profile: Profile | '';
}

export interface World {
  districts: WDistrict[];
  depts: WDept[];
  officers: WOfficer[];
  /** L1 officers in district-major, department-minor order; l1Start/l1Count index them by d·D + dept. */
  l1: WOfficer[];
  l1Start: Int32Array;
  l1Count: Int32Array;
  /** Behaviour rows: (l1 index · months + month) · STRIDE. */
  behaviour: Float64Array;
  months: number;
  /** the state preset the sample is of, and its division names (index = WDistrict.division) */
  state: StateId;
  divisionNames: string[];
}

const INFO = { mp: DISTRICT_INFO, uk: UK_DISTRICT_INFO, hr: HR_DISTRICT_INFO } as const;

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

export function buildWorld(seed: number, months: number, state: StateId = DEFAULT_STATE): World {
  const { districts: LIST, divisions: DIVS } = STATE_PRESETS[state];
  const rng = new Rng(seed, 101); // structure: the same for a seed whatever the months
  const timeRng = new Rng(seed, 102); // monthly shocks
  const skillRng = new Rng(seed, 103); // officer skill within a profile
  const driveRng = new Rng(seed, 105); // drive on old complaints
  const depts: WDept[] = DEPARTMENTS.map((d) => ({ id: d.id, name: d.name.en, profile: DEPT_PROFILES[d.id] }));
  const divisionIdx = new Map(DIVS.map((v, i) => [v.name, i]));
  const backlogSet = new Set<number>();
  while (backlogSet.size < BACKLOG_DISTRICTS[state]) backlogSet.add(rng.int(LIST.length));

  const districts: WDistrict[] = LIST.map((d, i) => {
    const info = INFO[state][d.name];
    if (!info) throw new Error(`no district data for ${d.name}`);
    const q = rng.normal(); // standardised below
    const shock: number[] = [];
    for (let m = 0; m < months; m++) shock.push(0.25 * timeRng.normal());
    return {
      name: d.name, division: divisionIdx.get(d.division) ?? 0, pop: info.pop, tribal: info.tribal, urban: info.urban,
      weight: info.pop * info.urban * Math.exp(0.1 * rng.normal()),
      q, trend: rng.normal(), shock, drive: 0.35 * driveRng.normal(), backlog: backlogSet.has(i), blocks: info.blocks,
    };
  });
  // Normal scores over the state's districts: every seed has the same set of levels and trends, dealt
  // out in its own order, so every seed spreads its districts alike.
  const qs = normalScores(districts.map((d) => d.q));
  const trends = normalScores(districts.map((d) => d.trend));
  districts.forEach((d, i) => {
    d.q = Math.max(-2.2, Math.min(2.2, qs[i]));
    d.trend = 0.5 * trends[i];
  });
  const meanW = districts.reduce((s, d) => s + d.weight, 0) / districts.length;
  const name = (): string => `${rng.pick(GIVEN_NAMES)} ${rng.pick(SURNAMES)}`;

  const officers: WOfficer[] = [];
  const l4 = depts.map((dp, k): WOfficer => ({ id: `L4-${dp.id}`, name: name(), designation: L4_TITLE, dept: k,
    district: -1, division: -1, block: '', level: 4, reportsTo: '', profile: '' }));
  const l3 = DIVS.map((_, v) => depts.map((dp, k): WOfficer => ({ id: `L3-${dp.id}-D${pad2(v + 1)}`, name: name(),
    designation: dp.profile.titles[2], dept: k, district: -1, division: v, block: '', level: 3, reportsTo: l4[k].id, profile: '' })));
  officers.push(...l4, ...l3.flat());

  const D = depts.length;
  const l1: WOfficer[] = [];
  const l1Start = new Int32Array(districts.length * D);
  const l1Count = new Int32Array(districts.length * D);
  districts.forEach((dist, di) => {
    const profCum = cumulative(profileWeights(dist.q, dist.backlog));
    depts.forEach((dp, k) => {
      const l2: WOfficer = { id: `L2-${dp.id}-${pad2(di + 1)}`, name: name(), designation: dp.profile.titles[1], dept: k,
        district: di, division: dist.division, block: '', level: 2, reportsTo: l3[dist.division][k].id, profile: '' };
      officers.push(l2);
      const n = Math.max(1, Math.min(dist.blocks.length + 2, Math.round(dp.profile.l1 * (dist.weight / meanW) ** 0.6)));
      l1Start[di * D + k] = l1.length;
      l1Count[di * D + k] = n;
      for (let j = 0; j < n; j++) {
        const o: WOfficer = { id: `L1-${dp.id}-${pad2(di + 1)}-${j + 1}`, name: name(), designation: dp.profile.titles[0],
          dept: k, district: di, division: dist.division, block: l1Block(dist, dp.id, j, n), level: 1, reportsTo: l2.id,
          profile: PROFILES[sampleCum(profCum, rng.next())] };
        l1.push(o);
        officers.push(o);
      }
    });
  });

  const behaviour = new Float64Array(l1.length * months * STRIDE);
  l1.forEach((o, i) => {
    const dist = districts[o.district];
    const skill = 0.35 * skillRng.normal();
    for (let m = 0; m < months; m++) {
      const x = months > 1 ? (2 * m) / (months - 1) - 1 : 0;
      const e = damp(1.0 * dist.q + dist.trend * x + dist.shock[m] + skill);
      fillBehaviour(behaviour, (i * months + m) * STRIDE, ARCHETYPES[o.profile as Profile], e, dist.drive, dist.backlog);
    }
  });
  return { districts, depts, officers, l1, l1Start, l1Count, behaviour, months, state, divisionNames: DIVS.map((v) => v.name) };
}

/**
 * Effective performance with the weak side damped: a weak district is already weak in several ways at
 * once (more poor officers, slower old complaints), so its officers' closures need not be extreme too.
 */
function damp(e: number): number {
  return e >= 0 ? e : e / (1 - 0.5 * e);
}

/** The block or urban body an L1 officer covers ('' = the whole district). */
function l1Block(dist: WDistrict, deptId: string, j: number, n: number): string {
  if (deptId === 'URBAN') {
    if (j === 0) return (MUNICIPAL_CORPORATIONS.has(dist.name) || STATE_CORPORATIONS.has(dist.name) ? 'Nagar Nigam ' : 'Nagar Palika ') + dist.name;
    return 'Nagar Parishad ' + dist.blocks[j % dist.blocks.length];
  }
  return n === 1 ? '' : dist.blocks[j % dist.blocks.length];
}
