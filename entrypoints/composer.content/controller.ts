// One composer's state in the page: the latest analysis, its findings remapped onto the text as the
// user types, the open card, and the actions behind the card's buttons. Signals only; the components
// in components/overlay read them, and browser APIs come in through `deps`.
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { analyze, type Analysis, type Finding } from '../../utils/analysis/index.ts';
import type { EditorAdapter, InsertOutcome } from '../../utils/composer/adapters/index.ts';
import { diffEdit, remapSpan } from '../../utils/composer/remap.ts';
import type { Lang, MessageKey } from '../../utils/i18n.ts';
import { analysisWithPrefs, applyRulePrefs, type RulePrefs } from '../../utils/rule-prefs.ts';
import { templateById } from '../../utils/templates/catalog.ts';
import { placeTemplate } from '../../utils/templates/placement.ts';
import { renderTemplate } from '../../utils/templates/render.ts';
import { fieldsFrom, templateLang } from '../../utils/templates/fill.ts';
import type { Placement, Template } from '../../utils/templates/schema.ts';

/** How long a note such as "Inserted. Ctrl+Z undoes it." stays up. */
const STATUS_MS = 5_000;

/** Drafts longer than this are not checked as the user types (a pasted log, not a request). */
export const MAX_LIVE_CHARS = 200_000;

/**
 * Pitfalls about the message as a whole (what it lacks, where the ask sits): listed on the card, not
 * underlined, since no words are wrong in themselves.
 */
const MESSAGE_LEVEL = new Set(['only-asking', 'buried-ask', 'length', 'questions']);

export interface ShownFinding extends Finding {
  /** Stable within this composer: rule and the words it points at. */
  key: string;
}

export type CardState = null | { anchor: 'badge' } | { anchor: 'span'; start: number; end: number };

export interface Status {
  kind: 'ok' | 'error';
  key: MessageKey;
}

export interface ControllerDeps {
  adapter: EditorAdapter;
  /** Rules the user turned off and levels they chose (settings). */
  rulePrefs: ReadonlySignal<RulePrefs>;
  /** The UI language, also the templates' language for a mixed-language draft. */
  lang: ReadonlySignal<Lang>;
  disableRule: (ruleId: string) => Promise<void>;
  openPanel: () => void;
  now?: () => Date;
}

function keyOf(f: Finding, text: string): string {
  return `${f.ruleId}@${text.slice(f.start, f.end)}`;
}

const OUTCOME_STATUS: Record<NonNullable<InsertOutcome['error']>, MessageKey> = {
  'editor-gone': 'overlayEditorGone',
  'not-applied': 'overlayNotApplied',
  'changed-unexpectedly': 'overlayChangedUnexpectedly',
};

export function createComposerController(deps: ControllerDeps) {
  const { adapter } = deps;
  const analysis = signal<Analysis | null>(null);
  const analysedText = signal('');
  const currentText = signal(adapter.read().text);
  const tooLong = signal(false);
  const ignored = signal<ReadonlySet<string>>(new Set());
  const card = signal<CardState>(null);
  const status = signal<Status | null>(null);
  const busy = signal(false);

  /** Findings worth showing, on the analysed text: disabled, ignored and hints left out. */
  const kept = computed<ShownFinding[]>(() => {
    const a = analysis.value;
    if (!a || tooLong.value) return [];
    const text = analysedText.value;
    const out: ShownFinding[] = [];
    for (const f of applyRulePrefs(a.findings, deps.rulePrefs.value)) {
      if (f.severity === 'hint') continue;
      const key = keyOf(f, text);
      if (!ignored.value.has(key)) out.push({ ...f, key });
    }
    return out;
  });

  /** The same on the current text (a keystroke only moves them): stale spans left out. */
  const shown = computed<ShownFinding[]>(() => {
    const edit = diffEdit(analysedText.value, currentText.value);
    const out: ShownFinding[] = [];
    for (const f of kept.value) {
      const span = remapSpan(f, edit);
      // A pitfall whose words were just edited is gone until the next analysis says otherwise.
      if (!span) {
        if (f.kind === 'element') out.push({ ...f, start: 0, end: 0 });
        continue;
      }
      out.push(span === f ? f : { ...f, ...span });
    }
    return out;
  });

  /** Spans drawn as underlines: the words a pitfall or the tone points at (missing moves are listed only). */
  const marks = computed(() => {
    const seen = new Map<string, { start: number; end: number; findings: ShownFinding[] }>();
    for (const f of shown.value) {
      if (f.kind === 'element' || MESSAGE_LEVEL.has(f.ruleId) || f.end <= f.start) continue;
      const k = `${f.start}:${f.end}`;
      const m = seen.get(k) ?? { start: f.start, end: f.end, findings: [] };
      m.findings.push(f);
      seen.set(k, m);
    }
    // Longer spans first, so a short mark inside a long one is drawn on top and stays clickable.
    return [...seen.values()].sort((a, b) => b.end - b.start - (a.end - a.start));
  });

  const cardFindings = computed(() => {
    const c = card.value;
    if (!c) return [];
    if (c.anchor === 'badge') return shown.value;
    // The findings drawn as this mark.
    return marks.value.find((m) => m.start === c.start && m.end === c.end)?.findings ?? [];
  });

  /** Puts `body` where `placement` says, through the editor's own input path, as one undo step. */
  async function insertText(body: string, placement: Placement, span?: { start: number; end: number }): Promise<InsertOutcome> {
    if (busy.value) return { ok: false, error: 'not-applied' };
    busy.value = true;
    card.value = null;
    try {
      const text = adapter.read().text;
      // Span-bound placements without a span fall back to the closing (placeTemplate's rule).
      const edit = placeTemplate(text, placement, body, span, adapter.caret());
      const outcome = await adapter.replace(edit.start, edit.end, edit.text);
      const next: Status = outcome.ok ? { kind: 'ok', key: 'overlayApplied' } : { kind: 'error', key: OUTCOME_STATUS[outcome.error ?? 'not-applied'] };
      status.value = next;
      // A note, not a fixture: it goes after a few seconds (or at the next keystroke).
      setTimeout(() => {
        if (status.value === next) status.value = null;
      }, STATUS_MS);
      if (outcome.error !== 'editor-gone') check();
      return outcome;
    } finally {
      busy.value = false;
    }
  }

  /**
   * Analyses the editor's text now and returns the step that shows the result. After a pause the
   * step runs in the next frame, so the analysis and the re-render it causes are two tasks, not one
   * long one; a mark stays on its words meanwhile (the step remaps onto the text as it is then).
   */
  function prepareCheck(): () => void {
    const text = adapter.read().text;
    const long = text.length > MAX_LIVE_CHARS;
    // An empty composer has nothing to check yet: no findings, no count.
    const result = !long && text.trim() ? analyze(text, { now: deps.now?.() }) : null;
    return () =>
      batch(() => {
        currentText.value = adapter.read().text;
        tooLong.value = long;
        analysis.value = result;
        if (!long) analysedText.value = text;
      });
  }

  function check() {
    prepareCheck()();
  }

  /** The analysis with the user's rule settings applied, so the readiness shown agrees with the findings. */
  const scored = computed<Analysis | null>(() => (analysis.value ? analysisWithPrefs(analysis.value, deps.rulePrefs.value) : null));

  return {
    analysis: scored as ReadonlySignal<Analysis | null>,
    shown,
    marks,
    card: card as ReadonlySignal<CardState>,
    cardFindings,
    status: status as ReadonlySignal<Status | null>,
    busy: busy as ReadonlySignal<boolean>,
    tooLong: tooLong as ReadonlySignal<boolean>,
    currentText: currentText as ReadonlySignal<string>,
    /** Run the analysis on the editor's current text and show it at once. */
    check,
    prepareCheck,
    /** The user changed the text: keep the marks on their words until the next analysis. */
    noteInput() {
      currentText.value = adapter.read().text;
      // The note after an insertion stays its few seconds: the insertion's own input events land here.
    },
    openCard(state: Exclude<CardState, null>) {
      status.value = null;
      card.value = state;
    },
    closeCard() {
      card.value = null;
    },
    template(f: Finding): Template | undefined {
      return f.fix ? templateById(f.fix.templateId) : undefined;
    },
    preview(t: Template): string {
      return renderTemplate(t, templateLang(analysis.value, deps.lang.value), fieldsFrom(analysis.value, analysedText.value));
    },
    ignore(f: ShownFinding) {
      ignored.value = new Set([...ignored.value, f.key]);
      if (cardFindings.value.length === 0) card.value = null;
    },
    async disableRule(f: ShownFinding) {
      await deps.disableRule(f.ruleId);
      if (cardFindings.value.length === 0) card.value = null;
    },
    openPanel: deps.openPanel,
    /** Inserts the finding's template where it belongs, as one undo step. */
    applyFix(f: ShownFinding): Promise<InsertOutcome> {
      const t = f.fix && templateById(f.fix.templateId);
      if (!t) return Promise.resolve({ ok: false, error: 'not-applied' });
      const body = renderTemplate(t, templateLang(analysis.value, deps.lang.value), fieldsFrom(analysis.value, analysedText.value));
      const bound = t.placement === 'after-span' || t.placement === 'replace-span';
      return insertText(body, t.placement, bound ? { start: f.start, end: f.end } : undefined);
    },
    /** Inserts text chosen in the side panel (a filled template). */
    insertText,
  };
}

export type ComposerController = ReturnType<typeof createComposerController>;
