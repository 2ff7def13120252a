// `npm run bench`: runs every section in tests/bench/sections (or those named on the command line)
// and prints medians of several runs and ratios measured in the same run.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(import.meta.dirname, 'sections');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const sections = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort((a, b) => (a === 'bundle' ? -1 : b === 'bundle' ? 1 : a.localeCompare(b)));

console.log(`AskWell bench · node ${process.version} · ${new Date().toISOString()}`);
let failed = false;
for (const name of sections) {
  const mod = (await import(pathToFileURL(resolve(dir, `${name}.ts`)).href)) as { default: () => Promise<void> };
  try {
    await mod.default();
  } catch (err) {
    failed = true;
    console.error(`\n## ${name}: failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
process.exitCode = failed ? 1 : 0;
