/**
 * How big a user's small files may be before they are refused, quickly and with a message, instead
 * of freezing the page: mappings, scorecards and boundary files. Data files (complaints, indicators)
 * have no such limit; the importer streams them.
 */
export const LIMITS = {
  mappingBytes: 1_000_000,
  scorecardBytes: 10_000_000,
  scorecardNodes: 5_000,
  scorecardDepth: 12,
  boundaryBytes: 50_000_000,
  boundaryFeatures: 5_000,
} as const;

export class TooBigError extends Error {
  constructor(readonly what: string, readonly limit: string) {
    super(`${what} is too big: ${limit}`);
    this.name = 'TooBigError';
  }
}

const mb = (n: number) => `${Math.round(n / 1e5) / 10} MB`;

/** Refuse text over `max` bytes (UTF-16 length is a lower bound of the UTF-8 size, so this never refuses less than it says). */
export function checkTextSize(what: string, length: number, max: number): void {
  if (length > max) throw new TooBigError(what, `${mb(length)}, at most ${mb(max)} is read`);
}

/**
 * Count a scorecard's nodes and depth without recursion (a hostile file 10,000 levels deep must not
 * overflow the stack), before the schema check walks it.
 */
export function checkScorecardTree(json: unknown): void {
  const stack: [unknown, number][] = [[json, 0]];
  let nodes = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    nodes++;
    if (nodes > LIMITS.scorecardNodes) throw new TooBigError('the scorecard', `more than ${LIMITS.scorecardNodes} nodes`);
    if (depth > LIMITS.scorecardDepth) throw new TooBigError('the scorecard', `deeper than ${LIMITS.scorecardDepth} levels`);
    const children = (node as { children?: unknown }).children;
    if (Array.isArray(children)) for (const c of children) stack.push([c, depth + 1]);
  }
}
