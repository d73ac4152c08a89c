/**
 * Where and when complaints arrive: complaints per day (season × weekday × slow growth, summing to
 * exactly the requested total), district shares, department mix per district and month, source mix
 * per month, category mix per department, and the habitual complainants' episodes.
 */
import { COMPLAINT_CATEGORIES } from '../../domain/catalogue/departments';
import { ALLOWED_VALUES } from '../../data/schema';
import type { Calendar } from './calendar';
import { weekday } from './calendar';
import { MUNICIPAL_CORPORATIONS } from './districtData';
import { SOURCE_BASE, STATE_CORPORATIONS } from './stateDistrictData';
import { Rng, cumulative, hash32, sampleCum } from './prng';
import type { World } from './world';

export const SOURCES = ALLOWED_VALUES.source as readonly string[];
const CAMP_MONTHS = new Set([0, 8]); // Samadhan camps held in January and September
const WEEKDAY = [0.5, 1, 1, 1, 1, 1, 0.85];
const RURAL_DEPTS = new Set(['PANCHAYAT', 'AGRI', 'COOPERATIVE', 'WRD', 'HORTICULTURE', 'ANIMAL_HUSB', 'FOREST']);

export interface Volume {
  dayCount: Int32Array; // per day of the window
  monthCount: Int32Array;
  districtCum: Float64Array;
  /** Flattened (month · districts + district) · depts cumulative tables. */
  deptCum: Float64Array;
  /** Flattened calendar month · sources. */
  sourceCum: Float64Array;
  categories: string[][];
  categoryCum: Float64Array[];
  /** Complainant pool size per district (regular complainants). */
  pool: Int32Array;
  /** Habitual complainants: id, home district, and the slots they take in each month (shuffled). */
  habitualIds: string[];
  habitualHome: Int32Array;
  monthSlots: Int32Array[];
}

/** Short hash-looking complainant id (10 hex digits), as exports carry hashed phone numbers. */
export function complainantId(a: number, b: number, c: number): string {
  const h1 = hash32(a, b, c);
  const h2 = hash32(c, b, a ^ 0x5bd1e995);
  return h1.toString(16).padStart(8, '0') + (h2 & 0xff).toString(16).padStart(2, '0');
}

export function planVolume(world: World, cal: Calendar, seed: number, total: number): Volume {
  const rng = new Rng(seed, 202);
  const { districts, depts } = world;
  const M = cal.months.length;
  const ND = districts.length;
  const D = depts.length;

  const seasonal = (k: number, cm: number): number => depts[k].profile.share * depts[k].profile.season[cm];
  const monthVol = cal.calMonth.map((cm) => depts.reduce((s, _, k) => s + seasonal(k, cm), 0));
  const days = cal.asOfDay - cal.startDay + 1;
  const dayW = new Float64Array(days);
  let wsum = 0;
  for (let m = 0; m < M; m++) {
    for (let d = cal.monthStart[m]; d <= cal.monthEnd[m]; d++) {
      const w = monthVol[m] * WEEKDAY[weekday(d)] * (1 + 0.015 * m);
      dayW[d - cal.startDay] = w;
      wsum += w;
    }
  }
  const dayCount = new Int32Array(days);
  const monthCount = new Int32Array(M);
  let acc = 0;
  let prev = 0;
  for (let i = 0; i < days; i++) {
    acc += dayW[i];
    const upto = Math.round((acc / wsum) * total);
    dayCount[i] = upto - prev;
    prev = upto;
  }
  dayCount[days - 1] += total - prev;
  for (let m = 0; m < M; m++) {
    for (let d = cal.monthStart[m]; d <= cal.monthEnd[m]; d++) monthCount[m] += dayCount[d - cal.startDay];
  }

  const districtCum = cumulative(districts.map((d) => d.weight));
  const affinity = new Float64Array(ND * D);
  districts.forEach((dist, di) => depts.forEach((dp, k) => {
    let a = Math.exp(0.15 * rng.normal());
    if (dp.id === 'URBAN') a *= dist.urban ** 1.5 * (MUNICIPAL_CORPORATIONS.has(dist.name) || STATE_CORPORATIONS.has(dist.name) ? 1.3 : 1);
    if (dp.id === 'TRIBAL') a *= dist.tribal ? 3 : 0.3;
    if (RURAL_DEPTS.has(dp.id)) a /= dist.urban;
    affinity[di * D + k] = a;
  }));
  const deptCum = new Float64Array(M * ND * D);
  for (let m = 0; m < M; m++) {
    for (let di = 0; di < ND; di++) {
      const w = depts.map((_, k) => seasonal(k, cal.calMonth[m]) * affinity[di * D + k]);
      deptCum.set(cumulative(w), (m * ND + di) * D);
    }
  }
  const sourceCum = new Float64Array(12 * SOURCES.length);
  for (let cm = 0; cm < 12; cm++) {
    const w = SOURCE_BASE[world.state].slice(); // call_181 web app cm_window smgt samadhan_camp other
    if (CAMP_MONTHS.has(cm) && world.state === 'mp') w[5] = 0.15;
    sourceCum.set(cumulative(w), cm * SOURCES.length);
  }
  const categories = depts.map((dp) => COMPLAINT_CATEGORIES[dp.id] ?? ['Other']);
  const categoryCum = categories.map((list) => cumulative(list.map((_, i) => 1 / (i + 1.5))));

  const pool = new Int32Array(ND);
  for (let di = 0; di < ND; di++) {
    const share = districtCum[di] - (di ? districtCum[di - 1] : 0);
    pool[di] = Math.max(20, Math.floor(0.85 * total * share));
  }

  // Habitual complainants: episodes of 11–22 complaints by one person within one month.
  const budget = Math.min(Math.floor(total * 0.25), Math.max(60, Math.round(total * 0.012)));
  const episodes = Math.max(1, Math.round(budget / 16));
  const H = Math.max(1, Math.ceil(episodes / 3));
  const habitualIds: string[] = [];
  const habitualHome = new Int32Array(H);
  for (let h = 0; h < H; h++) {
    habitualIds.push(complainantId(seed, 0x4ab17, h));
    habitualHome[h] = sampleCum(districtCum, rng.next());
  }
  const slots: number[][] = Array.from({ length: M }, () => []);
  for (let e = 0; e < episodes; e++) {
    const m = rng.int(M);
    const size = 11 + rng.int(12);
    if (slots[m].length + size > monthCount[m] / 2) continue;
    for (let s = 0; s < size; s++) slots[m].push(e % H);
  }
  const monthSlots = slots.map((list) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [list[i], list[j]] = [list[j], list[i]];
    }
    return Int32Array.from(list);
  });
  return { dayCount, monthCount, districtCum, deptCum, sourceCum, categories, categoryCum, pool,
    habitualIds, habitualHome, monthSlots };
}
