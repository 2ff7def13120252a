// `askwell check`: output on a real draft, JSON mode, and one-line errors with a non-zero exit for
// inputs that are not a draft (empty, binary, huge, not UTF-8, missing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve(import.meta.dirname, '../../../utils/cli/askwell.ts');
const dir = mkdtempSync(join(tmpdir(), 'askwell-cli-'));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const DRAFT =
  '陈经理您好：\r\n为了让新版结算系统在十二月如期上线，想向贵部门借调两名测试工程师，支援五天，因为回归用例比预期多了一倍。\r\n' +
  '作为回报，我们会把自动化脚本开放给你们组复用。您看这样安排有什么顾虑吗？\r\n我明天上午把测试清单发给小周。谢谢！\r\n';

describe('askwell check', () => {
  it('prints the checklist and findings with line:column and guidance', { timeout: 30_000 }, () => {
    const r = run(['check', file('good.txt', DRAFT)]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\[x\] 建立共识开场/);
    expect(r.out).toMatch(/\[x\] 确认下一步/);
    const bad = run(['check', file('bad.txt', 'Hi,\nAs I already said, send me the numbers now.\n')]);
    expect(bad.code).toBe(0);
    expect(bad.out).toMatch(/\n {2}2:1 {2}warning {2}shared-goal/);
    expect(bad.out).toMatch(/2:\d+ {2}warning {2}blame/);
    // An English draft gets the citation in English, the guidance's own term kept.
    expect(bad.out).toMatch(/guidance: Resource negotiation §6, pitfalls: emotional or positional \(情绪化或立场化\)/);
  });

  it('reads stdin and prints JSON with --json; --lang sets the output language', { timeout: 30_000 }, () => {
    const r = run(['check', '-', '--json'], 'Could you lend us one engineer for two weeks? It unblocks the launch.');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.lang).toBe('en');
    expect(j.elements.quantifiedNeed.present).toBe(true);
    const zh = run(['check', '--lang', 'zh'], 'Please send the file.');
    expect(zh.out).toMatch(/清单/);
  });

  it.each([
    ['empty', () => file('empty.txt', ''), /empty input/],
    ['whitespace', () => file('ws.txt', ' \n\t\n'), /empty input/],
    ['binary', () => file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary/],
    ['non-UTF-8', () => file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), /not valid UTF-8/],
    ['huge', () => file('huge.txt', 'a'.repeat(6 * 1024 * 1024)), /too large/],
    ['missing', () => join(dir, 'nope.txt'), /no such file/],
    ['a directory', () => dir, /is a directory/],
  ])('%s input: one-line error, non-zero exit, no stack trace', { timeout: 30_000 }, (_n, make, msg) => {
    const r = run(['check', make()]);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(msg);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('rejects unknown commands and options with usage', { timeout: 30_000 }, () => {
    for (const args of [['frob'], ['check', '--frob'], ['check', '--lang', 'fr']]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/usage: askwell check/);
    }
  });
});
