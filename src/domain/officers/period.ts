/** A run of whole calendar months "from..to" (both YYYY-MM), with its first and last day. */
import { monthBounds, addMonths } from '../metrics';

export { addMonths };

export interface PeriodRange {
  from: string;
  to: string;
  /** First day of `from`, last day of `to` (ISO). */
  start: string;
  end: string;
  /** "2026-10" for one month, "2026-08..2026-10" for several. */
  label: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Validates and orders a month range; throws with a clear message on a bad month or from > to. */
export function periodRange(from: string, to: string = from): PeriodRange {
  for (const m of [from, to]) if (!MONTH.test(m)) throw new Error(`a period must be YYYY-MM, got "${m}"`);
  if (from > to) throw new Error(`the range starts after it ends: ${from} > ${to}`);
  return { from, to, start: monthBounds(from).start, end: monthBounds(to).end, label: from === to ? from : `${from}..${to}` };
}

/** Every month from `from` to `to` inclusive, ascending. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
