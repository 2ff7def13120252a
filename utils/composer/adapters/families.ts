// Editor families recognised by their DOM markers, each with the input paths it accepts, in order.
// What is known about them (see the editors' sources and issues): Draft.js state is corrupted by
// execCommand (draft-js#616) and takes a paste; CKEditor 5 reverts DOM changes that bypass its model
// (ckeditor5#11636) and takes a paste; Lexical and Slate take a beforeinput with target ranges; Quill 2
// takes a paste. Editors that group edits by time need a pause after the last keystroke, or the
// insertion joins the user's typing in one undo step.
import type { InputPath } from './input-paths.ts';

export interface Family {
  name: string;
  test: (root: HTMLElement) => boolean;
  paths: InputPath[];
  /** Time after the last keystroke before an insertion is its own undo step in this editor's history. */
  historyGapMs: number;
  /** The editor syncs its model from selectionchange: wait for it after moving the selection. */
  syncsSelection: boolean;
  /**
   * The editor's history merges a text insertion into the typing right before it, whatever the time
   * (slate-history merges adjacent insert_text operations): insert as a replacement of one
   * neighbouring character instead, which always starts an undo step of its own.
   */
  mergesAdjacentInserts?: boolean;
  /**
   * Makes the editor record what is there now as an undo level of its own, before AskWell inserts.
   * TinyMCE records levels on key events: text committed without keys (an IME commit, dictation)
   * would otherwise be undone together with AskWell's insertion.
   */
  settleHistory?: (root: HTMLElement) => void;
}

/** A navigation key's keyup: TinyMCE takes it as "the user moved on" and records a level. Untrusted, so the caret stays. */
function keyupOfArrow(root: HTMLElement): void {
  root.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39, bubbles: true, cancelable: true }));
}

const FAMILIES: Family[] = [
  { name: 'draft', test: (el) => el.classList.contains('public-DraftEditor-content'), paths: ['paste'], historyGapMs: 0, syncsSelection: true },
  { name: 'ckeditor5', test: (el) => el.classList.contains('ck-editor__editable'), paths: ['paste', 'beforeinput'], historyGapMs: 0, syncsSelection: true },
  { name: 'lexical', test: (el) => el.hasAttribute('data-lexical-editor'), paths: ['beforeinput', 'paste'], historyGapMs: 1100, syncsSelection: true },
  { name: 'slate', test: (el) => el.hasAttribute('data-slate-editor'), paths: ['beforeinput', 'paste'], historyGapMs: 0, syncsSelection: true, mergesAdjacentInserts: true },
  { name: 'quill', test: (el) => el.classList.contains('ql-editor'), paths: ['paste', 'execCommand'], historyGapMs: 1100, syncsSelection: true },
  { name: 'prosemirror', test: (el) => el.classList.contains('ProseMirror'), paths: ['paste', 'execCommand'], historyGapMs: 600, syncsSelection: true },
  { name: 'tinymce', test: (el) => el.id === 'tinymce' || el.classList.contains('mce-content-body'), paths: ['paste', 'execCommand'], historyGapMs: 0, syncsSelection: true, settleHistory: keyupOfArrow },
];

/** A contenteditable with no known editor behind it (Gmail, Outlook compose): the browser's own editing. */
export const GENERIC: Family = {
  name: 'contenteditable',
  test: () => true,
  paths: ['execCommand', 'paste', 'beforeinput'],
  historyGapMs: 0,
  syncsSelection: false,
};

export function familyOf(root: HTMLElement): Family {
  return FAMILIES.find((f) => f.test(root)) ?? GENERIC;
}
