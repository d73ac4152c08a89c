/**
 * The CM-Dashboard scheme catalogue: real Madhya Pradesh / centrally sponsored schemes and the
 * 163 scheme-progress parameters (target vs achievement) the dashboard scores districts on.
 */
import type { Scheme, SchemeParameter } from './types';
import type { SchemeDef } from './schemeData/define';
import { HEALTH_SCHEMES } from './schemeData/health';
import { RURAL_URBAN_SCHEMES } from './schemeData/rural';
import { WELFARE_SCHEMES } from './schemeData/welfare';
import { ECONOMY_SCHEMES } from './schemeData/economy';

const DEFS: SchemeDef[] = [...HEALTH_SCHEMES, ...RURAL_URBAN_SCHEMES, ...WELFARE_SCHEMES, ...ECONOMY_SCHEMES];

export const SCHEMES: Scheme[] = DEFS.map((s) => ({ id: s.id, name: { en: s.en, hi: s.hi }, department: s.department }));

export const SCHEME_PARAMETERS: SchemeParameter[] = DEFS.flatMap((s) =>
  s.params.map(([id, en, hi, unit, baseTarget, direction]) => ({
    id, name: { en, hi }, department: s.department, scheme: s.id, unit, direction: direction ?? 'higher', baseTarget,
  })),
);

const PARAM_BY_ID = new Map(SCHEME_PARAMETERS.map((p) => [p.id, p]));

/** The parameter with this id, or undefined. */
export function schemeParameterById(id: string): SchemeParameter | undefined {
  return PARAM_BY_ID.get(id);
}
