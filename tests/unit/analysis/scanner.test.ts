// The cue scanner (utils/analysis/cues/): the literals it derives from a pattern must hold for every
// match, and running the patterns only where the scanner points must give exactly the hits of
// running them everywhere.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUE_KINDS, CUES } from '../../../utils/analysis/cues.ts';
import { leadingBranches, leadingLiterals, requiredLiterals } from '../../../utils/analysis/cues/literals.ts';
import { buildGate } from '../../../utils/analysis/cues/gate.ts';
import { buildScanner } from '../../../utils/analysis/cues/scanner.ts';
import { computeFeatures } from '../../../utils/analysis/features.ts';
import { analyze, RULES } from '../../../utils/analysis/index.ts';
import { normalize } from '../../../utils/analysis/normalize.ts';
import { segment } from '../../../utils/analysis/segment.ts';
import { EN_OFFER } from '../../../utils/analysis/rules/shapes/offer-en.ts';
import { ZH_OFFER } from '../../../utils/analysis/rules/shapes/offer-zh.ts';
import { offerShape } from '../../../utils/analysis/rules/shapes/offer.ts';
import { mulberry32 } from '../../support/random.ts';

const NOW = new Date('2026-11-23T09:00:00Z');

const devTexts: string[] = readFileSync(resolve(import.meta.dirname, '../../fixtures/requests/dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const exampleTexts = RULES.flatMap((r) => [...r.examples.good, ...r.examples.bad].map((e) => e.text));
const EDGE = ['', ' ', 'a', '请', '😀', '\ud83d', 'x\ud83d', 'Ｃｏｕｌｄ ｙｏｕ 借调两名測試 by ＦＲＩＤＡＹ？', '兩週內請提供三名工程師，謝謝！', 'ty', 'A.B. to be'];
const corpus = [...devTexts, ...exampleTexts, ...EDGE];
const sentences = [...new Set(corpus.flatMap((t) => segment(t).map((s) => t.slice(s.start, s.end))))];

/** Every match [start, end) of a global pattern, as the engine collects them (empty ones skipped). */
function matches(rx: RegExp, s: string): [number, number][] {
  const out: [number, number][] = [];
  const g = new RegExp(rx.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = g.exec(s)) !== null) {
    if (m[0].length === 0) g.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

describe('required and leading literals', () => {
  it.each([
    [/abc/g, ['abc'], [['abc', false]]],
    [/(?:a|b)cd/g, ['acd', 'bcd'], [['acd', false], ['bcd', false]]],
    [/\b(?:need|ask)\b/g, ['need', 'ask'], [['need', true], ['ask', true]]],
    [/[^x]+yz/g, ['yz'], undefined],
    [/x*/g, undefined, undefined],
    [/a?b/g, ['ab', 'b'], [['ab', false], ['b', false]]],
    [/abc/gi, undefined, undefined],
    [/(?<![0-9])12(?=%)/g, ['12'], [['12', false]]],
    [/.+foo/g, ['foo'], undefined],
  ] as const)('%s', (rx, req, lead) => {
    const r = requiredLiterals(rx);
    expect(r && [...r].sort()).toEqual(req && [...req].sort());
    const l = leadingLiterals(rx)?.map((x) => [x.lit, x.wordStart]);
    expect(l && l.sort()).toEqual(lead && [...lead].map((x) => [...x]).sort());
  });

  // Random small patterns over a small alphabet: every match contains a required literal and starts
  // with a leading one (after a non-word character when the literal is guarded by \b).
  // Thousands of random patterns and strings: 2–5 s on a shared machine, so the default 5 s is too tight.
  it('hold for every match of random patterns on random strings', { timeout: 20_000 }, () => {
    const rand = mulberry32(7);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    // Quantifiers on single characters only, groups at most optional: no runaway backtracking.
    const atom = (d: number): string => {
      const r = rand();
      if (d > 2 || r < 0.4) return pick(['a', 'b', 'c', ' ', '[ab]', '[^a]', '.', '\\s', '\\d', '1']) + pick(['', '', '', '?', '*', '+', '{1,2}', '{0,3}']);
      if (r < 0.45) return '\\b';
      if (r < 0.75) return `(?:${seq(d + 1)}|${seq(d + 1)})` + pick(['', '', '?']);
      if (r < 0.85) return `(?=${seq(d + 1)})`;
      if (r < 0.9) return `(?<!${seq(d + 1)})`;
      return seq(d + 1);
    };
    const seq = (d: number): string => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => atom(d)).join('');
    const strings = Array.from({ length: 60 }, () => Array.from({ length: 24 }, () => pick(['a', 'b', 'c', ' ', '1', 'x'])).join(''));
    let checked = 0;
    for (let n = 0; n < 800; n++) {
      let rx: RegExp;
      try {
        rx = new RegExp(seq(0), 'g');
      } catch {
        continue;
      }
      const req = requiredLiterals(rx);
      const lead = leadingLiterals(rx);
      const branches = leadingBranches(rx);
      for (const s of strings) {
        for (const [a, b] of matches(rx, s)) {
          const m = s.slice(a, b);
          // Some branch starts here with one of its leads and holds one of its required literals after.
          if (branches) {
            const at = (l: { lit: string; wordStart: boolean }) => s.startsWith(l.lit, a) && !(l.wordStart && isWord(l.lit[0]) && isWord(s[a - 1]));
            const ok = branches.some((br) => br.leads.some(at) && (!br.req || br.req.some((l) => m.includes(l))));
            expect([rx.source, s, a, ok]).toEqual([rx.source, s, a, true]);
          }
          if (req) expect([rx.source, m, req.some((l) => m.includes(l))]).toEqual([rx.source, m, true]);
          if (lead) {
            const ok = lead.some((l) => s.startsWith(l.lit, a) && !(l.wordStart && isWord(l.lit[0]) && isWord(s[a - 1])));
            expect([rx.source, s, a, ok]).toEqual([rx.source, s, a, true]);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('scanner', () => {
  // A cue pattern without leading literals runs over every sentence that holds one of its literals
  // (or over every sentence): one careless alternative (a character class in front) makes the whole
  // kind slow. The two headers and the English named-actor commitment are the known exceptions.
  it('every cue pattern but the known exceptions is tried only where its leading literals occur', () => {
    const slow = (['zh', 'en'] as const).flatMap((lang) => CUE_KINDS.filter((k) => !leadingLiterals(CUES[lang][k])).map((k) => `${lang}:${k}`));
    expect(slow.sort()).toEqual(['en:commit', 'en:greeting', 'zh:greeting']);
  });

  it.each(['zh', 'en'] as const)('%s: never skips a place where a cue pattern matches (dev set, rule examples)', (lang) => {
    const sc = buildScanner(CUE_KINDS.map((k) => CUES[lang][k]));
    for (const raw of sentences) {
      const s = normalize(raw);
      const mask = sc.scan(s);
      CUE_KINDS.forEach((kind, k) => {
        const ms = matches(CUES[lang][kind], s);
        if (ms.length === 0) return;
        expect([kind, s, (mask >> k) & 1]).toEqual([kind, s, 1]);
        if (sc.leading & (1 << k)) {
          const starts = new Set(sc.starts(k).subarray(0, sc.count(k)));
          for (const [a] of ms) expect([kind, s, a, starts.has(a)]).toEqual([kind, s, a, true]);
        }
      });
    }
  });

  it('the features of every sentence are the same with and without it', () => {
    for (const s of sentences) expect(computeFeatures(s, true)).toEqual(computeFeatures(s, false));
  });

  it('spans index the exact input and never split a surrogate pair', () => {
    const rand = mulberry32(11);
    for (const t of [...devTexts.slice(0, 80), ...exampleTexts]) {
      const at = Math.floor(rand() * (t.length + 1));
      const text = `${t.slice(0, at)}😀👩‍💻 ${t.slice(at)}`;
      const r = analyze(text, { now: NOW });
      const spans = [...r.findings, ...Object.values(r.elements).flatMap((e) => e.spans)];
      for (const sp of spans) {
        for (const i of [sp.start, sp.end]) {
          const splits = i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]!) && /[\udc00-\udfff]/.test(text[i]!);
          expect([text, i, splits]).toEqual([text, i, false]);
        }
        expect(sp.end).toBeLessThanOrEqual(text.length);
      }
    }
  });

  // One pass over the text for any number of patterns (literal ids in the tries, no 32-pattern limit).
  it.each([
    ['the offer shapes', () => [...ZH_OFFER, ...EN_OFFER]],
    ['every cue pattern of both languages', () => [...CUE_KINDS.map((k) => new RegExp(CUES.zh[k].source)), ...CUE_KINDS.map((k) => new RegExp(CUES.en[k].source, 'i'))]],
  ] as const)('a gate over %s lets through every pattern that matches, and lists every place a match starts', (_name, list) => {
    const patterns = list();
    expect(patterns.length).toBeGreaterThan(32);
    const gate = buildGate(patterns);
    let placesChecked = 0;
    // Disagreements are collected and compared once at the end: an expect() per pattern per sentence made
    // this test take seconds as the corpus of rule examples grew.
    const wrong: unknown[] = [];
    for (const raw of sentences) {
      const s = normalize(raw);
      gate.scan(s);
      const touched = [...gate.touched()];
      if (touched.some((k, i) => i > 0 && k <= touched[i - 1]!)) wrong.push(['touched not ascending', s, touched]);
      patterns.forEach((rx, k) => {
        const label = rx.source.slice(0, 30);
        if (gate.may(k) !== touched.includes(k)) wrong.push([label, s, 'may() disagrees with touched()']);
        const ms = matches(rx, s);
        if (ms.length === 0) return;
        if (!gate.may(k)) wrong.push([label, s, 'a pattern that matches was gated out']);
        if (!gate.leads(k)) return;
        const starts = [...gate.starts(k).subarray(0, gate.count(k))];
        if (starts.some((a, i) => i > 0 && a <= starts[i - 1]!)) wrong.push([label, s, 'starts not ascending and distinct', starts]);
        for (const [a] of ms) {
          placesChecked++;
          if (!starts.includes(a)) wrong.push([label, s, 'a match starts at a place not listed', a]);
        }
      });
    }
    expect(wrong).toEqual([]);
    expect(placesChecked).toBeGreaterThan(100);
  });

  it('a shape tried only where the gate says it may start finds what running it over the sentence finds', () => {
    const shapes = [...ZH_OFFER, ...EN_OFFER];
    let found = 0;
    for (const raw of sentences) {
      const s = normalize(raw);
      let naive: { start: number; end: number; shape: number } | null = null;
      for (let k = 0; k < shapes.length && !naive; k++) {
        const m = shapes[k]!.exec(s);
        if (m) naive = { start: m.index, end: m.index + m[0].length, shape: k };
      }
      if (naive) found++;
      expect([s, offerShape(s)]).toEqual([s, naive]);
    }
    expect(found).toBeGreaterThan(50);
  });
});
