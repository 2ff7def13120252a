// Scores the analysis engine against the labelled development set.
//
//   npm run eval                          per-label precision / recall / F1 / support, overall and by language
//   npm run eval -- --errors              also list every misclassified row (id, expected, got, snippet)
//   npm run eval -- --errors reciprocity  only the errors for one label (a move or a pitfall id)
//   npm run eval -- --file other.jsonl    score another set in the same format (e.g. a held-out set)
//   npm run eval -- --json                machine-readable figures instead of tables
//   npm run eval -- --sets                one line per labelled set in tests/fixtures/requests: the dev set
//                                         and the check sets written blind to the engine (unseen*.jsonl)
//   npm run eval -- --rules …             the rules alone, without the learned offer reading (utils/analysis/learned/)
//
// The learned reading of reciprocity is fitted on every set in tests/fixtures/requests, so on those sets its
// figures are in-sample (near-perfect recall): use --rules there, and score the learned reading out of sample
// with `npm run fit -- --exclude SET --eval FILE`.
//
// Plain Node 22 (built-in type stripping): erasable syntax only, explicit .ts extensions, JSON via fs.
// The engine is reached only through its public contract (`analyze(text, { lang, now })`).
// Label definitions: tests/fixtures/requests/LABELS.md.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const MOVES = ['sharedGoal', 'quantifiedNeed', 'reciprocity', 'nextSteps'] as const;
const PITFALLS = [
  'vague-need',
  'blame',
  'only-asking',
  'no-written-confirmation',
  'over-the-head',
  'flattery',
  'buried-ask',
] as const;
const LANGS = ['zh', 'en', 'mixed'] as const;

type Move = (typeof MOVES)[number];
type Pitfall = (typeof PITFALLS)[number];
type Label = Move | Pitfall;

interface Row {
  id: string;
  lang: 'zh' | 'en' | 'mixed';
  script?: 'traditional';
  form: string;
  text: string;
  labels: Record<Move, boolean>;
  pitfalls: Pitfall[];
}

// The slice of the engine's result this script relies on (see issue 4's contract).
interface EngineResult {
  lang?: string;
  elements?: Partial<Record<Move, { present?: boolean } | undefined>>;
  findings?: Array<{ ruleId?: string; kind?: string }>;
}
type Analyze = (text: string, options?: { lang?: 'auto' | 'zh' | 'en'; now?: Date }) => EngineResult;

// Monday 23 November 2026, 09:00 local time: the date the set's relative dates were written against.
const NOW = new Date(2026, 10, 23, 9, 0, 0);

const here = fileURLToPath(new URL('.', import.meta.url));
const ENGINE = resolve(here, '../../utils/analysis/index.ts');
const DEFAULT_SET = resolve(here, '../fixtures/requests/dev.jsonl');

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(1);
}

// ---------- arguments ----------

interface Args {
  file: string;
  errors: boolean;
  errorLabel: Label | undefined;
  json: boolean;
  sets: boolean;
  rules: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: DEFAULT_SET, errors: false, errorLabel: undefined, json: false, sets: false, rules: false };
  const all: readonly string[] = [...MOVES, ...PITFALLS];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--errors') {
      args.errors = true;
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        if (!all.includes(next)) fail(`unknown label "${next}"; expected one of: ${all.join(', ')}`);
        args.errorLabel = next as Label;
        i++;
      }
    } else if (a.startsWith('--errors=')) {
      const v = a.slice('--errors='.length);
      if (!all.includes(v)) fail(`unknown label "${v}"; expected one of: ${all.join(', ')}`);
      args.errors = true;
      args.errorLabel = v as Label;
    } else if (a === '--file') {
      const v = argv[++i];
      if (v === undefined) fail('--file needs a path');
      args.file = resolve(process.cwd(), v);
    } else if (a === '--json') {
      args.json = true;
    } else if (a === '--sets') {
      args.sets = true;
    } else if (a === '--rules') {
      args.rules = true;
    } else if (a === '--help' || a === '-h') {
      console.log('usage: npm run eval -- [--rules] [--errors [label]] [--file set.jsonl] [--json] | [--rules] --sets');
      process.exit(0);
    } else {
      fail(`unknown argument "${a}" (try --help)`);
    }
  }
  return args;
}

// ---------- data ----------

function loadSet(path: string): Row[] {
  if (!existsSync(path)) fail(`no such file: ${path}`);
  const rows: Row[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let row: Row;
    try {
      row = JSON.parse(line) as Row;
    } catch {
      fail(`${path}:${i + 1}: not valid JSON`);
    }
    if (typeof row.text !== 'string' || typeof row.id !== 'string' || row.labels === undefined) {
      fail(`${path}:${i + 1}: missing id, text or labels`);
    }
    if (!Array.isArray(row.pitfalls)) row.pitfalls = [];
    rows.push(row);
  });
  if (rows.length === 0) fail(`${path} holds no rows`);
  return rows;
}

async function loadEngine(): Promise<Analyze> {
  if (!existsSync(ENGINE)) {
    fail('the engine utils/analysis/index.ts does not exist yet; nothing to evaluate');
  }
  let mod: { analyze?: unknown };
  try {
    mod = (await import(pathToFileURL(ENGINE).href)) as { analyze?: unknown };
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    fail(`could not import utils/analysis/index.ts: ${msg}`);
  }
  if (typeof mod.analyze !== 'function') fail('utils/analysis/index.ts does not export a function `analyze`');
  if (args.rules) {
    const learned = (await import(pathToFileURL(resolve(here, '../../utils/analysis/learned/index.ts')).href)) as {
      useModels: (m: Record<string, null>) => void;
    };
    learned.useModels({ reciprocity: null });
  }
  return mod.analyze as Analyze;
}

// ---------- scoring ----------

interface Prediction {
  row: Row;
  got: Record<Label, boolean>;
  lang: string | undefined;
  error: string | undefined;
}

function expected(row: Row, label: Label): boolean {
  return (MOVES as readonly string[]).includes(label)
    ? row.labels[label as Move] === true
    : row.pitfalls.includes(label as Pitfall);
}

function predict(analyze: Analyze, row: Row): Prediction {
  const got = {} as Record<Label, boolean>;
  for (const l of [...MOVES, ...PITFALLS]) got[l] = false;
  let result: EngineResult;
  try {
    result = analyze(row.text, { lang: 'auto', now: NOW });
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { row, got, lang: undefined, error: msg };
  }
  for (const m of MOVES) got[m] = result?.elements?.[m]?.present === true;
  for (const f of result?.findings ?? []) {
    if (f?.kind === 'pitfall' && (PITFALLS as readonly string[]).includes(f.ruleId ?? '')) {
      got[f.ruleId as Pitfall] = true;
    }
  }
  return { row, got, lang: result?.lang, error: undefined };
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  support: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

function score(preds: Prediction[], label: Label): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of preds) {
    const e = expected(p.row, label);
    const g = p.got[label];
    if (e && g) tp++;
    else if (!e && g) fp++;
    else if (e && !g) fn++;
    else tn++;
  }
  const support = tp + fn;
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = support === 0 ? null : tp / support;
  // F1 is undefined only when there is nothing to find and nothing was predicted.
  let f1: number | null;
  if (support === 0 && fp === 0) f1 = null;
  else if (tp === 0) f1 = 0;
  else f1 = (2 * precision! * recall!) / (precision! + recall!);
  return { tp, fp, fn, tn, support, precision, recall, f1 };
}

function macro(scores: Score[]): number | null {
  const defined = scores.map((s) => s.f1).filter((f): f is number => f !== null);
  if (defined.length === 0) return null;
  return defined.reduce((a, b) => a + b, 0) / defined.length;
}

// ---------- output ----------

const fmt = (x: number | null): string => (x === null ? '   — ' : x.toFixed(3).padStart(5));

function table(title: string, preds: Prediction[]): { moves: number | null; pitfalls: number | null } {
  console.log(`\n${title} (n=${preds.length})`);
  console.log(`  ${'label'.padEnd(24)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'supp'.padStart(5)}   tp  fp  fn`);
  const print = (l: Label, s: Score) =>
    console.log(
      `  ${l.padEnd(24)} ${fmt(s.precision)} ${fmt(s.recall)} ${fmt(s.f1)} ${String(s.support).padStart(5)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
    );
  const ms = MOVES.map((m) => score(preds, m));
  MOVES.forEach((m, i) => print(m, ms[i]!));
  const mMacro = macro(ms);
  console.log(`  ${'macro-F1 (moves)'.padEnd(24)} ${''.padStart(11)} ${fmt(mMacro)}`);
  const ps = PITFALLS.map((p) => score(preds, p));
  PITFALLS.forEach((p, i) => print(p, ps[i]!));
  const pMacro = macro(ps);
  console.log(`  ${'macro-F1 (pitfalls)'.padEnd(24)} ${''.padStart(11)} ${fmt(pMacro)}`);
  return { moves: mMacro, pitfalls: pMacro };
}

function snippet(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat); // never cut a surrogate pair
  return chars.length <= max ? flat : `${chars.slice(0, max).join('')}…`;
}

function listErrors(preds: Prediction[], only: Label | undefined): void {
  const labels: readonly Label[] = only ? [only] : [...MOVES, ...PITFALLS];
  for (const l of labels) {
    const wrong = preds.filter((p) => expected(p.row, l) !== p.got[l]);
    console.log(`\nerrors: ${l} (${wrong.length})`);
    for (const p of wrong) {
      const kind = expected(p.row, l) ? 'FN (missed)' : 'FP (spurious)';
      console.log(`  ${p.row.id.padEnd(10)} ${kind.padEnd(13)} ${snippet(p.row.text)}`);
    }
  }
}

// ---------- main ----------

const args = parseArgs(process.argv.slice(2));
if (args.sets) {
  // Every labelled set side by side: F1 per move, the two macro-F1s.
  const analyze = await loadEngine();
  const dir = resolve(here, '../fixtures/requests');
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort((a, b) => (a === 'dev.jsonl' ? -1 : b === 'dev.jsonl' ? 1 : a.localeCompare(b)));
  const head = ['set'.padEnd(16), 'n'.padStart(4), ...MOVES.map((m) => m.slice(0, 14).padStart(15)), 'moves'.padStart(7), 'pitfalls'.padStart(9)];
  if (!args.rules) console.log('(the learned offer reading was fitted on these sets: reciprocity is in-sample; --rules scores the rules alone)');
  console.log(head.join(' '));
  for (const f of files) {
    const ps = loadSet(resolve(dir, f)).map((r) => predict(analyze, r));
    const ms = MOVES.map((m) => score(ps, m));
    const cells = [f.replace(/\.jsonl$/, '').padEnd(16), String(ps.length).padStart(4), ...ms.map((s) => fmt(s.f1).padStart(15)), fmt(macro(ms)).padStart(7), fmt(macro(PITFALLS.map((p) => score(ps, p)))).padStart(9)];
    console.log(cells.join(' '));
  }
  process.exit(0);
}
const rows = loadSet(args.file);
const analyze = await loadEngine();

const t0 = performance.now();
const preds = rows.map((r) => predict(analyze, r));
const elapsed = performance.now() - t0;

const crashed = preds.filter((p) => p.error !== undefined);
const groups: Array<[string, Prediction[]]> = [['all', preds]];
for (const l of LANGS) groups.push([l, preds.filter((p) => p.row.lang === l)]);
groups.push(['zh traditional', preds.filter((p) => p.row.script === 'traditional')]);

if (args.json) {
  const out: Record<string, unknown> = {
    set: args.file,
    now: NOW.toISOString(),
    rows: rows.length,
    crashed: crashed.map((p) => ({ id: p.row.id, error: p.error })),
    groups: Object.fromEntries(
      groups
        .filter(([, ps]) => ps.length > 0)
        .map(([name, ps]) => {
          const labels = Object.fromEntries([...MOVES, ...PITFALLS].map((l) => [l, score(ps, l)]));
          return [
            name,
            {
              n: ps.length,
              macroF1Moves: macro(MOVES.map((m) => score(ps, m))),
              macroF1Pitfalls: macro(PITFALLS.map((p) => score(ps, p))),
              labels,
            },
          ];
        }),
    ),
  };
  if (args.errors) {
    const labels: readonly Label[] = args.errorLabel ? [args.errorLabel] : [...MOVES, ...PITFALLS];
    out.errors = Object.fromEntries(
      labels.map((l) => [
        l,
        preds
          .filter((p) => expected(p.row, l) !== p.got[l])
          .map((p) => ({ id: p.row.id, expected: expected(p.row, l), got: p.got[l] })),
      ]),
    );
  }
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(`AskWell engine evaluation: ${args.file.replace(process.cwd() + '/', '')}`);
  if (args.rules) console.log('rules alone (learned offer reading off)');
  else if (args.file.startsWith(resolve(here, '../fixtures/requests'))) console.log('(the learned offer reading was fitted on this set: reciprocity is in-sample; --rules scores the rules alone)');
  console.log(
    `${rows.length} rows (${LANGS.map((l) => `${l} ${rows.filter((r) => r.lang === l).length}`).join(', ')}; ` +
      `traditional ${rows.filter((r) => r.script === 'traditional').length}), now = ${NOW.toString()}`,
  );
  const summary: Array<[string, number, { moves: number | null; pitfalls: number | null }]> = [];
  for (const [name, ps] of groups) {
    if (ps.length === 0) continue;
    summary.push([name, ps.length, table(name, ps)]);
  }
  console.log('\nsummary');
  console.log(`  ${'group'.padEnd(16)} ${'n'.padStart(4)}  ${'moves'.padStart(5)}  ${'pitfalls'.padStart(8)}`);
  for (const [name, n, m] of summary) {
    console.log(`  ${name.padEnd(16)} ${String(n).padStart(4)}  ${fmt(m.moves)}  ${fmt(m.pitfalls).padStart(8)}`);
  }
  const langKnown = preds.filter((p) => p.lang !== undefined);
  const langOk = langKnown.filter((p) => p.lang === p.row.lang).length;
  console.log(`\nlanguage detected as labelled: ${langOk}/${langKnown.length}`);
  console.log(`analyze(): ${(elapsed / rows.length).toFixed(2)} ms per row, ${elapsed.toFixed(0)} ms total`);
  if (crashed.length > 0) {
    console.log(`\n${crashed.length} row(s) threw (scored as predicting nothing):`);
    for (const p of crashed) console.log(`  ${p.row.id}: ${p.error}`);
  }
  if (args.errors) listErrors(preds, args.errorLabel);
}
