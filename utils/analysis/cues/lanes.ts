// The scanner's lanes (scanner.ts): which conditional alternatives of a pattern share a bit of the
// second mask.

import type { Branch } from './literals.ts';

/**
 * Lanes: the 32 bits of a second mask, each owned by one pattern and holding some of its conditional
 * alternatives, so that a lead counts only where a literal required by an alternative of its own lane
 * follows. With one bit per pattern, a literal required by any alternative let the leads of all the
 * others count (the reason cue has over a hundred). Patterns with two or more distinct
 * required-literal sets share the lanes in proportion to their number of sets; alternatives with the
 * same set share a lane. Any assignment is sound: a lane only ever holds alternatives of its owner.
 */
export function assignLanes(all: readonly (Branch[] | undefined)[]): Map<Branch, number> {
  const keyOf = (b: Branch) => [...new Set(b.req)].sort().join('\u0000');
  const groups = all.map((bs) => [...new Set((bs ?? []).filter((b) => b.req).map(keyOf))]);
  const total = groups.reduce((n, g) => n + (g.length >= 2 ? g.length : 0), 0);
  const out = new Map<Branch, number>();
  let base = 0;
  all.forEach((bs, k) => {
    const g = groups[k]!;
    const n = g.length >= 2 ? Math.min(g.length, Math.floor((32 * g.length) / total)) : 0;
    if (n === 0 || base + n > 32) return;
    for (const b of bs ?? []) if (b.req) out.set(b, base + (g.indexOf(keyOf(b)) % n));
    base += n;
  });
  return out;
}
