// Dates and times (明天上午, 下周五前, 下週五, by Friday EOD, on the 12th) resolved relative to `now` with
// chrono-node. Only called for sentences that already carry a time cue, and cached per sentence text
// and day. chrono costs ~80–100 µs per call whatever the length, so the uncached sentences of one
// analysis are parsed in one call per language, joined with a separator no date pattern crosses.

import * as chrono from 'chrono-node';
import { normalize } from './normalize.ts';
import type { DateMention, Script } from './types.ts';

interface Found {
  index: number;
  length: number;
  text: string;
  date: string;
}

/** Dropped by making a new Map, never `clear()` (why: features.ts). */
let cache = new Map<string, Found[]>();
const SEP = '\n。\n';

export function clearDateCache(): void {
  cache = new Map();
}

function dayKey(now: Date): string {
  return `${now.getFullYear()}-${now.getMonth()}-${now.getDate()}`;
}

export interface DateItem {
  text: string;
  offset: number;
  script: Script;
}

// Chinese goes through the simplified parser on the normalised text (traditional characters folded,
// same indices), which costs half of chrono's combined simplified + traditional parser.
function parseJoined(parser: 'zh' | 'en', texts: string[], now: Date): Found[][] {
  const out: Found[][] = texts.map(() => []);
  const joined = parser === 'zh' ? normalize(texts.join(SEP)) : texts.join(SEP);
  const original = parser === 'zh' ? texts.join(SEP) : joined;
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + SEP.length;
  }
  let results: chrono.ParsedResult[] = [];
  try {
    results = (parser === 'zh' ? chrono.zh.hans : chrono.en).parse(joined, now, { forwardDate: true });
  } catch {
    // A parser failure must never break analysis; the cue-based detection still stands.
  }
  for (const r of results) {
    // The part that contains the result's start (binary search over part starts).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= r.index) lo = mid;
      else hi = mid - 1;
    }
    const rel = r.index - starts[lo]!;
    if (rel + r.text.length > texts[lo]!.length) continue; // crosses a separator
    out[lo]!.push({ index: rel, length: r.text.length, text: original.slice(r.index, r.index + r.text.length), date: r.start.date().toISOString() });
  }
  return out;
}

/** Date mentions in each item (a sentence and its offset in the draft), in the same order. */
export function parseDatesBatch(items: DateItem[], now: Date): DateMention[][] {
  const day = dayKey(now);
  const pending: { zh: string[]; en: string[] } = { zh: [], en: [] };
  const found: (Found[] | undefined)[] = items.map((it) => cache.get(`${day}\u0000${it.text}`));
  items.forEach((it, i) => {
    if (found[i]) return;
    if (it.script !== 'en') pending.zh.push(it.text);
    if (it.script === 'en' || it.script === 'mixed') pending.en.push(it.text);
  });
  const fresh = new Map<string, Found[]>();
  for (const parser of ['zh', 'en'] as const) {
    const texts = [...new Set(pending[parser])];
    if (texts.length === 0) continue;
    const res = parseJoined(parser, texts, now);
    texts.forEach((t, i) => {
      const prev = fresh.get(t);
      const mine = res[i]!;
      if (!prev) fresh.set(t, mine);
      else for (const f of mine) if (!prev.some((p) => p.index < f.index + f.length && f.index < p.index + p.length)) prev.push(f);
    });
  }
  if (cache.size > 5000) cache = new Map();
  for (const [t, f] of fresh) {
    f.sort((a, b) => a.index - b.index);
    cache.set(`${day}\u0000${t}`, f);
  }
  return items.map((it, i) => {
    const f = found[i] ?? fresh.get(it.text) ?? [];
    return f.map((d) => ({ start: it.offset + d.index, end: it.offset + d.index + d.length, text: d.text, date: d.date }));
  });
}
