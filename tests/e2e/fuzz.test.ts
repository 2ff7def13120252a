// A seeded random walk of type / fix / undo on every composer AskWell must live with: the plain
// textarea, the Gmail-like contenteditable and the seven real editor libraries. A model of the text
// the user should have is kept step by step (typed chunks: English words, committed Chinese, emoji,
// double spaces, Enter; fixes detected by reading the editor after the click, and required to be pure
// insertions; Ctrl+Z right after a fix must give back exactly the text before it), and after every step
// the editor's own model is compared with it. A failure names the seed and the steps taken, so it can
// be replayed: FUZZ_SEED=<n> (and FUZZ_STEPS=<n>) override the fixed seeds, FUZZ_ONLY=<fixture> runs one.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type {} from '../fixtures/editors/shared/fixture.ts';
import { clickIntoEditor } from '../support/editors.ts';
import { mulberry32 } from '../support/random.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser.ts';
import { badge, badgeCount, card } from '../support/overlay.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

const PAGES = new URL('../fixtures/pages/', import.meta.url).pathname;
const ARTIFACTS = new URL('../.artifacts/editors/', import.meta.url).pathname;
const SHOTS = new URL('../.artifacts/', import.meta.url).pathname;
const EDITORS = ['quill', 'prosemirror', 'lexical', 'ckeditor5', 'tinymce', 'draft-js', 'slate'] as const;

interface Target {
  name: string;
  /** Path on the test server; plain pages keep their text in #composer, editors in window.fixture. */
  path: string;
  kind: 'page' | 'editor';
  seed: number;
}

const TARGETS: Target[] = [
  { name: 'textarea', path: 'textarea.html', kind: 'page', seed: 101 },
  { name: 'contenteditable', path: 'contenteditable.html', kind: 'page', seed: 202 },
  ...EDITORS.map((name, i): Target => ({ name, path: `${name}/index.html`, kind: 'editor', seed: 303 + 101 * i })),
];
const STEPS = Number(process.env.FUZZ_STEPS ?? 16);
const ONLY = process.env.FUZZ_ONLY;
const seedFor = (t: Target) => (process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : t.seed);

/** Weak requests to start from, so the checker has findings (and so fixes) to offer. */
const OPENERS = [
  'Hi Lee, we need some help from your team. Can someone look at it soon?',
  'Hello Dana, could you send us the data asap?',
  '王经理，下周上线需要你们支持一下，尽快安排。',
];
const WORDS = ['we', 'need', 'some', 'help', 'with', 'the', 'launch', 'review', 'budget', 'please', 'soon', 'team', 'data', 'Friday', 'asap', 'testers', 'could', 'you'];
const CHINESE = ['需要你们支持', '谢谢！', '尽快安排。', '我们下周上线，', '麻烦帮忙看一下'];
const EMOJI = ['👍', '🎉', '🙏'];

/** One piece of typing: how it is entered and what it adds to the text. */
type Piece = { how: 'type' | 'insertText' | 'enter'; text: string };

function typingChunk(rand: () => number, expected: string): Piece[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const pieces: Piece[] = [];
  let tail = expected;
  const sep = () => (tail === '' || /[\s\n]$/.test(tail) ? '' : ' ');
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) {
    const r = rand();
    let p: Piece;
    if (r < 0.4) {
      const words = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(WORDS)).join(' ');
      p = { how: 'type', text: sep() + words + pick(['', '', '.', ',', '?']) };
    } else if (r < 0.6) {
      p = { how: 'insertText', text: pick(CHINESE) };
    } else if (r < 0.72) {
      p = { how: 'type', text: sep() + pick(EMOJI) };
    } else if (r < 0.82) {
      // Two spaces in a row: contenteditable editors keep them as NBSP + space.
      p = { how: 'type', text: `${/\s$/.test(tail) || tail === '' ? 'ok' : ''}  ${pick(WORDS)}` };
    } else {
      // A new paragraph, always followed by text on it (an empty last line reads differently per editor).
      pieces.push({ how: 'enter', text: '\n' });
      tail += '\n';
      p = { how: 'type', text: pick(WORDS) };
    }
    pieces.push(p);
    tail += p.text;
  }
  return pieces;
}

/** Text as a reader sees it: editors keep NBSP and caret anchors (U+FEFF, ZWSP) in their text. */
const plain = (s: string) => s.replace(/[\uFEFF\u200B]/g, '').replace(/\u00A0/g, ' ');

/** Whether `after` keeps every character of `before` in order, with one run inserted. */
function isInsertion(before: string, after: string): boolean {
  if (after.length <= before.length) return false;
  let p = 0;
  while (p < before.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return p + s === before.length;
}

let server: StaticServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  const missing = EDITORS.filter((name) => !existsSync(`${ARTIFACTS}${name}/index.html`));
  if (missing.length) throw new Error(`editor fixtures not built (${missing.join(', ')}): run \`node tests/fixtures/editors/build.ts\``);
  server = await serveStatic([PAGES, ARTIFACTS]);
  ext = await launchWithExtension({ locale: 'en-US' });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

function readModel(page: Page, t: Target): Promise<string> {
  if (t.kind === 'editor') return page.evaluate(() => window.fixture!.getText()).then(plain);
  return page
    .evaluate(() => {
      const el = document.getElementById('composer') as HTMLTextAreaElement | HTMLElement;
      return el instanceof HTMLTextAreaElement ? el.value : el.innerText.replace(/\n$/, '');
    })
    .then(plain);
}

async function open(t: Target): Promise<{ page: Page; scope: Page | Frame }> {
  const page = await ext.newPage();
  await page.goto(server.url(t.path));
  if (t.kind === 'page') {
    await page.click('#composer');
    return { page, scope: page };
  }
  await page.waitForFunction((n) => window.fixture?.ready === true && window.fixture.name === n, t.name, { timeout: 15_000 });
  return { page, scope: await clickIntoEditor(page, t.name) };
}

/** The analysis runs 250 ms after the last keystroke; act on the card only once it has. */
const ANALYSIS_SETTLE_MS = 450;

describe.each(TARGETS.filter((t) => !ONLY || t.name === ONLY))('fuzz: $name', (t) => {
  it(`type / fix / undo, seed ${seedFor(t)}, ${STEPS} steps: no character lost`, { timeout: 90_000 }, async () => {
    const seed = seedFor(t);
    const rand = mulberry32(seed);
    const { page, scope } = await open(t);
    const log: string[] = [];
    const where = () => `[${t.name} seed ${seed}] after steps:\n  ${log.join('\n  ')}`;
    const errorsBefore = ext.pageErrors.length;
    let expected = '';
    let lastTypedAt = 0;
    let last: 'type' | 'fix' | 'undo' | null = null;
    /** The text before the last fix, while Ctrl+Z would take exactly that fix out. */
    let beforeFix: string | null = null;

    const agree = (timeout = 5_000) =>
      expect.poll(() => readModel(page, t), { timeout, message: `model differs from expectation ${where()}` }).toBe(expected);

    const type = async (first: boolean) => {
      const pieces = first ? [{ how: 'type' as const, text: OPENERS[Math.floor(rand() * OPENERS.length)]! }] : typingChunk(rand, expected);
      // The caret goes to the end first: a fix may have left it in the middle of the draft.
      if (!first) {
        await page.keyboard.press('Control+End');
        // Editors sync their model's selection from selectionchange, a task later (CKEditor 5 types
        // at its old selection otherwise): give it two frames, as a person's next key would.
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      }
      for (const p of pieces) {
        if (p.how === 'enter') await page.keyboard.press('Enter');
        // Chinese (the openers' too) is committed with no key events, as an IME commits it.
        else if (p.how === 'insertText' || (/[^\x00-\x7f]/.test(p.text) && !/\p{Extended_Pictographic}/u.test(p.text))) await page.keyboard.insertText(p.text);
        else await page.keyboard.type(p.text);
        expected += p.text;
      }
      lastTypedAt = Date.now();
      log.push(`type ${JSON.stringify(pieces.map((p) => (p.how === 'enter' ? '⏎' : p.text)).join(''))}`);
      last = 'type';
      beforeFix = null;
      await agree();
    };

    /** Opens the badge's card and applies one of its fixes; false when there is none to apply. */
    const fix = async (): Promise<boolean> => {
      const wait = ANALYSIS_SETTLE_MS - (Date.now() - lastTypedAt);
      if (wait > 0) await page.waitForTimeout(wait);
      if (!((await badgeCount(scope)) ?? 0)) return false;
      const boxBefore = await badge(scope).boundingBox();
      await badge(scope).click();
      // If the card does not open, say where the badge was and is, and what has focus: a badge that
      // moved under the pointer and a card that opened and closed again look the same otherwise.
      const state = async () =>
        JSON.stringify({
          badgeBefore: boxBefore,
          badgeNow: await badge(scope).boundingBox(),
          expanded: await badge(scope).getAttribute('aria-expanded'),
          count: await badgeCount(scope),
          focus: await scope.evaluate(() => document.activeElement?.tagName ?? null),
        });
      // 5 s, not the poll's default 1 s: with two Chromiums running tests on two cores a render can
      // wait; the state below still tells a lost click from a slow one.
      await expect
        .poll(() => card(scope).count(), { timeout: 5_000, message: `card did not open ${where()}` })
        .toBe(1)
        .catch(async (e: unknown) => {
          throw new Error(`${(e as Error).message}\n  overlay: ${await state()}`);
        });
      const buttons = card(scope).locator('[data-fix]');
      const n = await buttons.count();
      if (n === 0) {
        await page.keyboard.press('Escape');
        await expect.poll(() => card(scope).count()).toBe(0);
        return false;
      }
      const i = Math.floor(rand() * n);
      const id = await buttons.nth(i).getAttribute('data-fix');
      const before = expected;
      let how = 'click';
      try {
        await buttons.nth(i).click({ timeout: 2_000 });
      } catch {
        // The button cannot be hit with the mouse (the card is cut off by a short iframe editor's
        // viewport: see the card-placement test below); a keyboard user focuses it and presses Enter.
        how = 'keyboard (card cut off)';
        await buttons.nth(i).focus();
        await page.keyboard.press('Enter');
      }
      // AskWell waits up to 1.1 s after the last keystroke (Quill, Lexical) before inserting.
      await expect
        .poll(() => readModel(page, t), { timeout: 6_000, message: `fix ${id} changed nothing ${where()}` })
        .not.toBe(before);
      const after = await readModel(page, t);
      log.push(`fix ${id} (button ${i + 1} of ${n}, ${how}) → ${JSON.stringify(after)}`);
      expect(isInsertion(before, after), `fix ${id} did not keep the text around it: ${JSON.stringify(before)} → ${JSON.stringify(after)} ${where()}`).toBe(true);
      // The note AskWell shows after an insertion must not call a correct insertion a failure.
      const errorNote = scope.locator('askwell-overlay .aw-status-error');
      const note = (await errorNote.count()) ? await errorNote.first().textContent() : null;
      expect(note, `fix ${id} reported an error ${where()}`).toBeNull();
      expected = after;
      beforeFix = before;
      last = 'fix';
      await agree();
      return true;
    };

    const undo = async () => {
      await page.keyboard.press('Control+Z');
      expected = beforeFix!;
      log.push('undo (Ctrl+Z after the fix)');
      beforeFix = null;
      last = 'undo';
      await agree();
    };

    try {
      for (let step = 0; step < STEPS; step++) {
        const r = rand();
        if (step === 0) await type(true);
        else if (last === 'fix' && r < 0.55) await undo();
        else if (r < 0.6) await type(false);
        else if (!(await fix())) await type(false);
      }
    } catch (err) {
      // What the page looked like when it went wrong, next to the other test artifacts.
      await page.screenshot({ path: `${SHOTS}fuzz-${t.name}-seed${seed}.png` }).catch(() => {});
      throw err;
    }
    await agree();
    expect(ext.pageErrors.slice(errorsBefore), where()).toEqual([]);
    console.log(`fuzz ${t.name} seed ${seed}: ${log.length} steps ok, final ${expected.length} chars`);
    await page.close();
  });
});

// Also found by the walk (tinymce, seed 707, its first three steps): text that arrives with no key
// event (keyboard.insertText, i.e. CDP Input.insertText; a text expander) opens no undo level in
// TinyMCE, whose UndoManager only closes a typing level on keydown / ExecCommand; so the fix's one
// Ctrl+Z also took out that text, back to the empty editor (addressed in 87d42c7). And (seeds 707, 11
// on the build of 03:15): TinyMCE's paste first puts its paste bin ("%MCEPASTEBIN%") into the body;
// the adapter compares the first changed text with the expected one, so every TinyMCE fix shows
// "The editor adjusted the inserted text" although the text is exactly right.

// Found by the walk above (tinymce, FUZZ_SEED=11): in an editor inside a short iframe (TinyMCE's
// default 260 px, Teams' composer) the card opened from the badge runs past the iframe's viewport and
// is cut off, so its lower fix buttons cannot be clicked. It opens downwards because the badge sits
// just above the middle of the iframe, and neither its height nor its top is clamped to the room
// there is (FindingCard's placement; .aw-card max-height is 60vh of the iframe). Failed on the build
// before bfb4c2b (card 113–239 px in a 209 px viewport); passes since the badge moves to the top
// corner while the user types under it; kept as a guard, as the card's placement is still unclamped.
describe('found by the fuzz', () => {
  it('the card opened from the badge fits inside a short iframe editor’s viewport (tinymce)', async () => {
    const t = TARGETS.find((x) => x.name === 'tinymce')!;
    const { page, scope } = await open(t);
    await page.keyboard.type('Hello Dana, could you send us the data asap?');
    await page.keyboard.press('Enter');
    await page.keyboard.type('review soon some.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('asap  the');
    await expect.poll(() => badgeCount(scope)).toBeGreaterThan(2);
    await badge(scope).click();
    await expect.poll(() => card(scope).count()).toBe(1);
    const fit = await (scope as Frame).evaluate(() => {
      const c = document.querySelector('askwell-overlay')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return { top: Math.round(c.top), bottom: Math.round(c.bottom), viewport: innerHeight };
    });
    expect(fit.top, JSON.stringify(fit)).toBeGreaterThanOrEqual(0);
    expect(fit.bottom, JSON.stringify(fit)).toBeLessThanOrEqual(fit.viewport);
    await page.close();
  });
});
