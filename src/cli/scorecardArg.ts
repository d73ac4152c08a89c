import { DEFAULT_STATE, detectState, presetOf } from '@/domain/geo/states';
import fs from 'node:fs';
import { CliInputError } from './errors';
import { safeParseScorecard, type Scorecard } from '@/domain/scoring';
import { getBuiltinScorecard, BUILTIN_SCORECARD_IDS } from '@/domain/scorecards';

/** A built-in scorecard id or a path to a scorecard JSON file (validated; errors name the path). */
export function resolveScorecard(arg: string): Scorecard {
  const builtin = getBuiltinScorecard(arg);
  if (builtin) return builtin;
  if (!fs.existsSync(arg)) throw new CliInputError(`--scorecard "${arg}": not a built-in (${BUILTIN_SCORECARD_IDS.join(', ')}) and no such file`);
  let json: unknown;
  try { json = JSON.parse(fs.readFileSync(arg, 'utf8')); } catch (e) { throw new CliInputError(`${arg}: not valid JSON (${(e as Error).message})`); }
  const r = safeParseScorecard(json);
  if (!r.success) throw new CliInputError(`${arg}: ${r.issues.slice(0, 3).join('; ')}${r.issues.length > 3 ? ` (+${r.issues.length - 3} more)` : ''}`);
  return r.data;
}

/**
 * The scorecard a command uses: `--scorecard` when given; else, for complaints, the default of the
 * state the data's districts belong to (MP's mp-cm-helpline, Uttarakhand's uk-cm-helpline, Haryana's
 * cm-window; MP when no state is clear); for indicators only, the CM Dashboard.
 */
export function scorecardFor(arg: string | undefined, complaints: boolean, districtNames: readonly string[]): Scorecard {
  if (arg) return resolveScorecard(arg);
  if (!complaints) return resolveScorecard('cm-dashboard');
  return resolveScorecard(presetOf(detectState(districtNames) ?? DEFAULT_STATE).scorecards[0]);
}
