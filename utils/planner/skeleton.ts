// The planner: what the writer prepares before a request (the guidance's 协商前的核心准备: the exact
// need and why, the other side's goals and pressures, what I can offer, my fallback), and the draft
// skeleton built from it. The skeleton already makes the four moves in order — a shared-goal opening,
// the specific need with its reason, an offer with an invitation to raise concerns, next steps with
// thanks — and keeps the smaller ask and the fallback for a gentle alternative after the offer.
// Pure TypeScript: no DOM, no browser APIs.
import { z } from 'zod';
import { FIELD_LABELS } from '../templates/render.ts';

export type SkeletonLang = 'zh' | 'en';

/** Generous, but bounded: a plan is a few lines, not a document. */
const MAX_FIELD = 2000;
const field = () => z.string().max(MAX_FIELD).default('');

export const PlanSchema = z.object({
  /** Who the request goes to ("Dana", "王经理"). */
  recipient: field(),
  /** The project or piece of work it is for. */
  project: field(),
  /** What I need exactly: people, data, budget, time or access ("one front-end engineer"). */
  resource: field(),
  /** How much or how long ("two weeks", "3 licences", "近三个月"). */
  amount: field(),
  /** By when ("Monday 30 November", "11月30日"). */
  date: field(),
  /** Why it matters: what it unlocks ("we can ship before the holiday peak"). */
  reason: field(),
  /** What the other side is trying to achieve. */
  theirGoals: field(),
  /** What weighs on them right now (a deadline, a short team, a migration). */
  theirPressures: field(),
  /** What I can give in return. */
  offer: field(),
  /** My fallback if the answer is no. */
  fallback: field(),
  /** A smaller or phased first step. */
  phasedAsk: field(),
  /** What I will do next if they agree. */
  myStep: field(),
  /** By when I will do it. */
  myStepBy: field(),
});
export type Plan = z.infer<typeof PlanSchema>;
export type PlanField = keyof Plan;

/** The form's order: the need first, then the other side, the exchange, the way out, the next step. */
export const PLAN_FIELDS: readonly PlanField[] = [
  'recipient', 'project', 'resource', 'amount', 'date', 'reason', 'theirGoals', 'theirPressures', 'offer',
  'phasedAsk', 'fallback', 'myStep', 'myStepBy',
];

/** Fields the skeleton leaves out when empty (the rest show as a bracketed hint). */
export const OPTIONAL_FIELDS: ReadonlySet<PlanField> = new Set<PlanField>(['theirPressures', 'fallback', 'phasedAsk']);

/** Fields written as a few lines of text rather than a short value. */
export const LONG_FIELDS: ReadonlySet<PlanField> = new Set<PlanField>(['reason', 'theirGoals', 'theirPressures', 'offer', 'fallback', 'phasedAsk']);

/**
 * The hint a blank shows in the skeleton, in the skeleton's language. The fields a template also has
 * use the template renderer's labels, so a blank reads the same in a template and in a plan.
 */
export const PLAN_HINTS: Record<PlanField, { zh: string; en: string }> = {
  recipient: FIELD_LABELS.recipient,
  project: FIELD_LABELS.project,
  resource: FIELD_LABELS.resource,
  amount: FIELD_LABELS.amount,
  date: FIELD_LABELS.date,
  reason: FIELD_LABELS.reason,
  offer: FIELD_LABELS.offer,
  myStep: FIELD_LABELS.myStep,
  theirGoals: { zh: '对方的目标', en: 'their goal' },
  theirPressures: { zh: '对方的压力', en: 'what weighs on them' },
  fallback: { zh: '备选方案', en: 'your fallback' },
  phasedAsk: { zh: '更小的第一步', en: 'a smaller first step' },
  myStepBy: { zh: '你的完成时间', en: 'when' },
};

export function emptyPlan(): Plan {
  return PlanSchema.parse({});
}

/** A stored or received plan, checked; anything unreadable gives an empty plan. */
export function parsePlan(value: unknown): Plan {
  const r = PlanSchema.safeParse(value);
  return r.success ? r.data : emptyPlan();
}

// ─── text helpers ───

/** One line, trimmed, without the end punctuation the sentence around it adds itself. */
function clean(value: string | undefined): string {
  return (value ?? '')
    .replace(/\s*\n+\s*/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
    .replace(/[\s.。!！,，;；:：、]+$/u, '')
    .trim();
}

function hint(name: PlanField, lang: SkeletonLang): string {
  const h = PLAN_HINTS[name];
  return lang === 'zh' ? `【${h.zh}】` : `[${h.en}]`;
}

/** A lower-case first letter for a phrase that continues an English sentence ("Take two…" → "take two…"). */
const LOWER_WORDS =
  /^(?:A|An|The|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Our|Your|My|Their|Any|All|Half|Access|Read|Write|Admin|Budget|Time|Data|Help|Take|Send|Share|Cover|Give|Review|Run|Start|Push|Use|Ship|Delay|Move|Do|Make|Put|Keep|Set|Cut|Reduce|Lend|Provide|Offer|Fix|Build|Hand|Handle|Own|Pay|Fund|Split|Present|Credit|Mention|Add|Publish|Join|Pair|Test|Prepare|Drop|Skip|Wait|Hire|Find|Bring|Borrow|Get|Go|Just|Only|Plan|Book|Draft|Sync|Scope|Postpone|Phase|Begin|Limit|Ask|Check|Call|Email|Schedule|Arrange|Contract|Outsource|Rework|Narrow)\b/;

function decap(s: string): string {
  return LOWER_WORDS.test(s) && !/^[A-Z]{2}/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

interface Filled {
  /** The value, or the bracketed hint when empty. */
  v: (name: PlanField) => string;
  /** The raw cleaned value ('' when empty). */
  raw: (name: PlanField) => string;
}

/**
 * Words the skeleton's own sentence already says, dropped from the start (or, for Chinese dates, the
 * end) of a value so it does not read twice: "by Friday" → "Friday", "我会把清单发您" → "把清单发您",
 * "周五前" → "周五", "we can share…" → "share…".
 */
const EN_BY = /^(?:by|before|no later than)\s+/i;
const ZH_BY = /(?:之前|以前|前)$/;
const EN_WE = /^(?:in return,?\s+)?(?:i|we)(?:'ll|'d|\s+will|\s+can|\s+could|\s+would)\s+(?:also\s+)?/i;
/** 我们可以… / 我会… / 我们这边来… / 我把…: a first-person subject with its modal (or a 把/帮/给 that follows). */
const ZH_WE = /^(?:作为回报，?)?(?:我们|我)(?:这边|团队|组)?(?:也)?(?:(?:可以|会|能|愿意|将|就|来)+|(?=把|帮|替|给|先))/;

const SAID: Partial<Record<PlanField, Partial<Record<SkeletonLang, RegExp>>>> = {
  recipient: { en: /^(?:hi|hello|hey|dear)\s+/i },
  date: { en: EN_BY, zh: ZH_BY },
  myStepBy: { en: EN_BY, zh: ZH_BY },
  myStep: { en: EN_WE, zh: ZH_WE },
  offer: { en: EN_WE, zh: ZH_WE },
  fallback: { en: EN_WE, zh: ZH_WE },
  reason: { en: /^(?:it|this) matters\s+/i, zh: /^(?:之所以需要(?:这些)?，?)?是(?=因为|因為|由于|由於|为了|為了)/ },
};

function filler(plan: Partial<Plan>, lang: SkeletonLang): Filled {
  const raw = (name: PlanField) => {
    const said = SAID[name]?.[lang];
    const v = clean(plan[name]);
    return said ? clean(v.replace(said, '')) || v : v;
  };
  const v = (name: PlanField) => raw(name) || hint(name, lang);
  return { raw, v };
}

// ─── English ───

/** "for two weeks" continues the phrase; "2 weeks", "$6,000" or "about 40,000 rows" go in brackets. */
const EN_JOINS = /^(?:for|over|until|till|through|throughout|during|per)\b/i;

function english(f: Filled): string {
  const out: string[] = [];
  out.push(`Hi ${f.v('recipient')},`);

  // 1 · The shared goal, built from what the other side is working toward; 2 · the need and its reason.
  const amount = f.raw('amount');
  const howMuch = amount && EN_JOINS.test(amount) ? ` ${amount}` : ` (${f.v('amount')})`;
  // "because of the audit" → "of the audit", so the sentence reads "It matters because of the audit."
  const reason = f.raw('reason').replace(/^because\s+/i, '');
  const why = !reason
    ? `It matters because ${f.v('reason')}.`
    : /^(?:so|to|in order to)\b/i.test(reason)
      ? `We need this ${decap(reason)}.`
      : `It matters because ${decap(reason)}.`;
  out.push(
    `I'm writing about ${f.v('project')}, which moves a goal both our teams care about: ${f.v('theirGoals')}. ` +
      `To get there, could we ask your team for ${decap(f.v('resource'))}${howMuch} by ${f.v('date')}? ${why}`,
  );

  // 3 · What we give back (after what weighs on them, when known), and an open door for concerns.
  const pressures = f.raw('theirPressures');
  out.push(
    (pressures ? `I know your team has a lot on right now (${decap(pressures)}). ` : '') +
      `In return, we can ${decap(f.v('offer'))}. Would that work for you? ` +
      `If anything here worries you or clashes with your plans, tell me and we'll adjust it together.`,
  );

  // The gentle alternative, after the ask and the offer: a smaller first step, then the fallback.
  const phased = f.raw('phasedAsk');
  const fallback = f.raw('fallback');
  const alt: string[] = [];
  if (phased) alt.push(`If that's a stretch right now, a smaller first step would already help: ${decap(phased)}, and we can look at the rest once you've seen how it goes.`);
  if (fallback) alt.push(`${phased ? 'And if' : 'If'} none of this fits at the moment, we can also ${decap(fallback)}; just tell me what's realistic for your team.`);
  if (alt.length) out.push(alt.join(' '));

  // 4 · Next steps (who does what by when) and thanks.
  out.push(`If you agree, I'll ${decap(f.v('myStep'))} by ${f.v('myStepBy')}. Thank you for considering this.`);

  return out.join('\n\n');
}

// ─── Chinese ───

/** "为期两周", "约4万条" continue the sentence after a comma; "两周", "6000元" go in brackets. */
const ZH_JOINS = /^(?:为期|為期|共|约|約|大约|大約|每|合计|合計|总计|總計|一共|至少|最多|不超过|不超過)/;

function chinese(f: Filled): string {
  const out: string[] = [];
  const recipient = f.raw('recipient');
  out.push(recipient && /(?:您好|你好|大家好)$/.test(recipient) ? `${recipient}，` : `${f.v('recipient')}您好，`);

  const amount = f.raw('amount');
  const howMuch = amount && ZH_JOINS.test(amount) ? `，${amount}` : `（${f.v('amount')}）`;
  const reason = f.raw('reason').replace(/^(?:因为|因為|由于|由於)/, '');
  const why = !reason
    ? `之所以需要这些，是因为${f.v('reason')}。`
    : /^(?:为了|為了)/.test(reason)
      ? `这是${reason}。`
      : /^(?:以便|好让|好讓)/.test(reason)
        ? `需要这些，${reason}。`
        : /^(?:这样|這樣)/.test(reason)
          ? `${reason}。`
          : `之所以需要这些，是因为${reason}。`;
  out.push(
    `关于${f.v('project')}，想和您商量一下。这件事和您团队一直在推进的目标是一致的，也就是${f.v('theirGoals')}，做好了对我们双方都有好处。` +
      `具体来说，我们需要${f.v('resource')}${howMuch}，想请您那边在${f.v('date')}前协调到位。${why}`,
  );

  const pressures = f.raw('theirPressures');
  out.push(
    (pressures ? `我也了解您那边最近事情不少（${pressures}）。` : '') +
      `作为回报，我们可以${f.v('offer')}。您看这样是否合适？如果您那边有什么顾虑或不方便的地方，也请直接告诉我，我们再一起调整。`,
  );

  const phased = f.raw('phasedAsk');
  const fallback = f.raw('fallback');
  const alt: string[] = [];
  if (phased) alt.push(`如果一次到位有难度，也可以先从小处着手：${phased}，等看到效果再商量后面的部分。`);
  if (fallback) alt.push(`实在排不开的话，我们也可以${fallback}，您按实际情况告诉我就好。`);
  if (alt.length) out.push(alt.join(''));

  out.push(`如果您觉得可行，我会在${f.v('myStepBy')}前${f.v('myStep')}，之后再和您确认细节。谢谢您抽时间看，期待您的回复！`);

  return out.join('\n\n');
}

/**
 * The draft skeleton of a plan in the chosen language. Every part is there even when the plan is
 * empty: a blank shows as a bracketed hint ([what you need] / 【所需资源】); only the optional parts
 * (their pressures, a smaller step, the fallback) are left out until they are filled in.
 */
export function buildSkeleton(plan: Partial<Plan>, lang: SkeletonLang): string {
  const f = filler(plan, lang);
  return lang === 'zh' ? chinese(f) : english(f);
}
