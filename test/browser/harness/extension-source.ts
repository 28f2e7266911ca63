/**
 * Where the browsers load Claimlens from: the build output (extension/) or the store zips
 * (dist/claimlens-<store>.zip, unpacked into a temp dir), so the packaged artefacts are the
 * ones tested too.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackZip } from '../../../scripts/package.mjs';
import { ROOT } from './server';

export type BrowserName = 'chromium' | 'firefox';
/** `none`: the browser without Claimlens, the baseline a page's memory is compared with. */
export type ExtensionSource = 'build' | 'zip' | 'none';

export const BUILD_DIR = join(ROOT, 'extension');

/** The store zip each browser loads. */
export function zipPath(browser: BrowserName): string {
  return join(ROOT, 'dist', `claimlens-${browser === 'chromium' ? 'chrome' : 'firefox'}.zip`);
}

/** Unzips `zip` into a fresh temp dir and returns the dir (the packager's own unpacker, which refuses escaping entries). */
export async function unzipToTemp(zip: string): Promise<string> {
  return unpackZip(zip, await mkdtemp(join(tmpdir(), 'claimlens-zip-')));
}

/**
 * Returns the folder to load as an unpacked extension (null for `none`). Throws a message saying
 * which command to run when the build or the zip is missing.
 */
export async function extensionDir(browser: BrowserName, source: ExtensionSource): Promise<string | null> {
  if (source === 'none') return null;
  if (source === 'build') {
    if (!existsSync(join(BUILD_DIR, 'manifest.json'))) throw new Error('extension/ is not built: run `node build.mjs` first');
    return BUILD_DIR;
  }
  const zip = zipPath(browser);
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run \`npm run package\` first`);
  return unzipToTemp(zip);
}
