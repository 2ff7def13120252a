// What a rule is. A rule module default-exports a `Rule`: its metadata, a `check(doc)` that returns
// where it fires, and its own good/bad examples (run by tests/unit/analysis/rules.test.ts). Element
// rules also `detect(doc)` their move; the engine fills `doc.elements` from them before any check.

import type { Doc } from './doc.ts';
import type { ElementKey, Elements, Fix, FindingKind, Localized, Severity, Span } from './types.ts';

export interface RuleMeta {
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** The guidance section the rule enforces, e.g. '资源协商 4. 进行协商的关键步骤与话术 · 建立共识开场'. */
  guidance: string;
  message: Localized;
  explanation: Localized;
  fix?: Fix;
}

export interface RuleHit extends Span {
  /** Overrides the rule's message for this hit (e.g. with a count). */
  message?: Localized;
}

export interface RuleExample {
  text: string;
  lang?: 'zh' | 'en';
  note?: string;
}

export interface Rule {
  meta: RuleMeta;
  /** For element rules: the move this rule detects. */
  element?: ElementKey;
  detect?: (doc: Doc) => Elements[ElementKey];
  check: (doc: Doc) => RuleHit[];
  /** good: the rule must not fire; bad: it must fire at least once. */
  examples: { good: RuleExample[]; bad: RuleExample[] };
}

export const GUIDE = {
  prep: '资源协商 3. 协商前的核心准备 · 明确需求',
  opening: '资源协商 4. 进行协商的关键步骤与话术 · 建立共识开场',
  need: '资源协商 4. 进行协商的关键步骤与话术 · 清晰陈述需求与理由',
  reciprocity: '资源协商 4. 进行协商的关键步骤与话术 · 提出互惠方案并倾听',
  close: '资源协商 4. 进行协商的关键步骤与话术 · 确认并致谢',
  pitfallPrep: '资源协商 6. 需要避免的常见误区 · 准备不足',
  pitfallOnlyAsk: '资源协商 6. 需要避免的常见误区 · 只有索取，没有贡献',
  pitfallEmotion: '资源协商 6. 需要避免的常见误区 · 情绪化或立场化',
  pitfallVerbal: '资源协商 6. 需要避免的常见误区 · 忽视正式确认',
  flattery: '向上管理 一、(二) 常见误区 · 误区一：将“向上管理”等同于“讨好”或“攀关系”',
  overHead: '向上管理 一、(二) 常见误区 · 误区二：越过对接人直接“向上”',
  valueNotOnlyNeed: '向上管理 一、(二) 常见误区 · 误区三：只谈需求不谈价值',
  conclusionFirst: '向上管理 二、(二) 清晰表达 · 结论先行',
  structured: '向上管理 二、(二) 清晰表达：用“结构化沟通”降低理解成本',
} as const;

/**
 * The same citations for a reader of English: the section in English, the guidance's own term kept in
 * brackets so the source can still be found. Keyed like GUIDE; `guidanceFor` looks a citation up.
 */
const GUIDE_EN: Record<keyof typeof GUIDE, string> = {
  prep: 'Resource negotiation §3, preparing: know exactly what you need (明确需求)',
  opening: 'Resource negotiation §4, key steps: open on common ground (建立共识开场)',
  need: 'Resource negotiation §4, key steps: state the need and the reason (清晰陈述需求与理由)',
  reciprocity: 'Resource negotiation §4, key steps: offer something back and listen (提出互惠方案并倾听)',
  close: 'Resource negotiation §4, key steps: confirm and thank (确认并致谢)',
  pitfallPrep: 'Resource negotiation §6, pitfalls: not prepared (准备不足)',
  pitfallOnlyAsk: 'Resource negotiation §6, pitfalls: only taking, giving nothing (只有索取，没有贡献)',
  pitfallEmotion: 'Resource negotiation §6, pitfalls: emotional or positional (情绪化或立场化)',
  pitfallVerbal: 'Resource negotiation §6, pitfalls: no written confirmation (忽视正式确认)',
  flattery: 'Managing up I (2), pitfall 1: managing up is not flattery (讨好)',
  overHead: 'Managing up I (2), pitfall 2: going over your contact’s head (越过对接人)',
  valueNotOnlyNeed: 'Managing up I (2), pitfall 3: talking needs, not value (只谈需求不谈价值)',
  conclusionFirst: 'Managing up II (2), clear expression: conclusion first (结论先行)',
  structured: 'Managing up II (2), clear expression: structured communication (结构化沟通)',
};

const BY_CITATION = new Map<string, keyof typeof GUIDE>(Object.entries(GUIDE).map(([k, v]) => [v, k as keyof typeof GUIDE]));

/**
 * A finding's `guidance` citation for a reader of `lang`. A citation may extend a section with a note
 * after ' · ' (the soft hints cite a study there); the note is kept. An unknown citation is returned
 * as it is.
 */
export function guidanceFor(citation: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return citation;
  const exact = BY_CITATION.get(citation);
  if (exact) return GUIDE_EN[exact];
  for (const [source, key] of BY_CITATION) {
    if (citation.startsWith(`${source} · `)) return GUIDE_EN[key] + citation.slice(source.length);
  }
  return citation;
}
