import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { manifestFor, packageZips, unpackZip } from '../../scripts/package.mjs';

const shared = {
  manifest_version: 3,
  name: 'Claimlens',
  background: { service_worker: 'background.js', scripts: ['background.js'] },
  browser_specific_settings: { gecko: { id: 'claimlens@claimlens.dev' } },
};

describe('manifestFor', () => {
  test('Firefox runs background.scripts, so its manifest drops the service worker it would ignore', () => {
    const firefox = manifestFor('firefox', shared);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toEqual(shared.browser_specific_settings);
  });

  test('Chrome keeps the shared manifest whole (web-ext lint needs the gecko id and scripts)', () => {
    expect(manifestFor('chrome', shared)).toEqual(shared);
  });

  test('never changes the manifest it is given', () => {
    const before = structuredClone(shared);
    manifestFor('firefox', shared);
    manifestFor('chrome', shared);
    expect(shared).toEqual(before);
  });

  test('an unknown store is an error, not a silent copy', () => {
    expect(() => manifestFor('safari', shared)).toThrow(/unknown target/);
  });
});

describe('packageZips and unpackZip', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimlens-package-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A tiny built extension: manifest, a script, a nested icon, and the folder's README. */
  async function fakeBuild(): Promise<string> {
    const ext = join(dir, 'extension');
    await mkdir(join(ext, 'icons'), { recursive: true });
    await writeFile(join(ext, 'manifest.json'), JSON.stringify(shared));
    await writeFile(join(ext, 'background.js'), 'void 0;');
    await writeFile(join(ext, 'icons', '16.png'), Buffer.from([1, 2, 3]));
    await writeFile(join(ext, 'README.md'), 'for developers');
    return ext;
  }

  test('each store zip unpacks to the build (minus README.md) with its own manifest', async () => {
    const ext = await fakeBuild();
    const zips = await packageZips(dir, ext, join(dir, 'dist'));
    expect(zips.map((z) => z.slice(dir.length))).toEqual(['/dist/claimlens-chrome.zip', '/dist/claimlens-firefox.zip']);
    for (const [zip, store] of [[zips[0]!, 'chrome'], [zips[1]!, 'firefox']] as const) {
      const out = await unpackZip(zip, join(dir, store));
      expect((await readdir(out, { recursive: true })).sort()).toEqual(['background.js', 'icons', 'icons/16.png', 'manifest.json']);
      expect(await readFile(join(out, 'icons', '16.png'))).toEqual(Buffer.from([1, 2, 3]));
      expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))).toEqual(manifestFor(store, shared));
    }
  });

  test('the same build gives byte-identical zips, whenever it is zipped', async () => {
    const ext = await fakeBuild();
    const [first] = await packageZips(dir, ext, join(dir, 'a'));
    // Zip entries keep time to two seconds: a clock moved on by a minute must change nothing.
    vi.useFakeTimers({ now: Date.now() + 60_000, toFake: ['Date'] });
    try {
      const [second] = await packageZips(dir, ext, join(dir, 'b'));
      expect((await readFile(first!)).equals(await readFile(second!))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  test('unpackZip never writes outside its folder, whatever a zip entry is named', async () => {
    const zip = new JSZip();
    zip.file('../escaped.txt', 'x');
    const path = join(dir, 'evil.zip');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
    // JSZip may sanitise the name on load, or unpackZip refuses it: either way nothing lands beside the zip.
    await unpackZip(path, join(dir, 'out')).catch(() => undefined);
    expect(await readdir(dir)).not.toContain('escaped.txt');
    expect(await readdir(tmpdir())).not.toContain('escaped.txt');
  });
});
