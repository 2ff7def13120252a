import { afterEach, describe, expect, it } from 'vitest';
import { composerText, findComposer, isEditable } from '../../../utils/composer/detect.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.designMode = 'off';
});

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

describe('findComposer', () => {
  it.each([
    ['a textarea', '<textarea id="t"></textarea>', 'textarea'],
    ['a contenteditable div', '<div id="t" contenteditable="true"><p>hi</p></div>', 'contenteditable'],
    ['contenteditable with an empty value', '<div id="t" contenteditable></div>', 'contenteditable'],
    ['plaintext-only editing', '<div id="t" contenteditable="plaintext-only"></div>', 'contenteditable'],
    ['a role=textbox multi-line editor', '<div id="t" role="textbox" aria-multiline="true" contenteditable="true"></div>', 'contenteditable'],
  ])('finds %s', (_name, markup, kind) => {
    html(markup);
    expect(findComposer(document.getElementById('t'))?.kind).toBe(kind);
  });

  it.each([
    ['a text input', '<input id="t" type="text">'],
    ['a password field', '<input id="t" type="password">'],
    ['a search field', '<input id="t" type="search">'],
    ['a read-only textarea', '<textarea id="t" readonly></textarea>'],
    ['a disabled textarea', '<textarea id="t" disabled></textarea>'],
    ['a plain div', '<div id="t">text</div>'],
    ['contenteditable="false"', '<div id="t" contenteditable="false"></div>'],
    ['a single-line contenteditable', '<div id="t" contenteditable="true" aria-multiline="false"></div>'],
    ['a contenteditable search box', '<div id="t" contenteditable="true" role="searchbox"></div>'],
    ['a contenteditable combobox', '<div id="t" contenteditable="true" role="combobox"></div>'],
    ['a button', '<button id="t">Send</button>'],
  ])('ignores %s', (_name, markup) => {
    html(markup);
    expect(findComposer(document.getElementById('t'))).toBeNull();
  });

  it('ignores null and non-element targets', () => {
    expect(findComposer(null)).toBeNull();
    expect(findComposer(window)).toBeNull();
    expect(findComposer(document.createTextNode('x') as unknown as EventTarget)).toBeNull();
  });

  it('returns the editing host when focus lands on a paragraph inside the editor', () => {
    html('<div id="host" contenteditable="true"><p><b id="inner">bold</b></p></div>');
    expect(findComposer(document.getElementById('inner'))?.element.id).toBe('host');
  });

  it('stops at a non-editable island inside an editor', () => {
    html('<div contenteditable="true"><span id="chip" contenteditable="false">@Li Wei</span></div>');
    expect(isEditable(document.getElementById('chip')!)).toBe(false);
  });

  it('treats a designMode document as one composer', () => {
    document.designMode = 'on';
    html('<p id="p">draft</p>');
    expect(findComposer(document.getElementById('p'))?.kind).toBe('contenteditable');
  });
});

describe('composerText', () => {
  it('reads a textarea value exactly, emoji and CRLF included', () => {
    html('<textarea id="t"></textarea>');
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = '请帮忙 👩‍💻\r\nthanks';
    expect(composerText({ element: ta, kind: 'textarea' })).toBe(ta.value);
  });
});
