// Small helpers shared by rules (positions in the message, spans of sentences).
import type { CueKind } from '../cues/kinds.ts';
import type { Doc, Sentence } from '../doc.ts';
import { normalize } from '../normalize.ts';
import type { Span } from '../types.ts';

/**
 * The opening: the first two content sentences after any greeting, subject or addressee line; three
 * when one of the first two is only a pleasantry or a short fragment ("辛苦了。", "Hope all is well.").
 */
export function inOpening(doc: Doc, s: Sentence): boolean {
  if (memoOpening(doc, s)) return true;
  const c = doc.content;
  let n = 2;
  for (let i = 0; i < Math.min(2, c.length); i++) {
    const f = c[i]!.f;
    if (f.han + f.words * 1.6 < 10) n = 3;
  }
  const last = c[Math.min(n, c.length) - 1];
  return last !== undefined && s.start <= last.start;
}

// Memos and 请示 open with a purpose line or a first paragraph (目的 / 背景 / Purpose / 一、…).
// Minutes too (会议纪要 / 参会 / Attendees), whose first numbered item is where a shared goal is recorded.
// Traditional forms written out (說明, 會議紀要…): tested on the raw text, once per analysis.
const MEMO = /(?:^|\n)[ \t]*(?:目的|背景|说明|說明|事由|目标|目標|purpose|background|objective|goal|context|summary|一、|会议纪要|會議紀要|会议记录|會議記錄|参会|參會|出席|attendees|minutes)[ \t]*[:：、|]/i;
const PURPOSE_LINE = /^[ \t]*(?:目的|背景|事由|目标|purpose|background|objective|goal|context)[ \t]*[:：]/i;
/** A numbered item's line: 一、 / （一） / 1. / 1、 */
const ITEM = /(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、](?!\d))/g;
/** A minutes header: 会议纪要 / 會議紀錄 / Minutes / Meeting notes (minutes record agreements, not one side's ask). */
const MINUTES = /^\s*(?:【?(?:会议纪要|会议记录|会议纪录)】?|(?:weekly |meeting |team )?(?:sync )?(?:minutes|notes)\b|[^\n]{0,30}(?:会议纪要|会议记录|会议纪录|\bminutes\b))/;

/** The first paragraph counts up to this many content sentences (a memo without blank lines is not all opening). */
const PARA_SENTENCES = 3;

interface MemoOpening {
  /** Sentences starting before this offset are in the first paragraph. */
  paraEnd: number;
  /** The first numbered item, [start, end). */
  item: [number, number];
}

// Per document: whether it reads as a memo, and where its opening lies (shared-goal asks per sentence).
const memos = new WeakMap<Doc, MemoOpening | null>();

function memoOf(doc: Doc): MemoOpening | null {
  let m = memos.get(doc);
  if (m !== undefined) return m;
  m = null;
  const first = doc.content[0];
  if (first && MEMO.test(doc.text.slice(0, 2000))) {
    // The first paragraph of the body: up to the first blank line after the first content sentence,
    // and no further than its first few sentences.
    const blank = /\n[ \t]*\r?\n/.exec(doc.text.slice(first.end));
    let paraEnd = blank ? first.end + blank.index : doc.text.length;
    const cap = doc.content[PARA_SENTENCES];
    if (cap && cap.start < paraEnd) paraEnd = cap.start;
    // The first numbered item, up to the next item or blank line.
    const head = doc.text.slice(0, 4000);
    ITEM.lastIndex = 0;
    const a = ITEM.exec(head);
    let item: [number, number] = [-1, -1];
    if (a) {
      const from = a.index + (a[0].startsWith('\n') ? 1 : 0);
      const b = ITEM.exec(head);
      const nb = /\n[ \t]*\r?\n/.exec(doc.text.slice(from + 1));
      const to = Math.min(b ? b.index : doc.text.length, nb ? from + 1 + nb.index : doc.text.length);
      item = [from, to];
    }
    m = { paraEnd, item };
  }
  memos.set(doc, m);
  return m;
}

function memoOpening(doc: Doc, s: Sentence): boolean {
  const memo = memoOf(doc);
  if (!memo) return false;
  const lineStart = doc.text.lastIndexOf('\n', s.start - 1) + 1;
  if (PURPOSE_LINE.test(normalize(doc.text.slice(lineStart, Math.min(s.end, lineStart + 40))))) return true;
  if (s.start >= memo.item[0] && s.start < memo.item[1]) return true;
  return s.start < memo.paraEnd;
}

export function firstContent(doc: Doc): Sentence | undefined {
  return doc.content[0] ?? doc.sentences[0];
}

export function lastContent(doc: Doc): Sentence | undefined {
  return doc.content[doc.content.length - 1] ?? doc.sentences[doc.sentences.length - 1];
}

export function sentenceSpans(ss: Sentence[]): Span[] {
  // Callers mostly collect sentences in text order already: skip the comparator sort then.
  let sorted = true;
  for (let i = 1; i < ss.length && sorted; i++) sorted = ss[i - 1]!.start <= ss[i]!.start;
  if (!sorted) ss.sort((a, b) => a.start - b.start);
  return ss.map((s) => ({ start: s.start, end: s.end }));
}

/**
 * Memoises a per-sentence result that depends only on the sentence's own text and features, kept on
 * its cached features object (one per distinct sentence text, see features.ts): after a keystroke only
 * the edited sentence is recomputed, and the memo goes when the feature cache drops the sentence.
 * Greetings and excluded sentences (which share one empty features object) are computed directly.
 * Each memoised function has a slot in an array on the features object (a WeakMap lookup per call
 * cost more than the work of many of them).
 */
export function perSentence<T>(compute: (s: Sentence) => T): (s: Sentence) => T {
  const slot = slots++;
  return (s) => {
    if (s.greeting) return compute(s);
    const f = s.f as Sentence['f'] & { [PER_SENTENCE]?: unknown[] };
    // Made with a slot for every memo at once (one allocation, not one per growth).
    const memo = (f[PER_SENTENCE] ??= new Array(slots));
    const hit = memo[slot];
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const v = compute(s);
    memo[slot] = v === undefined ? NONE : v;
    return v;
  };
}

const PER_SENTENCE = Symbol('per-sentence memo');
/** Stands for a computed `undefined` in the memo (an empty slot is one not computed yet). */
const NONE = Symbol('none');
let slots = 0;

/** Whether a sentence asks: an ask verb, a request form, or an ask to confirm or reply. */
export function isAsk(doc: Doc, s: Sentence): boolean {
  return doc.has(s, 'ask') || doc.has(s, 'request') || doc.has(s, 'requestAction');
}

/** Sentences that ask for something. */
export function askSentences(doc: Doc): Sentence[] {
  return doc.content.filter((s) => isAsk(doc, s));
}

/** Whether the draft is minutes (its first line says so): minutes record agreements, not one side's ask. */
export function isMinutes(doc: Doc): boolean {
  const head = doc.sentences[0];
  return head !== undefined && MINUTES.test(normOf(head));
}

/**
 * Where the ask is made: the first explicit request of the reader (could you / please / 请 / 能否 …)
 * that `aside` does not set apart, else the first stated need (background that merely mentions
 * amounts is not the ask), else the first sentence that asks at all.
 */
export function firstAsk(doc: Doc, aside: (s: Sentence) => boolean = () => false): Span | undefined {
  return (
    doc.content.find((s) => (doc.has(s, 'request') || doc.has(s, 'requestAction')) && !aside(s)) ??
    doc.elements.quantifiedNeed.need.spans[0] ??
    askSentences(doc)[0]
  );
}


/**
 * Dates are resolved (chrono-node, ~100 µs a call) for at most this many sentences per move: enough
 * for the UI to show "when" of the first steps, and a bound on the cost of very long drafts.
 */
export const MAX_DATED = 4;

// "this week" / "下周" alone does not say when; a day, a date, a time or a deadline does.
const COARSE = /^(?:(?:this|next) (?:week|month|quarter|sprint|year)|本周|这周|下周|下下周|本月|这个月|下个?月|本季度|q[1-4])$/;

// An event named alone ("the review", "launch") is a time only with before/by/after, which the
// deadline cue reads; alone it is often the thing asked for ("Please review.").
const EVENT = /^(?:the )?(?:launch|release|deadline|kickoff|review|demo|offsite|cutoff|code freeze|freeze|go-live|board meeting|all-hands)$/;

/** A day, date or hour (or a deadline) in the sentence, not just "next week": the "when" of a thing asked for or of a next step. */
export const hasDayOrHour = perSentence((s: Sentence): boolean => {
  if (s.f.hits.deadline !== undefined) return true;
  const h = s.f.hits.timeRef;
  if (!h) return false;
  for (let k = 0; k < h.length; k += 2) {
    const t = normalize(s.text.slice(h[k]!, h[k + 1]!));
    if (COARSE.test(t) || EVENT.test(t) || SINCE.test(normalize(s.text.slice(Math.max(0, h[k]! - 12), h[k]!)))) continue;
    return true;
  }
  return false;
});

/** A time something has been so since (自从25年9月6日后再无更新, ever since March 3) is background, not a when. */
const SINCE = /(?:自从|\b(?:ever )?since)\s*(?:[0-9]{2,4}\s*年\s*)?$/;

/** A sentence's normalised text: computed once with its features (greetings and excluded lines have none). */
export function normOf(s: Sentence): string {
  return s.f.norm.length === s.text.length ? s.f.norm : normalize(s.text);
}

/**
 * A sentence shape as a per-sentence reader: the shape's span in the sentence (sentence-relative) or
 * null, computed once per distinct sentence text.
 */
export function shapeReader(shape: (norm: string) => Span | null): (s: Sentence) => Span | null {
  return perSentence((s: Sentence): Span | null => {
    const m = shape(normOf(s));
    return m ? { start: m.start, end: m.end } : null;
  });
}

/** Shape hits (input coordinates) in the content sentences `skip` does not hold (sentence indexes). */
export function shapeHits(doc: Doc, read: (s: Sentence) => Span | null, skip: ReadonlySet<number> = new Set()): Span[] {
  const out: Span[] = [];
  for (const s of doc.content) {
    const sp = skip.has(s.index) ? null : read(s);
    if (sp) out.push({ start: s.start + sp.start, end: s.start + sp.end });
  }
  return out;
}

/** A pitfall's marks: the lexicon's hits of `kind`, plus the shape in sentences the lexicon left unmarked. */
export function cueOrShapeHits(doc: Doc, kind: CueKind, read: (s: Sentence) => Span | null): Span[] {
  const cue = doc.hits(kind);
  const out: Span[] = cue.map((h) => ({ start: h.start, end: h.end }));
  out.push(...shapeHits(doc, read, new Set(cue.map((h) => h.s))));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether code unit `c` may be the one a regex needs at a fixed place (its first character after `^`,
 * its last before `$`): a Han character or an ASCII letter or digit only if it is in `allowed`; anything
 * else (spaces, punctuation, other scripts, NaN past the end) may, so the regex still decides. A check
 * before a regex run whose answer it cannot change: most sentences fail on it, and a run costs more.
 */
export function codeMayBe(c: number, allowed: ReadonlySet<number>): boolean {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return allowed.has(c);
  return true;
}

/** The code units of the characters of `chars`, for codeMayBe. */
export const codeSet = (chars: string): ReadonlySet<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)));
