/**
 * The days allowed at each level on the escalation view (#/escalation): per level, the limit a user
 * changed on that view for this state and scorecard, else the active scorecard's `timeLimitDays`
 * when it sets that level, else the state preset's default. Levels are the preset's four, and L5
 * when the scorecard sets one (MP is adding an L5). Pure: no Vue, no DuckDB.
 */
import type { TimeLimits } from './metrics';

export type LimitSource = 'here' | 'scorecard' | 'preset';
export interface LevelLimit { level: number; days: number; from: LimitSource }
type LevelKey = keyof TimeLimits;

const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * `preset`: the state's defaults for L1–L4; `card`: the scorecard's timeLimitDays (may leave levels
 * out); `here`: days changed on the view, by level (1-based keys), which win over both.
 */
export function levelLimits(preset: Readonly<Record<'1' | '2' | '3' | '4', number>>, card: TimeLimits | undefined, here?: Readonly<Record<string, number>>): LevelLimit[] {
  const levels = ok(card?.['5']) ? 5 : 4;
  const out: LevelLimit[] = [];
  for (let level = 1; level <= levels; level++) {
    const k = String(level) as LevelKey;
    const own = here?.[k];
    const fromCard = card?.[k];
    if (ok(own)) out.push({ level, days: own, from: 'here' });
    else if (ok(fromCard)) out.push({ level, days: fromCard, from: 'scorecard' });
    else out.push({ level, days: level <= 4 ? preset[k as '1'] : 0, from: 'preset' });
  }
  return out;
}
