import type { Composer } from '../detect.ts';
import { contentEditableAdapter } from './contenteditable.ts';
import { textareaAdapter } from './textarea.ts';
import type { EditorAdapter } from './types.ts';

export type { EditorAdapter, InsertOutcome } from './types.ts';

export interface AdapterContext {
  /** An element inside AskWell's own shadow root, for measuring (textarea geometry). */
  scratch: () => HTMLElement;
  /** When the user last typed in the composer (performance.now()). */
  lastInputAt: () => number;
}

export function adapterFor(composer: Composer, ctx: AdapterContext): EditorAdapter {
  return composer.kind === 'textarea'
    ? textareaAdapter(composer.element as HTMLTextAreaElement, ctx.scratch)
    : contentEditableAdapter(composer.element, { lastInputAt: ctx.lastInputAt });
}
