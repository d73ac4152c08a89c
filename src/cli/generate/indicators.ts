/**
 * indicators.csv (period, unit, parameter_id, value, target) for every month × district × CM
 * Dashboard parameter, and parameters.csv (the catalogue). Achievement against target follows a
 * persistent district level (partly shared with its complaint handling), a district × department
 * and a district × parameter effect, a district trend, a slow state-wide improvement and noise;
 * about 1% of values are missing.
 */
import { SCHEME_PARAMETERS } from '../../domain/catalogue/schemes';
import { departmentById } from '../../domain/catalogue/departments';
import { INDICATOR_COLUMNS, PARAMETER_COLUMNS } from '../../data/schema';
import type { SchemeParameter } from '../../domain/catalogue/types';
import type { Calendar } from './calendar';
import { csvField } from './complaints';
import { Rng, normalScores } from './prng';
import type { World } from './world';

/** Units whose target grows with the district's size. */
const SIZED_UNITS = new Set(['count', 'km', 'ha', 'tonnes', 'Rs lakh']);
const CAPS: Record<string, number> = { '%': 100, hours: 24 };

const round1 = (v: number): number => Math.round(v * 10) / 10;

export function* indicatorChunks(world: World, cal: Calendar, seed: number): Generator<string> {
  const rng = new Rng(seed, 404);
  const params: SchemeParameter[] = SCHEME_PARAMETERS;
  const { districts } = world;
  const NP = params.length;
  const deptIdx = new Map(world.depts.map((d, i) => [d.id, i]));
  const meanPop = districts.reduce((s, d) => s + d.pop, 0) / districts.length;

  const level = params.map(() => 0.64 + 0.14 * rng.next()); // typical achievement / target
  const stateGain = params.map(() => 0.05 * rng.next()); // improvement over the window
  const distTrend = normalScores(districts.map(() => rng.normal())).map((z) => 0.06 * z);
  // Persistent district strength: partly the same as its complaint handling (q), partly its own.
  const strength = normalScores(districts.map((d) => 0.6 * d.q + 0.8 * rng.normal())).map((z) => 0.13 * z);
  // District × department: most departments near the district's level, some clearly weak.
  const distDept = districts.map(() => world.depts.map(() => 0.1 * rng.normal() - (rng.next() < 0.1 ? 0.25 : 0)));
  const effect = new Float64Array(districts.length * NP);
  const target = new Float64Array(districts.length * NP);
  districts.forEach((d, di) => {
    const sizeFactor = (d.pop / meanPop) * Math.exp(0.1 * rng.normal());
    params.forEach((p, pi) => {
      effect[di * NP + pi] = strength[di] + distDept[di][deptIdx.get(p.department) ?? 0] + 0.08 * rng.normal();
      target[di * NP + pi] = SIZED_UNITS.has(p.unit) ? Math.max(1, Math.round(p.baseTarget * sizeFactor)) : p.baseTarget;
    });
  });

  let buf = INDICATOR_COLUMNS.join(',') + '\n';
  const M = cal.months.length;
  for (let m = 0; m < M; m++) {
    const x = M > 1 ? m / (M - 1) : 0;
    for (let di = 0; di < districts.length; di++) {
      const unit = csvField(districts[di].name);
      const shock = 0.015 * rng.normal(); // the district's month
      for (let pi = 0; pi < NP; pi++) {
        const p = params[pi];
        const t = target[di * NP + pi];
        const r = level[pi] * Math.exp(effect[di * NP + pi] + (stateGain[pi] + distTrend[di]) * x + shock + 0.04 * rng.normal());
        const missing = rng.next() < 0.01;
        let v = p.direction === 'higher' ? t * r : t / r;
        const cap = CAPS[p.unit];
        if (cap !== undefined && v > cap) v = cap;
        const value = missing ? '' : String(p.unit === 'count' ? Math.round(v) : round1(v));
        buf += `${cal.months[m]},${unit},${p.id},${value},${t}\n`;
      }
      if (buf.length > 1 << 20) { yield buf; buf = ''; }
    }
  }
  if (buf) yield buf;
}

export function parametersCsv(): string {
  const rows = SCHEME_PARAMETERS.map((p) => [p.id, p.name.en, p.name.hi, departmentById(p.department)?.name.en ?? p.department,
    p.unit, p.direction].map(csvField).join(','));
  return [PARAMETER_COLUMNS.join(','), ...rows].join('\n') + '\n';
}
