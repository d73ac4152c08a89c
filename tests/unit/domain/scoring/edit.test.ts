import { describe, expect, it } from 'vitest';
import { parseScorecard, safeParseScorecard } from '@/domain/scoring/validate';
import { nodeIndex, issuesByNode, copyScorecard, freeId, keepsValidWeight } from '@/domain/scoring/edit';
import type { Scorecard } from '@/domain/scoring/types';

const card = parseScorecard({
  id: 'e', name: { en: 'E' },
  children: [
    { id: 'g', weight: 3, children: [
      { id: 'a', weight: 1, source: { metric: 'a' }, normalize: { method: 'ratio' } },
      { id: 'b', weight: 3, source: { metric: 'b' }, normalize: { method: 'ratio' } },
    ] },
    { id: 'c', weight: 1, source: { metric: 'c' }, normalize: { method: 'ratio' } },
  ],
});

describe('scorecard editing helpers', () => {
  it('effective share = product of sibling shares down the tree', () => {
    const idx = nodeIndex(card);
    expect([...idx.keys()]).toEqual(['g', 'a', 'b', 'c']);
    expect(idx.get('g')).toMatchObject({ path: 'children[0]', depth: 1, share: 0.75, effective: 0.75 });
    expect(idx.get('b')).toMatchObject({ path: 'children[0].children[1]', depth: 2, share: 0.75, effective: 0.5625 });
    expect(idx.get('a')!.effective).toBeCloseTo(0.1875, 12);
    expect(idx.get('c')!.effective).toBe(0.25);
  });

  it('places validator messages on the node they name, the rest on the card', () => {
    const broken = structuredClone(card) as unknown as { children: { children: Record<string, unknown>[] }[]; grades: unknown };
    broken.children[0].children[1].weight = 'x';
    broken.grades = 'A';
    const r = safeParseScorecard(broken);
    expect(r.success).toBe(false);
    const issues = !r.success ? r.issues : [];
    const by = issuesByNode(card, issues);
    expect(by.nodes.get('b')).toEqual([expect.stringMatching(/^weight: must be a number/)]);
    expect(by.card).toEqual([expect.stringMatching(/^grades/)]);
  });

  it('copies with a new id, leaving the original alone; free ids count up', () => {
    const c = copyScorecard(card, 'e-copy', { en: 'E (copy)' });
    (c.children[0] as Scorecard['children'][number]).weight = 9;
    expect(card.children[0].weight).toBe(3);
    expect([c.id, c.name.en]).toEqual(['e-copy', 'E (copy)']);
    expect(freeId('e', ['e', 'e-2'])).toBe('e-3');
    expect(freeId('f', ['e'])).toBe('f');
  });
});

describe('keepsValidWeight: the weight edits the workbench need not validate in full', () => {
  const kids = (...w: (number | undefined)[]) => w.map((x, i) => ({ id: `p${i}`, ...(x === undefined ? {} : { weight: x }), source: { metric: 'm' }, normalize: { method: 'ratio' as const } }));
  it.each([
    ['a positive number, a sibling above 0', kids(2, 1), 2, true],
    ['0 while a sibling keeps 1', kids(0, 1), 0, true],
    ['a sibling without a weight counts as 1', kids(0, undefined), 0, true],
    ['every sibling at 0', kids(0, 0), 0, false],
    ['negative', kids(-1, 1), -1, false],
    ['text (the input held "x")', kids(1, 1), 'x', false],
    ['Infinity', kids(1, 1), Infinity, false],
  ] as const)('%s → %s', (_n, siblings, value, expected) => {
    expect(keepsValidWeight(siblings, value)).toBe(expected);
    // and the validator agrees whenever the fast path says valid
    if (expected) expect(safeParseScorecard({ id: 'k', name: { en: 'K' }, children: siblings }).success).toBe(true);
  });
});
