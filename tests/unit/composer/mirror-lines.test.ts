import { describe, expect, it } from 'vitest';
import { MirrorLines } from '../../../utils/composer/adapters/mirror-lines.ts';
import { mulberry32 } from '../../support/random.ts';

/** What the copy reads as, line by line, and whether each empty line holds its <br>. */
function readBack(box: HTMLElement): string {
  return [...box.children]
    .map((b) => {
      const text = (b.firstChild as Text).data;
      expect(b.querySelector('br') !== null).toBe(text === '');
      return text;
    })
    .join('\n');
}

/** The text a list of pieces covers, with the line breaks between them left out. */
function piecesText(lines: MirrorLines, start: number, end: number): string {
  return lines
    .pieces(start, end)
    .map(([a, b]) => {
      expect(a.node).toBe(b.node);
      return a.node.data.slice(a.offset, b.offset);
    })
    .join('');
}

function randomEdit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const del = rnd() < 0.4 ? Math.floor(rnd() * 12) : 0;
  const bits = ['x', ' ', '\n', 'we need', '\n\n', '', '请', '👩‍💻'];
  const ins = rnd() < 0.8 ? bits[Math.floor(rnd() * bits.length)]! : '';
  return text.slice(0, at) + ins + text.slice(at + del);
}

describe('MirrorLines', () => {
  it.each([
    ['one line', 'We need help'],
    ['an empty text', ''],
    ['a trailing newline', 'a\n'],
    ['empty lines between', 'a\n\n\nb'],
    ['only newlines', '\n\n'],
  ])('%s: one block per line', (_n, text) => {
    const box = document.createElement('div');
    const lines = new MirrorLines(box);
    lines.write(text, '0px');
    expect(box.children.length).toBe(text.split('\n').length);
    expect(readBack(box)).toBe(text);
  });

  it('an edit inside one line rewrites that line only: the other blocks keep their nodes', () => {
    const box = document.createElement('div');
    const lines = new MirrorLines(box);
    lines.write('one\ntwo\nthree', '0px');
    const before = [...box.childNodes];
    lines.write('one\ntwo!\nthree', '0px');
    expect([...box.childNodes]).toEqual(before);
    expect((box.children[1]!.firstChild as Text).data).toBe('two!');
  });

  it('indents the first line only, as a textarea does', () => {
    const box = document.createElement('div');
    const lines = new MirrorLines(box);
    lines.write('a\nb', '12px');
    expect((box.children[0] as HTMLElement).style.textIndent).toBe('12px');
    lines.write('new\na\nb', '12px');
    expect([...box.children].map((b) => (b as HTMLElement).style.textIndent)).toEqual(['12px', '', '']);
  });

  it('after random edits, equals a copy built from scratch, and maps every span to its words', () => {
    for (const seed of [1, 7, 42, 2024]) {
      const rnd = mulberry32(seed);
      const box = document.createElement('div');
      const lines = new MirrorLines(box);
      let text = 'Hi Dana,\n\nwe need two testers.\nThanks';
      for (let step = 0; step < 150; step++) {
        text = randomEdit(text, rnd);
        lines.write(text, '0px');
        expect(readBack(box), `seed ${seed} step ${step}`).toBe(text);
        for (let k = 0; k < 5; k++) {
          const a = Math.floor(rnd() * (text.length + 1));
          const b = a + Math.floor(rnd() * Math.min(40, text.length - a + 1));
          expect(piecesText(lines, a, b)).toBe(text.slice(a, b).replace(/\n/g, ''));
          const p = lines.point(b);
          // The point's line starts where the text's line does.
          const lineStart = text.lastIndexOf('\n', b - 1) + 1;
          expect(p.node.data.slice(0, p.offset)).toBe(text.slice(lineStart, b));
        }
      }
    }
  });
});
