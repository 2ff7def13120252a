// Small helpers shared by rules (positions in the message, spans of sentences).
import type { Doc, Sentence } from '../doc.ts';
import type { Span } from '../types.ts';

/** The opening: the first three content sentences, or the first 40% of the text, whichever reaches further. */
export function inOpening(doc: Doc, s: Sentence): boolean {
  const third = doc.content[Math.min(2, doc.content.length - 1)];
  if (third && s.start <= third.start) return true;
  return s.start < doc.text.length * 0.4;
}

/** The closing: the last three content sentences, or the last 40% of the text. */
export function inClosing(doc: Doc, s: Sentence): boolean {
  const n = doc.content.length;
  const third = doc.content[Math.max(0, n - 3)];
  if (third && s.start >= third.start) return true;
  return s.start >= doc.text.length * 0.6;
}

export function firstContent(doc: Doc): Sentence | undefined {
  return doc.content[0] ?? doc.sentences[0];
}

export function lastContent(doc: Doc): Sentence | undefined {
  return doc.content[doc.content.length - 1] ?? doc.sentences[doc.sentences.length - 1];
}

export function sentenceSpans(ss: Sentence[]): Span[] {
  return ss.sort((a, b) => a.start - b.start).map((s) => ({ start: s.start, end: s.end }));
}

/** Sentences that ask for something. */
export function askSentences(doc: Doc): Sentence[] {
  return doc.content.filter((s) => doc.has(s, 'ask') || doc.has(s, 'requestAction'));
}

export function count(doc: Doc, s: Sentence, kind: Parameters<Doc['has']>[1]): number {
  const h = s.f.hits[kind];
  return h ? h.length / 2 : 0;
}
