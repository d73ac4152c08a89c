/**
 * complaints.csv: one row per complaint in registration order, built in ~1 MB string chunks so a
 * million rows never sit in memory as objects. Lifecycle per complaint: the L1 officer's behaviour
 * that month (profile × district × trend × skill) decides days to first action, days to close (or
 * stuck), closure kind, quality audit, ATR and feedback; the level follows the time limits.
 */
import { COMPLAINT_COLUMNS, ALLOWED_VALUES } from '../../data/schema';
import type { Calendar } from './calendar';
import { P, STRIDE } from './profiles';
import { Rng, sampleCum } from './prng';
import { SOURCES, complainantId, type Volume } from './volume';
import type { World } from './world';

/** The cumulative days (L1 = 7, L2 = 7, L3 = 7, L4 = 10 allowed) at which a complaint moves up a level. */
const UP_AT_2 = 7;
const UP_AT_3 = 14;
const UP_AT_4 = 21;

const KINDS = ALLOWED_VALUES.closure_type as readonly string[];
const REOPEN = [0.005, 0.05, 0.08, 0.02];
const CHUNK = 1 << 20;

/** Quote a CSV field if it needs it. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
}

function feedback(kind: number, u: number): string {
  switch (kind) {
    case 0: return u < 0.85 ? 'satisfied' : 'unreachable';
    case 1: return u < 0.3 ? 'satisfied' : u < 0.85 ? 'dissatisfied' : 'unreachable';
    case 2: return u < 0.7 ? 'dissatisfied' : 'unreachable';
    default: return u < 0.4 ? 'dissatisfied' : u < 0.8 ? 'unreachable' : '';
  }
}

export function* complaintChunks(world: World, cal: Calendar, vol: Volume, seed: number): Generator<string> {
  const rng = new Rng(seed, 303);
  const { districts, depts, l1, l1Start, l1Count, behaviour } = world;
  const M = cal.months.length;
  const ND = districts.length;
  const D = depts.length;
  const NS = SOURCES.length;
  const distCsv = districts.map((d) => csvField(d.name));
  const deptCsv = depts.map((d) => csvField(d.name));
  const catCsv = vol.categories.map((list) => list.map(csvField));
  const blockCsv = districts.map((d) => d.blocks.map(csvField));
  const officerCsv = l1.map((o) => `${csvField(o.id)},${csvField(o.name)}`);
  const officerBlock = l1.map((o) => (o.block ? csvField(o.block) : ''));
  const forceCloser = l1.map((o) => o.profile === 'force_closer');
  const lnSlow = depts.map((d) => Math.log(d.profile.slow));
  const deptStuck = depts.map((d) => d.profile.stuck);
  const deptSat = depts.map((d) => d.profile.sat);
  const iso = cal.iso;
  const asOf = cal.asOfDay;

  let buf = COMPLAINT_COLUMNS.join(',') + '\n';
  let year = -1;
  let seq = 0;
  for (let m = 0; m < M; m++) {
    const cm = cal.calMonth[m];
    const slots = vol.monthSlots[m];
    let slotPos = 0;
    let left = vol.monthCount[m];
    for (let day = cal.monthStart[m]; day <= cal.monthEnd[m]; day++) {
      const di0 = day - cal.startDay;
      const yy = Number(iso[di0].slice(2, 4));
      if (yy !== year) { year = yy; seq = 0; }
      const regIso = iso[di0];
      const horizon = asOf - day;
      for (let n = vol.dayCount[di0]; n > 0; n--) {
        let hab = -1;
        if (slotPos < slots.length && rng.next() * left < slots.length - slotPos) hab = slots[slotPos++];
        left--;
        const di = hab >= 0 ? vol.habitualHome[hab] : sampleCum(vol.districtCum, rng.next());
        const base = (m * ND + di) * D;
        const k = sampleCum(vol.deptCum, rng.next(), base, base + D) - base;
        const cnt = l1Count[di * D + k];
        const oi = l1Start[di * D + k] + (cnt > 1 ? rng.int(cnt) : 0);
        const src = sampleCum(vol.sourceCum, rng.next(), cm * NS, cm * NS + NS) - cm * NS;
        const cats = vol.categoryCum[k];
        const cat = catCsv[k][sampleCum(cats, rng.next())];
        const block = officerBlock[oi] || blockCsv[di][rng.int(blockCsv[di].length)];
        const who = hab >= 0 ? vol.habitualIds[hab] : complainantId(seed, di, rng.int(vol.pool[di]));

        // Lifecycle.
        const b = (oi * M + m) * STRIDE;
        let T: number;
        if (rng.next() < behaviour[b + P.stuck] * deptStuck[k]) T = 50 + Math.floor(rng.exp(behaviour[b + P.stuckDays]));
        else T = Math.floor(Math.exp(behaviour[b + P.logMedian] + lnSlow[k] + behaviour[b + P.sigma] * rng.normal()));
        const u = rng.next();
        let kind = u < behaviour[b + P.cumSat] ? 0 : u < behaviour[b + P.cumPart] ? 1 : u < behaviour[b + P.cumForce] ? 2 : 3;
        const s = deptSat[k];
        if (s > 0 && (kind === 1 || kind === 2) && rng.next() < 2 * s) kind = 0;
        else if (s < 0 && kind === 0 && rng.next() < -s) kind = 2;
        if (kind === 3 && T <= UP_AT_3) T = UP_AT_3 + 1 + rng.int(20); // special closure is approved at L3+
        else if (kind === 2 && !forceCloser[oi] && T <= UP_AT_2) T = UP_AT_2 + 1 + rng.int(14);
        const closed = T <= horizon;
        const never = rng.next() < behaviour[b + P.never];
        let A = Math.floor(rng.exp(behaviour[b + P.attend]));
        if (closed && A > T) A = T;
        const attended = never || A > horizon ? '' : iso[di0 + A];
        const age = closed ? T : horizon;
        const level = age <= UP_AT_2 ? 1 : age <= UP_AT_3 ? 2 : age <= UP_AT_4 ? 3 : 4;

        let tail: string;
        if (closed) {
          const q = rng.next() < behaviour[b + P.lowQ + kind] ? 'low' : 'ok';
          const fb = feedback(kind, rng.next());
          const atr = rng.next() < behaviour[b + P.atr] ? iso[di0 + T - Math.min(T, rng.int(3))] : '';
          const reopened = rng.next() < REOPEN[kind] ? '1' : '0';
          tail = `closed,${iso[di0 + T]},${KINDS[kind]},${q},${fb},${atr},${reopened}`;
        } else {
          tail = 'open,,,,,,0';
        }
        seq++;
        buf += `${year * 100_000_000 + seq},${regIso},${distCsv[di]},${deptCsv[k]},${SOURCES[src]},${block},${cat},${who},` +
          `${officerCsv[oi]},${level},${attended},${tail}\n`;
        if (buf.length > CHUNK) { yield buf; buf = ''; }
      }
    }
  }
  if (buf) yield buf;
}
