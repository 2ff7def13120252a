import { afterEach, describe, expect, it } from 'vitest';
import { buildTextMap, type TextMap } from '../../../utils/composer/text-map.ts';
import { createTextMapReader } from '../../../utils/composer/text-map-reader.ts';
import { mulberry32 } from '../../support/random.ts';

afterEach(() => document.body.replaceChildren());

function editor(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  const reader = createTextMapReader(root);
  const observer = new MutationObserver(() => {});
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  // As the adapter does: the records gathered so far, then a reading.
  const read = () => {
    reader.note(observer.takeRecords());
    return reader.read();
  };
  return { root, read };
}

/** Same text, and every offset maps to the same DOM point and back. */
function expectSame(root: HTMLElement, got: TextMap, label: string, step = 1) {
  const want = buildTextMap(root);
  expect(got.text, label).toBe(want.text);
  for (let i = 0; i <= want.text.length; i += step) expect(got.toDom(i), `${label} @${i}`).toEqual(want.toDom(i));
  // Every line break, where the two kinds of segment meet.
  for (let i = want.text.indexOf('\n'); i >= 0; i = want.text.indexOf('\n', i + 1)) {
    for (const j of [i, i + 1]) expect(got.toDom(j), `${label} @${j}`).toEqual(want.toDom(j));
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const o of [0, (n as Text).data.length]) expect(got.toOffset(n, o), label).toBe(want.toOffset(n, o));
  }
}

describe('createTextMapReader', () => {
  it.each([
    ['Quill paragraphs', '<p>Hi Dana,</p><p><br></p><p>We need <strong>two</strong> testers.</p>'],
    ['Gmail divs', '<div>a</div><div><br></div><div>b<br></div>'],
    ['lists and headings', '<h1>Plan</h1><ul><li>one</li><li>two<br>three</li></ul><p>end</p>'],
    ['text at the top (read whole)', 'hello<br>world<p>para</p>'],
    ['an empty editor', ''],
    ['empty blocks', '<p></p><p></p><p>x</p>'],
  ])('%s: reads as buildTextMap does', (_n, html) => {
    const { root, read } = editor(html);
    expectSame(root, read(), 'first reading');
  });

  it('a keystroke in one paragraph re-reads that paragraph only', () => {
    const { root, read } = editor('<p>one</p><p>two</p><p>three</p>');
    read();
    (root.children[1]!.firstChild as Text).data = 'two!';
    expectSame(root, read(), 'after typing');
  });

  it('after random edits, equals a reading of the whole tree', () => {
    const tags = ['p', 'div', 'h2', 'li'];
    const words = ['We need', ' two testers', '\u00a0', '请支持', '👩‍💻', 'x', ''];
    for (const seed of [3, 11, 99, 1234]) {
      const rnd = mulberry32(seed);
      const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
      const { root, read } = editor('<p>Hi Dana,</p><p><br></p><p>We need <b>one</b> designer.</p><ul><li>a</li></ul>');
      const allNodes = () => {
        const out: Node[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
        return out;
      };
      const ops: (() => void)[] = [
        // Type or delete in a text node.
        () => {
          const texts = allNodes().filter((n): n is Text => n.nodeType === 3);
          if (!texts.length) return;
          const t = pick(texts);
          const at = Math.floor(rnd() * (t.data.length + 1));
          t.data = rnd() < 0.7 ? t.data.slice(0, at) + pick(words) + t.data.slice(at) : t.data.slice(0, at) + t.data.slice(at + 2);
        },
        // A new paragraph somewhere at the top, or inside a list.
        () => {
          const b = document.createElement(pick(tags));
          b.innerHTML = pick(['text', '<br>', '<span>in</span> line', 'a<br>b', '']);
          const kids = [...root.childNodes];
          root.insertBefore(b, kids.length ? pick([...kids, null]) : null);
        },
        // A paragraph or an inner node goes.
        () => {
          const ns = allNodes();
          if (ns.length) (pick(ns) as ChildNode).remove();
        },
        // Inline markup and line breaks inside a paragraph.
        () => {
          const els = allNodes().filter((n): n is Element => n.nodeType === 1);
          if (!els.length) return;
          const el = pick(els);
          const n = rnd() < 0.5 ? document.createElement('br') : Object.assign(document.createElement('em'), { textContent: pick(words) });
          el.insertBefore(n, el.childNodes.length ? pick([...el.childNodes, null]) : null);
        },
        // Rarely: text straight under the root (the editor is read whole while it is there).
        () => {
          if (rnd() < 0.3) root.insertBefore(document.createTextNode(pick(words)), root.firstChild);
          else [...root.childNodes].filter((n) => n.nodeType === 3).forEach((n) => (n as Text).remove());
        },
        // A paragraph taken out, changed, and put back elsewhere.
        () => {
          const blocks = [...root.children];
          if (blocks.length < 2) return;
          const b = pick(blocks);
          b.remove();
          read();
          b.append(document.createTextNode(' moved'));
          root.insertBefore(b, root.firstChild);
        },
      ];
      read();
      for (let step = 0; step < 120; step++) {
        const weights = [6, 2, 2, 2, 1, 1];
        let r = rnd() * weights.reduce((a, b) => a + b, 0);
        let k = 0;
        while ((r -= weights[k]!) > 0) k++;
        ops[k]!();
        // Sometimes several edits land before AskWell reads again.
        if (rnd() < 0.6) expectSame(root, read(), `seed ${seed} step ${step}`, 7);
      }
    }
  }, 30_000);
});

describe('createTextMapReader blocks', () => {
  it('lists each top-level block with the offset its text (leading break included) starts at', () => {
    const { root, read } = editor('<p>one</p><p><br></p><p>two <b>x</b></p><div>end</div>');
    const m = read();
    expect(m.blocks?.map((b) => b.el)).toEqual([...root.children]);
    // "one" "\n" (empty block) "\ntwo x" "\nend"
    expect(m.text).toBe('one\n\ntwo x\nend');
    expect(m.blocks?.map((b) => b.start)).toEqual([0, 3, 4, 10]);
    (root.children[0]!.firstChild as Text).data = 'one!';
    expect(read().blocks?.map((b) => b.start)).toEqual([0, 4, 5, 11]);
  });

  it('none when the tree is read whole', () => {
    const { read } = editor('hello<br>world<p>para</p>');
    expect(read().blocks).toBeUndefined();
  });
});
