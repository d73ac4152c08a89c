/** The sample's calendar: the months covered, epoch-day ranges, and ISO strings for each day. */
const DAY_MS = 86_400_000;

export interface Calendar {
  /** 'YYYY-MM' of each month, oldest first. */
  months: string[];
  /** Calendar month (0 = January) of each window month. */
  calMonth: number[];
  /** First and last epoch day (days since 1970-01-01) of each window month. */
  monthStart: number[];
  monthEnd: number[];
  /** First day of the window and the as-of date (last day of the last month), as epoch days. */
  startDay: number;
  asOfDay: number;
  /** iso[day − startDay] = 'YYYY-MM-DD'. */
  iso: string[];
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Parse 'YYYY-MM'; throws on anything else. */
export function parseMonth(s: string): { year: number; month: number } {
  const m = MONTH_RE.exec(s);
  if (!m) throw new Error(`month must be YYYY-MM, got '${s}'`);
  return { year: Number(m[1]), month: Number(m[2]) - 1 };
}

export function buildCalendar(endMonth: string, count: number): Calendar {
  const { year, month } = parseMonth(endMonth);
  const months: string[] = [];
  const calMonth: number[] = [];
  const monthStart: number[] = [];
  const monthEnd: number[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const first = new Date(Date.UTC(year, month - k, 1));
    const next = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
    months.push(first.toISOString().slice(0, 7));
    calMonth.push(first.getUTCMonth());
    monthStart.push(first.getTime() / DAY_MS);
    monthEnd.push(next / DAY_MS - 1);
  }
  const startDay = monthStart[0];
  const asOfDay = monthEnd[count - 1];
  const iso: string[] = [];
  for (let d = startDay; d <= asOfDay; d++) iso.push(new Date(d * DAY_MS).toISOString().slice(0, 10));
  return { months, calMonth, monthStart, monthEnd, startDay, asOfDay, iso };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(epochDay: number): number {
  return (epochDay + 4) % 7;
}
