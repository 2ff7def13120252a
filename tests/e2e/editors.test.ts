// Every real editor library the in-page layer must live with (Quill, ProseMirror, Lexical, CKEditor 5,
// TinyMCE in an iframe, Draft.js, Slate), built from npm by tests/fixtures/editors/build.ts and served
// on 127.0.0.1, with the built extension loaded. Acting as a person: click into the composer, type two
// lines with the keyboard (an emoji, Chinese committed the way an IME commits), undo, redo; the
// editor's own model must agree with what was typed and with what is on screen, AskWell must keep
// exactly one overlay outside the editor, and nothing may be logged as an error or leave the machine.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
// For its `declare global`: the types of window.fixture inside page.evaluate callbacks.
import type {} from '../fixtures/editors/shared/fixture.ts';
import { launchWithExtension, leavesMachine, type ExtensionBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const EDITORS = ['quill', 'prosemirror', 'lexical', 'ckeditor5', 'tinymce', 'draft-js', 'slate'] as const;
const ARTIFACTS = new URL('../.artifacts/editors/', import.meta.url).pathname;

const LINE1 = 'Hi Lee, could your team lend us two testers next week? 👍';
const LINE2 = 'We ship on Friday, ';
/** Committed text with no key events, as an IME commits it. */
const CHINESE = '谢谢你们的帮助！';
const TYPED = `${LINE1}\n${LINE2}${CHINESE}`;

let server: StaticServer;
let ext: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  const missing = EDITORS.filter((name) => !existsSync(`${ARTIFACTS}${name}/index.html`));
  if (missing.length) {
    throw new Error(`editor fixtures not built (${missing.join(', ')}): run \`node tests/fixtures/editors/build.ts\``);
  }
  server = await serveStatic([ARTIFACTS]);
  ext = await launchWithExtension({ locale: 'en-US' });
  ext.context.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});


/**
 * The lines the user sees: editors keep caret anchors (Slate's U+FEFF, zero-width spaces) and no-break
 * spaces in the DOM, and innerText shows a paragraph break as one or two line breaks and an empty
 * paragraph as more, so blank lines are left out.
 */
function lines(text: string): string[] {
  return text
    .replace(/[\uFEFF\u200B]/g, '')
    .replace(/\u00A0/g, ' ')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

function sameLines(a: string, b: string): boolean {
  return JSON.stringify(lines(a)) === JSON.stringify(lines(b));
}

/** The model's text, what the editable shows, and where AskWell's hosts are. */
function snapshot(page: Page) {
  return page.evaluate(() => {
    const fixture = window.fixture!;
    const root = fixture.root;
    const doc = root.ownerDocument;
    return {
      model: fixture.getText(),
      visible: root.innerText,
      overlaysInEditorDoc: doc.querySelectorAll('askwell-overlay').length,
      overlaysInRoot: root.querySelectorAll('askwell-overlay').length,
      overlaysInTopDoc: doc === document ? null : document.querySelectorAll('askwell-overlay').length,
    };
  });
}

/** A point just inside the editable's top-left, in the top page's coordinates (through iframes). */
function clickPoint(page: Page) {
  return page.evaluate(() => {
    const root = window.fixture!.root;
    const r = root.getBoundingClientRect();
    let x = r.left + Math.min(40, r.width / 2);
    let y = r.top + Math.min(16, r.height / 2);
    for (let w: Window | null = root.ownerDocument.defaultView; w && w !== w.parent; w = w.parent) {
      const frame = w.frameElement as HTMLElement | null;
      if (!frame) break;
      const f = frame.getBoundingClientRect();
      x += f.left + frame.clientLeft;
      y += f.top + frame.clientTop;
    }
    return { x, y };
  });
}

function hasFocus(page: Page) {
  return page.evaluate(() => {
    const root = window.fixture!.root;
    const active = root.ownerDocument.activeElement;
    return !!active && (active === root || root.contains(active)) && root.ownerDocument.hasFocus();
  });
}

describe.each(EDITORS)('the %s fixture, with the extension loaded', (name) => {
  let page: Page;
  const pageUrl = () => server.url(`${name}/index.html`);
  const errors = () => ext.pageErrors.filter((e) => e.startsWith(pageUrl()));

  beforeAll(async () => {
    page = await ext.newPage();
    await page.goto(pageUrl());
    // (expect.poll is for tests only; Playwright's own polling waits in a hook.)
    await page.waitForFunction((n) => window.fixture?.ready === true && window.fixture.name === n, name, {
      timeout: 15_000,
    });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('takes two typed lines, an emoji and committed Chinese, and its model holds exactly that', async () => {
    const { x, y } = await clickPoint(page);
    await page.mouse.click(x, y);
    await expect.poll(() => hasFocus(page)).toBe(true);
    await page.keyboard.type(LINE1);
    await page.keyboard.press('Enter');
    await page.keyboard.type(LINE2);
    await page.keyboard.insertText(CHINESE);
    await expect.poll(async () => (await snapshot(page)).model).toBe(TYPED);
    // What is on screen is the same two lines, character for character.
    expect(lines((await snapshot(page)).visible)).toEqual(TYPED.split('\n'));
  });

  it('has exactly one askwell-overlay in the editor’s document, and none inside the editable', async () => {
    await expect.poll(async () => (await snapshot(page)).overlaysInEditorDoc).toBe(1);
    const s = await snapshot(page);
    expect(s.overlaysInRoot).toBe(0);
    // For the iframe editor, the page around it has no composer of its own and so no overlay.
    if (s.overlaysInTopDoc !== null) expect(s.overlaysInTopDoc).toBe(0);
  });

  it('undoes the last typing with Ctrl+Z, and redoes it with Ctrl+Shift+Z, in the model as on screen', async () => {
    await page.keyboard.press('Control+Z');
    await expect
      .poll(() => snapshot(page))
      .toSatisfy((s: { model: string; visible: string }) => s.model !== TYPED && sameLines(s.model, s.visible));
    const undone = (await snapshot(page)).model;
    // Undo removes from the end what was typed last (the committed Chinese at least); editors differ
    // in how much earlier typing they group into the same step.
    expect(TYPED.startsWith(undone)).toBe(true);
    expect(undone.length).toBeLessThanOrEqual(TYPED.length - CHINESE.length);

    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => (await snapshot(page)).model).toBe(TYPED);
    expect(lines((await snapshot(page)).visible)).toEqual(TYPED.split('\n'));
    // Still one overlay, still outside the editable, after the editor re-rendered its content.
    const s = await snapshot(page);
    expect([s.overlaysInEditorDoc, s.overlaysInRoot]).toEqual([1, 0]);
  });

  it('logged no errors and sent no request beyond 127.0.0.1', () => {
    expect(errors()).toEqual([]);
    // The recorder saw this page's own requests, so an empty list below means something.
    expect(requests).toContain(pageUrl());
    expect(requests.filter(leavesMachine)).toEqual([]);
  });
});
