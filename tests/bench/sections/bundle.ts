// Built size of each entrypoint (its own file plus every chunk and stylesheet it loads), raw and
// gzip, so that growth is visible from the first day. Sizes are exact, not timings.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmtBytes, printTable } from '../stats.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = join(ROOT, '.output/chrome-mv3');

/** The files an entry loads: for HTML its scripts and styles, for JS the chunks it imports. */
function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  const refs = entry.endsWith('.html')
    ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
    : entry.endsWith('.js')
      ? [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!)
      : [];
  for (const ref of refs) {
    const file = ref.startsWith('/') ? join(OUT, ref) : resolve(dirname(entry), ref);
    closure(file, seen);
  }
  return seen;
}

export default async function bundle(): Promise<void> {
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wxt build failed:\n${r.stderr}`);
  const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[] }[];
  };
  const entries: [string, string][] = [
    ['background', manifest.background?.service_worker ?? 'background.js'],
    ...(manifest.content_scripts ?? []).flatMap((cs) => (cs.js ?? []).map((f): [string, string] => [`content: ${f}`, f])),
    ['sidepanel', 'sidepanel.html'],
    ['options', 'options.html'],
  ];
  const rows = entries.map(([name, file]) => {
    let raw = 0;
    let gz = 0;
    const files = closure(join(OUT, file));
    for (const f of files) {
      const buf = readFileSync(f);
      raw += statSync(f).size;
      gz += gzipSync(buf, { level: 9 }).length;
    }
    return [name, files.size, fmtBytes(raw), fmtBytes(gz)];
  });
  printTable('Built size per entrypoint (chrome-mv3, production)', ['entrypoint', 'files', 'raw', 'gzip'], rows);
}
