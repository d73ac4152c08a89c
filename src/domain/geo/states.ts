/**
 * State presets: Madhya Pradesh (CM Helpline 181), Uttarakhand (CM Helpline 1905) and Haryana
 * (CM Window, SMGT, Samadhan camps). Each carries its district list with divisions, the tile
 * map's width, its built-in scorecards (the first is the default) and which state-specific review
 * sections it shows. Pure data + functions: no Vue, no DuckDB.
 */
import { MP_DISTRICTS, MP_DIVISIONS, type District, type Division } from './mpDistricts';
import { UK_DISTRICTS, UK_DIVISIONS } from './ukDistricts';
import { HR_DISTRICTS, HR_DIVISIONS } from './hrDistricts';
import { matchDistrict } from './matchDistrict';
import { tileLayout, type Tile } from '../tileMap';

export const STATE_IDS = ['mp', 'uk', 'hr'] as const;
export type StateId = (typeof STATE_IDS)[number];
export const DEFAULT_STATE: StateId = 'mp';

export interface StatePreset {
  id: StateId;
  name: { en: string; hi: string };
  /** the helpline / grievance systems the state's reviews run on */
  helpline: { en: string; hi: string };
  districts: readonly District[];
  divisions: readonly Division[];
  /** columns of the tile map */
  tileCols: number;
  /** built-in scorecard ids offered first; [0] is the default scorecard for the state */
  scorecards: readonly string[];
  /** state-specific review views (#/escalation for 'escalation', #/atr for 'atr' and 'dailyReport') */
  sections: readonly ('escalation' | 'dailyReport' | 'atr')[];
  /** who a complaint sits with at each level (L1 first) */
  levels: readonly { en: string; hi: string }[];
  /** days allowed at each level (the preset's defaults; the escalation view lets a user change L2–L4) */
  timeLimitDays: Readonly<Record<'1' | '2' | '3' | '4', number>>;
  /** sources shown with their own daily report (Haryana: SMGT and Samadhan camps, CM Window) */
  dailySources: readonly string[];
}

const MP_LEVELS = [
  { en: 'L1 officer', hi: 'L1 अधिकारी' }, { en: 'L2 district officer', hi: 'L2 जिला अधिकारी' },
  { en: 'L3 division / directorate', hi: 'L3 संभाग / संचालनालय' }, { en: 'L4 state', hi: 'L4 राज्य' },
];
const UK_LEVELS = [
  { en: 'L1 officer', hi: 'L1 अधिकारी' }, { en: 'L2 district senior officer', hi: 'L2 जिला वरिष्ठ अधिकारी' },
  { en: 'L3 directorate', hi: 'L3 निदेशालय' }, { en: 'L4 secretary', hi: 'L4 सचिव' },
];
const HR_LEVELS = [
  { en: 'L1 officer', hi: 'L1 अधिकारी' }, { en: 'L2 district head', hi: 'L2 जिला प्रमुख' },
  { en: 'L3 DC / department HQ', hi: 'L3 उपायुक्त / विभाग मुख्यालय' }, { en: 'L4 CM Window cell', hi: 'L4 सीएम विंडो प्रकोष्ठ' },
];

export const STATE_PRESETS: Record<StateId, StatePreset> = {
  mp: {
    id: 'mp', name: { en: 'Madhya Pradesh', hi: 'मध्यप्रदेश' }, helpline: { en: 'CM Helpline 181', hi: 'सीएम हेल्पलाइन 181' },
    districts: MP_DISTRICTS, divisions: MP_DIVISIONS, tileCols: 12, scorecards: ['mp-cm-helpline', 'cm-dashboard', 'cm-window'], sections: [],
    levels: MP_LEVELS, timeLimitDays: { 1: 7, 2: 7, 3: 7, 4: 10 }, dailySources: [],
  },
  uk: {
    id: 'uk', name: { en: 'Uttarakhand', hi: 'उत्तराखंड' }, helpline: { en: 'CM Helpline 1905', hi: 'सीएम हेल्पलाइन 1905' },
    districts: UK_DISTRICTS, divisions: UK_DIVISIONS, tileCols: 6, scorecards: ['uk-cm-helpline', 'cm-dashboard'], sections: ['escalation'],
    // L1 = 7 days is Uttarakhand's rule; L2–L4 are assumptions (changeable on #/escalation)
    levels: UK_LEVELS, timeLimitDays: { 1: 7, 2: 7, 3: 7, 4: 10 }, dailySources: [],
  },
  hr: {
    id: 'hr', name: { en: 'Haryana', hi: 'हरियाणा' }, helpline: { en: 'CM Window, SMGT and Samadhan camps', hi: 'सीएम विंडो, एसएमजीटी और समाधान शिविर' },
    districts: HR_DISTRICTS, divisions: HR_DIVISIONS, tileCols: 7, scorecards: ['cm-window', 'cm-dashboard'], sections: ['dailyReport', 'atr'],
    // assumed limits (Haryana's level limits are not published in one place)
    levels: HR_LEVELS, timeLimitDays: { 1: 7, 2: 7, 3: 7, 4: 7 }, dailySources: ['smgt', 'samadhan_camp', 'cm_window'],
  },
};

export function isStateId(v: unknown): v is StateId {
  return typeof v === 'string' && (STATE_IDS as readonly string[]).includes(v);
}

/** Every preset's districts (no name is shared between the three states). */
export const ALL_DISTRICTS: readonly District[] = [...MP_DISTRICTS, ...UK_DISTRICTS, ...HR_DISTRICTS];
export const ALL_DIVISIONS: readonly Division[] = [...MP_DIVISIONS, ...UK_DIVISIONS, ...HR_DIVISIONS];

/** The state a district (by canonical name) belongs to. */
export function stateOfDistrict(name: string): StateId | null {
  for (const id of STATE_IDS) if (STATE_PRESETS[id].districts.some((d) => d.name === name)) return id;
  return null;
}

/** A district of any preset, by any of its spellings. */
export function matchAnyDistrict(name: string | null | undefined): District | null {
  return matchDistrict(name, ALL_DISTRICTS);
}

export interface Detection { state: StateId; matched: number; total: number }

/**
 * The state whose district list matches most of the distinct names (English or Hindi, any known
 * spelling), or null when fewer than half of the names belong to any one state (a department-
 * or officer-level file, or another state's data). Ties go to the order mp, uk, hr.
 */
export function detectStateDetail(names: Iterable<string | null | undefined>): Detection | null {
  const distinct = [...new Set([...names].filter((n): n is string => !!n && !!String(n).trim()))];
  if (!distinct.length) return null;
  let best: Detection | null = null;
  for (const id of STATE_IDS) {
    const list = STATE_PRESETS[id].districts;
    const matched = distinct.filter((n) => matchDistrict(n, list)).length;
    if (matched && (!best || matched > best.matched)) best = { state: id, matched, total: distinct.length };
  }
  return best && best.matched * 2 >= best.total ? best : null;
}

/** detectStateDetail's state only (see there). */
export function detectState(names: Iterable<string | null | undefined>): StateId | null {
  return detectStateDetail(names)?.state ?? null;
}

/**
 * The district list an import's names are matched against: the state most of the names belong to
 * (at least half), else `fallback` — the dataset's preset — else Madhya Pradesh's. Never a mix of
 * states, so an MP file never takes in a Haryana name as a district.
 */
export function districtListFor(names: Iterable<string | null | undefined>, fallback?: StateId | null): readonly District[] {
  return STATE_PRESETS[detectState(names) ?? fallback ?? DEFAULT_STATE].districts;
}

/** The preset of an id (anything else → Madhya Pradesh). */
export function presetOf(id: string | null | undefined): StatePreset {
  return isStateId(id) ? STATE_PRESETS[id] : STATE_PRESETS[DEFAULT_STATE];
}

const tiles = new Map<StateId, Tile[]>();
/** The state's tile map: one cell per district near its headquarters, `tileCols` wide. */
export function stateTiles(id: StateId): Tile[] {
  let t = tiles.get(id);
  if (!t) { t = tileLayout(STATE_PRESETS[id].districts, STATE_PRESETS[id].tileCols); tiles.set(id, t); }
  return t;
}
