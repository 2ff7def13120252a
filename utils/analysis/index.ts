// AskWell's analysis engine. Pure TypeScript: no DOM, no browser APIs, no wxt imports; importable from
// Node directly (type stripping). `analyze(text)` returns plain data: the language, the four moves of
// the guidance (`elements`), findings (missing moves, pitfalls, tone, soft hints) with spans into the
// exact input string, the tone, and a 0–100 readiness score.

import { clearDateCache } from './dates.ts';
import { buildDoc, type Doc } from './doc.ts';
import { clearFeatureCache, featureCacheStats } from './features.ts';
import { safeSpan } from './normalize.ts';
import { clearSegmentCache } from './segment.ts';
import { MAX_DATED } from './rules/helpers.ts';
import { RULES } from './rules/index.ts';
import { readiness } from './score.ts';
import { clearShapeCache } from './rules/shapes/gated.ts';
import { clearToneCache, toneOf } from './tone/cache.ts';
import type { AnalyzeOptions, Analysis, DateMention, Elements, ElementKey, Finding } from './types.ts';

export type * from './types.ts';
export type { Rule, RuleMeta, RuleExample } from './rule.ts';
export { guidanceFor } from './rule.ts';
export { RULES } from './rules/index.ts';
export { parseChineseNumber } from './numerals.ts';
export { readiness } from './score.ts';

/**
 * Every template id a finding may offer as a fix, `<move>.<name>`. The template catalog must provide
 * each of them (a test there checks it). Kept in sync with the rules by tests/unit/analysis.
 */
export const TEMPLATE_IDS = [
  'opening.shared-goal',
  'opening.lead-with-ask',
  'need.quantified',
  'need.reason',
  'reciprocity.offer',
  'reciprocity.invite-concerns',
  'close.next-steps',
  'close.thanks',
  'close.written-recap',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const ELEMENT_KEYS: readonly ElementKey[] = ['sharedGoal', 'quantifiedNeed', 'reciprocity', 'nextSteps'];

const part = () => ({ present: false, spans: [] });

function emptyElements(): Elements {
  return {
    sharedGoal: { ...part(), opening: false },
    quantifiedNeed: { ...part(), need: part(), reason: part(), quantities: [], dates: [] },
    reciprocity: { ...part(), offer: part(), invitation: part() },
    nextSteps: { ...part(), steps: part(), thanks: part(), dates: [] },
  };
}

/**
 * The engine's reading of a text before any rule runs (sentences, cues, features, empty moves, a neutral
 * tone): where analyze() starts, and what tests/eval/fit-learned.ts fits on. Not part of the contract.
 */
export function documentOf(text: string, options: AnalyzeOptions = {}): Doc {
  const forced = options.lang === 'zh' || options.lang === 'en' ? options.lang : undefined;
  return buildDoc(text, options.now ?? new Date(), forced, emptyElements(), { score: 0, label: 'neutral', markers: [] });
}

/** Drops the caches (segmentation, features, dates, tone). For benchmarks of cold analysis and tests. */
export function clearAnalysisCache(): void {
  clearSegmentCache();
  clearFeatureCache();
  clearDateCache();
  clearToneCache();
  clearShapeCache();
}

export { featureCacheStats };

/** The sentence that starts exactly at `start` (sentences are in text order): a binary search, no map. */
function sentenceAt(ss: Doc['sentences'], start: number): Doc['sentences'][number] | undefined {
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (s.start === start) return s;
    if (s.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * Resolves the dates of the need and step sentences in one chrono-node pass (chrono has a high fixed
 * cost per call), at most MAX_DATED sentences per move.
 */
function resolveDates(doc: Doc): { need: DateMention[]; steps: DateMention[] } {
  const { quantifiedNeed, nextSteps } = doc.elements;
  const timed = (spans: { start: number }[]) => {
    const out: Doc['sentences'] = [];
    for (const sp of spans) {
      if (out.length >= MAX_DATED) break;
      const s = sentenceAt(doc.sentences, sp.start);
      if (s && (doc.has(s, 'timeRef') || doc.has(s, 'deadline'))) out.push(s);
    }
    return out;
  };
  const needS = timed(quantifiedNeed.need.spans);
  const stepS = timed(nextSteps.steps.spans);
  if (needS.length + stepS.length === 0) return { need: [], steps: [] };
  const all = doc.dates([...new Set([...needS, ...stepS])]);
  const inside = (ss: Doc['sentences']) => all.filter((d) => ss.some((s) => d.start >= s.start && d.end <= s.end));
  return { need: inside(needS), steps: inside(stepS) };
}

/**
 * `dates` of the need and the next steps, resolved on first read. No rule reads them: only saving a
 * request (after-care) and filling a template do, so a keystroke's analysis need not pay chrono-node
 * (a fifth of a cold analysis). A read, a spread, JSON or structuredClone resolves both at once and
 * turns the accessors into plain data properties; assigning a value replaces them the same way.
 *
 * The accessors are two module-level pairs that find their analysis in a hidden (non-enumerable
 * symbol) property, not closures made per analysis: a getter closing over the Doc kept every
 * analysis's Doc alive through the next young-generation GC, which then promoted it (about 35 KB an
 * analysis; measured with gc({ type: 'minor' })), so a run of cold analyses spent its GC time copying
 * and then mark-compacting Docs no one held.
 */
interface Pending {
  doc: Doc | undefined;
  need: object;
  steps: object;
  got?: ReturnType<typeof resolveDates>;
}
const PENDING = Symbol('pending dates');
type Lazy = { [PENDING]?: Pending };

const settle = (obj: object, value: DateMention[]) => {
  Object.defineProperty(obj, 'dates', { value, enumerable: true, writable: true, configurable: true });
};

function resolvePending(p: Pending): ReturnType<typeof resolveDates> {
  if (!p.got) {
    p.got = resolveDates(p.doc!);
    p.doc = undefined;
    // Both at once (one chrono pass), except one already assigned.
    if (Object.getOwnPropertyDescriptor(p.need, 'dates')?.get) settle(p.need, p.got.need);
    if (Object.getOwnPropertyDescriptor(p.steps, 'dates')?.get) settle(p.steps, p.got.steps);
  }
  return p.got;
}

function needDates(this: Lazy): DateMention[] {
  return resolvePending(this[PENDING]!).need;
}
function setNeedDates(this: Lazy, v: DateMention[]): void {
  settle(this[PENDING]!.need, v);
}
function stepDates(this: Lazy): DateMention[] {
  return resolvePending(this[PENDING]!).steps;
}
function setStepDates(this: Lazy, v: DateMention[]): void {
  settle(this[PENDING]!.steps, v);
}

function lazyDates(doc: Doc): void {
  const els = doc.elements;
  const need: Lazy & typeof els.quantifiedNeed = { ...els.quantifiedNeed };
  const steps: Lazy & typeof els.nextSteps = { ...els.nextSteps };
  const p: Pending = { doc, need, steps };
  for (const [o, get, set] of [[need, needDates, setNeedDates], [steps, stepDates, setStepDates]] as const) {
    Object.defineProperty(o, PENDING, { value: p });
    Object.defineProperty(o, 'dates', { get, set, enumerable: true, configurable: true });
  }
  els.quantifiedNeed = need;
  els.nextSteps = steps;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string') text = String(text ?? '');
  const doc = documentOf(text, options);
  const elements = doc.elements;
  const empty = doc.content.length === 0;

  if (!empty) {
    doc.tone = toneOf(text, doc.sentences, doc.lang);
  }

  for (const rule of RULES) {
    if (rule.element && rule.detect) (elements as unknown as Record<string, unknown>)[rule.element] = rule.detect(doc);
  }

  lazyDates(doc);

  const findings: Finding[] = [];
  if (!empty) {
    for (const rule of RULES) {
      const { meta } = rule;
      for (const hit of rule.check(doc)) {
        const span = safeSpan(text, hit.start, hit.end);
        const f: Finding = {
          ruleId: meta.id,
          kind: meta.kind,
          severity: meta.severity,
          start: span.start,
          end: span.end,
          message: hit.message ?? meta.message,
          guidance: meta.guidance,
        };
        if (meta.fix) f.fix = { ...meta.fix };
        findings.push(f);
      }
    }
  }

  return {
    lang: doc.lang,
    elements,
    findings,
    tone: doc.tone,
    score: readiness(elements, doc.tone, findings, empty),
    stats: doc.stats,
  };
}
