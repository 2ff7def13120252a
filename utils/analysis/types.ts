// Plain data shapes of the analysis engine. Everything here is serialisable (no classes, no functions
// in results) so the overlay, the side panel and the CLI can pass results around as-is.

export type Lang = 'zh' | 'en' | 'mixed';
export type Script = 'zh' | 'en' | 'mixed' | 'none';

export interface Span {
  start: number;
  end: number;
}

export interface Localized {
  zh: string;
  en: string;
}

export type FindingKind = 'element' | 'pitfall' | 'tone';
/** warning: a missing move or a pitfall; info: a softer suggestion; hint: the Boomerang soft hints. */
export type Severity = 'warning' | 'info' | 'hint';

export interface Fix {
  templateId: string;
}

export interface Finding {
  ruleId: string;
  kind: FindingKind;
  severity: Severity;
  start: number;
  end: number;
  message: Localized;
  guidance: string;
  fix?: Fix;
}

export interface Part {
  present: boolean;
  spans: Span[];
}

export interface Quantity extends Span {
  text: string;
  /** Parsed number when the amount is numeric (Arabic, full-width or Chinese numerals). */
  value?: number;
}

export interface DateMention extends Span {
  text: string;
  /** ISO date-time resolved relative to `now` by chrono-node. */
  date: string;
}

export interface SharedGoalElement extends Part {
  /** True when the goal is stated in the opening of the message (first sentences). */
  opening: boolean;
}

export interface QuantifiedNeedElement extends Part {
  need: Part;
  reason: Part;
  quantities: Quantity[];
  dates: DateMention[];
}

export interface ReciprocityElement extends Part {
  offer: Part;
  invitation: Part;
  /** Set when no rule found the offer and the learned reading did (analysis/learned/): its span is the sentence that weighs most. */
  learned?: boolean;
}

export interface NextStepsElement extends Part {
  steps: Part;
  thanks: Part;
  dates: DateMention[];
}

export interface Elements {
  sharedGoal: SharedGoalElement;
  quantifiedNeed: QuantifiedNeedElement;
  reciprocity: ReciprocityElement;
  nextSteps: NextStepsElement;
}

export type ElementKey = keyof Elements;

export interface ToneMarker {
  start: number;
  end: number;
  text: string;
  weight: number;
}

export interface ToneResult {
  score: number;
  label: 'polite' | 'neutral' | 'impolite';
  markers: ToneMarker[];
}

export interface Stats {
  /** UTF-16 length of the input. */
  chars: number;
  /** Han characters. */
  han: number;
  /** Latin-script words. */
  words: number;
  /** English-word equivalents: words + han / HAN_PER_WORD (see rules/length.ts). */
  wordEquivalents: number;
  questions: number;
  sentences: number;
}

export interface Analysis {
  lang: Lang;
  elements: Elements;
  findings: Finding[];
  tone: ToneResult;
  score: number;
  stats: Stats;
}

export interface AnalyzeOptions {
  lang?: 'auto' | 'zh' | 'en';
  now?: Date;
}
