/**
 * The built-in scorecards: plain JSON files a user can copy, edit, import and export.
 * Each is validated when this module loads, so a broken built-in fails loudly and early.
 */
import { parseScorecard } from '../scoring/validate';
import type { Scorecard } from '../scoring/types';
import mpCmHelpline from './mp-cm-helpline.json';
import cmWindow from './cm-window.json';
import cmDashboard from './cm-dashboard.json';
import ukCmHelpline from './uk-cm-helpline.json';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Read-only; use getBuiltinScorecard for a copy to edit. */
export const BUILTIN_SCORECARDS: readonly Scorecard[] = deepFreeze([mpCmHelpline, cmDashboard, cmWindow, ukCmHelpline].map((json) => parseScorecard(json)));

export const BUILTIN_SCORECARD_IDS: readonly string[] = BUILTIN_SCORECARDS.map((c) => c.id);

/** A fresh deep copy of the built-in scorecard with this id (safe to edit), or undefined. */
export function getBuiltinScorecard(id: string): Scorecard | undefined {
  const card = BUILTIN_SCORECARDS.find((c) => c.id === id);
  return card ? structuredClone(card) : undefined;
}
