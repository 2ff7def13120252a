// Fits the learned reading of the offer in return (utils/analysis/learned/)
// on every labelled row in tests/fixtures/requests, and scores it.
//
//   npm run fit                          fit on every set, print the in-sample figures (rules alone, rules + model)
//   npm run fit -- --write               …and write utils/analysis/learned/weights.ts
//   npm run fit -- --exclude 'unseen7[4-9]' --eval /path/blind.jsonl
//                                        fit without some sets and score sets the fit never saw (the honest test)
//
// The model: L2-regularised logistic regression (SGD) over hashed n-grams (learned/grams.ts), each counted as often
// as it is met, 2^14 weights, stored as int8. The threshold was chosen in session 10's replay, where each set was scored by
// a model fitted only on the sets before it, against the engine of its day (LABELS.md, "Session 10").
//
// Plain Node 22 (type stripping). Reads tests/fixtures only: nothing under ../shared.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { analyze, clearAnalysisCache, documentOf } from '../../utils/analysis/index.ts';
import { BITS, featureIndices, useModels, type LearnedMove, type Model } from '../../utils/analysis/learned/index.ts';
import { RULES } from '../../utils/analysis/rules/index.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const FIXTURES = resolve(here, '../fixtures/requests');
const OUT = resolve(here, '../../utils/analysis/learned/weights.ts');
const NOW = new Date(2026, 10, 23, 9, 0, 0);
const MOVES = ['sharedGoal', 'quantifiedNeed', 'reciprocity', 'nextSteps'] as const;
const LEARNED: LearnedMove[] = ['reciprocity'];
const LAMBDA = 1e-5;
const EPOCHS = 10;
const THRESHOLD: Record<LearnedMove, number> = { reciprocity: 0.475 };

interface Row {
  id: string;
  text: string;
  labels: Record<(typeof MOVES)[number], boolean>;
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const exclude = opt('--exclude') ? new RegExp(opt('--exclude')!) : undefined;
const evalFiles = args.flatMap((a, i) => (args[i - 1] === '--eval' ? [a] : []));

const readRows = (file: string): Row[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);

const sets = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.jsonl') && !(exclude && exclude.test(f.replace(/\.jsonl$/, ''))))
  .sort();
const rows = sets.flatMap((f) => readRows(resolve(FIXTURES, f)));
console.log(`fitting on ${rows.length} rows from ${sets.length} sets${exclude ? ` (leaving out /${exclude.source}/)` : ''}`);

/** SGD for L2 logistic regression over sparse count rows (an index listed k times counts k; the decay kept as one scale factor). */
function fit(xs: Int32Array[], ys: number[], dim: number): { w: Float64Array; bias: number } {
  const v = new Float64Array(dim);
  let scale = 1;
  let bias = 0;
  const order = xs.map((_, i) => i);
  let seed = 1;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  let t = 0;
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const x = xs[k]!;
      const eta = 0.5 / Math.sqrt(1 + t++ / xs.length);
      let dot = 0;
      for (const i of x) dot += v[i]!;
      const g = 1 / (1 + Math.exp(-(dot * scale + bias))) - ys[k]!;
      scale *= 1 - eta * LAMBDA;
      if (scale < 1e-6) {
        for (let i = 0; i < dim; i++) v[i]! *= scale;
        scale = 1;
      }
      const step = (eta * g) / scale;
      for (const i of x) v[i]! -= step;
      bias -= eta * g * 0.5;
    }
  }
  for (let i = 0; i < dim; i++) v[i]! *= scale;
  return { w: v, bias };
}

function quantise(w: Float64Array, bias: number, threshold: number): Model {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const weights = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = Math.round(w[i]! / scale);
  return { bias, scale, threshold, weights };
}

// The move's own rule examples (written to pin down what is and is not the move, e.g. the writer's next
// step is no offer) join the labelled rows, each counted EXAMPLE_WEIGHT times.
const EXAMPLE_WEIGHT = 3;
const examplesOf = (move: LearnedMove) => {
  const rule = RULES.find((r) => r.element === move);
  const good = (rule?.examples.good ?? []).map((e) => ({ text: e.text, y: 1 }));
  // A message that only asks makes neither move (LABELS.md): only-asking's own examples of it are negatives too.
  const onlyAsking = RULES.find((r) => r.meta.id === 'only-asking')?.examples.bad ?? [];
  const bad = [...(rule?.examples.bad ?? []), ...onlyAsking].map((e) => ({ text: e.text, y: 0 }));
  return [...good, ...bad].flatMap((e) => Array.from({ length: EXAMPLE_WEIGHT }, () => e));
};

const models: Partial<Record<LearnedMove, Model>> = {};
for (const move of LEARNED) {
  const extra = examplesOf(move);
  const xs = [...rows.map((r) => r.text), ...extra.map((e) => e.text)].map((t) => featureIndices(documentOf(t, { now: NOW })));
  const ys = [...rows.map((r) => (r.labels[move] ? 1 : 0)), ...extra.map((e) => e.y)];
  const { w, bias } = fit(xs, ys, 1 << BITS);
  models[move] = quantise(w, bias, THRESHOLD[move]);
}

/** Per-move F1 and the macro over the four moves, for the rules alone and with the fresh models. */
function score(name: string, rs: Row[]): void {
  const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  const line = (label: string, withModel: boolean) => {
    useModels(withModel ? models : { reciprocity: null });
    clearAnalysisCache();
    const c = Object.fromEntries(MOVES.map((m) => [m, { tp: 0, fp: 0, fn: 0 }]));
    for (const r of rs) {
      const a = analyze(r.text, { now: NOW });
      for (const m of MOVES) {
        const got = a.elements[m].present;
        const want = r.labels[m];
        if (got && want) c[m]!.tp++;
        else if (got) c[m]!.fp++;
        else if (want) c[m]!.fn++;
      }
    }
    const f = MOVES.map((m) => f1(c[m]!.tp, c[m]!.fp, c[m]!.fn));
    const macro = f.reduce((a, b) => a + b, 0) / f.length;
    console.log(`  ${label.padEnd(16)} ${f.map((x) => x.toFixed(3)).join('  ')}   ${macro.toFixed(3)}`);
  };
  console.log(`\n${name} (${rs.length} rows)            sharedGoal need   offer  steps   macro`);
  line('rules alone', false);
  line('rules + model', true);
  useModels(undefined);
}

score('the fitted sets (in sample)', rows);
for (const f of evalFiles) score(f, readRows(f));

if (args.includes('--write')) {
  const b64 = (w: Int8Array) => Buffer.from(w.buffer, w.byteOffset, w.byteLength).toString('base64');
  const entry = (m: Model) =>
    `{ bits: ${BITS}, bias: ${m.bias.toPrecision(6)}, scale: ${m.scale.toPrecision(6)}, threshold: ${m.threshold}, weights:\n    '${b64(m.weights)}' }`;
  const body =
    `// GENERATED by \`npm run fit -- --write\` (tests/eval/fit-learned.ts): do not edit by hand.\n` +
    `// Fitted on ${rows.length} labelled rows from ${sets.length} sets in tests/fixtures/requests.\n\n` +
    `export interface StoredModel {\n  bits: number;\n  bias: number;\n  scale: number;\n  threshold: number;\n  /** base64 of one int8 weight per index. */\n  weights: string;\n}\n\n` +
    `export const MODELS: Partial<Record<'reciprocity', StoredModel>> = {\n` +
    LEARNED.map((m) => `  ${m}: ${entry(models[m]!)},\n`).join('') +
    `};\n`;
  writeFileSync(OUT, body);
  console.log(`\nwrote ${OUT} (${Math.round(body.length / 1024)} KB)`);
}
