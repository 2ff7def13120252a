// After-care: what was promised once a request got its yes (the guidance's 协商后的关系维护与闭环:
// 履行承诺, 及时反馈进展). Pure: zod schemas for a saved request and its commitments, the pre-fill from
// the engine's next-steps dates, status and sorting, and the blanks of the follow-up templates.
// No browser, no DOM; storage is in ./store.ts, reminders in ./alarms.ts.
import { z } from 'zod';
import type { Analysis, DateMention, Span } from '../analysis/index.ts';
import { recipientOf } from '../templates/fill.ts';
import type { Fields } from '../templates/schema.ts';

/** Ids go into alarm and notification names (`aftercare:<request>:<commitment>`), so no colons. */
const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1–64 letters, digits, - or _');
const IsoDate = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

export const CommitmentSchema = z.object({
  id: Id,
  /** Who promised it: the writer ('me') or the person asked ('them'). */
  who: z.enum(['me', 'them']),
  what: z.string().trim().min(1).max(500),
  /** ISO date-time. */
  due: IsoDate,
  done: z.boolean(),
  /** Set once its reminder was shown, so a restart does not remind again. */
  reminded: z.boolean().default(false),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const SavedRequestSchema = z.object({
  id: Id,
  /** What was asked, in the writer's words. */
  title: z.string().trim().min(1).max(300),
  recipient: z.string().trim().max(100).default(''),
  /** What the other side gives (for the thank-you: "Thank you again for …"). Optional. */
  resource: z.string().trim().max(200).default(''),
  /** The project it serves. Optional. */
  project: z.string().trim().max(200).default(''),
  /** The language the request was written in: the follow-up is written in it too. */
  lang: z.enum(['zh', 'en']).default('en'),
  createdAt: IsoDate,
  commitments: z.array(CommitmentSchema).max(50),
  /** The thank-you or progress report went out. */
  followUpSent: z.boolean().default(false),
});
export type SavedRequest = z.infer<typeof SavedRequestSchema>;

export const MAX_REQUESTS = 500;
export const AftercareListSchema = z.array(SavedRequestSchema).max(MAX_REQUESTS);

export type CommitmentStatus = 'upcoming' | 'due' | 'done';

export function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const ms = (iso: string) => Date.parse(iso);

/** done: ticked off; due: its time has come and it is still open; upcoming: still ahead. */
export function statusOf(c: Pick<Commitment, 'due' | 'done'>, now: Date | number): CommitmentStatus {
  if (c.done) return 'done';
  return ms(c.due) <= +now ? 'due' : 'upcoming';
}

const RANK: Record<CommitmentStatus, number> = { due: 0, upcoming: 1, done: 2 };

/** Due first (longest overdue first), then upcoming (soonest first), then done (most recent first). */
export function sortCommitments<C extends Pick<Commitment, 'due' | 'done'>>(list: readonly C[], now: Date | number): C[] {
  return [...list].sort((a, b) => {
    const sa = statusOf(a, now);
    const sb = statusOf(b, now);
    if (sa !== sb) return RANK[sa] - RANK[sb];
    return sa === 'done' ? ms(b.due) - ms(a.due) : ms(a.due) - ms(b.due);
  });
}

/** Requests with something due first, then by their next open commitment, then the finished ones, newest first. */
export function sortRequests(list: readonly SavedRequest[], now: Date | number): SavedRequest[] {
  const key = (r: SavedRequest) => {
    const first = sortCommitments(r.commitments, now)[0];
    const status = first ? statusOf(first, now) : 'done';
    return { rank: RANK[status], at: status === 'done' ? -ms(r.createdAt) : ms(first!.due) };
  };
  return [...list].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka.rank - kb.rank || ka.at - kb.at;
  });
}

export function countByStatus(list: readonly SavedRequest[], now: Date | number): Record<CommitmentStatus, number> {
  const out = { upcoming: 0, due: 0, done: 0 };
  for (const r of list) for (const c of r.commitments) out[statusOf(c, now)]++;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Pre-fill from the engine

const CLAUSE_SEP = /[,，;；:：、]/g;
const SENTENCE_END = /[.!?。！？\n]/;
const TRIM_EDGES = /^[\s,，;；:：、.。!！?？"'“”‘’()（）]+|[\s,，;；:：、.。!！?？"'“”‘’()（）]+$/g;
const LEADING_JOIN = /^(?:and|then|also|plus|so|并且|并|然后|同时|再|以及|和)\s*/i;

/** A date mention without the punctuation chrono sometimes takes along ("Friday," / "，3月12日"). */
function core(d: DateMention): Span {
  const lead = d.text.length - d.text.replace(/^[\s,，;；:：、]+/, '').length;
  const tail = d.text.length - d.text.replace(/[\s,，;；:：、.。]+$/, '').length;
  return { start: d.start + lead, end: Math.max(d.start + lead, d.end - tail) };
}

/** The sentence around a position: a next-steps span if one holds it, else up to the nearest sentence ends. */
function sentenceAround(text: string, at: Span, spans: readonly Span[]): Span {
  const held = spans.find((s) => s.start <= at.start && at.end <= s.end);
  if (held) return held;
  let start = at.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = at.end;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

function lastSeparator(text: string, from: number, to: number): number {
  let last = -1;
  CLAUSE_SEP.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(CLAUSE_SEP)) last = from + m.index;
  if (last >= 0) return last;
  // "… by Friday and we review on the 12th": split before the joining word.
  const and = /\s(?:and|then)\s|并且|然后|同时/gi;
  for (const m of text.slice(from, to).matchAll(and)) last = from + m.index;
  return last;
}

function clean(s: string): string {
  let out = s.replace(/\s+/g, ' ').replace(TRIM_EDGES, '');
  out = out.replace(LEADING_JOIN, '').replace(TRIM_EDGES, '');
  return out.length > 200 ? `${out.slice(0, 199)}…` : out;
}

const THEM_EN = /\b(?:could|can|would|will) you\b|\byour (?:team|side) (?:will|can|could|would)\b|^(?:please|kindly)\b|\bplease (?:send|confirm|share|review|let|reply|sign|approve|provide|check)\b/i;
const THEM_ZH = /请您|麻烦您|烦请|能否请|您能否|您可否|您方|贵方|您(?:这边|团队)?(?:能|可以|会|将)/;

/** Whose promise a clause is: the other side's when it asks them to act, else the writer's. */
export function whoOf(clause: string): Commitment['who'] {
  return THEM_EN.test(clause) || THEM_ZH.test(clause) ? 'them' : 'me';
}

/**
 * One commitment per date the engine found in the next steps: what = the clause around the date (a
 * sentence with two dates is split between them), due = the date it resolved, who = 'me' unless the
 * clause asks the other side to act ("could you…", "请您…").
 */
export function commitmentsFromAnalysis(analysis: Pick<Analysis, 'elements'>, text: string): Commitment[] {
  const { nextSteps } = analysis.elements;
  const dates = [...nextSteps.dates].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: Commitment[] = [];
  const bySentence = new Map<string, { sentence: Span; dates: DateMention[] }>();
  for (const d of dates) {
    const c = core(d);
    const sentence = sentenceAround(text, c, nextSteps.steps.spans);
    const key = `${sentence.start}:${sentence.end}`;
    const group = bySentence.get(key) ?? { sentence, dates: [] };
    if (!group.dates.some((x) => x.start === d.start)) group.dates.push(d);
    bySentence.set(key, group);
  }
  for (const { sentence, dates: ds } of bySentence.values()) {
    let from = sentence.start;
    ds.forEach((d, i) => {
      const next = ds[i + 1];
      let to = sentence.end;
      if (next) {
        const cut = lastSeparator(text, core(d).end, core(next).start);
        if (cut > from) to = cut;
      }
      const what = clean(text.slice(from, to));
      from = to;
      if (!what || Number.isNaN(Date.parse(d.date))) return;
      const key = `${what}\u0000${d.date}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ id: newId(), who: whoOf(what), what, due: d.date, done: false, reminded: false });
    });
  }
  return out;
}

const TIME_UNIT = /\b(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i;

/**
 * A request to save, pre-filled from the draft: title = the need sentence, recipient = the greeting's
 * name, resource = an English amount with its noun ("two analysts"), commitments from the next steps.
 */
export function draftRequest(analysis: Analysis | null, text: string, now: Date | number = Date.now()): SavedRequest {
  const need = analysis?.elements.quantifiedNeed;
  const span = need?.need.spans[0] ?? need?.spans[0];
  let title = span ? clean(text.slice(span.start, span.end)) : '';
  // Drop a greeting that shares the need's sentence ("Hi Sam, could you …").
  title = title.replace(/^(?:hi|hello|hey|dear)\s+[^,，:：]{1,30}[,，:：]\s*/i, '').replace(/^[\u3400-\u9fff]{1,4}(?:您好|你好)[,，:：]?\s*/, '');
  const amount = need?.quantities.find((q) => /[A-Za-z]\s+[A-Za-z]|\d\s+[A-Za-z]/.test(q.text) && !TIME_UNIT.test(q.text));
  return {
    id: newId(),
    title: title.length > 300 ? title.slice(0, 300) : title,
    recipient: recipientOf(text) ?? '',
    resource: amount?.text ?? '',
    project: '',
    lang: analysis?.lang === 'zh' ? 'zh' : 'en',
    createdAt: new Date(now).toISOString(),
    commitments: analysis ? commitmentsFromAnalysis(analysis, text) : [],
    followUpSent: false,
  };
}

// ---------------------------------------------------------------------------------------------------
// Dates for people and for <input type="datetime-local">

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO → the local "YYYY-MM-DDTHH:mm" a datetime-local input shows. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (local time) → ISO, or null when it is empty or not a date. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const d = new Date(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const LOCALE = { zh: 'zh-CN', en: 'en-US' } as const;

/** "Fri, Mar 6, 12:00 PM" / "3月6日周五 12:00": a due time in the list. */
export function formatDue(iso: string, lang: 'zh' | 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(d);
}

/** "March 6" / "3月6日": a date inside a sentence of a follow-up. */
export function formatDay(iso: string, lang: 'zh' | 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', day: 'numeric' }).format(d);
}

// ---------------------------------------------------------------------------------------------------
// Follow-ups

const EN_SUBJECT = /^(?:i|we)(?:'ll| will| can| shall| am going to| are going to| plan to| would)?\s+(?:also\s+)?/i;
const ZH_SUBJECT = /^(?:我们|我)(?:这边|团队)?(?:会|将|来|可以|计划|打算)?/;
const EN_DATE_WORD = /\s(?:by|on|before|until|till|no later than|at|next|this)\s/gi;
const ZH_DATE = /在?(?:(?:本|这|下下?|上)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|明天|后天|今天|本?月底|月初|年底|下周|本周|这周)(?:上午|下午|晚上|中午|早上)?(?:\d{1,2}[点:：]\d{0,2}分?)?(?:前|之前|以前)?/g;

/**
 * A commitment as a verb phrase for "Next we plan to {myStep} by {date}" / "下一步我们计划在{date}前{myStep}":
 * the subject and the date words are dropped ("I will send the brief by Friday" → "send the brief").
 */
export function stepPhrase(what: string, lang: 'zh' | 'en'): string {
  let s = what.trim().replace(TRIM_EDGES, '');
  if (lang === 'zh' || /[\u3400-\u9fff]/.test(s)) {
    s = s.replace(ZH_SUBJECT, '').replace(ZH_DATE, '').replace(/^[，,、\s]+/, '');
  } else {
    s = s.replace(EN_SUBJECT, '');
    // The last "by / on / before …" with at most four words after it is the date ("post it on the
    // dashboard by Friday" → "post it on the dashboard").
    const last = [...s.matchAll(EN_DATE_WORD)].at(-1);
    if (last && last.index > 0 && s.slice(last.index + last[0].length).trim().split(/\s+/).length <= 4) s = s.slice(0, last.index);
  }
  return s.replace(TRIM_EDGES, '');
}

export const FOLLOW_UP_TEMPLATES = ['follow-up.thank-you', 'follow-up.progress-report'] as const;
export type FollowUpTemplateId = (typeof FOLLOW_UP_TEMPLATES)[number];

/**
 * The blanks of the thank-you and progress-report templates for a request: recipient, resource (what
 * they gave, else what was asked), project, and the next open promise of mine as myStep + date.
 * `outcome` stays blank on purpose: only the writer knows what the help made possible.
 */
export function followUpFields(request: SavedRequest, now: Date | number = Date.now(), lang: 'zh' | 'en' = request.lang): Fields {
  const fields: Fields = {};
  if (request.recipient) fields.recipient = request.recipient;
  // The title stands in for the resource only when it reads as a thing, not as the ask itself.
  const asky = /\?|？|\b(?:could|can|would|will) (?:you|your)\b|\bplease\b|请|能否|可否|麻烦/i;
  const resource = request.resource || (request.title.length <= 60 && !asky.test(request.title) ? request.title : '');
  if (resource) fields.resource = resource;
  if (request.project) fields.project = request.project;
  const mine = sortCommitments(request.commitments.filter((c) => c.who === 'me' && !c.done), now);
  const next = mine.find((c) => statusOf(c, now) === 'upcoming') ?? mine[0];
  if (next) {
    const step = stepPhrase(next.what, lang);
    if (step) fields.myStep = step;
    fields.date = formatDay(next.due, lang);
  }
  return fields;
}
