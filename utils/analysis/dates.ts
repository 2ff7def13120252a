// Dates and times (明天上午, 下周五前, 下週五, by Friday EOD, on the 12th) resolved relative to `now` with
// chrono-node. Only called for sentences that already carry a time cue, and cached per sentence text
// and day, because chrono costs tens of microseconds per sentence.

import * as chrono from 'chrono-node';
import type { DateMention, Script } from './types.ts';

const cache = new Map<string, { index: number; length: number; text: string; date: string }[]>();

export function clearDateCache(): void {
  cache.clear();
}

function dayKey(now: Date): string {
  return `${now.getFullYear()}-${now.getMonth()}-${now.getDate()}`;
}

/** Date mentions in one sentence; `offset` is the sentence's start in the draft. */
export function parseDates(sentence: string, offset: number, script: Script, now: Date): DateMention[] {
  const key = `${dayKey(now)}\u0000${sentence}`;
  let found = cache.get(key);
  if (!found) {
    found = [];
    const opts = { forwardDate: true };
    try {
      const results =
        script === 'en'
          ? chrono.en.parse(sentence, now, opts)
          : script === 'zh'
            ? chrono.zh.parse(sentence, now, opts)
            : [...chrono.zh.parse(sentence, now, opts), ...chrono.en.parse(sentence, now, opts)];
      for (const r of results) found.push({ index: r.index, length: r.text.length, text: r.text, date: r.start.date().toISOString() });
    } catch {
      // A parser failure must never break analysis; the cue-based detection still stands.
    }
    if (cache.size > 5000) cache.clear();
    cache.set(key, found);
  }
  return found.map((d) => ({ start: offset + d.index, end: offset + d.index + d.length, text: d.text, date: d.date }));
}
