#!/usr/bin/env node
/**
 * Writes the store packages from a built extension/:
 *   dist/claimlens-chrome.zip   for the Chrome Web Store (or drag onto chrome://extensions)
 *   dist/claimlens-firefox.zip  for addons.mozilla.org (or about:debugging → Load Temporary Add-on)
 * Both hold the same files; only the manifest differs, in `manifestFor` below.
 * Run through `npm run package` (which builds first), or `node scripts/package.mjs` after a build.
 */
import JSZip from 'jszip';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files in extension/ that are documentation for developers, not part of the add-on. */
const NOT_PACKAGED = new Set(['README.md']);
/** Fixed timestamp so the same build gives byte-identical zips. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

export const TARGETS = /** @type {const} */ (['chrome', 'firefox']);

/**
 * The manifest one store should see, from the shared manifest.json.
 * Firefox runs `background.scripts` and warns that it ignores `background.service_worker`,
 * so the Firefox package drops it. The Chrome package keeps the shared manifest whole:
 * Chrome ignores `background.scripts` and `browser_specific_settings`, and without them
 * `web-ext lint` (the one linter either store offers) reports errors.
 * Returns a new object; the input is not changed.
 * @param {string} target 'chrome' or 'firefox'
 * @param {Record<string, any>} manifest
 * @returns {Record<string, any>}
 */
export function manifestFor(target, manifest) {
  const copy = structuredClone(manifest);
  if (target === 'firefox') {
    if (copy.background) delete copy.background.service_worker;
  } else if (target !== 'chrome') {
    throw new Error(`unknown target ${target}`);
  }
  return copy;
}

/**
 * The folders above `files` (forward-slash paths), parents before children, sorted.
 * @param {string[]} files
 * @returns {string[]}
 */
function foldersOf(files) {
  const folders = new Set();
  for (const file of files) {
    for (let at = file.indexOf('/'); at > 0; at = file.indexOf('/', at + 1)) folders.add(file.slice(0, at));
  }
  return [...folders].sort();
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((file) => !NOT_PACKAGED.has(file))
    .sort();
}

/**
 * Zips the built extension in `extensionDir` once per store into `distDir`.
 * Returns the paths of the zips written.
 * @param {string} root
 * @param {string} [extensionDir]
 * @param {string} [distDir]
 * @returns {Promise<string[]>}
 */
export async function packageZips(root, extensionDir = join(root, 'extension'), distDir = join(root, 'dist')) {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
  const files = (await listFiles(extensionDir)).filter((file) => file !== 'manifest.json');
  await mkdir(distDir, { recursive: true });
  const written = [];
  for (const target of TARGETS) {
    const zip = new JSZip();
    zip.file('manifest.json', JSON.stringify(manifestFor(target, manifest), null, 2), { date: ZIP_DATE });
    // Folders first, with the fixed date too: JSZip would stamp the ones it adds by itself with
    // the clock, and two builds a few seconds apart would no longer give the same bytes.
    for (const folder of foldersOf(files)) zip.file(`${folder}/`, null, { dir: true, date: ZIP_DATE });
    for (const file of files) zip.file(file, await readFile(join(extensionDir, file)), { date: ZIP_DATE, createFolders: false });
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
    const path = join(distDir, `claimlens-${target}.zip`);
    await writeFile(path, bytes);
    written.push(path);
    console.log(`wrote ${relative(root, path)} (${bytes.length} bytes)`);
  }
  return written;
}

/**
 * Unpacks a zip written by `packageZips` into `dir` (created if missing), so a test or a
 * linter can load exactly what a store would receive. Returns `dir`.
 * @param {string} zipPath
 * @param {string} dir
 * @returns {Promise<string>}
 */
export async function unpackZip(zipPath, dir) {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, ...entry.name.split('/'));
    if (relative(dir, target).startsWith('..')) throw new Error(`zip entry escapes its folder: ${entry.name}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await entry.async('nodebuffer'));
  }
  return dir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await packageZips(join(dirname(fileURLToPath(import.meta.url)), '..'));
}
