import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkIncoming, handleMessages, Message, send } from '../../utils/messages.ts';

const OWN = 'askwell-test-id';

describe('checkIncoming', () => {
  const ours = { id: OWN };
  it.each([
    ['open-side-panel', { type: 'open-side-panel' }],
    ['composer-update', { type: 'composer-update', composer: { kind: 'textarea', host: 'mail.example.com', text: '你好 👋🏽' } }],
    ['composer-gone', { type: 'composer-gone' }],
    ['get-active-composer', { type: 'get-active-composer' }],
    ['active-composer with none', { type: 'active-composer', composer: null }],
  ])('accepts a well-formed %s message from our own context', (_name, raw) => {
    const r = checkIncoming(raw, ours, OWN);
    expect(r.ok).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'steal-cookies' }, /type/],
    ['no type', { composer: null }, /type/],
    ['a wrong field type', { type: 'composer-update', composer: { kind: 'input', host: 'x', text: '' } }, /composer\.kind/],
    ['a missing field', { type: 'active-composer' }, /composer/],
    ['a string', 'open-side-panel', /invalid message/],
    ['null', null, /invalid message/],
  ])('refuses %s with a reason that names the problem', (_name, raw, reason) => {
    const r = checkIncoming(raw, ours, OWN);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('refuses a message from another extension or a web page', () => {
    expect(checkIncoming({ type: 'open-side-panel' }, { id: 'someone-else' }, OWN)).toMatchObject({ ok: false });
    expect(checkIncoming({ type: 'open-side-panel' }, {}, OWN)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not this extension/),
    });
  });

  it('refuses an oversized draft instead of passing it on', () => {
    const text = 'x'.repeat(2_000_001);
    const r = checkIncoming({ type: 'composer-update', composer: { kind: 'textarea', host: 'h', text } }, ours, OWN);
    expect(r.ok).toBe(false);
  });
});

describe('send and handleMessages', () => {
  beforeEach(() => fakeBrowser.reset());
  const ours = () => ({ id: fakeBrowser.runtime.id });
  // The fake browser's sendMessage passes an empty sender and drops promised answers, so these tests
  // deliver through the listener itself, with the sender Chrome would pass.
  const deliver = async (raw: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(raw, sender, () => {}))[0];

  it('delivers a valid message to its handler and returns the handler’s answer', async () => {
    const info = { kind: 'contenteditable', host: 'chat.example', text: 'hi' } as const;
    const stop = handleMessages({ 'get-active-composer': () => info });
    await expect(deliver({ type: 'get-active-composer' }, ours())).resolves.toEqual(info);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('leaves messages it has no handler for to other listeners', async () => {
    handleMessages({ 'composer-gone': () => {} });
    expect(await deliver({ type: 'get-active-composer' }, ours())).toBeUndefined();
  });

  it('refuses to send a malformed message (a bug fails at the sender)', async () => {
    await expect(send({ type: 'composer-update', composer: { kind: 'nope' } } as never)).rejects.toThrow();
  });

  it('logs and ignores a message of the wrong shape or from a stranger, without calling any handler', async () => {
    const handler = vi.fn();
    const log = vi.fn();
    handleMessages({ 'open-side-panel': handler }, log);
    expect(await deliver({ type: 'bogus' }, ours())).toBeUndefined();
    expect(await deliver({ type: 'open-side-panel' }, { id: 'other-extension' })).toBeUndefined();
    expect(await deliver({ type: 'open-side-panel' }, { url: 'https://evil.example/' })).toBeUndefined();
    expect(log).toHaveBeenCalledTimes(3);
    expect(log.mock.calls[0]?.[0]).toMatch(/refused a message: invalid message/);
    expect(log.mock.calls[1]?.[0]).toMatch(/not this extension/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers nothing and logs when a handler throws, instead of an uncaught error', async () => {
    const log = vi.fn();
    handleMessages({ 'get-active-composer': () => { throw new Error('boom'); } }, log);
    await expect(deliver({ type: 'get-active-composer' }, ours())).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/get-active-composer failed: boom/));
  });

  it('has one schema per message type', () => {
    const types = Message.options.map((o) => o.shape.type.value);
    expect(new Set(types).size).toBe(types.length);
  });
});
