#!/usr/bin/env node
// askwell: check a drafted request outside the browser.
//
//   askwell check [FILE|-] [--json] [--lang zh|en]
//   npm run check -- FILE
//
// Reads FILE (or stdin for `-` or no FILE), runs the same engine as the extension and prints the
// checklist of the four moves and every finding with line:column and the guidance section behind it,
// or the engine's result as JSON with --json. Empty, binary, huge or non-UTF-8 input gets a one-line
// error and a non-zero exit, never a stack trace.

import { readFileSync, readSync, statSync } from 'node:fs';
import { analyze, ELEMENT_KEYS, guidanceFor, type Analysis, type ElementKey } from '../analysis/index.ts';

const MAX_BYTES = 5 * 1024 * 1024;
const USAGE = 'usage: askwell check [FILE|-] [--json] [--lang zh|en]';

class CliError extends Error {
  code: number;
  constructor(message: string, code = 1) {
    super(message);
    this.code = code;
  }
}

interface Args {
  file: string;
  json: boolean;
  lang: 'zh' | 'en' | undefined;
}

function parseArgs(argv: string[]): Args {
  const [cmd, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    console.log(USAGE);
    process.exit(0);
  }
  if (cmd !== 'check') throw new CliError(cmd ? `unknown command '${cmd}'; ${USAGE}` : USAGE, 2);
  let file: string | undefined;
  let json = false;
  let lang: 'zh' | 'en' | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') json = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : rest[++i];
      if (v !== 'zh' && v !== 'en') throw new CliError(`--lang takes zh or en; ${USAGE}`, 2);
      lang = v;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('-') && a !== '-') throw new CliError(`unknown option '${a}'; ${USAGE}`, 2);
    else if (file === undefined) file = a;
    else throw new CliError(`only one FILE may be given; ${USAGE}`, 2);
  }
  return { file: file ?? '-', json, lang };
}

function readInput(file: string): Buffer {
  try {
    if (file === '-') return readStdin();
    const st = statSync(file);
    if (st.isDirectory()) throw new CliError(`${file}: is a directory`);
    if (st.size > MAX_BYTES) throw new CliError(`${file}: too large (${st.size} bytes; the limit is ${MAX_BYTES})`);
    return readFileSync(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`);
    if (code === 'EACCES') throw new CliError(`${file}: permission denied`);
    throw new CliError(`${file}: cannot read (${code ?? 'error'})`);
  }
}

function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = readSyncFd(0, buf);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_BYTES) throw new CliError(`stdin: too large (more than ${MAX_BYTES} bytes)`);
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function readSyncFd(fd: number, buf: Buffer): number {
  return readSync(fd, buf, 0, buf.length, null);
}

function decode(name: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new CliError(`${name}: empty input`);
  if (bytes.includes(0)) throw new CliError(`${name}: looks binary (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${name}: not valid UTF-8`);
  }
  // Control characters other than tab / line breaks / form feed mean this is not a text draft.
  let ctrl = 0;
  for (let i = 0; i < Math.min(text.length, 65536); i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ctrl++;
  }
  if (ctrl > 0) throw new CliError(`${name}: looks binary (contains control characters)`);
  if (text.trim().length === 0) throw new CliError(`${name}: empty input (only whitespace)`);
  return text;
}

/** 1-based line and column (columns count code points; CRLF is one line break). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
  }
  return starts;
}

function position(text: string, starts: number[], offset: number): string {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const col = [...text.slice(starts[lo]!, offset)].length + 1;
  return `${lo + 1}:${col}`;
}

const MOVE_NAMES: Record<ElementKey, { zh: string; en: string }> = {
  sharedGoal: { zh: '建立共识开场（共同目标 / 对方利益）', en: 'Opens on a shared goal or the reader’s interest' },
  quantifiedNeed: { zh: '清晰陈述需求与理由（量化）', en: 'States a quantified need and its reason' },
  reciprocity: { zh: '提出互惠方案并倾听', en: 'Offers something in return and invites concerns' },
  nextSteps: { zh: '确认下一步（谁、做什么、何时）并致谢', en: 'Confirms next steps (who, what, when) and thanks' },
};

function render(name: string, text: string, r: Analysis, ui: 'zh' | 'en'): string {
  const starts = lineStarts(text);
  const out: string[] = [];
  const toneSign = r.tone.score > 0 ? '+' : '';
  out.push(`${name} · ${r.lang} · ${ui === 'zh' ? '完成度' : 'readiness'} ${r.score}/100 · tone ${r.tone.label} (${toneSign}${r.tone.score.toFixed(2)})`);
  out.push('');
  out.push(ui === 'zh' ? '清单' : 'Checklist');
  const primary: Record<ElementKey, { start: number } | undefined> = {
    sharedGoal: r.elements.sharedGoal.spans[0],
    quantifiedNeed: r.elements.quantifiedNeed.need.spans[0],
    reciprocity: r.elements.reciprocity.offer.spans[0] ?? r.elements.reciprocity.invitation.spans[0],
    nextSteps: r.elements.nextSteps.steps.spans[0],
  };
  for (const k of ELEMENT_KEYS) {
    const el = r.elements[k];
    const first = primary[k];
    const at = el.present && first ? `  ${position(text, starts, first.start)}` : '';
    out.push(`  [${el.present ? 'x' : ' '}] ${MOVE_NAMES[k][ui]}${at}`);
  }
  out.push('');
  if (r.findings.length === 0) {
    out.push(ui === 'zh' ? '没有发现问题。' : 'No findings.');
  } else {
    out.push(ui === 'zh' ? `发现 ${r.findings.length} 条` : `Findings (${r.findings.length})`);
    for (const f of r.findings) {
      out.push(`  ${position(text, starts, f.start)}  ${f.severity.padEnd(7)}  ${f.ruleId}  ${f.message[ui]}`);
      const excerpt = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
      if (excerpt) out.push(`        “${[...excerpt].length > 60 ? [...excerpt].slice(0, 60).join('') + '…' : excerpt}”`);
      out.push(`        ${ui === 'zh' ? '依据' : 'guidance'}: ${guidanceFor(f.guidance, ui)}${f.fix ? ` · ${ui === 'zh' ? '模板' : 'template'}: ${f.fix.templateId}` : ''}`);
    }
  }
  return out.join('\n');
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const name = args.file === '-' ? 'stdin' : args.file;
  const text = decode(name, readInput(args.file));
  const result = analyze(text, args.lang ? { lang: args.lang } : {});
  if (args.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const ui = args.lang ?? (result.lang === 'en' ? 'en' : 'zh');
  process.stdout.write(render(name, text, result, ui) + '\n');
}

try {
  main();
} catch (e) {
  const code = e instanceof CliError ? e.code : 1;
  const msg = e instanceof CliError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`askwell: ${msg.split('\n')[0]}\n`);
  process.exitCode = code;
}
