/**
 * loadBriefing on a generated dataset through the CLI's own inputs (openInputs): the briefing's
 * league numbers are the numbers `samiksha score` prints, its headline the state metrics query,
 * its pending table adds up to the state's pending.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { generate } from '@/cli/generate';
import { openInputs, type OpenInputs } from '@/cli/inputs';
import { runScore } from '@/cli/score/command';
import { getBuiltinScorecard } from '@/domain/scorecards';
import { loadBriefing, fetchBriefingInputs, BriefingError } from '@/data/queries/briefing';
import { complaintMetrics } from '@/data/queries/complaintMetrics';
import { sectionOf } from '@/domain/briefing/model';
import type { ScoreOutput } from '@/domain/scoring';

let dir: string;
let inputs: OpenInputs;
let score: ScoreOutput;
const card = getBuiltinScorecard('mp-cm-helpline')!;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-briefing-'));
  await generate({ seed: 5, complaints: 15_000, out: dir });
  const complaints = path.join(dir, 'complaints.csv');
  score = await runScore({ complaints, unit: 'district', format: 'json' });
  inputs = await openInputs({ complaints });
}, 180_000);
afterAll(() => { inputs?.close(); fs.rmSync(dir, { recursive: true, force: true }); });

describe('loadBriefing', () => {
  it('state: ranks, scores, grades and deltas equal `samiksha score`; latest month by default', async () => {
    const b = await loadBriefing(inputs.db, { card, datasetName: 'complaints.csv', summary: inputs.summary });
    expect(b.meta.period).toBe(score.period);
    expect(b.meta.dataAsOf).toBe(inputs.summary.lastDate);
    const cli = new Map(score.rows.map((r) => [r.unit, r]));
    const cards = sectionOf(b, 'cards')!.cards;
    expect(cards).toHaveLength(score.rows.length);
    for (const c of cards) {
      const r = cli.get(c.unit)!;
      expect([c.unit, c.rank, c.score, c.grade ?? '', c.previousRank, c.deltaRank, c.deltaScore]).toEqual([r.unit, r.rank, r.score, r.grade, r.previousRank, r.deltaRank, r.deltaScore]);
    }
    const top = sectionOf(b, 'top')!.rows;
    expect(top).toHaveLength(10);
    expect(top[0].overallRank).toBe(1);
    // marks lost of the top-level parameters add up to 100 − score (an arithmetic tree)
    const c0 = cards[0];
    expect(c0.marksLost.reduce((s, r) => s + (r.lost ?? 0), 0)).toBeCloseTo(100 - cli.get(c0.unit)!.score, 1);
  }, 60_000);

  it('headline = the state metrics query; pending by department adds up to it', async () => {
    const b = await loadBriefing(inputs.db, { card, datasetName: 'x', summary: inputs.summary });
    const [state] = await complaintMetrics(inputs.db, { period: b.meta.period, unit: 'state', timeLimitDays: card.timeLimitDays });
    const h = sectionOf(b, 'headline')!;
    expect(h.figures.find((f) => f.key === 'received')!.value).toBe(state.received);
    const p = sectionOf(b, 'pending')!;
    expect([p.total.pending_end, p.total.pending_over_50, p.total.pending_over_100, p.total.pending_over_300])
      .toEqual([state.pending_end, state.pending_over_50, state.pending_over_100, state.pending_over_300]);
  }, 60_000);

  it('one district by any spelling; its card only; an unknown district is a BriefingError', async () => {
    const name = score.rows[3].unit;
    const b = await loadBriefing(inputs.db, { card, datasetName: 'x', district: `  ${name.toUpperCase()} `, summary: inputs.summary });
    expect(b.meta.scope).toEqual({ kind: 'district', district: name });
    expect(sectionOf(b, 'cards')!.cards.map((c) => [c.unit, c.rank])).toEqual([[name, score.rows[3].rank]]);
    expect(sectionOf(b, 'headline')!.district!.unit).toBe(name);
    await expect(loadBriefing(inputs.db, { card, datasetName: 'x', district: 'Atlantis', summary: inputs.summary })).rejects.toBeInstanceOf(BriefingError);
  }, 60_000);

  it('only the wanted sections are queried', async () => {
    const i = await fetchBriefingInputs(inputs.db, { card, datasetName: 'x', summary: inputs.summary, sections: ['top'] });
    expect([i.officers.length, i.districtDepartments.length, i.departments.length, i.headline]).toEqual([0, 0, 0, null]);
    expect(i.current.length).toBeGreaterThan(0);
  }, 60_000);
});
