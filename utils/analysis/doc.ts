// The document model every rule reads: the input, its sentences with their (cached) features, cue
// hits in input coordinates, the language, counts, and — once the element rules have run — the four
// moves. Building it is linear in the length of the input.

import type { CueKind } from './cues.ts';
import { parseDatesBatch } from './dates.ts';
import { PRESENCE_ONLY } from './cues/hits.ts';
import { featuresOf, NO_HITS, type SentenceFeatures } from './features.ts';
import { safeSpan } from './normalize.ts';
import { excludedRanges } from './excluded.ts';
import { segmentEdited } from './segment.ts';
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

/** Code units of context chrono-node sees on each side of a time cue. */
const DATE_WINDOW = 12;

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
  /** Dates in these sentences, parsed with chrono-node relative to `now` (call on sentences with a time cue). */
  dates(ss: Sentence[]): DateMention[];
}

/** Features of a sentence that is not part of the request (quoted reply, signature, code block). */
const NO_FEATURES: SentenceFeatures = { script: 'none', han: 0, words: 0, lowerWords: 0, question: false, norm: '', hits: { ...NO_HITS } };

/**
 * zh: Chinese, possibly with a few Latin tokens (a name, an acronym, an identifier); en: English;
 * mixed: Chinese that carries English in its grammar — three or more lower-case English words
 * (sprint, review, bandwidth, "as discussed"), or a substantial share of English.
 */
export function detectLang(han: number, words: number, lowerWords = words): Lang {
  const zh = han / HAN_PER_WORD;
  const total = zh + words;
  if (total === 0) return 'en';
  if (words / total >= 0.85) return 'en';
  if (han >= 6 && lowerWords >= 3) return 'mixed';
  if (zh / total >= 0.7) return 'zh';
  return 'mixed';
}

/** Only the first hit of a presence-only kind is kept (cues/hits.ts): a rule that wants them all must not ask for one. */
function positionsKept(kind: CueKind): void {
  if (PRESENCE_ONLY.has(kind)) throw new Error(`cue kind ${kind} keeps only its first hit: take it out of PRESENCE_ONLY (cues/hits.ts) to read its hits`);
}

export function buildDoc(text: string, now: Date, forced: 'zh' | 'en' | undefined, elements: Elements, tone: ToneResult): Doc {
  // After a keystroke, only the sentences around the edit are split again.
  const raw = segmentEdited(text);
  const excluded = excludedRanges(text);
  const sentences: Sentence[] = new Array(raw.length);
  let han = 0;
  let words = 0;
  let questions = 0;
  let lowerWords = 0;
  // The texts first, then the features of all that carry cues at once (the new ones computed together).
  const texts: string[] = new Array(raw.length);
  const skip = new Uint8Array(raw.length);
  const live: string[] = [];
  let x = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const t = (texts[i] = text.slice(r.start, r.end));
    while (x < excluded.length && excluded[x]!.end <= r.start) x++;
    if (x < excluded.length && excluded[x]!.start <= r.start) skip[i] = 1;
    else live.push(t);
  }
  const fs = featuresOf(live);
  let next = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const t = texts[i]!;
    if (skip[i]) {
      sentences[i] = { index: i, start: r.start, end: r.end, text: t, f: NO_FEATURES, greeting: true };
      continue;
    }
    const f = fs[next++]!;
    han += f.han;
    words += f.words;
    lowerWords += f.lowerWords;
    if (f.question) questions++;
    sentences[i] = { index: i, start: r.start, end: r.end, text: t, f, greeting: f.hits.greeting !== undefined };
  }
  const lang = forced ?? detectLang(han, words, lowerWords);
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
      positionsKept(kind);
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
      positionsKept(kind);
      const h = s.f.hits[kind];
      if (!h) return [];
      const out: Hit[] = [];
      for (let k = 0; k < h.length; k += 2) out.push({ start: s.start + h[k]!, end: s.start + h[k + 1]!, s: s.index });
      return out;
    },
    has(s, kind) {
      return s.f.hits[kind] !== undefined;
    },
    dates(ss) {
      // chrono reads only a window around each time cue (cost grows with the text it is given).
      const items: { text: string; offset: number; script: Sentence['f']['script'] }[] = [];
      for (const s of ss) {
        const cues = [...doc.hitsIn(s, 'timeRef'), ...doc.hitsIn(s, 'deadline')].sort((a, b) => a.start - b.start);
        let ws = -1;
        let we = -1;
        const flush = () => {
          if (we > ws) {
            const w = safeSpan(text, ws, we);
            items.push({ text: text.slice(w.start, w.end), offset: w.start, script: s.f.script });
          }
        };
        for (const h of cues) {
          const a = Math.max(s.start, h.start - DATE_WINDOW);
          const b = Math.min(s.end, h.end + DATE_WINDOW);
          if (a <= we) we = Math.max(we, b);
          else {
            flush();
            ws = a;
            we = b;
          }
        }
        flush();
      }
      if (items.length === 0) return [];
      const seen = new Set<string>();
      const out: DateMention[] = [];
      for (const d of parseDatesBatch(items, now).flat()) {
        const key = `${d.start}:${d.end}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push(d);
        }
      }
      return out;
    },
  };
  return doc;
}
