// Every message between AskWell's contexts (background, side panel, options, content script), as one
// zod discriminated union. Send with `send`, answer with `handleMessages`; anything that fails
// validation, or comes from outside this extension, is refused with a logged reason.
import { z } from 'zod';
import { browser, type Runtime } from './browser.ts';
import { Placement } from './templates/schema.ts';

const composerKind = z.enum(['textarea', 'contenteditable']);

/** What the side panel needs to know about the composer the user is writing in. */
export const ComposerInfo = z.object({
  kind: composerKind,
  /** The page's host, shown to the user ("Following the composer on mail.example.com"). */
  host: z.string().max(253),
  /** The draft as plain text; capped so a runaway page cannot flood the panel. */
  text: z.string().max(2_000_000),
});
export type ComposerInfo = z.infer<typeof ComposerInfo>;

export const Message = z.discriminatedUnion('type', [
  /** Any context → background: open the side panel for the sender's tab (or the active tab). */
  z.object({ type: z.literal('open-side-panel') }),
  /** Content script → background: the user is writing in a composer (or the draft changed). */
  z.object({ type: z.literal('composer-update'), composer: ComposerInfo }),
  /** Content script → background: the composer lost focus for good or left the page. */
  z.object({ type: z.literal('composer-gone') }),
  /** Side panel → background: which composer is live in the active tab? */
  z.object({ type: z.literal('get-active-composer') }),
  /** Background → side panel: the active tab's composer changed (null: none). */
  z.object({ type: z.literal('active-composer'), composer: ComposerInfo.nullable() }),
  /** Side panel → background → the composer's frame: insert text (a filled template) where it belongs. */
  z.object({ type: z.literal('insert-text'), text: z.string().min(1).max(20_000), placement: Placement }),
  /** Side panel → background: the page in the active tab (its URL, when AskWell may know it). */
  z.object({ type: z.literal('get-active-page') }),
  /** Side panel → background: the user turned AskWell on for the active tab's site (permission granted). */
  z.object({ type: z.literal('site-turned-on'), pattern: z.string().max(300) }),
  /** Side panel → background → the composer's frame: select a span of the draft to show it. */
  z.object({ type: z.literal('reveal-span'), start: z.number().int().min(0), end: z.number().int().min(0) }),
]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** The answer each message expects (void where none). */
export interface Replies {
  'open-side-panel': { ok: boolean; error?: string };
  'composer-update': void;
  'composer-gone': void;
  'get-active-composer': ComposerInfo | null;
  'active-composer': void;
  'insert-text': InsertReply;
  'reveal-span': { ok: boolean };
  'get-active-page': { url: string | null };
  'site-turned-on': { ok: boolean; error?: string };
}

export interface InsertReply {
  ok: boolean;
  error?: 'no-composer' | 'editor-gone' | 'not-applied' | 'changed-unexpectedly';
}

export type Handlers = {
  [T in MessageType]?: (msg: MessageOf<T>, sender: Runtime.MessageSender) => Replies[T] | Promise<Replies[T]>;
};

/**
 * Validates an incoming message and its sender. Returns the message, or a reason to refuse it.
 * Only this extension's own contexts are answered: content scripts and extension pages carry our id.
 */
export function checkIncoming(
  raw: unknown,
  sender: Pick<Runtime.MessageSender, 'id'>,
  ownId: string,
): { ok: true; message: Message } | { ok: false; reason: string } {
  if (sender.id !== ownId) return { ok: false, reason: `sender ${String(sender.id)} is not this extension` };
  const parsed = Message.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `invalid message: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim() };
  }
  return { ok: true, message: parsed.data };
}

/** Sends a message to the extension's other contexts. Validates before sending, so a bug fails here. */
export async function send<T extends MessageType>(msg: MessageOf<T>): Promise<Replies[T]> {
  Message.parse(msg);
  return (await browser.runtime.sendMessage(msg)) as Replies[T];
}

/** Sends a message to one tab's content scripts (one frame of it, when given). */
export async function sendToTab<T extends MessageType>(tabId: number, msg: MessageOf<T>, frameId?: number): Promise<Replies[T]> {
  Message.parse(msg);
  return (await browser.tabs.sendMessage(tabId, msg, frameId === undefined ? undefined : { frameId })) as Replies[T];
}

/**
 * Installs one listener that dispatches to `handlers`. Messages with no handler here are left for
 * other listeners (returns undefined); refused messages are logged and answered with nothing.
 */
export function handleMessages(handlers: Handlers, log: (reason: string) => void = console.warn): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const checked = checkIncoming(raw, sender, browser.runtime.id);
    if (!checked.ok) {
      log(`[AskWell] refused a message: ${checked.reason}`);
      return undefined;
    }
    const handler = handlers[checked.message.type] as
      | ((m: Message, s: Runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(checked.message, sender))
      .catch((err: unknown) => {
        log(`[AskWell] ${checked.message.type} failed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
