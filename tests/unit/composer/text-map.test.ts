import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../../utils/composer/text-map.ts';

function root(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('buildTextMap: the text the user sees', () => {
  it.each([
    ['plain text', 'hello', 'hello'],
    ['one paragraph per line', '<p>Hi Dana,</p><p>We need one designer.</p>', 'Hi Dana,\nWe need one designer.'],
    ['Gmail-style divs with an empty line', '<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['a placeholder br adds nothing', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['inline br is a line break', 'a<br>b', 'a\nb'],
    ['two br at the end leave an empty last line', '<div>a<br><br></div>', 'a\n'],
    ['inline formatting is transparent', '<p>need <b>two</b> <i>testers</i></p>', 'need two testers'],
    ['nested blocks do not double breaks', '<div><p>one</p></div><div><p>two</p></div>', 'one\ntwo'],
    ['list items are lines', '<ul><li>first</li><li>second</li></ul>', 'first\nsecond'],
    ['nbsp reads as a space', 'a&nbsp;&nbsp;b', 'a  b'],
    ['scripts and styles are not text', '<style>p{}</style><p>x</p><script>1</script>', 'x'],
    ['an empty editor', '<p><br></p>', ''],
    ['Chinese and emoji', '<p>请支持 👩‍💻 两周</p><p>谢谢！</p>', '请支持 👩‍💻 两周\n谢谢！'],
  ])('%s', (_name, html, text) => {
    expect(buildTextMap(root(html)).text).toBe(text);
  });

  it('leaves out our own overlay host if a page moved it inside', () => {
    const r = root('<p>draft</p>');
    r.append(document.createElement('askwell-overlay'));
    expect(buildTextMap(r).text).toBe('draft');
  });
});

describe('buildTextMap: offsets ↔ DOM', () => {
  it('a range over a span reads back exactly that span', () => {
    const r = root('<div>Hi Dana,</div><div><br></div><div>We need <b>one</b> designer 👩‍💻 for 2 weeks.</div>');
    const map = buildTextMap(r);
    for (const word of ['Dana', 'We need one', 'one designer', '👩‍💻', '2 weeks.', 'Hi Dana,\n\nWe']) {
      const start = map.text.indexOf(word);
      expect(map.range(start, start + word.length).toString().replace(/\n/g, '')).toBe(word.replace(/\n/g, ''));
    }
  });

  it('every offset maps to a DOM point that maps back to the same offset', () => {
    const r = root('<p>ab <b>cd</b></p><p><br></p><ul><li>e</li><li>f<br>g</li></ul>');
    const map = buildTextMap(r);
    expect(map.text).toBe('ab cd\n\ne\nf\ng');
    for (let i = 0; i <= map.text.length; i++) {
      const p = map.toDom(i);
      expect([i, map.toOffset(p.node, p.offset)]).toEqual([i, i]);
    }
  });

  it('a point between two paragraphs is the start of the second line, as the browser shows the caret', () => {
    const r = root('<p>one</p><p>two</p>');
    const map = buildTextMap(r);
    expect(map.toOffset(r, 0)).toBe(0);
    expect(map.toOffset(r, 1)).toBe(4);
    expect(map.toOffset(r, 2)).toBe(7);
    // And the end of the first line is the end of its text, not the next paragraph.
    expect(map.toDom(3)).toEqual({ node: r.firstChild!.firstChild, offset: 3 });
  });

  it('clamps out-of-range offsets instead of throwing', () => {
    const map = buildTextMap(root('<p>abc</p>'));
    expect(() => map.range(-5, 99)).not.toThrow();
    expect(map.range(-5, 99).toString()).toBe('abc');
  });

  it('an empty editor maps every offset to its start', () => {
    const r = root('');
    const map = buildTextMap(r);
    expect(map.toDom(3)).toEqual({ node: r, offset: 0 });
    expect(map.toOffset(r, 0)).toBe(0);
  });
});
