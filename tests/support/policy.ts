// Enterprise policy for e2e tests: Chromium on Linux reads JSON files in /etc/chromium/policies/managed,
// and gives an extension the values under "3rdparty" → "extensions" → its id as managed storage. An
// unpacked extension's id comes from its path unless its manifest has a `key`, so the tests load a copy
// of the build with a fresh key, whose id they know.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser.ts';

export const POLICY_DIR = '/etc/chromium/policies/managed';

/** Why policies cannot be written here, or null when they can. */
export function policyDirProblem(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return null;
  } catch (err) {
    return `${POLICY_DIR} is not writable (${err instanceof Error ? err.message : String(err)}); run as root, as CI does`;
  }
}

/** Chromium's id for a key: the first 32 hex digits of the SHA-256 of the DER public key, 0-f → a-p. */
export function extensionIdOf(der: Buffer): string {
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A copy of the built extension with a generated manifest key; `dispose` removes it. */
export async function keyedExtensionCopy(): Promise<{ dir: string; id: string; dispose: () => Promise<void> }> {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const dir = await mkdtemp(join(tmpdir(), 'askwell-keyed-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  await writeFile(manifestPath, JSON.stringify({ ...manifest, key: der.toString('base64') }));
  return { dir, id: extensionIdOf(der), dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes one policy file holding `data` as the extension's managed storage; returns its path. */
export async function writeExtensionPolicy(name: string, extensionId: string, data: Record<string, unknown>): Promise<string> {
  const file = join(POLICY_DIR, `${name}.json`);
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: data } } }));
  return file;
}
