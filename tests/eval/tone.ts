/**
 * `npm run tone`: calibrate and report the tone meter (utils/analysis/tone/) on the Stack Exchange
 * half of the Stanford Politeness Corpus (../shared/data/politeness-stack-exchange.csv; see its README):
 *
 *   C. Danescu-Niculescu-Mizil, M. Sudhof, D. Jurafsky, J. Leskovec, C. Potts. "A computational
 *   approach to politeness with application to social factors". ACL 2013.
 *
 * Task, as in the paper: the requests in the top and the bottom quartile of the politeness score; the
 * meter is right when `scoreTone(...).score > 0` for a top-quartile request and ≤ 0 for a bottom one
 * (accuracy on a balanced binary task). Split: requests with an even id are the tuning half, odd ids
 * the held-out half. Only the tuning half is used to fit.
 *
 *   npm run tone                 report the frozen weights of tone.ts (tune / held-out / all)
 *   npm run tone -- --fit        also refit the weights on the tuning half and print them
 *   npm run tone -- --fit --write   … and write them to utils/analysis/tone/weights.ts (then rerun
 *                                to report the frozen weights)
 *   npm run tone -- --ablate     what each strategy buys: refit without it, CV and held-out change
 *   npm run tone -- --bow        whether a learned bag of words / bigrams adds anything (slow: minutes)
 *   npm run tone -- --csv PATH   read the corpus from elsewhere
 *
 * Fit: logistic regression of top (1) vs bottom (0) on the strategy features of `toneFeatures`, an
 * unpenalised intercept and a Gaussian prior on each weight centred on PRIOR below (the direction the
 * paper reports for the strategy, or for our workplace additions the direction the guidance implies),
 * its width chosen by 5-fold cross-validation inside the tuning half (the narrowest width within half a
 * point of the best, see chooseSigma). Newton's method, exact.
 *
 * What was measured (accuracy on this task; held out = odd ids, CV = 5-fold inside the even ids;
 * differences under about one point are noise at these sizes):
 *   - before this round: tune 64.3%, held out 63.8%, all 64.0%.
 *   - `polarQuestion` (a sentence opening on an auxiliary and ending in "?", or opening on a modal;
 *     吗 / 是不是 / 有没有 in Chinese): the one clear gain, held out +1.5 (ablation: CV +0.6, held +2.0).
 *     Keeping "Can you" / "Could you" at a sentence start in it matters (without them: held −0.7).
 *   - the narrowest prior width within half a point of the best CV: keeps `please` at +0.33 (a free
 *     fit takes it to −0.03, against the paper's Wikipedia finding and 请's role in Chinese).
 *   - Hyland's hedges (careful subset), negative imperatives ("Don't…", "Please stop…"), "or not",
 *     wh-contractions: neutral here (±0.2), kept as linguistically right and rare on this site.
 *   - left out: VADER (vader-sentiment, MIT lexicon) or AFINN-165 word lists in place of the positive
 *     / negative lists (held −0.5 to −1.2) or beside them (±0.3); a copy of the strategies for the
 *     first or the last sentence (≤ +0.4); imperative openings (0); request length (CV +2, held −0.9:
 *     Stack Exchange-specific); binary or raw-count features instead of the saturating ones (≤ 0);
 *     fitting on all even ids split at the median (−0.4); `--bow`: 337 learned n-grams beside the
 *     strategies, +0.2 to +0.5 held out, and what they learn is this site, not politeness
 *     ("homework", "code", `please` −0.12, "you please" −0.24). With a bag of words the weights
 *     could no longer be one per strategy either (tone/cache.ts relies on that).
 *
 * This file is development tooling: `npm test` never runs it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STRATEGIES, scoreTone, toneFeatures, type ToneStrategy } from '../../utils/analysis/tone/index.ts';

// Prior means: the direction the paper reports for each of its strategies (its analysis of the
// Wikipedia annotations), with a magnitude of our choosing (1 for the strongest, gratitude and
// deference; 0.5 for clear ones; 0.2–0.3 for weak ones); our workplace additions (blame … flattery)
// follow the guidance, the plain cues (negation … insistence) a weak negative guess.
const PRIOR: Record<ToneStrategy, number> = {
  gratitude: 1,
  deference: 1,
  greeting: 0.5,
  positive: 0.3,
  negative: -0.3,
  apology: 0.5,
  please: 0.5,
  pleaseStart: -0.5,
  indirect: 0.5,
  directQuestion: -0.3,
  polarQuestion: 0.3,
  why: -0.5,
  directStart: -0.5,
  counterfactual: 0.5,
  indicative: 0.2,
  firstPersonStart: 0.2,
  firstPersonPlural: 0.2,
  firstPerson: 0.2,
  secondPerson: 0,
  secondPersonStart: -0.3,
  hedge: 0.3,
  factuality: -0.3,
  subjunctive: 0.3,
  blame: -1,
  pressure: -1,
  obligation: -0.3,
  emphasis: -1,
  exclaim: 0,
  emoticon: 0.5,
  flattery: 0.3,
  negation: -0.2,
  minimizer: -0.2,
  terse: -0.3,
  insistence: -0.2,
};

// ---- CSV ----------------------------------------------------------------------------------------

/** RFC 4180: fields separated by commas, optionally quoted; quotes doubled inside; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

interface Item {
  id: number;
  text: string;
  polite: boolean;
  x: Float64Array;
}

function load(path: string): { items: Item[]; total: number } {
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const header = rows[0] ?? [];
  const col = (name: string) => {
    const k = header.indexOf(name);
    if (k < 0) throw new Error(`${path}: no column "${name}"`);
    return k;
  };
  const [ci, cr, cs] = [col('id'), col('request'), col('score')];
  const all = rows
    .slice(1)
    .filter((r) => r.length >= header.length)
    .map((r) => ({ id: Number(r[ci]), text: r[cr] ?? '', score: Number(r[cs]) }));
  const sorted = [...all].sort((a, b) => a.score - b.score);
  const q = Math.floor(sorted.length / 4);
  const items: Item[] = [];
  for (const r of sorted.slice(0, q)) items.push({ id: r.id, text: r.text, polite: false, x: toneFeatures(r.text) });
  for (const r of sorted.slice(sorted.length - q)) items.push({ id: r.id, text: r.text, polite: true, x: toneFeatures(r.text) });
  return { items, total: all.length };
}

// ---- logistic regression with a Gaussian prior ---------------------------------------------------

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    const tmp = m[c] ?? [];
    m[c] = m[p] ?? [];
    m[p] = tmp;
    const pivot = m[c]?.[c] ?? 1;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (m[r]?.[c] ?? 0) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

/** Returns [bias, ...weights]. `sigma`: one prior width for all weights, or one per weight. */
function fit(items: Item[], prior: number[], sigma: number | number[]): number[] {
  const d = prior.length;
  const w = [0, ...prior];
  const lambdas = prior.map((_, j) => (typeof sigma === 'number' ? sigma : (sigma[j] ?? 1)) ** -2);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d + 1).fill(0);
    const h = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (const it of items) {
      let z = w[0] ?? 0;
      for (let j = 0; j < d; j++) z += (w[j + 1] ?? 0) * (it.x[j] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const err = p - (it.polite ? 1 : 0);
      const s = p * (1 - p);
      // The non-zero coordinates (the intercept's 1 first): features are sparse.
      const nz = [0];
      const v = [1];
      for (let j = 0; j < d; j++) {
        const xj = it.x[j] ?? 0;
        if (xj !== 0) {
          nz.push(j + 1);
          v.push(xj);
        }
      }
      for (let a = 0; a < nz.length; a++) {
        const j = nz[a] ?? 0;
        const xj = v[a] ?? 0;
        g[j] = (g[j] ?? 0) + err * xj;
        const hj = h[j] as number[];
        for (let b = 0; b < nz.length; b++) {
          const k = nz[b] ?? 0;
          hj[k] = (hj[k] ?? 0) + s * xj * (v[b] ?? 0);
        }
      }
    }
    for (let j = 1; j <= d; j++) {
      const lambda = lambdas[j - 1] ?? 1;
      g[j] = (g[j] ?? 0) + lambda * ((w[j] ?? 0) - (prior[j - 1] ?? 0));
      (h[j] as number[])[j] = (h[j]?.[j] ?? 0) + lambda;
    }
    (h[0] as number[])[0] = (h[0]?.[0] ?? 0) + 1e-6;
    const step = solve(h, g);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      w[j] = (w[j] ?? 0) - (step[j] ?? 0);
      change = Math.max(change, Math.abs(step[j] ?? 0));
    }
    if (change < 1e-9) break;
  }
  return w;
}

function accuracyOf(items: Item[], w: number[]): number {
  let right = 0;
  for (const it of items) {
    let z = w[0] ?? 0;
    for (let j = 0; j < it.x.length; j++) z += (w[j + 1] ?? 0) * (it.x[j] ?? 0);
    if (z > 0 === it.polite) right++;
  }
  return right / items.length;
}

/** The figure that matters: through the public function, exactly as the product calls it. */
function meterAccuracy(items: Item[]): number {
  let right = 0;
  for (const it of items) if (scoreTone(it.text, 'en').score > 0 === it.polite) right++;
  return right / items.length;
}

/** The README's "five-minute keyword list", for comparison. */
function keywordAccuracy(items: Item[]): number {
  let right = 0;
  for (const it of items) {
    const t = it.text.toLowerCase();
    let s = 0;
    if (/\bplease\b/.test(t)) s++;
    if (/\bthank/.test(t)) s++;
    if (/\bcould you\b/.test(t)) s++;
    if (/\bwhy\b/.test(t)) s--;
    if (/^\s*you\b/.test(t)) s--;
    if (t.includes('!')) s--;
    if (s > 0 === it.polite) right++;
  }
  return right / items.length;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function timing(): { en: number; zh: number } {
  const en =
    'Hi Sam, thanks for the quick review last week. Could you spare one front-end engineer for two weeks from Monday? ' +
    'We need it to ship the checkout fix before the sale; in return I can lend you our QA for your release. ';
  const zh =
    '王经理您好！感谢您上周的支持。为了按时上线新版结算页，我们需要借调一名前端工程师两周，从下周一开始。' +
    '作为回报，我们可以把测试资源借给贵部门的发布。您看这样安排有什么顾虑吗？为什么还没回复？';
  // Flat strings, as an editor hands them over (a `repeat` result is a rope, slower to read).
  const make = (s: string) => Buffer.from(s.repeat(Math.ceil(1000 / s.length)).slice(0, 1000)).toString();
  const out = { en: 0, zh: 0 };
  for (const lang of ['en', 'zh'] as const) {
    const text = make(lang === 'en' ? en : zh);
    for (let i = 0; i < 2000; i++) scoreTone(text, lang);
    const runs: number[] = [];
    for (let r = 0; r < 200; r++) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < 50; i++) scoreTone(text, lang);
      runs.push(Number(process.hrtime.bigint() - t0) / 50 / 1000);
    }
    out[lang] = median(runs);
  }
  return out;
}

const WEIGHTS_FILE = new URL('../../utils/analysis/tone/weights.ts', import.meta.url);

/** The generated weights module: header, BIAS, WEIGHTS (rounded to 2 decimals). */
function weightsSource(w: number[], sigma: number, tune: Item[], held: Item[]): string {
  const lines = [
    '// GENERATED by `npm run tone -- --fit --write` (tests/eval/tone.ts): do not edit by hand; change the',
    '// strategies in tone/strategies.ts or the priors in tests/eval/tone.ts and regenerate.',
    '//',
    '// L2-regularised logistic regression (a Gaussian prior on each weight, centred on the direction the',
    '// paper reports) of top vs bottom politeness quartile on the Stack Exchange requests of the Stanford',
    '// Politeness Corpus (Danescu-Niculescu-Mizil et al., ACL 2013) with an even id:',
    `// ${tune.length} requests, prior width σ = ${sigma} chosen by 5-fold cross-validation among them. Accuracy of`,
    `// these rounded weights: tune ${pct(accuracyOf(tune, w.map(round2)))}, held-out odd ids ${pct(accuracyOf(held, w.map(round2)))}. Strategies rare in`,
    '// that data (flattery, pressure, the Chinese-only forms) keep essentially their prior.',
    "import type { ToneStrategy } from './strategies.ts';",
    '',
    '/** Intercept of the logit: score > 0 reads as polite. */',
    `export const BIAS = ${round2(w[0] ?? 0)};`,
    '',
    '/** One weight per strategy, shared by English and Chinese patterns. */',
    'export const WEIGHTS: Record<ToneStrategy, number> = {',
    ...STRATEGIES.map((s, j) => `  ${s}: ${round2(w[j + 1] ?? 0)},`),
    '};',
    '',
  ];
  return lines.join('\n');
}

function round2(x: number): number {
  return Math.round(x * 100) / 100 + 0; // + 0 turns -0 into 0
}

/** 5-fold CV accuracy in the tuning half for the best prior width, and the held-out accuracy of the fit. */
function cvAndHeld(tune: Item[], held: Item[], prior: number[]): { cv: number; held: number } {
  const best = chooseSigma(tune, prior, false);
  return { cv: best.acc, held: accuracyOf(held, fit(tune, prior, best.sigma)) };
}

/**
 * The prior width: 5-fold cross-validation inside the tuning half, then the narrowest width whose CV
 * accuracy is within SIGMA_SLACK of the best. Stack Exchange is one domain and the meter must carry
 * to others (workplace mail, Wikipedia talk pages), so where this data cannot tell the widths apart
 * the weights stay near the paper's findings rather than drift to Stack Exchange's quirks (there,
 * "can you please explain" is often testy, so a free fit nearly zeroes `please`).
 */
function chooseSigma(tune: Item[], prior: number[], log: boolean): { sigma: number; acc: number } {
  const folds = 5;
  const cv = SIGMAS.map((sigma) => {
    let acc = 0;
    for (let f = 0; f < folds; f++) {
      const train = tune.filter((_, i) => i % folds !== f);
      const test = tune.filter((_, i) => i % folds === f);
      acc += accuracyOf(test, fit(train, prior, sigma)) / folds;
    }
    if (log) console.log(`  prior width σ=${sigma}: 5-fold CV accuracy in the tuning half ${pct(acc)}`);
    return { sigma, acc };
  });
  const top = Math.max(...cv.map((c) => c.acc));
  return cv.find((c) => c.acc >= top - SIGMA_SLACK) ?? { sigma: 1, acc: top };
}

/** Half a percentage point: well inside the noise of 5-fold CV on 1,631 requests (±1.2 points). */
const SIGMA_SLACK = 0.005;

/** What each strategy buys: the model refitted with that strategy's feature zeroed. */
function ablate(tune: Item[], held: Item[]): void {
  const prior = STRATEGIES.map((s) => PRIOR[s]);
  const all = cvAndHeld(tune, held, prior);
  console.log(`Ablation (refit without one strategy): all strategies CV ${pct(all.cv)}, held out ${pct(all.held)}`);
  STRATEGIES.forEach((s, j) => {
    const drop = (items: Item[]) => items.map((it) => ({ ...it, x: it.x.map((v, k) => (k === j ? 0 : v)) }));
    const r = cvAndHeld(drop(tune), drop(held), prior);
    const d = (a: number, b: number) => `${a >= b ? '+' : ''}${(100 * (a - b)).toFixed(1)}`;
    console.log(`  ${s.padEnd(18)} it buys CV ${d(all.cv, r.cv).padStart(5)}, held out ${d(all.held, r.held).padStart(5)}`);
  });
  console.log('');
}

const SIGMAS = [0.1, 0.25, 0.5, 1, 2];

/** Lower-case words, the bigrams within a sentence, and each sentence's first word marked `^`. */
function ngrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const sentence of text.toLowerCase().replace(/\u2019/g, "'").split(/[.!?\n]+\s+/)) {
    const words = sentence.replace(/^\s*@[\w.-]+[:,]?/, '').match(/[a-z][a-z']*/g) ?? [];
    words.forEach((word, k) => {
      out.add(word);
      out.add(k === 0 ? `^${word}` : `${words[k - 1]} ${word}`);
    });
  }
  return out;
}

/**
 * `--bow`: does a bag of words and bigrams learned from the tuning half add anything to the
 * strategies? Every n-gram in at least 20 tuning requests gets a weight with its own, narrower prior
 * (centred on 0), beside the strategies with their prior; CV and held-out accuracy per width.
 */
function bowExperiment(tune: Item[], held: Item[]): void {
  const df = new Map<string, number>();
  for (const it of tune) for (const g of ngrams(it.text)) df.set(g, (df.get(g) ?? 0) + 1);
  const vocab = [...df].filter(([, c]) => c >= 20).map(([g]) => g);
  const index = new Map(vocab.map((g, j) => [g, j]));
  const S = STRATEGIES.length;
  const widen = (items: Item[]): Item[] =>
    items.map((it) => {
      const x = new Float64Array(S + vocab.length);
      x.set(it.x);
      for (const g of ngrams(it.text)) {
        const j = index.get(g);
        if (j !== undefined) x[S + j] = 1;
      }
      return { ...it, x };
    });
  const [t, h] = [widen(tune), widen(held)];
  const strategyPrior = STRATEGIES.map((s) => PRIOR[s]);
  const base = chooseSigma(tune, strategyPrior, false);
  console.log(`Bag of words: ${vocab.length} n-grams in ≥ 20 tuning requests; strategies alone (σ=${base.sigma}): CV ${pct(base.acc)}, held out ${pct(accuracyOf(held, fit(tune, strategyPrior, base.sigma)))}`);
  const prior = [...strategyPrior, ...vocab.map(() => 0)];
  for (const width of [0.05, 0.15]) {
    const sigma = [...STRATEGIES.map(() => base.sigma), ...vocab.map(() => width)];
    let cv = 0;
    for (let f = 0; f < 5; f++) {
      const train = t.filter((_, i) => i % 5 !== f);
      const test = t.filter((_, i) => i % 5 === f);
      cv += accuracyOf(test, fit(train, prior, sigma)) / 5;
    }
    const w = fit(t, prior, sigma);
    const top = vocab.map((g, j) => [g, w[S + j + 1] ?? 0] as const).sort((a, b) => b[1] - a[1]);
    const show = (xs: (readonly [string, number])[]) => xs.map(([g, v]) => `${g} ${v.toFixed(2)}`).join(', ');
    console.log(`  n-gram prior width ${width}: CV ${pct(cv)}, held out ${pct(accuracyOf(h, w))}`);
    console.log(`    most polite: ${show(top.slice(0, 12))}\n    least polite: ${show(top.slice(-12).reverse())}`);
  }
  console.log('');
}

function main(): void {
  const args = process.argv.slice(2);
  const csvArg = args.indexOf('--csv');
  const path =
    csvArg >= 0 && args[csvArg + 1]
      ? (args[csvArg + 1] as string)
      : fileURLToPath(new URL('../../../shared/data/politeness-stack-exchange.csv', import.meta.url));
  const { items, total } = load(path);
  const tune = items.filter((it) => it.id % 2 === 0);
  const held = items.filter((it) => it.id % 2 !== 0);

  console.log('Tone meter on the Stanford Politeness Corpus, Stack Exchange requests');
  console.log('(Danescu-Niculescu-Mizil, Sudhof, Jurafsky, Leskovec, Potts: "A computational approach to');
  console.log(' politeness with application to social factors", ACL 2013)');
  console.log(`${total} requests; top and bottom quartile: ${items.length} (${tune.length} even ids = tune, ${held.length} odd ids = held out)`);
  console.log('Task: score > 0 ⇔ top quartile; accuracy on the balanced binary task.\n');

  if (args.includes('--fit')) {
    const prior = STRATEGIES.map((s) => PRIOR[s]);
    const best = chooseSigma(tune, prior, true);
    console.log(`  the prior alone (no fitting, intercept 0): tune ${pct(accuracyOf(tune, [0, ...prior]))}, held out ${pct(accuracyOf(held, [0, ...prior]))}`);
    const w = fit(tune, prior, best.sigma);
    console.log(`\nFitted on the tuning half with σ=${best.sigma}:`);
    console.log(`  BIAS = ${(w[0] ?? 0).toFixed(2)}`);
    STRATEGIES.forEach((s, j) => {
      const uses = tune.filter((it) => (it.x[j] ?? 0) > 0);
      const politeShare = uses.length ? uses.filter((it) => it.polite).length / uses.length : NaN;
      console.log(
        `  ${s.padEnd(18)} ${(w[j + 1] ?? 0).toFixed(2).padStart(6)}   prior ${PRIOR[s].toFixed(2).padStart(5)}   in ${String(uses.length).padStart(4)} tune requests, ${Number.isNaN(politeShare) ? '  -  ' : pct(politeShare)} polite`,
      );
    });
    console.log(`  refit accuracy: tune ${pct(accuracyOf(tune, w))}, held out ${pct(accuracyOf(held, w))}\n`);
    const source = weightsSource(w, best.sigma, tune, held);
    if (args.includes('--write')) {
      writeFileSync(WEIGHTS_FILE, source);
      console.log(`Wrote ${fileURLToPath(WEIGHTS_FILE)}; run \`npm run tone\` again to report the frozen weights.\n`);
    } else console.log(`To freeze: rerun with --write, or paste into utils/analysis/tone/weights.ts:\n${source}`);
  }

  if (args.includes('--ablate')) ablate(tune, held);
  if (args.includes('--bow')) bowExperiment(tune, held);

  console.log('Frozen weights in utils/analysis/tone/weights.ts (scoreTone(text, "en").score > 0):');
  console.log(`  tune half (even ids)      ${pct(meterAccuracy(tune))}   (n=${tune.length})`);
  console.log(`  held-out half (odd ids)   ${pct(meterAccuracy(held))}   (n=${held.length})`);
  console.log(`  all                       ${pct(meterAccuracy(items))}   (n=${items.length})`);
  console.log(`  for comparison, the README's five-minute keyword list: ${pct(keywordAccuracy(items))} (all)`);
  if (!args.includes('--no-timing')) {
    const t = timing();
    console.log(`\nscoreTone on a 1,000-character draft, median: en ${t.en.toFixed(1)} µs, zh ${t.zh.toFixed(1)} µs`);
  }
}

main();
