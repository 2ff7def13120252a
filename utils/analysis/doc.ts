// The document model every rule reads: the input, its sentences with their (cached) features, cue
// hits in input coordinates, the language, counts, and — once the element rules have run — the four
// moves. Building it is linear in the length of the input.

import type { CueKind } from './cues.ts';
import { parseDates } from './dates.ts';
import { sentenceFeatures, type SentenceFeatures } from './features.ts';
import { segment } from './segment.ts';
import type { DateMention, Elements, Lang, Stats, ToneResult } from './types.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  f: SentenceFeatures;
  /** A greeting or salutation line ("王经理，您好" / "Hi Sam,"), not content. */
  greeting: boolean;
}

export interface Hit {
  start: number;
  end: number;
  /** Index of the sentence the hit is in. */
  s: number;
}

/** Han characters per English word when the same content is written in Chinese (see rules/length.ts). */
export const HAN_PER_WORD = 1.6;

export interface Doc {
  text: string;
  lang: Lang;
  now: Date;
  sentences: Sentence[];
  /** Sentences that are not greetings. */
  content: Sentence[];
  stats: Stats;
  /** Filled by the element rules before any `check` runs. */
  elements: Elements;
  tone: ToneResult;
  /** All hits of a cue kind, in input coordinates, in order. */
  hits(kind: CueKind): Hit[];
  /** Hits of a cue kind inside one sentence. */
  hitsIn(s: Sentence, kind: CueKind): Hit[];
  has(s: Sentence, kind: CueKind): boolean;
  /** Dates in a sentence, parsed with chrono-node relative to `now` (only call on sentences with a time cue). */
  dates(s: Sentence): DateMention[];
}

export function detectLang(han: number, words: number): Lang {
  const zh = han / HAN_PER_WORD;
  const total = zh + words;
  if (total === 0) return 'en';
  if (zh / total >= 0.7) return 'zh';
  if (words / total >= 0.85) return 'en';
  return 'mixed';
}

export function buildDoc(text: string, now: Date, forced: 'zh' | 'en' | undefined, elements: Elements, tone: ToneResult): Doc {
  const raw = segment(text);
  const sentences: Sentence[] = new Array(raw.length);
  let han = 0;
  let words = 0;
  let questions = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const t = text.slice(r.start, r.end);
    const f = sentenceFeatures(t);
    han += f.han;
    words += f.words;
    if (f.question) questions++;
    sentences[i] = { index: i, start: r.start, end: r.end, text: t, f, greeting: f.hits.greeting !== undefined };
  }
  const lang = forced ?? detectLang(han, words);
  const byKind = new Map<CueKind, Hit[]>();
  const doc: Doc = {
    text,
    lang,
    now,
    sentences,
    content: sentences.filter((s) => !s.greeting),
    stats: {
      chars: text.length,
      han,
      words,
      wordEquivalents: words + han / HAN_PER_WORD,
      questions,
      sentences: sentences.length,
    },
    elements,
    tone,
    hits(kind) {
      let list = byKind.get(kind);
      if (!list) {
        list = [];
        for (const s of sentences) {
          const h = s.f.hits[kind];
          if (h) for (let k = 0; k < h.length; k += 2) list.push({ start: s.start + h[k]!, end: s.start + h[k + 1]!, s: s.index });
        }
        byKind.set(kind, list);
      }
      return list;
    },
    hitsIn(s, kind) {
      const h = s.f.hits[kind];
      if (!h) return [];
      const out: Hit[] = [];
      for (let k = 0; k < h.length; k += 2) out.push({ start: s.start + h[k]!, end: s.start + h[k + 1]!, s: s.index });
      return out;
    },
    has(s, kind) {
      return s.f.hits[kind] !== undefined;
    },
    dates(s) {
      return parseDates(s.text, s.start, s.f.script, now);
    },
  };
  return doc;
}
